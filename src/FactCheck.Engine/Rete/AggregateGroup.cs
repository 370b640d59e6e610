namespace FactCheck.Engine.Rete;

/// <summary>One group of an aggregate for one token: its facts (with the values each gave, when a query projects them) and the tokens carrying its results.</summary>
/// <remarks>
/// Most groups hold a handful of facts, so up to <see cref="SmallCapacity"/> facts that give themselves as their value
/// sit in a small array searched linearly; a larger group, or one whose facts give projected values, uses a dictionary.
/// A group of seven facts then allocates one small array instead of three generations of a dictionary's buckets and
/// entries. Likewise most groups carry one result, kept without a list.
/// </remarks>
internal sealed class AggregateGroup
{
    private const int SmallCapacity = 8;

    private FactHandle[]? _small;
    private int _smallCount;
    private Dictionary<FactHandle, List<object?>?>? _items;
    private Token? _output;
    private List<Token>? _outputs;

    public AggregateGroup(MemoryToken owner, object? key)
    {
        Owner = owner;
        Key = key;
    }

    /// <summary>The match whose facts the group aggregates.</summary>
    public MemoryToken Owner { get; }

    public object? Key { get; }

    public bool IsDirty { get; set; }

    public int Count => _items?.Count ?? _smallCount;

    /// <summary>How many tokens carry the group's results.</summary>
    public int OutputCount => _outputs?.Count ?? (_output is null ? 0 : 1);

    public Token OutputAt(int index) => _outputs is not null ? _outputs[index] : index == 0 && _output is not null ? _output : throw new ArgumentOutOfRangeException(nameof(index));

    public void AddOutput(Token output)
    {
        if (_outputs is not null)
        {
            _outputs.Add(output);
        }
        else if (_output is null)
        {
            _output = output;
        }
        else
        {
            _outputs = [_output, output];
            _output = null;
        }
    }

    public void ClearOutputs()
    {
        _output = null;
        _outputs?.Clear();
    }

    /// <summary>Adds a fact whose value is the fact itself.</summary>
    public void Add(FactHandle handle)
    {
        if (_items is not null)
        {
            _items[handle] = null;
            return;
        }

        _small ??= new FactHandle[SmallCapacity];
        if (SmallIndexOf(handle) >= 0)
        {
            return;
        }

        if (_smallCount == _small.Length)
        {
            ToDictionary()[handle] = null;
            return;
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

    public bool Remove(FactHandle handle)
    {
        if (_items is not null)
        {
            return _items.Remove(handle);
        }

        var index = SmallIndexOf(handle);
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

    /// <summary>
    /// The group's values in the order their facts were inserted: each fact itself, or the values it gave. The array is
    /// new, so a result may keep it.
    /// </summary>
    public object?[] Values()
    {
        if (_items is null)
        {
            if (_smallCount == 0)
            {
                return [];
            }

            // Facts mostly arrive in insertion order, so this insertion sort of the small array is usually one pass.
            for (var i = 1; i < _smallCount; i++)
            {
                var handle = _small![i];
                var j = i - 1;
                for (; j >= 0 && _small[j].Id > handle.Id; j--)
                {
                    _small[j + 1] = _small[j];
                }

                _small[j + 1] = handle;
            }

            var facts = new object?[_smallCount];
            for (var i = 0; i < facts.Length; i++)
            {
                facts[i] = _small![i].Fact;
            }

            return facts;
        }

        var handles = Handles();
        Array.Sort(handles, static (x, y) => x.Id.CompareTo(y.Id));
        var values = new List<object?>(handles.Length);
        foreach (var handle in handles)
        {
            if (_items[handle] is { } projected)
            {
                values.AddRange(projected);
            }
            else
            {
                values.Add(handle.Fact);
            }
        }

        return [.. values];
    }

    // By reference, with no call per element: a group is searched at every fact that joins it.
    private int SmallIndexOf(FactHandle handle)
    {
        for (var i = 0; i < _smallCount; i++)
        {
            if (ReferenceEquals(_small![i], handle))
            {
                return i;
            }
        }

        return -1;
    }

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
