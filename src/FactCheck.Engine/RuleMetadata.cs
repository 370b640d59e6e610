using System.Reflection;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine;

internal sealed class RuleMetadata : IRuleMetadata
{
    private RuleMetadata(Type ruleType, string name, string description, int priority, IReadOnlyList<string> tags, RuleRepeatability repeatability, IReadOnlyDictionary<string, object?> properties)
    {
        Properties = properties;
        Repeatability = repeatability;
        RuleType = ruleType;
        Name = name;
        Description = description;
        Priority = priority;
        Tags = tags;
    }

    public string Name { get; }

    public string Description { get; }

    public int Priority { get; }

    public IReadOnlyList<string> Tags { get; }

    public Type RuleType { get; }

    public RuleRepeatability Repeatability { get; }

    public IReadOnlyDictionary<string, object?> Properties { get; }

    public static RuleMetadata From(Type ruleType) => new(
        ruleType,
        ruleType.GetCustomAttribute<NameAttribute>()?.Value ?? ruleType.FullName ?? ruleType.Name,
        ruleType.GetCustomAttribute<DescriptionAttribute>()?.Value ?? string.Empty,
        ruleType.GetCustomAttribute<PriorityAttribute>()?.Value ?? 0,
        [.. ruleType.GetCustomAttributes<TagAttribute>(inherit: true).Select(t => t.Value).Distinct(StringComparer.OrdinalIgnoreCase)],
        ruleType.GetCustomAttribute<RepeatabilityAttribute>()?.Value ?? RuleRepeatability.Repeatable,
        PropertiesOf(ruleType));

    // The rule's [Property] attributes (a class's own before its base's), and its class under RuleProperties.ClrType.
    private static Dictionary<string, object?> PropertiesOf(Type ruleType)
    {
        var properties = ruleType.GetCustomAttributes<PropertyAttribute>(inherit: true).GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        properties.TryAdd(RuleModel.RuleProperties.ClrType, ruleType);
        return properties;
    }

    /// <summary>This metadata with what the rule's Define() set over its attributes.</summary>
    public RuleMetadata With(string? name, string? description, int? priority, IReadOnlyList<string> tags) => new(
        RuleType,
        name ?? Name,
        description ?? Description,
        priority ?? Priority,
        [.. Tags.Concat(tags).Distinct(StringComparer.OrdinalIgnoreCase)],
        Repeatability,
        Properties);

    public bool IsTagged(string tag) => Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);

    public override string ToString() => Name;
}
