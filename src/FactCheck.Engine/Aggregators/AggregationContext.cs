namespace FactCheck.Engine.Aggregators;

/// <summary>
/// The context of one call to an aggregator: pass it on to <see cref="IAggregateExpression.Invoke"/>. It says which
/// rules the aggregate serves, for an aggregator that reports or logs.
/// </summary>
public sealed class AggregationContext
{
    internal AggregationContext(IReadOnlyList<IRuleMetadata> rules) => Rules = rules;

    /// <summary>The rules whose networks hold the aggregate.</summary>
    public IReadOnlyList<IRuleMetadata> Rules { get; }
}
