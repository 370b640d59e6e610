namespace FactCheck.Engine.Collections;

/// <summary>
/// A list of references in segments below the large-object threshold, for the buckets of a join without equality,
/// which hold every fact of a type, and for lists as long as working memory (an insert batch, an aggregate's changed
/// groups). It grows like a list up to one segment, then adds segments without copying.
/// Order is not kept: removal moves the last item into the hole.
/// </summary>
internal sealed class SegmentedList<T>
    where T : class
{
    // 8,192 references are 64 KB, under the 85,000-byte threshold.
    private const int Shift = 13;
    private const int Mask = (1 << Shift) - 1;

    private T[][] _segments = [new T[4]];

    public int Count { get; private set; }

    public T this[int index]
    {
        get => _segments[index >> Shift][index & Mask];
        set => _segments[index >> Shift][index & Mask] = value;
    }

    public void Add(T item)
    {
        var segment = Count >> Shift;
        if (segment == _segments.Length)
        {
            Array.Resize(ref _segments, segment + 1);
            _segments[segment] = new T[1 << Shift];
        }
        else if (segment == 0 && Count == _segments[0].Length)
        {
            Array.Resize(ref _segments[0], Math.Min(Count * 2, 1 << Shift));
        }

        this[Count++] = item;
    }

    /// <summary>Empties the list, keeping its segments for the items to come.</summary>
    public void Clear()
    {
        for (var segment = 0; segment << Shift < Count; segment++)
        {
            Array.Clear(_segments[segment], 0, Math.Min(Count - (segment << Shift), _segments[segment].Length));
        }

        Count = 0;
    }

    /// <summary>Removes the item at <paramref name="index"/>, moving the last item there; returns the item moved, or null if none was.</summary>
    public T? RemoveAtSwap(int index)
    {
        var last = --Count;
        var moved = index == last ? null : this[last];
        if (moved is not null)
        {
            this[index] = moved;
        }

        this[last] = null!;
        return moved;
    }
}
