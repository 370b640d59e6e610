using FactCheck.Engine.Collections;

namespace FactCheck.Engine.Rete;

/// <summary>An aggregate node's memory: matches both ways, each fact's group key, and the groups that changed since the last flush.</summary>
internal sealed class AggregateMemory : MatchTracking
{
    public SegmentedDictionary<FactHandle, object> GroupKeys { get; } = new();

    public List<(MemoryToken Token, AggregateGroup Group)> Dirty { get; } = [];

    public bool IsQueued { get; set; }

    /// <summary>For a rule's first GroupBy keyed by the fact alone, its one left token.</summary>
    public MemoryToken? EntryToken { get; set; }
}
