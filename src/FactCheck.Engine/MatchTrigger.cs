namespace FactCheck.Engine;

/// <summary>Why a match is on the agenda, as in NRules.</summary>
public enum MatchTrigger
{
    /// <summary>It is not on the agenda.</summary>
    None,

    /// <summary>A new match.</summary>
    Created,

    /// <summary>A match that changed after it fired.</summary>
    Updated,

    /// <summary>A match that stopped holding after it fired: only its <see cref="Dsl.ActionTrigger.Deactivated"/> actions run.</summary>
    Removed,
}
