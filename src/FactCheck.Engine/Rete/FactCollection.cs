using System.Collections;

namespace FactCheck.Engine.Rete;

/// <summary>The values an aggregate collected, in insertion order or in the order its sort keys give; immutable once bound.</summary>
internal class FactCollection<T> : IReadOnlyList<T>, IOrderedEnumerable<T>, IAggregateResult
{
    private readonly T[] _items;

    public FactCollection(object?[] values)
    {
        _items = new T[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            _items[i] = (T)values[i]!;
        }
    }

    public int Count => _items.Length;

    /// <summary>The key of the group, or null for a collection: with the aggregate, it says which result this is.</summary>
    public virtual object? GroupKey => null;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // A bound collection is already in its final order; sorting it again in an action starts from that order.
    public IOrderedEnumerable<T> CreateOrderedEnumerable<TKey>(Func<T, TKey> keySelector, IComparer<TKey>? comparer, bool descending)
        => descending ? _items.OrderByDescending(keySelector, comparer) : _items.OrderBy(keySelector, comparer);

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
