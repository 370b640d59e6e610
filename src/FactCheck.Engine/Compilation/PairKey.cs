namespace FactCheck.Engine.Compilation;

/// <summary>The hash key of a join on two equalities, the common case, without the array of a <see cref="CompositeKey"/>.</summary>
internal sealed class PairKey : IEquatable<PairKey>
{
    private readonly object? _first;
    private readonly object? _second;
    private readonly int _hash;

    public PairKey(object? first, object? second)
    {
        _first = first;
        _second = second;
        _hash = HashCode.Combine(first, second);
    }

    public bool Equals(PairKey? other)
        => other is not null && other._hash == _hash && Equals(_first, other._first) && Equals(_second, other._second);

    public override bool Equals(object? obj) => Equals(obj as PairKey);

    public override int GetHashCode() => _hash;
}
