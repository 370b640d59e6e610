using System.Linq.Expressions;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.RuleModel;

/// <summary>One action of a rule's right-hand side, as written.</summary>
public sealed class RuleActionDefinition
{
    internal RuleActionDefinition(LambdaExpression expression, ActionTrigger trigger, bool isYield)
    {
        Expression = expression;
        Trigger = trigger;
        IsYield = isYield;
    }

    /// <summary>The action, <c>ctx =&gt; ...</c>.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>When it runs.</summary>
    public ActionTrigger Trigger { get; }

    /// <summary>True for a <c>Yield</c>, which inserts a fact linked to the match.</summary>
    public bool IsYield { get; }
}
