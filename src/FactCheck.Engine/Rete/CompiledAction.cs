using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Rete;

/// <summary>A rule action compiled to a delegate over the match; a yield returns the fact to link.</summary>
internal sealed record CompiledAction(Action<IContext, Token>? Do, Func<IContext, Token, object?>? Yield, string Text, ActionTrigger Trigger)
{
    /// <summary>A yield's update: the fact it links again when the match changed, made from the one linked before.</summary>
    public Func<IContext, Token, object, object?>? YieldUpdate { get; init; }

    /// <summary>The action as the rule wrote it, for failure reports.</summary>
    public System.Linq.Expressions.LambdaExpression? Expression { get; init; }
}
