namespace FactCheck.Engine.Dsl;

/// <summary>Says whether a rule's matches fire again when they change after firing; rules are repeatable by default.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RepeatabilityAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">Whether changed matches fire again.</param>
    public RepeatabilityAttribute(RuleRepeatability value) => Value = value;

    /// <summary>Whether changed matches fire again.</summary>
    public RuleRepeatability Value { get; }
}
