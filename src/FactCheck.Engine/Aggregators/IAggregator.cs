namespace FactCheck.Engine.Aggregators;

/// <summary>
/// A custom aggregate, kept up to date incrementally for one partial match of the elements before the query, as
/// NRules' aggregators are. The engine creates one instance per partial match (<see cref="IAggregatorFactory.Create"/>)
/// and tells it, once per batch of changes, which facts arrived, which changed and which left; the aggregator answers
/// with what happened to its aggregates. An aggregate it reports <see cref="AggregationAction.Added"/> is bound to the
/// query's alias (after the query's later <c>Where</c>/<c>Select</c>), one match per aggregate.
/// </summary>
/// <remarks>
/// Facts are given as <see cref="IFact"/> objects that stay the same for as long as the fact is aggregated, so an
/// aggregator may key its own state by them. Before a flush of changes, the engine calls <see cref="Remove"/>,
/// then <see cref="Modify"/>, then <see cref="Add"/>, each only when it has facts for it, except that the first call
/// for a new partial match is always an <see cref="Add"/> (with no facts when none match yet), so that an aggregate
/// that exists when empty (a collection) can be reported. Calls for one partial match never overlap.
/// </remarks>
public interface IAggregator
{
    /// <summary>Facts that joined the aggregate.</summary>
    /// <param name="context">The evaluation's context; pass it to <see cref="IAggregateExpression.Invoke"/>.</param>
    /// <param name="tuple">The partial match the aggregate belongs to.</param>
    /// <param name="facts">The facts that arrived, in insertion order.</param>
    /// <returns>What happened to the aggregates.</returns>
    IEnumerable<AggregationResult> Add(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts);

    /// <summary>Facts still in the aggregate whose values changed (an update, or a projection that gives another value).</summary>
    /// <param name="context">The evaluation's context.</param>
    /// <param name="tuple">The partial match the aggregate belongs to.</param>
    /// <param name="facts">The changed facts, each the same object <see cref="Add"/> was given, now holding the new value.</param>
    /// <returns>What happened to the aggregates.</returns>
    IEnumerable<AggregationResult> Modify(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts);

    /// <summary>Facts that left the aggregate (retracted, or no longer matching).</summary>
    /// <param name="context">The evaluation's context.</param>
    /// <param name="tuple">The partial match the aggregate belongs to.</param>
    /// <param name="facts">The facts that left, each the same object <see cref="Add"/> was given.</param>
    /// <returns>What happened to the aggregates.</returns>
    IEnumerable<AggregationResult> Remove(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts);
}
