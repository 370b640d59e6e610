namespace FactCheck.Engine.Rete;

/// <summary>A custom aggregate node's memory: matches both ways, and the partial matches whose facts changed since the last flush.</summary>
internal sealed class CustomAggregateMemory : BatchingMemory
{
    public List<CustomAggregateState> Dirty { get; } = [];
}
