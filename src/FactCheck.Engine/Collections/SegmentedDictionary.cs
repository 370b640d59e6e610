using System.Numerics;
using System.Runtime.CompilerServices;

namespace FactCheck.Engine.Collections;

/// <summary>
/// A hash map whose storage is split into segments below the large-object threshold. A working memory of a few
/// hundred thousand facts would otherwise keep reallocating arrays of several megabytes on the large object heap,
/// and every such allocation can start a full, blocking collection of the whole session: at 100k claims those
/// collections were a third of the run. The first entry segment starts small and doubles; after it, growing appends
/// full segments (nothing is copied) and rebuilds only the bucket heads.
/// </summary>
internal sealed class SegmentedDictionary<TKey, TValue>
    where TKey : notnull
{
    // 2,048 entries of at most 32 bytes, and 16,384 bucket heads of 4 bytes, stay under the 85,000-byte threshold.
    private const int EntryShift = 11;
    private const int EntryMask = (1 << EntryShift) - 1;
    private const int BucketShift = 14;
    private const int BucketMask = (1 << BucketShift) - 1;

    private readonly IEqualityComparer<TKey> _comparer;
    private readonly bool _keepsInsertionOrder;
    private Entry[][] _entries = [];
    private int[][] _buckets = [];
    private int _bucketMask = -1;
    private int _used;
    private int _freeList = -1;
    private int _freeCount;

    /// <param name="comparer">Compares the keys; the default comparer when null.</param>
    /// <param name="keepsInsertionOrder">
    /// True to enumerate <see cref="Pairs"/> in the order the keys were added: a removed entry's place is not reused
    /// but left empty until the entries are compacted, when as many places are empty as hold keys.
    /// </param>
    public SegmentedDictionary(IEqualityComparer<TKey>? comparer = null, bool keepsInsertionOrder = false)
    {
        _comparer = comparer ?? EqualityComparer<TKey>.Default;
        _keepsInsertionOrder = keepsInsertionOrder;
    }

    public int Count => _used - _freeCount;

    public IEqualityComparer<TKey> Comparer => _comparer;

    public IEnumerable<KeyValuePair<TKey, TValue>> Pairs
    {
        get
        {
            for (var i = 0; i < _used; i++)
            {
                ref var entry = ref EntryAt(i);
                if (entry.Next >= -1)
                {
                    yield return new KeyValuePair<TKey, TValue>(entry.Key, entry.Value);
                }
            }
        }
    }

    public bool TryGetValue(TKey key, out TValue value)
    {
        ref var found = ref Find(key);
        if (Unsafe.IsNullRef(ref found))
        {
            value = default!;
            return false;
        }

        value = found;
        return true;
    }

    public TValue this[TKey key]
    {
        get
        {
            ref var found = ref Find(key);
            if (Unsafe.IsNullRef(ref found))
            {
                throw new KeyNotFoundException();
            }

            return found;
        }

        set => GetOrAdd(key, out _) = value;
    }

    public TValue? GetValueOrDefault(TKey key)
    {
        ref var found = ref Find(key);
        return Unsafe.IsNullRef(ref found) ? default : found;
    }

    /// <summary>The stored value's location, or a null reference when the key is absent.</summary>
    public ref TValue Find(TKey key)
    {
        if (_used == 0)
        {
            return ref Unsafe.NullRef<TValue>();
        }

        var hash = _comparer.GetHashCode(key);
        for (var i = BucketHead(hash) - 1; i >= 0;)
        {
            ref var entry = ref EntryAt(i);
            if (entry.Hash == hash && _comparer.Equals(entry.Key, key))
            {
                return ref entry.Value;
            }

            i = entry.Next;
        }

        return ref Unsafe.NullRef<TValue>();
    }

    /// <summary>Stores <paramref name="key"/> in place of the equal key stored; false when there is none.</summary>
    public bool ReplaceKey(TKey key)
    {
        if (_used == 0)
        {
            return false;
        }

        var hash = _comparer.GetHashCode(key);
        for (var i = BucketHead(hash) - 1; i >= 0;)
        {
            ref var entry = ref EntryAt(i);
            if (entry.Hash == hash && _comparer.Equals(entry.Key, key))
            {
                entry.Key = key;
                return true;
            }

            i = entry.Next;
        }

        return false;
    }

    public bool TryAdd(TKey key, TValue value)
    {
        ref var slot = ref GetOrAdd(key, out var exists);
        if (exists)
        {
            return false;
        }

        slot = value;
        return true;
    }

    /// <summary>The value's location, added with the default value when the key is absent.</summary>
    public ref TValue GetOrAdd(TKey key, out bool exists)
    {
        var hash = _comparer.GetHashCode(key);
        if (_used > 0)
        {
            for (var i = BucketHead(hash) - 1; i >= 0;)
            {
                ref var entry = ref EntryAt(i);
                if (entry.Hash == hash && _comparer.Equals(entry.Key, key))
                {
                    exists = true;
                    return ref entry.Value;
                }

                i = entry.Next;
            }
        }

        exists = false;
        int index;
        if (_freeList >= 0)
        {
            index = _freeList;
            _freeList = -3 - EntryAt(index).Next;
            _freeCount--;
        }
        else
        {
            if (_used == _bucketMask + 1)
            {
                if (_keepsInsertionOrder && _freeCount > 0 && _freeCount >= _used / 2)
                {
                    Compact();
                }
                else
                {
                    Grow();
                }
            }

            index = _used++;
            if (index >> EntryShift == _entries.Length)
            {
                // A new segment: the first starts small (most node memories hold a few entries), the others full.
                Array.Resize(ref _entries, _entries.Length + 1);
                _entries[^1] = new Entry[index == 0 ? 4 : 1 << EntryShift];
            }
            else if (index == _entries[0].Length)
            {
                Array.Resize(ref _entries[0], Math.Min(index * 2, 1 << EntryShift));
            }
        }

        ref var added = ref EntryAt(index);
        ref var head = ref BucketHead(hash);
        added.Hash = hash;
        added.Key = key;
        added.Value = default!;
        added.Next = head - 1;
        head = index + 1;
        return ref added.Value;
    }

    public bool Remove(TKey key) => Remove(key, out _);

    public bool Remove(TKey key, out TValue value)
    {
        if (_used > 0)
        {
            var hash = _comparer.GetHashCode(key);
            ref var head = ref BucketHead(hash);
            var previous = -1;
            for (var i = head - 1; i >= 0;)
            {
                ref var entry = ref EntryAt(i);
                if (entry.Hash == hash && _comparer.Equals(entry.Key, key))
                {
                    if (previous < 0)
                    {
                        head = entry.Next + 1;
                    }
                    else
                    {
                        EntryAt(previous).Next = entry.Next;
                    }

                    value = entry.Value;
                    entry.Key = default!;
                    entry.Value = default!;

                    // A free entry's Next encodes the rest of the free list as -3 - index, so it is always below -1.
                    // When order is kept, the entry stays out of the free list (-2, the list's end) until Compact.
                    if (_keepsInsertionOrder)
                    {
                        entry.Next = -2;
                    }
                    else
                    {
                        entry.Next = -3 - _freeList;
                        _freeList = i;
                    }

                    _freeCount++;
                    return true;
                }

                previous = i;
                i = entry.Next;
            }
        }

        value = default!;
        return false;
    }

    private ref Entry EntryAt(int index) => ref _entries[index >> EntryShift][index & EntryMask];

    // Bucket heads hold entry index + 1, so a fresh (zeroed) segment means empty buckets.
    private ref int BucketHead(int hash)
    {
        var bucket = hash & _bucketMask;
        return ref _buckets[bucket >> BucketShift][bucket & BucketMask];
    }

    /// <summary>Makes room for <paramref name="capacity"/> entries at once, so a large batch rehashes once, not at every doubling.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _bucketMask + 1)
        {
            Grow((int)Math.Min(BitOperations.RoundUpToPowerOf2((uint)capacity), 1u << 30));
        }
    }

    private void Grow() => Grow(Math.Max(16, (_bucketMask + 1) * 2));

    private void Grow(int size)
    {
        var segments = new int[(size + BucketMask) >> BucketShift][];
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = new int[Math.Min(size, 1 << BucketShift)];
        }

        _buckets = segments;
        _bucketMask = size - 1;
        for (var i = 0; i < _used; i++)
        {
            ref var entry = ref EntryAt(i);
            if (entry.Next < -1)
            {
                continue;
            }

            ref var head = ref BucketHead(entry.Hash);
            entry.Next = head - 1;
            head = i + 1;
        }
    }

    // Moves the entries that hold keys to the front, in order, and links them into buckets again.
    private void Compact()
    {
        var kept = 0;
        for (var i = 0; i < _used; i++)
        {
            ref var entry = ref EntryAt(i);
            if (entry.Next >= -1)
            {
                EntryAt(kept++) = entry;
            }
        }

        for (var i = kept; i < _used; i++)
        {
            EntryAt(i) = default;
        }

        foreach (var segment in _buckets)
        {
            Array.Clear(segment);
        }

        (_used, _freeCount) = (kept, 0);
        for (var i = 0; i < _used; i++)
        {
            ref var entry = ref EntryAt(i);
            ref var head = ref BucketHead(entry.Hash);
            entry.Next = head - 1;
            head = i + 1;
        }
    }

    private struct Entry
    {
        public int Hash;
        public int Next;
        public TKey Key;
        public TValue Value;
    }
}
