using FactCheck.Engine.Aggregators;

namespace FactCheck.Engine.Rete;

/// <summary>
/// A custom aggregate for one partial match: its aggregator, the values it holds for each fact, the changes waiting for
/// the next flush, and the tokens carrying each aggregate it reported.
/// </summary>
internal sealed class CustomAggregateState(MemoryToken owner, IAggregator aggregator)
{
    public MemoryToken Owner { get; } = owner;

    public IAggregator Aggregator { get; } = aggregator;

    /// <summary>True until the aggregator's first call, which is always an Add.</summary>
    public bool IsNew { get; set; } = true;

    public bool IsDirty { get; set; }

    /// <summary>The values the aggregator holds for each fact.</summary>
    public Dictionary<FactHandle, AggregatedFact[]> Held { get; } = [];

    /// <summary>Each changed fact's values now, or null when it left.</summary>
    public Dictionary<FactHandle, object?[]?> Pending { get; } = [];

    /// <summary>Each aggregate reported (by reference), with the handle that identifies its match across changes and the tokens carrying it.</summary>
    public Dictionary<object, (FactHandle Identity, List<Token> Tokens)> Outputs { get; } = new(ReferenceEqualityComparer.Instance);
}
