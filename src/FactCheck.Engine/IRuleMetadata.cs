namespace FactCheck.Engine;

/// <summary>What is known of a rule before it runs: its name, description, priority and tags, read from its attributes.</summary>
public interface IRuleMetadata
{
    /// <summary>The rule's name (its <c>[Name]</c>, else its class name).</summary>
    string Name { get; }

    /// <summary>The rule's description, or an empty string.</summary>
    string Description { get; }

    /// <summary>The rule's priority; higher fires first.</summary>
    int Priority { get; }

    /// <summary>The rule's tags.</summary>
    IReadOnlyList<string> Tags { get; }

    /// <summary>The rule's class.</summary>
    Type RuleType { get; }

    /// <summary>Whether a match that changed after it fired fires again (<see cref="Dsl.RepeatabilityAttribute"/>).</summary>
    Dsl.RuleRepeatability Repeatability { get; }

    /// <summary>The rule's properties (<see cref="Dsl.PropertyAttribute"/>), by name.</summary>
    IReadOnlyDictionary<string, object?> Properties { get; }

    /// <summary>True when the rule carries <paramref name="tag"/> (compared ignoring case).</summary>
    /// <param name="tag">The tag to look for.</param>
    bool IsTagged(string tag);
}
