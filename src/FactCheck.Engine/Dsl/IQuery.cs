using System.Linq.Expressions;

namespace FactCheck.Engine.Dsl;

/// <summary>The start of a query inside <see cref="ILeftHandSideExpression.Query{TResult}"/>.</summary>
public interface IQuery
{
    /// <summary>The facts the query reads: those of type <typeparamref name="TFact"/> that satisfy the conditions.</summary>
    /// <param name="conditions">Conditions on each fact; each may read aliases bound before the query.</param>
    IQuery<TFact> Match<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>
    /// A value calculated from aliases bound before the query, as NRules' <c>From</c>: the query's steps and aggregation
    /// run on it (<c>From(() =&gt; order.Lines).SelectMany(l =&gt; l)</c>) instead of on working memory.
    /// </summary>
    /// <param name="source">The value, written <c>() =&gt; order.Lines</c>.</param>
    IQuery<TSource> From<TSource>(Expression<Func<TSource>> source);
}
