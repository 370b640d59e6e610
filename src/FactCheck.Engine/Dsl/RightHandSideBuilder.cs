using System.Linq.Expressions;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.Dsl;

internal sealed class RightHandSideBuilder : IRightHandSideExpression
{
    public List<RuleAction> Actions { get; } = [];

    public IRightHandSideExpression Do(Expression<Action<IContext>> action)
    {
        Actions.Add(new RuleAction(action ?? throw new ArgumentNullException(nameof(action)), IsYield: false));
        return this;
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> factory) where TFact : class
    {
        Actions.Add(new RuleAction(factory ?? throw new ArgumentNullException(nameof(factory)), IsYield: true));
        return this;
    }
}
