namespace FactCheck.Engine.Diagnostics;

internal sealed class SessionEvents : ISessionEvents
{
    // A session's events, whose handlers run before those of the session factory's events, which every session raises.
    private readonly SessionEvents? _parent;

    public SessionEvents(SessionEvents? parent = null) => _parent = parent;

    public event EventHandler<WorkingMemoryEventArgs>? FactInsertingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactInsertedEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatedEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactRetractingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactRetractedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationUpdatedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;

    public event EventHandler<AgendaEventArgs>? RuleFiringEvent;

    public event EventHandler<AgendaEventArgs>? RuleFiredEvent;

    public event EventHandler<LhsExpressionErrorEventArgs>? LhsExpressionFailedEvent;

    public event EventHandler<AgendaExpressionErrorEventArgs>? AgendaExpressionFailedEvent;

    public event EventHandler<RhsExpressionErrorEventArgs>? RhsExpressionFailedEvent;

    public event EventHandler<LhsExpressionEventArgs>? LhsExpressionEvaluatedEvent;

    public event EventHandler<AgendaExpressionEventArgs>? AgendaExpressionEvaluatedEvent;

    public event EventHandler<RhsExpressionEventArgs>? RhsExpressionEvaluatedEvent;

    // Asked at every evaluation, so read without a call: a factory's events have no parent of their own.
    public bool TracksLhsEvaluations => LhsExpressionEvaluatedEvent is not null || _parent?.LhsExpressionEvaluatedEvent is not null;

    public bool TracksAgendaEvaluations => AgendaExpressionEvaluatedEvent is not null || _parent?.AgendaExpressionEvaluatedEvent is not null;

    public bool TracksRhsEvaluations => RhsExpressionEvaluatedEvent is not null || _parent?.RhsExpressionEvaluatedEvent is not null;

    public bool TracksActivations => ActivationCreatedEvent is not null || ActivationDeletedEvent is not null || _parent?.TracksActivations == true;

    public void OnFactInserting(object sender, object fact) => Raise(sender, fact, FactInsertingEvent, _parent?.FactInsertingEvent, static e => e.FactInsertingEvent);

    public void OnFactInserted(object sender, object fact) => Raise(sender, fact, FactInsertedEvent, _parent?.FactInsertedEvent, static e => e.FactInsertedEvent);

    public void OnFactUpdating(object sender, object fact) => Raise(sender, fact, FactUpdatingEvent, _parent?.FactUpdatingEvent, static e => e.FactUpdatingEvent);

    public void OnFactUpdated(object sender, object fact) => Raise(sender, fact, FactUpdatedEvent, _parent?.FactUpdatedEvent, static e => e.FactUpdatedEvent);

    public void OnFactRetracting(object sender, object fact) => Raise(sender, fact, FactRetractingEvent, _parent?.FactRetractingEvent, static e => e.FactRetractingEvent);

    public void OnFactRetracted(object sender, object fact) => Raise(sender, fact, FactRetractedEvent, _parent?.FactRetractedEvent, static e => e.FactRetractedEvent);

    public void OnActivationCreated(object sender, IMatch match) => Raise(sender, match, static e => e.ActivationCreatedEvent);

    public void OnActivationUpdated(object sender, IMatch match) => Raise(sender, match, static e => e.ActivationUpdatedEvent);

    public void OnActivationDeleted(object sender, IMatch match) => Raise(sender, match, static e => e.ActivationDeletedEvent);

    public void OnRuleFiring(object sender, IMatch match) => Raise(sender, match, static e => e.RuleFiringEvent);

    public void OnRuleFired(object sender, IMatch match) => Raise(sender, match, static e => e.RuleFiredEvent);

    public void OnLhsExpressionFailed(object sender, LhsExpressionErrorEventArgs args) => Raise(sender, args, static e => e.LhsExpressionFailedEvent);

    public void OnAgendaExpressionFailed(object sender, AgendaExpressionErrorEventArgs args) => Raise(sender, args, static e => e.AgendaExpressionFailedEvent);

    public void OnRhsExpressionFailed(object sender, RhsExpressionErrorEventArgs args) => Raise(sender, args, static e => e.RhsExpressionFailedEvent);

    public void OnLhsExpressionEvaluated(object sender, LhsExpressionEventArgs args) => Raise(sender, args, static e => e.LhsExpressionEvaluatedEvent);

    public void OnAgendaExpressionEvaluated(object sender, AgendaExpressionEventArgs args) => Raise(sender, args, static e => e.AgendaExpressionEvaluatedEvent);

    public void OnRhsExpressionEvaluated(object sender, RhsExpressionEventArgs args) => Raise(sender, args, static e => e.RhsExpressionEvaluatedEvent);

    // The event data is made only when this session or its factory has a handler, and then once for both.
    // The handlers are given as read, so a fact no one listens for costs two null tests and no delegate call.
    private void Raise(
        object sender, object fact, EventHandler<WorkingMemoryEventArgs>? own, EventHandler<WorkingMemoryEventArgs>? factory,
        Func<SessionEvents, EventHandler<WorkingMemoryEventArgs>?> handler)
    {
        if (own is not null || factory is not null)
        {
            Raise(sender, new WorkingMemoryEventArgs(new WorkingMemoryFact(fact)), handler);
        }
    }

    private void Raise(object sender, IMatch match, Func<SessionEvents, EventHandler<AgendaEventArgs>?> handler)
    {
        if (handler(this) is null && (_parent is null || handler(_parent) is null))
        {
            return;
        }

        Raise(sender, new AgendaEventArgs(match), handler);
    }

    private void Raise<TArgs>(object sender, TArgs args, Func<SessionEvents, EventHandler<TArgs>?> handler)
    {
        handler(this)?.Invoke(sender, args);
        _parent?.Raise(sender, args, handler);
    }
}
