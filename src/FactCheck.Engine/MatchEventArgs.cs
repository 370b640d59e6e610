namespace FactCheck.Engine;

/// <summary>Carries a match: a rule and the facts it matched.</summary>
public sealed class MatchEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="match">The match.</param>
    public MatchEventArgs(IMatch match) => Match = match;

    /// <summary>The match.</summary>
    public IMatch Match { get; }

    /// <summary>The rule of the match.</summary>
    public IRuleMetadata Rule => Match.Rule;
}
