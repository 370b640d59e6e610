namespace FactCheck.Engine.Rete;

/// <summary>One group of an aggregate for one token: its facts, and the token carrying its current result.</summary>
internal sealed class AggregateGroup
{
    public AggregateGroup(object? key) => Key = key;

    public object? Key { get; }

    public HashSet<FactHandle> Items { get; } = new();

    public Token? Output { get; set; }

    public bool IsDirty { get; set; }
}
