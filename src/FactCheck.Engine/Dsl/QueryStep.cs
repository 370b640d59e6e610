using System.Linq.Expressions;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.Dsl;

/// <summary>
/// A query under construction. Before an aggregation it describes what each fact becomes (conditions on the fact,
/// then projections and filters); Collect, GroupBy or ToLookup make it an aggregate, after which filters and
/// projections apply to the result. A query that never aggregates binds each value it produces.
/// </summary>
internal sealed class QueryStep<TSource> : IQuery<TSource>
{
    public QueryStep(RuleElement element) => Element = element;

    public RuleElement Element { get; }

    private bool IsAggregated => Element.Kind == ElementKind.Aggregate;

    public IQuery<TSource> Where(params Expression<Func<TSource, bool>>[] conditions)
    {
        foreach (var condition in conditions ?? [])
        {
            if (IsAggregated)
            {
                Element.ResultSteps.Add(new QueryOperation(QueryOperationKind.Where, condition));
            }
            else if (Element.SourceSteps.Count == 0 && Element.From is null)
            {
                Element.Conditions.Add(condition);
            }
            else
            {
                Element.SourceSteps.Add(new QueryOperation(QueryOperationKind.Where, condition));
            }
        }

        return this;
    }

    public IQuery<TResult> Select<TResult>(Expression<Func<TSource, TResult>> selector) => Step<TResult>(QueryOperationKind.Select, selector);

    public IQuery<TResult> SelectMany<TResult>(Expression<Func<TSource, IEnumerable<TResult>>> selector) => Step<TResult>(QueryOperationKind.SelectMany, selector);

    public IQuery<IEnumerable<TSource>> Collect()
        => new QueryStep<IEnumerable<TSource>>(ToAggregate(AggregateKind.Collect, typeof(IEnumerable<TSource>), keySelector: null, elementSelector: null));

    public IQuery<IGrouping<TKey, TSource>> GroupBy<TKey>(Expression<Func<TSource, TKey>> keySelector)
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        return new QueryStep<IGrouping<TKey, TSource>>(ToAggregate(AggregateKind.GroupBy, typeof(IGrouping<TKey, TSource>), keySelector, elementSelector: null));
    }

    public IQuery<IGrouping<TKey, TElement>> GroupBy<TKey, TElement>(Expression<Func<TSource, TKey>> keySelector, Expression<Func<TSource, TElement>> elementSelector)
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(elementSelector);
        return new QueryStep<IGrouping<TKey, TElement>>(ToAggregate(AggregateKind.GroupBy, typeof(IGrouping<TKey, TElement>), keySelector, elementSelector));
    }

    /// <summary>Adds a sort key to a collection that nothing has been applied to yet.</summary>
    public QueryStep<IOrderedEnumerable<TElement>> Sort<TElement, TKey>(Expression<Func<TElement, TKey>> keySelector, bool descending, bool first)
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        if (!IsAggregated || Element.Aggregate != AggregateKind.Collect || Element.ResultSteps.Count > 0 || (first && Element.SortKeys.Count > 0))
        {
            throw new InvalidOperationException(first
                ? "OrderBy(...) sorts a collection: write it right after Collect()."
                : "ThenBy(...) follows OrderBy(...).");
        }

        Element.SortKeys.Add((keySelector, descending));
        return new QueryStep<IOrderedEnumerable<TElement>>(Element);
    }

    /// <summary>Turns a collection that nothing has been applied to yet into a lookup.</summary>
    public QueryStep<IKeyedLookup<TKey, TElement>> Lookup<TKey, TElement>(LambdaExpression keySelector, LambdaExpression? elementSelector)
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        if (!IsAggregated || Element.Aggregate != AggregateKind.Collect || Element.ResultSteps.Count > 0 || Element.SortKeys.Count > 0)
        {
            throw new InvalidOperationException("ToLookup(...) makes a lookup of a collection: write it right after Collect().");
        }

        Element.Aggregate = AggregateKind.Lookup;
        Element.KeySelector = keySelector;
        Element.ElementSelector = elementSelector;
        return new QueryStep<IKeyedLookup<TKey, TElement>>(Element);
    }

    private QueryStep<TResult> Step<TResult>(QueryOperationKind kind, LambdaExpression selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        if (IsAggregated)
        {
            Element.ResultSteps.Add(new QueryOperation(kind, selector));
        }
        else
        {
            Element.SourceSteps.Add(new QueryOperation(kind, selector));
            Element.ValueType = typeof(TResult);
        }

        return new QueryStep<TResult>(Element);
    }

    private RuleElement ToAggregate(AggregateKind kind, Type resultType, LambdaExpression? keySelector, LambdaExpression? elementSelector)
    {
        if (IsAggregated)
        {
            throw new InvalidOperationException("A query aggregates once: Collect(), GroupBy(...) or ToLookup(...) may not follow another.");
        }

        return new RuleElement(ElementKind.Aggregate, Element.FactType, Element.Conditions, alias: null)
        {
            Aggregate = kind,
            KeySelector = keySelector,
            ElementSelector = elementSelector,
            ResultType = resultType,
            ValueType = Element.ValueType,
            SourceSteps = [.. Element.SourceSteps],
            From = Element.From,
        };
    }
}
