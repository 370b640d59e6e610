namespace FactCheck.Engine.Rete;

/// <summary>A group of values sharing a key, in insertion order; immutable once bound.</summary>
internal sealed class FactGrouping<TKey, T> : FactCollection<T>, IGrouping<TKey, T>
{
    public FactGrouping(TKey key, object?[] values)
        : base(values) => Key = key;

    public TKey Key { get; }

    public override object? GroupKey => Key;

    public override string ToString() => $"{Key}: {base.ToString()}";
}
