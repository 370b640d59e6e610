using System.Linq.Expressions;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.Dsl;

internal sealed class LeftHandSideBuilder : ILeftHandSideExpression
{
    public List<RuleElement> Elements { get; } = [];

    public ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(new RuleElement(ElementKind.Match, typeof(TFact), conditions ?? [], alias));
        return this;
    }

    public ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(new RuleElement(ElementKind.Match, typeof(TFact), conditions ?? [], alias: null));
        return this;
    }

    public ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(new RuleElement(ElementKind.Not, typeof(TFact), conditions ?? [], alias: null));
        return this;
    }

    public ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(new RuleElement(ElementKind.Exists, typeof(TFact), conditions ?? [], alias: null));
        return this;
    }

    public ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var start = new QueryStart();
        var result = query(start);
        var element = (result as QueryStep<TResult>)?.Element
            ?? throw new InvalidOperationException("A query must start with Match<T>() on the query it is given.");
        if (element.Kind != ElementKind.Aggregate)
        {
            throw new InvalidOperationException("A query must end in Collect() or GroupBy(...), optionally followed by Where(...).");
        }

        element.Alias = alias;
        Elements.Add(element);
        return this;
    }
}
