using FactCheck.Engine.Aggregators;

namespace FactCheck.Engine.Rete;

/// <summary>A value as a custom aggregator sees it: the same object from the value's arrival to its departure, so the aggregator may key its state by it.</summary>
internal sealed class AggregatedFact(Type type, object? value) : IFact
{
    public Type Type { get; } = type;

    /// <summary>The value; a modification puts the new one here.</summary>
    public object? Value { get; set; } = value;
}
