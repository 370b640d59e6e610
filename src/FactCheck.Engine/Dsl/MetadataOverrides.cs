namespace FactCheck.Engine.Dsl;

/// <summary>What a rule's <c>Define()</c> said of itself (<c>Name(...)</c>, <c>Priority(...)</c> ...), over its attributes.</summary>
internal sealed class MetadataOverrides
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public int? Priority { get; set; }

    public List<string> Tags { get; } = [];
}
