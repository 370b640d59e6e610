using System.Runtime.InteropServices;

namespace FactCheck.Engine.Rete;

/// <summary>A node's right memory: the facts that reached it, bucketed by join key.</summary>
internal sealed class FactIndex
{
    private readonly Dictionary<object, List<FactHandle>> _buckets = [];
    private readonly Dictionary<FactHandle, (object Key, int Slot)> _places = new();

    public int Count => _places.Count;

    public void Add(FactHandle handle, object key)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            bucket = [];
            _buckets.Add(key, bucket);
        }

        _places.Add(handle, (key, bucket.Count));
        bucket.Add(handle);
    }

    public bool Remove(FactHandle handle)
    {
        if (!_places.Remove(handle, out var place))
        {
            return false;
        }

        var bucket = _buckets[place.Key];
        var last = bucket[^1];
        bucket[place.Slot] = last;
        bucket.RemoveAt(bucket.Count - 1);
        if (!ReferenceEquals(last, handle))
        {
            CollectionsMarshal.GetValueRefOrNullRef(_places, last).Slot = place.Slot;
        }

        if (bucket.Count == 0)
        {
            _buckets.Remove(place.Key);
        }

        return true;
    }

    public List<FactHandle>? Find(object key) => _buckets.GetValueOrDefault(key);
}
