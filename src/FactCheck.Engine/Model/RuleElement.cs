using System.Linq.Expressions;

namespace FactCheck.Engine.Model;

/// <summary>One element of a rule's left-hand side, as the DSL recorded it, before compilation.</summary>
internal sealed class RuleElement
{
    public RuleElement(ElementKind kind, Type factType, IEnumerable<LambdaExpression> conditions, LambdaExpression? alias)
    {
        Kind = kind;
        FactType = factType;
        Conditions = [.. conditions];
        Alias = alias;
        ResultType = factType;
        ValueType = factType;
    }

    public ElementKind Kind { get; }

    /// <summary>The type of the facts this element reads from working memory.</summary>
    public Type FactType { get; }

    /// <summary>Conditions on each fact (for an aggregate: on each source fact).</summary>
    public List<LambdaExpression> Conditions { get; }

    /// <summary>The alias lambda <c>() =&gt; a</c>, or null for an unnamed pattern.</summary>
    public LambdaExpression? Alias { get; set; }

    /// <summary>The type bound at this element's position: the fact type, or the aggregate's result type.</summary>
    public Type ResultType { get; set; }

    public AggregateKind Aggregate { get; set; }

    public LambdaExpression? KeySelector { get; set; }

    /// <summary>What a grouping or lookup holds of each value; null for the value itself.</summary>
    public LambdaExpression? ElementSelector { get; set; }

    /// <summary>A query's source calculated from earlier aliases (<c>From(() =&gt; value)</c>), or null for working memory.</summary>
    public LambdaExpression? From { get; init; }

    /// <summary>The steps from each matched fact to the values aggregated (after the conditions on the fact itself).</summary>
    public List<QueryOperation> SourceSteps { get; init; } = [];

    /// <summary>The type of the values aggregated: the fact type, or what the source steps make of it.</summary>
    public Type ValueType { get; set; }

    /// <summary>The sort keys of a collection, first to last.</summary>
    public List<(LambdaExpression Key, bool Descending)> SortKeys { get; init; } = [];

    /// <summary>The steps applied to an aggregate's result: filters, projections.</summary>
    public List<QueryOperation> ResultSteps { get; init; } = [];

    /// <summary>A custom aggregate (<see cref="AggregateKind.Custom"/>): its name, expressions and factory type, as the query wrote them.</summary>
    public RuleModel.AggregateElement? Custom { get; set; }

    /// <summary>An Or's alternatives, or an And's elements.</summary>
    public IReadOnlyList<RuleElement> Children { get; init; } = [];

    /// <summary>A copy that an alternative may change (a Having moved into a pattern adds to its conditions).</summary>
    public RuleElement Copy()
    {
        return new RuleElement(Kind, FactType, Conditions, Alias)
        {
            ResultType = ResultType,
            Aggregate = Aggregate,
            KeySelector = KeySelector,
            ElementSelector = ElementSelector,
            Custom = Custom,
            Expression = Expression,
            From = From,
            Children = Children,
            ValueType = ValueType,
            SourceSteps = [.. SourceSteps],
            SortKeys = [.. SortKeys],
            ResultSteps = [.. ResultSteps],
        };
    }

    /// <summary>A binding's calculation, <c>() =&gt; expression</c> over earlier aliases.</summary>
    public LambdaExpression? Expression { get; init; }

    /// <summary>True when the element binds a value at a position of the match: a pattern, an aggregate or a binding.</summary>
    public bool Binds => Kind is ElementKind.Match or ElementKind.Aggregate or ElementKind.Binding;

    /// <summary>True when the element reads no fact from working memory: a binding, a filter or a query from a value works on the match alone.</summary>
    public bool ReadsMatchOnly => Kind is ElementKind.Binding or ElementKind.Filter || From is not null;
}
