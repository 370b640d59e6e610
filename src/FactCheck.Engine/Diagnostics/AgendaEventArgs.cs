namespace FactCheck.Engine.Diagnostics;

/// <summary>Carries a match on its way through the agenda: created, updated, deleted, firing or fired.</summary>
public sealed class AgendaEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="match">The match.</param>
    public AgendaEventArgs(IMatch match) => Match = match;

    /// <summary>The match.</summary>
    public IMatch Match { get; }

    /// <summary>The rule of the match.</summary>
    public IRuleMetadata Rule => Match.Rule;

    /// <summary>The values of the match, one an alias, in the order the rule binds them.</summary>
    public IReadOnlyList<IFactMatch> Facts => Match.Facts;
}
