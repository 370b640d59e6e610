using System.Linq.Expressions;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.Dsl;

internal sealed class RightHandSideBuilder : IRightHandSideExpression
{
    public List<RuleAction> Actions { get; } = [];

    public IRightHandSideExpression Do(Expression<Action<IContext>> action) => Action(action, ActionTrigger.Activated | ActionTrigger.Reactivated);

    public IRightHandSideExpression Action(Expression<Action<IContext>> action, ActionTrigger actionTrigger = ActionTrigger.Activated | ActionTrigger.Reactivated)
    {
        if (actionTrigger == ActionTrigger.None || (actionTrigger & ~(ActionTrigger.Activated | ActionTrigger.Reactivated | ActionTrigger.Deactivated)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(actionTrigger), actionTrigger, "An action runs on Activated, Reactivated or Deactivated, or a combination of them.");
        }

        Actions.Add(new RuleAction(action ?? throw new ArgumentNullException(nameof(action)), IsYield: false, actionTrigger));
        return this;
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> factory) where TFact : class
    {
        Actions.Add(new RuleAction(factory ?? throw new ArgumentNullException(nameof(factory)), IsYield: true, ActionTrigger.Activated | ActionTrigger.Reactivated));
        return this;
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> create, Expression<Func<IContext, TFact, TFact>> update) where TFact : class
    {
        ArgumentNullException.ThrowIfNull(update);
        Actions.Add(new RuleAction(create ?? throw new ArgumentNullException(nameof(create)), IsYield: true, ActionTrigger.Activated | ActionTrigger.Reactivated) { Update = update });
        return this;
    }
}
