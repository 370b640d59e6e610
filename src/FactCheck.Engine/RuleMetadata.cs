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
        ruleType.GetCustomAttribute<NameAttribute>()?.Value ?? ruleType.Name,
        ruleType.GetCustomAttribute<DescriptionAttribute>()?.Value ?? string.Empty,
        ruleType.GetCustomAttribute<PriorityAttribute>()?.Value ?? 0,
        [.. ruleType.GetCustomAttributes<TagAttribute>(inherit: true).Select(t => t.Value).Distinct(StringComparer.OrdinalIgnoreCase)],
        ruleType.GetCustomAttribute<RepeatabilityAttribute>()?.Value ?? RuleRepeatability.Repeatable,
        ruleType.GetCustomAttributes<PropertyAttribute>(inherit: true).GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal));

    public bool IsTagged(string tag) => Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);

    public override string ToString() => Name;
}
