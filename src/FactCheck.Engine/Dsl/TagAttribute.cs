namespace FactCheck.Engine.Dsl;

/// <summary>
/// Labels a rule so that a repository load, the embedding API or the command line can select rules by tag.
/// A rule may carry several tags. Derive from it to name a tag of your own (<c>class NumericAttribute() : TagAttribute("numeric")</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public class TagAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The tag.</param>
    public TagAttribute(string value) => Value = value;

    /// <summary>The tag.</summary>
    public string Value { get; }
}
