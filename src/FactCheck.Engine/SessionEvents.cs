namespace FactCheck.Engine;

internal sealed class SessionEvents : ISessionEvents
{
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

    public bool TracksActivations => ActivationCreated is not null || ActivationDeleted is not null;

    public void OnFactInserted(object sender, object fact) => FactInserted?.Invoke(sender, new FactEventArgs(fact));

    public void OnFactUpdated(object sender, object fact) => FactUpdated?.Invoke(sender, new FactEventArgs(fact));

    public void OnFactRetracted(object sender, object fact) => FactRetracted?.Invoke(sender, new FactEventArgs(fact));

    public void OnActivationCreated(object sender, IMatch match) => ActivationCreated?.Invoke(sender, new MatchEventArgs(match));

    public void OnActivationDeleted(object sender, IMatch match) => ActivationDeleted?.Invoke(sender, new MatchEventArgs(match));

    public void OnActivationUpdated(object sender, IMatch match) => ActivationUpdated?.Invoke(sender, new MatchEventArgs(match));

    public void OnRuleFiring(object sender, IMatch match) => RuleFiring?.Invoke(sender, new MatchEventArgs(match));

    public void OnRuleFired(object sender, IMatch match) => RuleFired?.Invoke(sender, new MatchEventArgs(match));

    public void OnConditionFailed(object sender, ConditionFailedEventArgs args) => ConditionFailed?.Invoke(sender, args);

    public void OnActionFailed(object sender, ActionFailedEventArgs args) => ActionFailed?.Invoke(sender, args);
}
