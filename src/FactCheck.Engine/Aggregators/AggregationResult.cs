namespace FactCheck.Engine.Aggregators;

/// <summary>
/// What an aggregator reports about one aggregate after a change. The engine knows an aggregate by reference: a
/// <see cref="AggregationAction.Modified"/> result names the object it replaces (or the same object, changed in place), a
/// <see cref="AggregationAction.Removed"/> result the object it withdraws.
/// </summary>
public sealed class AggregationResult
{
    private AggregationResult(AggregationAction action, object? aggregate, object? previous, IEnumerable<IFact>? source)
    {
        Action = action;
        Aggregate = aggregate;
        Previous = previous;
        Source = source ?? [];
    }

    /// <summary>What happened.</summary>
    public AggregationAction Action { get; }

    /// <summary>The aggregate: the value bound to the query's alias.</summary>
    public object? Aggregate { get; }

    /// <summary>For <see cref="AggregationAction.Modified"/>, the aggregate this one replaces (the same object when changed in place).</summary>
    public object? Previous { get; }

    /// <summary>The facts that produced the aggregate, for the aggregator's own bookkeeping; the engine does not read them.</summary>
    public IEnumerable<IFact> Source { get; }

    /// <summary>The aggregate did not change.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="source">The facts that produced it.</param>
    public static AggregationResult None(object? aggregate, IEnumerable<IFact>? source = null) => new(AggregationAction.None, aggregate, aggregate, source);

    /// <summary>A new aggregate.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="source">The facts that produced it.</param>
    public static AggregationResult Added(object? aggregate, IEnumerable<IFact>? source = null) => new(AggregationAction.Added, aggregate, previous: null, source);

    /// <summary>An aggregate changed in place.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="source">The facts that produced it.</param>
    public static AggregationResult Modified(object? aggregate, IEnumerable<IFact>? source = null) => new(AggregationAction.Modified, aggregate, aggregate, source);

    /// <summary>An aggregate replaced by another object.</summary>
    /// <param name="aggregate">The new aggregate.</param>
    /// <param name="previous">The aggregate it replaces.</param>
    /// <param name="source">The facts that produced it.</param>
    public static AggregationResult Modified(object? aggregate, object? previous, IEnumerable<IFact>? source = null) => new(AggregationAction.Modified, aggregate, previous, source);

    /// <summary>An aggregate is gone.</summary>
    /// <param name="aggregate">The aggregate reported before.</param>
    public static AggregationResult Removed(object? aggregate) => new(AggregationAction.Removed, aggregate, aggregate, source: null);
}
