using System.Linq.Expressions;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.Dsl;

/// <summary>A query under construction; the element it builds becomes an aggregate at Collect or GroupBy.</summary>
internal sealed class QueryStep<TSource> : IQuery<TSource>
{
    public QueryStep(RuleElement element) => Element = element;

    public RuleElement Element { get; }

    public IQuery<TSource> Where(params Expression<Func<TSource, bool>>[] conditions)
    {
        if (Element.Kind == ElementKind.Aggregate)
        {
            Element.ResultConditions.AddRange(conditions ?? []);
        }
        else
        {
            Element.Conditions.AddRange(conditions ?? []);
        }

        return this;
    }

    public IQuery<IEnumerable<TSource>> Collect()
        => new QueryStep<IEnumerable<TSource>>(ToAggregate(AggregateKind.Collect, typeof(IEnumerable<TSource>), keySelector: null));

    public IQuery<IGrouping<TKey, TSource>> GroupBy<TKey>(Expression<Func<TSource, TKey>> keySelector)
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        return new QueryStep<IGrouping<TKey, TSource>>(ToAggregate(AggregateKind.GroupBy, typeof(IGrouping<TKey, TSource>), keySelector));
    }

    private RuleElement ToAggregate(AggregateKind kind, Type resultType, LambdaExpression? keySelector)
    {
        if (Element.Kind == ElementKind.Aggregate)
        {
            throw new InvalidOperationException("A query aggregates once: Collect() or GroupBy(...) may not follow another.");
        }

        return new RuleElement(ElementKind.Aggregate, Element.FactType, Element.Conditions, alias: null)
        {
            Aggregate = kind,
            KeySelector = keySelector,
            ResultType = resultType,
        };
    }
}
