namespace FactCheck.Engine.Dsl;

/// <summary>A named value attached to a rule, for the application to read from its metadata (<see cref="IRuleMetadata.Properties"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public class PropertyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The property's name.</param>
    /// <param name="value">Its value.</param>
    public PropertyAttribute(string name, object? value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The property's name.</summary>
    public string Name { get; }

    /// <summary>Its value.</summary>
    public object? Value { get; }
}
