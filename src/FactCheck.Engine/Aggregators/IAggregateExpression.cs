namespace FactCheck.Engine.Aggregators;

/// <summary>One of a custom aggregate's expressions, compiled: it reads a fact and may read the aliases bound before the query.</summary>
public interface IAggregateExpression
{
    /// <summary>The name the expression was given in the query.</summary>
    string Name { get; }

    /// <summary>Evaluates the expression for one fact of one partial match.</summary>
    /// <param name="context">The context the aggregator was called with.</param>
    /// <param name="tuple">The partial match the aggregator was called with.</param>
    /// <param name="fact">The fact.</param>
    /// <returns>The expression's value.</returns>
    object? Invoke(AggregationContext context, ITuple tuple, IFact fact);
}
