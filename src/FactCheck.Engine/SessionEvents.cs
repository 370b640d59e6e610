namespace FactCheck.Engine;

internal sealed class SessionEvents : ISessionEvents
{
    // A session's events, whose handlers run before those of the session factory's events, which every session raises.
    private readonly SessionEvents? _parent;

    public SessionEvents(SessionEvents? parent = null) => _parent = parent;

    public event EventHandler<FactEventArgs>? FactInserting;

    public event EventHandler<FactEventArgs>? FactUpdating;

    public event EventHandler<FactEventArgs>? FactRetracting;

    public event EventHandler<FactEventArgs>? FactInserted;

    public event EventHandler<FactEventArgs>? FactUpdated;

    public event EventHandler<FactEventArgs>? FactRetracted;

    public event EventHandler<MatchEventArgs>? ActivationCreated;

    public event EventHandler<MatchEventArgs>? ActivationDeleted;

    public event EventHandler<MatchEventArgs>? ActivationUpdated;

    public event EventHandler<MatchEventArgs>? RuleFiring;

    public event EventHandler<MatchEventArgs>? RuleFired;

    public event EventHandler<ConditionFailedEventArgs>? ConditionFailed;

    public event EventHandler<ActionFailedEventArgs>? ActionFailed;

    public bool TracksActivations => ActivationCreated is not null || ActivationDeleted is not null || _parent?.TracksActivations == true;

    public void OnFactInserting(object sender, object fact)
    {
        FactInserting?.Invoke(sender, new FactEventArgs(fact));
        _parent?.OnFactInserting(sender, fact);
    }

    public void OnFactUpdating(object sender, object fact)
    {
        FactUpdating?.Invoke(sender, new FactEventArgs(fact));
        _parent?.OnFactUpdating(sender, fact);
    }

    public void OnFactRetracting(object sender, object fact)
    {
        FactRetracting?.Invoke(sender, new FactEventArgs(fact));
        _parent?.OnFactRetracting(sender, fact);
    }

    public void OnFactInserted(object sender, object fact)
    {
        FactInserted?.Invoke(sender, new FactEventArgs(fact));
        _parent?.OnFactInserted(sender, fact);
    }

    public void OnFactUpdated(object sender, object fact)
    {
        FactUpdated?.Invoke(sender, new FactEventArgs(fact));
        _parent?.OnFactUpdated(sender, fact);
    }

    public void OnFactRetracted(object sender, object fact)
    {
        FactRetracted?.Invoke(sender, new FactEventArgs(fact));
        _parent?.OnFactRetracted(sender, fact);
    }

    public void OnActivationCreated(object sender, IMatch match)
    {
        ActivationCreated?.Invoke(sender, new MatchEventArgs(match));
        _parent?.OnActivationCreated(sender, match);
    }

    public void OnActivationDeleted(object sender, IMatch match)
    {
        ActivationDeleted?.Invoke(sender, new MatchEventArgs(match));
        _parent?.OnActivationDeleted(sender, match);
    }

    public void OnActivationUpdated(object sender, IMatch match)
    {
        ActivationUpdated?.Invoke(sender, new MatchEventArgs(match));
        _parent?.OnActivationUpdated(sender, match);
    }

    public void OnRuleFiring(object sender, IMatch match)
    {
        RuleFiring?.Invoke(sender, new MatchEventArgs(match));
        _parent?.OnRuleFiring(sender, match);
    }

    public void OnRuleFired(object sender, IMatch match)
    {
        RuleFired?.Invoke(sender, new MatchEventArgs(match));
        _parent?.OnRuleFired(sender, match);
    }

    public void OnConditionFailed(object sender, ConditionFailedEventArgs args)
    {
        ConditionFailed?.Invoke(sender, args);
        _parent?.OnConditionFailed(sender, args);
    }

    public void OnActionFailed(object sender, ActionFailedEventArgs args)
    {
        ActionFailed?.Invoke(sender, args);
        _parent?.OnActionFailed(sender, args);
    }
}
