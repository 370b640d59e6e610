using System.Linq.Expressions;

namespace FactCheck.Engine.RuleModel;

/// <summary>A custom aggregate as a query wrote it: what an <see cref="Aggregators.IAggregatorFactory"/> compiles.</summary>
public sealed class AggregateElement
{
    internal AggregateElement(string name, Type sourceType, Type resultType, IReadOnlyList<KeyValuePair<string, LambdaExpression>> expressions, Type? customFactoryType)
    {
        Name = name;
        SourceType = sourceType;
        ResultType = resultType;
        Expressions = expressions;
        CustomFactoryType = customFactoryType;
    }

    /// <summary>The aggregate's name.</summary>
    public string Name { get; }

    /// <summary>The type of the values aggregated: the facts, or what the query's earlier steps made of them.</summary>
    public Type SourceType { get; }

    /// <summary>The type of the aggregates, as bound to the query's alias.</summary>
    public Type ResultType { get; }

    /// <summary>The named expressions over a source value, in the order given; a name may repeat.</summary>
    public IReadOnlyList<KeyValuePair<string, LambdaExpression>> Expressions { get; }

    /// <summary>The factory type the query named, or null when it is found by name in the registry.</summary>
    public Type? CustomFactoryType { get; }

    /// <summary>The one expression with a name.</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="ArgumentException">No expression, or more than one, has the name.</exception>
    public LambdaExpression this[string name]
        => Aggregators.AggregateExpressionExtensions.Single(Expressions.Where(e => e.Key == name), name, $"expression of aggregate '{Name}'").Value;
}
