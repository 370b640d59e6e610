using System.Linq.Expressions;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.Dsl;

/// <summary>
/// A query under construction. Before an aggregation it describes what each fact becomes (conditions on the fact,
/// then projections and filters); Collect, GroupBy or ToLookup make it an aggregate, after which filters and
/// projections apply to the result. A query that never aggregates binds each value it produces. The operators are
/// extension methods (<see cref="QueryExtensions"/>), as in NRules, so that <see cref="IQuery{TSource}"/> can be
/// covariant: a grouping binds to an <c>IEnumerable&lt;T&gt;</c> alias.
/// </summary>
internal class QueryStep
{
    public QueryStep(RuleElement element) => Element = element;

    public RuleElement Element { get; }

    private bool IsAggregated => Element.Kind == ElementKind.Aggregate;

    public void Where(IEnumerable<LambdaExpression> conditions)
    {
        foreach (var condition in conditions)
        {
            ArgumentNullException.ThrowIfNull(condition, nameof(conditions));
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
    }

    public QueryStep<TResult> Collect<TResult>()
        => new(ToAggregate(AggregateKind.Collect, typeof(TResult), keySelector: null, elementSelector: null));

    public QueryStep<TResult> GroupBy<TResult>(LambdaExpression keySelector, LambdaExpression? elementSelector)
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        return new QueryStep<TResult>(ToAggregate(AggregateKind.GroupBy, typeof(TResult), keySelector, elementSelector));
    }

    public QueryStep<TResult> Custom<TResult>(string name, IEnumerable<KeyValuePair<string, LambdaExpression>> expressions, Type? factoryType)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(expressions);
        List<KeyValuePair<string, LambdaExpression>> named = [.. expressions];
        foreach (var (key, expression) in named)
        {
            ArgumentException.ThrowIfNullOrEmpty(key, nameof(expressions));
            ArgumentNullException.ThrowIfNull(expression, nameof(expressions));
            if (expression.Parameters.Count != 1 || !expression.Parameters[0].Type.IsAssignableFrom(Element.ValueType))
            {
                throw new ArgumentException($"aggregate expression '{key}' must take one {Element.ValueType.Name}: {expression}.", nameof(expressions));
            }
        }

        if (factoryType is not null)
        {
            Aggregators.AggregatorRegistry.ThrowIfNoFactory(factoryType, nameof(factoryType));
        }

        var element = ToAggregate(AggregateKind.Custom, typeof(TResult), keySelector: null, elementSelector: null);
        element.Custom = new RuleModel.AggregateElement(name, Element.ValueType, typeof(TResult), named, factoryType);
        return new QueryStep<TResult>(element);
    }

    /// <summary>Adds a sort key to a collection that nothing has been applied to yet.</summary>
    public QueryStep<TResult> Sort<TResult>(LambdaExpression keySelector, bool descending, bool first)
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        if (!IsAggregated || Element.Aggregate != AggregateKind.Collect || Element.ResultSteps.Count > 0 || (first && Element.SortKeys.Count > 0))
        {
            throw new InvalidOperationException(first
                ? "OrderBy(...) sorts a collection: write it right after Collect()."
                : "ThenBy(...) follows OrderBy(...).");
        }

        Element.SortKeys.Add((keySelector, descending));
        return new QueryStep<TResult>(Element);
    }

    /// <summary>Turns a collection that nothing has been applied to yet into a lookup.</summary>
    public QueryStep<TResult> Lookup<TResult>(LambdaExpression keySelector, LambdaExpression? elementSelector)
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        if (!IsAggregated || Element.Aggregate != AggregateKind.Collect || Element.ResultSteps.Count > 0 || Element.SortKeys.Count > 0)
        {
            throw new InvalidOperationException("ToLookup(...) makes a lookup of a collection: write it right after Collect().");
        }

        Element.Aggregate = AggregateKind.Lookup;
        Element.KeySelector = keySelector;
        Element.ElementSelector = elementSelector;
        return new QueryStep<TResult>(Element);
    }

    public QueryStep<TResult> Step<TResult>(QueryOperationKind kind, LambdaExpression selector)
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
