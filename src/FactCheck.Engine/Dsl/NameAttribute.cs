namespace FactCheck.Engine.Dsl;

/// <summary>
/// Gives a rule the name that reports, events and filters use. Without it the rule's class name is used.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The rule's name.</param>
    public NameAttribute(string value) => Value = value;

    /// <summary>The rule's name.</summary>
    public string Value { get; }
}
