namespace FactCheck.Engine;

/// <summary>
/// A run of linked-fact changes of one kind that <see cref="ISession.PropagateLinked"/> applied together, in the order
/// the actions made them. Consecutive changes of the same kind share a set, so a thousand matches that each yield a
/// fact propagate as one batch.
/// </summary>
public sealed class LinkedFactSet
{
    internal LinkedFactSet(LinkedFactAction action, IReadOnlyList<object> facts)
    {
        Action = action;
        Facts = facts;
    }

    /// <summary>What was done to the facts.</summary>
    public LinkedFactAction Action { get; }

    /// <summary>The facts, in the order their changes were made.</summary>
    public IReadOnlyList<object> Facts { get; }

    /// <summary>How many facts the set holds.</summary>
    public int FactCount => Facts.Count;
}
