namespace FactCheck.Engine;

/// <summary>
/// A rule together with the exact facts that satisfied its conditions: what an activation is, and why a rule fired.
/// </summary>
public interface IMatch
{
    /// <summary>The rule that matched.</summary>
    IRuleMetadata Rule { get; }

    /// <summary>The facts bound by the rule's patterns and aggregates, in the order the rule declares them.</summary>
    IReadOnlyList<IFactMatch> Facts { get; }

    /// <summary>Why the match is, or last was, on the agenda: new, changed after firing, or removed after firing.</summary>
    MatchTrigger Trigger { get; }
}
