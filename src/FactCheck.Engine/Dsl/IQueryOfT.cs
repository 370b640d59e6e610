using System.Linq.Expressions;

namespace FactCheck.Engine.Dsl;

/// <summary>A step of an aggregation query, producing values of type <typeparamref name="TSource"/>.</summary>
/// <typeparam name="TSource">What this step produces: a fact, a collection or a group.</typeparam>
public interface IQuery<TSource>
{
    /// <summary>
    /// Filters what this step produces: before an aggregation, the facts; after it, the collection or group.
    /// </summary>
    /// <param name="conditions">The conditions; each may read aliases bound before the query.</param>
    IQuery<TSource> Where(params Expression<Func<TSource, bool>>[] conditions);

    /// <summary>Collects every matching fact into one collection (possibly empty) for each match of the earlier elements.</summary>
    IQuery<IEnumerable<TSource>> Collect();

    /// <summary>Groups matching facts by a key; each non-empty group is one result.</summary>
    /// <param name="keySelector">The grouping key, read from the fact alone.</param>
    IQuery<IGrouping<TKey, TSource>> GroupBy<TKey>(Expression<Func<TSource, TKey>> keySelector);
}
