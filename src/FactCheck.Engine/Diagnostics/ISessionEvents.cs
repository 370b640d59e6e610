namespace FactCheck.Engine.Diagnostics;

/// <summary>
/// Events a session raises as facts change and rules fire, named as NRules names them. Handlers run synchronously on
/// the session's thread; a session factory's events are raised by every session it creates, after the session's own.
/// </summary>
public interface ISessionEvents
{
    /// <summary>A fact is about to be inserted (after the check that it is not already there).</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactInsertingEvent;

    /// <summary>A fact entered working memory.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactInsertedEvent;

    /// <summary>A fact is about to be updated.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactUpdatingEvent;

    /// <summary>A fact in working memory was re-evaluated after a change.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactUpdatedEvent;

    /// <summary>A fact is about to be retracted.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactRetractingEvent;

    /// <summary>A fact left working memory (including linked facts withdrawn because their match stopped holding).</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactRetractedEvent;

    /// <summary>A match was put on the agenda.</summary>
    event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;

    /// <summary>A match on the agenda, or one that fired, changed: a fact of it was updated or an aggregate it binds was rebuilt.</summary>
    event EventHandler<AgendaEventArgs>? ActivationUpdatedEvent;

    /// <summary>A match left the agenda before firing, because it stopped holding.</summary>
    event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;

    /// <summary>A rule is about to run its actions for a match.</summary>
    event EventHandler<AgendaEventArgs>? RuleFiringEvent;

    /// <summary>A rule has run its actions for a match.</summary>
    event EventHandler<AgendaEventArgs>? RuleFiredEvent;

    /// <summary>A condition, <c>Let</c> or query step threw; unless a handler marks it handled (or the policy is <see cref="FailurePolicy.Skip"/>), the session throws <see cref="RuleLhsExpressionEvaluationException"/>.</summary>
    event EventHandler<LhsExpressionErrorEventArgs>? LhsExpressionFailedEvent;

    /// <summary>An agenda filter threw; unless handled, the session throws <see cref="AgendaExpressionEvaluationException"/>.</summary>
    event EventHandler<AgendaExpressionErrorEventArgs>? AgendaExpressionFailedEvent;

    /// <summary>An action threw; unless handled, the session throws <see cref="RuleRhsExpressionEvaluationException"/>.</summary>
    event EventHandler<RhsExpressionErrorEventArgs>? RhsExpressionFailedEvent;

    /// <summary>
    /// A condition, <c>Let</c>, query step or key was evaluated, with what it returned or threw (raised before
    /// <see cref="LhsExpressionFailedEvent"/>). For tracing and debugging: with a handler, every evaluation makes its
    /// event data, so a session with one runs slower.
    /// </summary>
    event EventHandler<LhsExpressionEventArgs>? LhsExpressionEvaluatedEvent;

    /// <summary>An agenda filter was evaluated for a match, with whether it let the match through or what it threw.</summary>
    event EventHandler<AgendaExpressionEventArgs>? AgendaExpressionEvaluatedEvent;

    /// <summary>An action ran for a match, to its end or until it threw.</summary>
    event EventHandler<RhsExpressionEventArgs>? RhsExpressionEvaluatedEvent;
}
