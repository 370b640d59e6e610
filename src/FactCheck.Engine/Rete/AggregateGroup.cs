namespace FactCheck.Engine.Rete;

/// <summary>One group of an aggregate for one token: its facts (with the values each gave, when a query projects them) and the tokens carrying its results.</summary>
/// <remarks>
/// Most groups hold a handful of facts, so up to <see cref="SmallCapacity"/> facts that give themselves as their value
/// sit in a small array searched linearly; a larger group, or one whose facts give projected values, uses a dictionary.
/// A group of seven facts then allocates two small arrays instead of three generations of a dictionary's buckets and
/// entries.
/// </remarks>
internal sealed class AggregateGroup
{
    private const int SmallCapacity = 8;

    private FactHandle[]? _small;
    private int _smallCount;
    private Dictionary<FactHandle, List<object?>?>? _items;

    public AggregateGroup(object? key) => Key = key;

    public object? Key { get; }

    public List<Token> Outputs { get; } = [];

    public bool IsDirty { get; set; }

    public int Count => _items?.Count ?? _smallCount;

    /// <summary>Adds a fact whose value is the fact itself.</summary>
    public void Add(FactHandle handle)
    {
        if (_items is not null)
        {
            _items[handle] = null;
            return;
        }

        _small ??= new FactHandle[4];
        if (Array.IndexOf(_small, handle, 0, _smallCount) >= 0)
        {
            return;
        }

        if (_smallCount == _small.Length)
        {
            if (_smallCount == SmallCapacity)
            {
                ToDictionary()[handle] = null;
                return;
            }

            Array.Resize(ref _small, SmallCapacity);
        }

        _small[_smallCount++] = handle;
    }

    /// <summary>The list of values a fact gave, made empty when it gave none yet.</summary>
    public List<object?> ValuesOf(FactHandle handle)
    {
        var items = _items ?? ToDictionary();
        if (!items.TryGetValue(handle, out var values) || values is null)
        {
            items[handle] = values = [];
        }

        return values;
    }

    /// <summary>The values a fact gave, or null when the fact itself is its only value.</summary>
    public List<object?>? ProjectedOf(FactHandle handle) => _items?.GetValueOrDefault(handle);

    public bool Remove(FactHandle handle)
    {
        if (_items is not null)
        {
            return _items.Remove(handle);
        }

        var index = _small is null ? -1 : Array.IndexOf(_small, handle, 0, _smallCount);
        if (index < 0)
        {
            return false;
        }

        // Order does not matter: results are sorted by insertion order when they are built.
        _small![index] = _small[--_smallCount];
        _small[_smallCount] = null!;
        return true;
    }

    /// <summary>The group's facts, in no particular order.</summary>
    public FactHandle[] Handles() => _items is not null ? [.. _items.Keys] : _small is null ? [] : _small[.._smallCount];

    private Dictionary<FactHandle, List<object?>?> ToDictionary()
    {
        _items = new Dictionary<FactHandle, List<object?>?>(Math.Max(_smallCount * 2, 4));
        for (var i = 0; i < _smallCount; i++)
        {
            _items[_small![i]] = null;
        }

        (_small, _smallCount) = (null, 0);
        return _items;
    }
}
