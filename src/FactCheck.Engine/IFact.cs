namespace FactCheck.Engine;

/// <summary>A fact as the session's events and matches show it: its value and its type.</summary>
public interface IFact
{
    /// <summary>The type the fact is seen as: the declared type of the alias it is bound to, or the fact's own type.</summary>
    Type Type { get; }

    /// <summary>The fact itself (or, in a match, an aggregate's result or a calculated value).</summary>
    object? Value { get; }
}
