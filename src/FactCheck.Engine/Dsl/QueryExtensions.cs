using System.Linq.Expressions;

namespace FactCheck.Engine.Dsl;

/// <summary>
/// Operators that apply to a query's collection, as in NRules: sorting it (<c>Collect().OrderBy(...)</c>) and
/// turning it into a lookup (<c>Collect().ToLookup(...)</c>).
/// </summary>
public static class QueryExtensions
{
    /// <summary>Sorts the collection by a key, ascending; equal keys keep the order the facts came in.</summary>
    public static IQuery<IOrderedEnumerable<TSource>> OrderBy<TSource, TKey>(this IQuery<IEnumerable<TSource>> source, Expression<Func<TSource, TKey>> keySelector)
        => Step(source).Sort(keySelector, descending: false, first: true);

    /// <summary>Sorts the collection by a key, descending.</summary>
    public static IQuery<IOrderedEnumerable<TSource>> OrderByDescending<TSource, TKey>(this IQuery<IEnumerable<TSource>> source, Expression<Func<TSource, TKey>> keySelector)
        => Step(source).Sort(keySelector, descending: true, first: true);

    /// <summary>Sorts values with equal earlier keys by another key, ascending.</summary>
    public static IQuery<IOrderedEnumerable<TSource>> ThenBy<TSource, TKey>(this IQuery<IOrderedEnumerable<TSource>> source, Expression<Func<TSource, TKey>> keySelector)
        => Step(source).Sort(keySelector, descending: false, first: false);

    /// <summary>Sorts values with equal earlier keys by another key, descending.</summary>
    public static IQuery<IOrderedEnumerable<TSource>> ThenByDescending<TSource, TKey>(this IQuery<IOrderedEnumerable<TSource>> source, Expression<Func<TSource, TKey>> keySelector)
        => Step(source).Sort(keySelector, descending: true, first: false);

    /// <summary>Makes a lookup of the collection by a key; empty when nothing matches.</summary>
    public static IQuery<IKeyedLookup<TKey, TSource>> ToLookup<TSource, TKey>(this IQuery<IEnumerable<TSource>> source, Expression<Func<TSource, TKey>> keySelector)
        => Step(source).Lookup<TKey, TSource>(keySelector, elementSelector: null);

    /// <summary>Makes a lookup of the collection by a key, holding what the element selector makes of each value.</summary>
    public static IQuery<IKeyedLookup<TKey, TElement>> ToLookup<TSource, TKey, TElement>(
        this IQuery<IEnumerable<TSource>> source,
        Expression<Func<TSource, TKey>> keySelector,
        Expression<Func<TSource, TElement>> elementSelector)
        => Step(source).Lookup<TKey, TElement>(keySelector, elementSelector);

    private static QueryStep<T> Step<T>(IQuery<T> source)
        => source as QueryStep<T> ?? throw new ArgumentException("The query must come from Query(...)'s builder.", nameof(source));
}
