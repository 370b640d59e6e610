namespace FactCheck.Engine;

/// <summary>Events a session raises as facts change and rules fire; handlers run synchronously on the session's thread.</summary>
public interface ISessionEvents
{
    /// <summary>A fact is about to be inserted (after the check that it is not already there).</summary>
    event EventHandler<FactEventArgs>? FactInserting;

    /// <summary>A fact is about to be updated.</summary>
    event EventHandler<FactEventArgs>? FactUpdating;

    /// <summary>A fact is about to be retracted.</summary>
    event EventHandler<FactEventArgs>? FactRetracting;

    /// <summary>A fact entered working memory.</summary>
    event EventHandler<FactEventArgs>? FactInserted;

    /// <summary>A fact in working memory was re-evaluated after a change.</summary>
    event EventHandler<FactEventArgs>? FactUpdated;

    /// <summary>A fact left working memory (including linked facts withdrawn because their match stopped holding).</summary>
    event EventHandler<FactEventArgs>? FactRetracted;

    /// <summary>A match was put on the agenda.</summary>
    event EventHandler<MatchEventArgs>? ActivationCreated;

    /// <summary>A match left the agenda before firing, because it stopped holding.</summary>
    event EventHandler<MatchEventArgs>? ActivationDeleted;

    /// <summary>A match on the agenda, or one that fired, changed: a fact of it was updated or an aggregate it binds was rebuilt.</summary>
    event EventHandler<MatchEventArgs>? ActivationUpdated;

    /// <summary>A rule is about to run its actions for a match.</summary>
    event EventHandler<MatchEventArgs>? RuleFiring;

    /// <summary>A rule has run its actions for a match.</summary>
    event EventHandler<MatchEventArgs>? RuleFired;

    /// <summary>A condition threw; under <see cref="FailurePolicy.Skip"/> it counts as false for those facts.</summary>
    event EventHandler<ConditionFailedEventArgs>? ConditionFailed;

    /// <summary>An action threw; under <see cref="FailurePolicy.Skip"/> the rest of that firing is abandoned.</summary>
    event EventHandler<ActionFailedEventArgs>? ActionFailed;
}
