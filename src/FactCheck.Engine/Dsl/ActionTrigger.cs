namespace FactCheck.Engine.Dsl;

/// <summary>
/// When an action runs, as in NRules: for a new match, for a match that changed after it fired (a fact of it was
/// updated, or an aggregate it binds changed), or for a match that stopped holding after it fired.
/// </summary>
[Flags]
public enum ActionTrigger
{
    /// <summary>Never.</summary>
    None = 0,

    /// <summary>When a new match fires.</summary>
    Activated = 1,

    /// <summary>When a match fires again because it changed after it had fired.</summary>
    Reactivated = 2,

    /// <summary>When a match that had fired stops holding; the action reads the facts as they were matched.</summary>
    Deactivated = 4,
}
