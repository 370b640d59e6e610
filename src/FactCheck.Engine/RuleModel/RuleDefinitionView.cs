using System.Linq.Expressions;
using FactCheck.Engine.Dsl;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.RuleModel;

/// <summary>A recorded rule definition seen through the public rule model.</summary>
internal sealed class RuleDefinitionView : IRuleDefinition
{
    private readonly IRuleMetadata _metadata;

    public RuleDefinitionView(RuleDefinition definition)
    {
        _metadata = definition.Metadata;
        LeftHandSide = [.. definition.Elements.Select(Element)];
        RightHandSide = [.. definition.Actions.Select(a => new RuleActionDefinition(a.Expression, a.Trigger, a.IsYield))];
        FilterConditions = definition.FilterConditions;
        ChangeKeys = definition.ChangeKeys;
    }

    public string Name => _metadata.Name;

    public string Description => _metadata.Description;

    public int Priority => _metadata.Priority;

    public IReadOnlyList<string> Tags => _metadata.Tags;

    public Type RuleType => _metadata.RuleType;

    public RuleRepeatability Repeatability => _metadata.Repeatability;

    public IReadOnlyDictionary<string, object?> Properties => _metadata.Properties;

    public IReadOnlyList<RuleElementDefinition> LeftHandSide { get; }

    public IReadOnlyList<RuleActionDefinition> RightHandSide { get; }

    public IReadOnlyList<LambdaExpression> FilterConditions { get; }

    public IReadOnlyList<LambdaExpression> ChangeKeys { get; }

    public bool IsTagged(string tag) => _metadata.IsTagged(tag);

    public override string ToString() => Name;

    private static RuleElementDefinition Element(RuleElement element) => new(
        element.Kind switch
        {
            ElementKind.Match => RuleElementType.Pattern,
            ElementKind.Not => RuleElementType.Not,
            ElementKind.Exists => RuleElementType.Exists,
            ElementKind.Aggregate => RuleElementType.Query,
            ElementKind.Binding => RuleElementType.Binding,
            ElementKind.Filter => RuleElementType.Filter,
            ElementKind.Or => RuleElementType.Or,
            _ => RuleElementType.And,
        },
        element.Kind == ElementKind.Binding ? element.ResultType : element.FactType,
        (element.Alias?.Body as MemberExpression)?.Member.Name,
        element.Conditions,
        element.Expression,
        [.. element.Children.Select(Element)]);
}
