using System.Linq.Expressions;

namespace FactCheck.Engine.RuleModel;

/// <summary>One element of a rule's left-hand side, as written.</summary>
public sealed class RuleElementDefinition
{
    internal RuleElementDefinition(
        RuleElementType elementType,
        Type factType,
        string? alias,
        IReadOnlyList<LambdaExpression> conditions,
        LambdaExpression? expression,
        IReadOnlyList<RuleElementDefinition> children)
    {
        ElementType = elementType;
        FactType = factType;
        Alias = alias;
        Conditions = conditions;
        Expression = expression;
        Children = children;
    }

    /// <summary>What the element is.</summary>
    public RuleElementType ElementType { get; }

    /// <summary>The type of the facts it reads (a Let's value type; <see cref="object"/> for a group).</summary>
    public Type FactType { get; }

    /// <summary>The alias it binds, or null.</summary>
    public string? Alias { get; }

    /// <summary>Its conditions: on each fact, or over aliases for a Having.</summary>
    public IReadOnlyList<LambdaExpression> Conditions { get; }

    /// <summary>A Let's calculation, or null.</summary>
    public LambdaExpression? Expression { get; }

    /// <summary>An Or's or And's elements.</summary>
    public IReadOnlyList<RuleElementDefinition> Children { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{ElementType} {FactType.Name}{(Alias is null ? "" : " " + Alias)}";
}
