namespace FactCheck.Rules;

/// <summary>Where a source stands on a proposition, from the stances of its statements.</summary>
public enum PositionKind
{
    /// <summary>It asserts or reports it.</summary>
    Affirms,

    /// <summary>It confirms it.</summary>
    Confirms,

    /// <summary>It denies it.</summary>
    Denies,

    /// <summary>It says it cannot verify or confirm it.</summary>
    Doubts,
}
