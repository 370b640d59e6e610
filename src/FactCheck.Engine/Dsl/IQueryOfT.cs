using System.Linq.Expressions;

namespace FactCheck.Engine.Dsl;

/// <summary>A step of a query, producing values of type <typeparamref name="TSource"/>.</summary>
/// <typeparam name="TSource">What this step produces: a fact, a collection or a group.</typeparam>
public interface IQuery<TSource>
{
    /// <summary>
    /// Filters what this step produces: before an aggregation, the facts or the values projected from them; after it,
    /// the result.
    /// </summary>
    /// <param name="conditions">The conditions; each may read aliases bound before the query.</param>
    IQuery<TSource> Where(params Expression<Func<TSource, bool>>[] conditions);

    /// <summary>
    /// Projects each value: before an aggregation, what each fact is aggregated as (or, with no aggregation, what is
    /// bound); after it, what the result becomes.
    /// </summary>
    /// <param name="selector">The projection; it may read aliases bound before the query.</param>
    IQuery<TResult> Select<TResult>(Expression<Func<TSource, TResult>> selector);

    /// <summary>
    /// Projects each value to many: before an aggregation, each fact contributes them all; with no aggregation, or
    /// after one, each becomes a match of its own.
    /// </summary>
    /// <param name="selector">The projection; it may read aliases bound before the query.</param>
    IQuery<TResult> SelectMany<TResult>(Expression<Func<TSource, IEnumerable<TResult>>> selector);

    /// <summary>Collects every matching value into one collection (possibly empty) for each match of the earlier elements.</summary>
    IQuery<IEnumerable<TSource>> Collect();

    /// <summary>Groups matching values by a key; each non-empty group is one result.</summary>
    /// <param name="keySelector">The grouping key.</param>
    IQuery<IGrouping<TKey, TSource>> GroupBy<TKey>(Expression<Func<TSource, TKey>> keySelector);

    /// <summary>Groups matching values by a key, each group holding what the element selector makes of them.</summary>
    /// <param name="keySelector">The grouping key.</param>
    /// <param name="elementSelector">What each group holds of a value.</param>
    IQuery<IGrouping<TKey, TElement>> GroupBy<TKey, TElement>(Expression<Func<TSource, TKey>> keySelector, Expression<Func<TSource, TElement>> elementSelector);
}
