namespace FactCheck.Engine.Dsl;

/// <summary>
/// Orders a rule's activations on the agenda: higher priority fires first; equal priorities fire in the order their matches were made.
/// The default priority is 0.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class PriorityAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The priority; higher fires first.</param>
    public PriorityAttribute(int value) => Value = value;

    /// <summary>The priority; higher fires first.</summary>
    public int Value { get; }
}
