using System.Linq.Expressions;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Model;

/// <summary>One action of a rule's right-hand side; a yield inserts a fact linked to the match.</summary>
internal sealed record RuleAction(LambdaExpression Expression, bool IsYield, ActionTrigger Trigger)
{
    /// <summary>A yield's update, <c>(ctx, previous) =&gt; fact</c>, or null to create the fact again.</summary>
    public LambdaExpression? Update { get; init; }
}
