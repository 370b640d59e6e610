using FactCheck.Engine.Collections;

namespace FactCheck.Engine.Rete;

/// <summary>An aggregate node's memory: matches both ways, each fact's group key, and the groups that changed since the last flush.</summary>
internal sealed class AggregateMemory : BatchingMemory
{
    public SegmentedDictionary<FactHandle, object> GroupKeys { get; } = new();

    private SegmentedList<AggregateGroup>? _spare;

    /// <summary>The groups that changed since the last flush (segmented: a batch insert can change every group).</summary>
    public SegmentedList<AggregateGroup> Dirty { get; private set; } = new();

    /// <summary>The groups that changed, leaving an empty list to collect the next changes; give it back when done.</summary>
    public SegmentedList<AggregateGroup> TakeDirty()
    {
        var dirty = Dirty;
        Dirty = _spare ?? new();
        _spare = null;
        return dirty;
    }

    public void GiveBack(SegmentedList<AggregateGroup> dirty)
    {
        dirty.Clear();
        _spare = dirty;
    }

    /// <summary>The list a flush gathers one group's results in; empty between groups, so a group costs no list of its own.</summary>
    public List<object?> ResultBuffer { get; } = [];

    /// <summary>For a rule's first GroupBy keyed by the fact alone, its one left token.</summary>
    public MemoryToken? EntryToken { get; set; }
}
