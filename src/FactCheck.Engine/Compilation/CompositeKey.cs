namespace FactCheck.Engine.Compilation;

/// <summary>The hash key of a join on several equalities at once.</summary>
internal sealed class CompositeKey : IEquatable<CompositeKey>
{
    private readonly object?[] _parts;
    private readonly int _hash;

    public CompositeKey(object?[] parts)
    {
        _parts = parts;
        var hash = new HashCode();
        foreach (var part in parts)
        {
            hash.Add(part);
        }

        _hash = hash.ToHashCode();
    }

    public bool Equals(CompositeKey? other)
    {
        if (other is null || other._hash != _hash || other._parts.Length != _parts.Length)
        {
            return false;
        }

        for (var i = 0; i < _parts.Length; i++)
        {
            if (!Equals(_parts[i], other._parts[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as CompositeKey);

    public override int GetHashCode() => _hash;
}
