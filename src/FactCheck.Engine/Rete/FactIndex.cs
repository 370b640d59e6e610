using FactCheck.Engine.Collections;

namespace FactCheck.Engine.Rete;

/// <summary>A node's right memory: the facts that reached it, bucketed by join key.</summary>
internal sealed class FactIndex
{
    private readonly SegmentedDictionary<object, SegmentedList<FactHandle>> _buckets = new();
    private readonly SegmentedDictionary<FactHandle, (object Key, int Slot)> _places = new();

    public int Count => _places.Count;

    public void Add(FactHandle handle, object key)
    {
        ref var bucket = ref _buckets.GetOrAdd(key, out var exists);
        if (!exists)
        {
            bucket = new SegmentedList<FactHandle>();
        }

        _places.TryAdd(handle, (key, bucket.Count));
        bucket.Add(handle);
    }

    public bool Remove(FactHandle handle)
    {
        if (!_places.Remove(handle, out var place))
        {
            return false;
        }

        var bucket = _buckets[place.Key];
        if (bucket.RemoveAtSwap(place.Slot) is { } moved)
        {
            _places.Find(moved).Slot = place.Slot;
        }

        if (bucket.Count == 0)
        {
            _buckets.Remove(place.Key);
        }

        return true;
    }

    public SegmentedList<FactHandle>? Find(object key) => _buckets.GetValueOrDefault(key);
}
