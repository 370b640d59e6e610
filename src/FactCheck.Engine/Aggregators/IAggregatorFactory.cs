using FactCheck.Engine.RuleModel;

namespace FactCheck.Engine.Aggregators;

/// <summary>
/// Makes the aggregators of one custom aggregate in a compiled network. The engine creates one factory per query that
/// uses the aggregate (through its public parameterless constructor), calls <see cref="Compile"/> once, then
/// <see cref="Create"/> for every partial match. Name the factory type in
/// <see cref="Dsl.QueryExtensions.Aggregate{TSource, TResult}"/>, or register it by the aggregate's name in
/// <see cref="RuleRepository.AggregatorRegistry"/>; the type in the query wins.
/// </summary>
public interface IAggregatorFactory
{
    /// <summary>Prepares the factory for a query: its types and its compiled expressions.</summary>
    /// <param name="element">The aggregate as the rule wrote it.</param>
    /// <param name="compiledExpressions">The aggregate's expressions, compiled, in the order they were given.</param>
    void Compile(AggregateElement element, IEnumerable<IAggregateExpression> compiledExpressions);

    /// <summary>A new, empty aggregator for one partial match.</summary>
    IAggregator Create();
}
