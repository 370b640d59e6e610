using System.Linq.Expressions;

namespace FactCheck.Engine.Model;

/// <summary>What a rule's <c>Define</c> recorded: its elements, actions and agenda filters, with its metadata.</summary>
internal sealed record RuleDefinition(
    IRuleMetadata Metadata,
    IReadOnlyList<RuleElement> Elements,
    IReadOnlyList<RuleAction> Actions,
    IReadOnlyList<LambdaExpression> FilterConditions,
    IReadOnlyList<LambdaExpression> ChangeKeys)
{
    /// <summary>The services the actions use, by alias (<c>() =&gt; service</c>).</summary>
    public IReadOnlyList<LambdaExpression> Dependencies { get; init; } = [];
}
