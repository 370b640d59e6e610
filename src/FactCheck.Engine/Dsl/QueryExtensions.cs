using System.Linq.Expressions;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.Dsl;

/// <summary>
/// The operators of a query, as in NRules: filtering and projecting values, aggregating them (<c>Collect</c>,
/// <c>GroupBy</c>), sorting a collection (<c>Collect().OrderBy(...)</c>) and turning it into a lookup
/// (<c>Collect().ToLookup(...)</c>).
/// </summary>
public static class QueryExtensions
{
    /// <summary>
    /// Filters what the query produces: before an aggregation, the facts or the values projected from them; after it,
    /// the result.
    /// </summary>
    /// <param name="source">The query.</param>
    /// <param name="conditions">The conditions; each may read aliases bound before the query.</param>
    public static IQuery<TSource> Where<TSource>(this IQuery<TSource> source, params Expression<Func<TSource, bool>>[] conditions)
    {
        Step(source).Where(conditions ?? []);
        return source;
    }

    /// <summary>
    /// Projects each value: before an aggregation, what each fact is aggregated as (or, with no aggregation, what is
    /// bound); after it, what the result becomes.
    /// </summary>
    /// <param name="source">The query.</param>
    /// <param name="selector">The projection; it may read aliases bound before the query.</param>
    public static IQuery<TResult> Select<TSource, TResult>(this IQuery<TSource> source, Expression<Func<TSource, TResult>> selector)
        => Step(source).Step<TResult>(QueryOperationKind.Select, selector);

    /// <summary>
    /// Projects each value to many: before an aggregation, each fact contributes them all; with no aggregation, or
    /// after one, each becomes a match of its own.
    /// </summary>
    /// <param name="source">The query.</param>
    /// <param name="selector">The projection; it may read aliases bound before the query.</param>
    public static IQuery<TResult> SelectMany<TSource, TResult>(this IQuery<TSource> source, Expression<Func<TSource, IEnumerable<TResult>>> selector)
        => Step(source).Step<TResult>(QueryOperationKind.SelectMany, selector);

    /// <summary>Collects every matching value into one collection (possibly empty) for each match of the earlier elements.</summary>
    /// <param name="source">The query.</param>
    public static IQuery<IEnumerable<TSource>> Collect<TSource>(this IQuery<TSource> source)
        => Step(source).Collect<IEnumerable<TSource>>();

    /// <summary>Groups matching values by a key; each non-empty group is one result.</summary>
    /// <param name="source">The query.</param>
    /// <param name="keySelector">The grouping key.</param>
    public static IQuery<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IQuery<TSource> source, Expression<Func<TSource, TKey>> keySelector)
        => Step(source).GroupBy<IGrouping<TKey, TSource>>(keySelector, elementSelector: null);

    /// <summary>Groups matching values by a key, each group holding what the element selector makes of them.</summary>
    /// <param name="source">The query.</param>
    /// <param name="keySelector">The grouping key.</param>
    /// <param name="elementSelector">What each group holds of a value.</param>
    public static IQuery<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(
        this IQuery<TSource> source,
        Expression<Func<TSource, TKey>> keySelector,
        Expression<Func<TSource, TElement>> elementSelector)
    {
        ArgumentNullException.ThrowIfNull(elementSelector);
        return Step(source).GroupBy<IGrouping<TKey, TElement>>(keySelector, elementSelector);
    }

    /// <summary>Sorts the collection by a key, ascending; equal keys keep the order the facts came in.</summary>
    public static IQuery<IOrderedEnumerable<TSource>> OrderBy<TSource, TKey>(this IQuery<IEnumerable<TSource>> source, Expression<Func<TSource, TKey>> keySelector)
        => Step(source).Sort<IOrderedEnumerable<TSource>>(keySelector, descending: false, first: true);

    /// <summary>Sorts the collection by a key, descending.</summary>
    public static IQuery<IOrderedEnumerable<TSource>> OrderByDescending<TSource, TKey>(this IQuery<IEnumerable<TSource>> source, Expression<Func<TSource, TKey>> keySelector)
        => Step(source).Sort<IOrderedEnumerable<TSource>>(keySelector, descending: true, first: true);

    /// <summary>Sorts values with equal earlier keys by another key, ascending.</summary>
    public static IQuery<IOrderedEnumerable<TSource>> ThenBy<TSource, TKey>(this IQuery<IOrderedEnumerable<TSource>> source, Expression<Func<TSource, TKey>> keySelector)
        => Step(source).Sort<IOrderedEnumerable<TSource>>(keySelector, descending: false, first: false);

    /// <summary>Sorts values with equal earlier keys by another key, descending.</summary>
    public static IQuery<IOrderedEnumerable<TSource>> ThenByDescending<TSource, TKey>(this IQuery<IOrderedEnumerable<TSource>> source, Expression<Func<TSource, TKey>> keySelector)
        => Step(source).Sort<IOrderedEnumerable<TSource>>(keySelector, descending: true, first: false);

    /// <summary>Makes a lookup of the collection by a key; empty when nothing matches.</summary>
    public static IQuery<IKeyedLookup<TKey, TSource>> ToLookup<TSource, TKey>(this IQuery<IEnumerable<TSource>> source, Expression<Func<TSource, TKey>> keySelector)
        => Step(source).Lookup<IKeyedLookup<TKey, TSource>>(keySelector, elementSelector: null);

    /// <summary>Makes a lookup of the collection by a key, holding what the element selector makes of each value.</summary>
    public static IQuery<IKeyedLookup<TKey, TElement>> ToLookup<TSource, TKey, TElement>(
        this IQuery<IEnumerable<TSource>> source,
        Expression<Func<TSource, TKey>> keySelector,
        Expression<Func<TSource, TElement>> elementSelector)
        => Step(source).Lookup<IKeyedLookup<TKey, TElement>>(keySelector, elementSelector);

    /// <summary>
    /// Aggregates with a custom aggregator (<see cref="Aggregators.IAggregator"/>), as NRules'
    /// <c>Builder.Aggregate</c>: each partial match gets its own aggregator, told incrementally which facts arrived,
    /// changed and left; each aggregate it reports is a match of its own.
    /// </summary>
    /// <typeparam name="TSource">The values aggregated.</typeparam>
    /// <typeparam name="TResult">The aggregates, as bound.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="name">The aggregate's name; without <paramref name="factoryType"/> its factory is found by this name in <see cref="RuleRepository.AggregatorRegistry"/>.</param>
    /// <param name="expressions">Named expressions over a value, compiled and given to the factory; each may read aliases bound before the query.</param>
    /// <param name="factoryType">The <see cref="Aggregators.IAggregatorFactory"/> type, or null to look it up by name when the rules compile.</param>
    /// <example>
    /// <code>
    /// public static IQuery&lt;decimal&gt; Total&lt;T&gt;(this IQuery&lt;T&gt; source, Expression&lt;Func&lt;T, decimal&gt;&gt; amount)
    ///     =&gt; source.Aggregate&lt;T, decimal&gt;("Total", [new("Amount", amount)], typeof(TotalFactory));
    /// </code>
    /// </example>
    public static IQuery<TResult> Aggregate<TSource, TResult>(
        this IQuery<TSource> source,
        string name,
        IEnumerable<KeyValuePair<string, LambdaExpression>> expressions,
        Type? factoryType = null)
        => Step(source).Custom<TResult>(name, expressions, factoryType);

    private static QueryStep Step<T>(IQuery<T> source)
        => source as QueryStep ?? throw new ArgumentException("The query must come from Query(...)'s builder.", nameof(source));
}
