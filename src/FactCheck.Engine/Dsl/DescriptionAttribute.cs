namespace FactCheck.Engine.Dsl;

/// <summary>
/// Says in a sentence what a rule detects, for <c>factcheck rules</c> and for the report.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DescriptionAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The rule's description.</param>
    public DescriptionAttribute(string value) => Value = value;

    /// <summary>The rule's description.</summary>
    public string Value { get; }
}
