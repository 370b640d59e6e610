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

    public ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> condition) => All(_ => true, condition);

    // "Every fact that satisfies the base satisfies the conditions" is "no fact satisfies the base and breaks them".
    public ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> baseCondition, params Expression<Func<TFact, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(baseCondition);
        var fact = baseCondition.Parameters[0];
        var all = (conditions ?? []).Select(c => new ParameterRebinder(c.Parameters[0], fact).Visit(c.Body)).Aggregate<Expression, Expression>(Expression.Constant(true), Expression.AndAlso);
        return Not(Expression.Lambda<Func<TFact, bool>>(Expression.AndAlso(baseCondition.Body, Expression.Not(all)), fact));
    }

    public ILeftHandSideExpression Or(Func<ILeftHandSideExpression, ILeftHandSideExpression> builder) => Group(ElementKind.Or, builder);

    public ILeftHandSideExpression And(Func<ILeftHandSideExpression, ILeftHandSideExpression> builder) => Group(ElementKind.And, builder);

    public ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentNullException.ThrowIfNull(expression);
        Elements.Add(new RuleElement(ElementKind.Binding, typeof(TResult), [], alias) { Expression = expression });
        return this;
    }

    public ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions)
    {
        Elements.Add(new RuleElement(ElementKind.Filter, typeof(bool), conditions ?? [], alias: null));
        return this;
    }

    private LeftHandSideBuilder Group(ElementKind kind, Func<ILeftHandSideExpression, ILeftHandSideExpression> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var group = new LeftHandSideBuilder();
        builder(group);
        if (group.Elements.Count == 0)
        {
            throw new InvalidOperationException($"{kind}(...) needs at least one element.");
        }

        Elements.Add(new RuleElement(kind, typeof(object), [], alias: null) { Children = group.Elements });
        return this;
    }

    public ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var start = new QueryStart();
        var result = query(start);
        var element = (result as QueryStep)?.Element
            ?? throw new InvalidOperationException("A query must start with Match<T>() on the query it is given.");
        if (element.Kind != ElementKind.Aggregate && (element.SourceSteps.Count > 0 || element.From is not null))
        {
            // Projected (or from a value) but not aggregated: each value is a match of its own.
            element = new RuleElement(ElementKind.Aggregate, element.FactType, element.Conditions, alias: null)
            {
                Aggregate = AggregateKind.Each,
                ValueType = element.ValueType,
                SourceSteps = element.SourceSteps,
                From = element.From,
            };
        }

        element.Alias = alias;
        element.ResultType = typeof(TResult);
        Elements.Add(element);
        return this;
    }
}
