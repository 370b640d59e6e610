namespace FactCheck.Engine.Rete;

/// <summary>One group of an aggregate for one token: its facts (with the values each gave, when a query projects them) and the tokens carrying its results.</summary>
internal sealed class AggregateGroup
{
    public AggregateGroup(object? key) => Key = key;

    public object? Key { get; }

    /// <summary>Each fact in the group, with its values, or null when the fact itself is its only value.</summary>
    public Dictionary<FactHandle, List<object?>?> Items { get; } = [];

    public List<Token> Outputs { get; } = [];

    public bool IsDirty { get; set; }
}
