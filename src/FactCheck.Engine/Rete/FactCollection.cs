using System.Collections;

namespace FactCheck.Engine.Rete;

/// <summary>The values an aggregate collected, in insertion order or in the order its sort keys give; immutable once bound.</summary>
/// <remarks>
/// It keeps the array of values the aggregate made (each group's array is new) rather than copying it into a typed
/// one, and it is a read-only <see cref="ICollection{T}"/>, so LINQ's <c>Count()</c>, <c>ToList()</c> and
/// <c>ToArray()</c> in a rule's conditions take its length and copy it at once instead of enumerating it.
/// </remarks>
internal class FactCollection<T> : IList<T>, IReadOnlyList<T>, IOrderedEnumerable<T>, IAggregateResult
{
    private readonly object?[] _items;

    public FactCollection(object?[] values) => _items = values;

    public int Count => _items.Length;

    public bool IsReadOnly => true;

    /// <summary>The key of the group, or null for a collection: with the aggregate, it says which result this is.</summary>
    public virtual object? GroupKey => null;

    public T this[int index] => (T)_items[index]!;

    T IList<T>.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    public int IndexOf(T item)
    {
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (comparer.Equals(this[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    public bool Contains(T item) => IndexOf(item) >= 0;

    public void CopyTo(T[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < _items.Length)
        {
            throw new ArgumentException("The array is too small to hold the collection from that index.", nameof(array));
        }

        for (var i = 0; i < _items.Length; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _items.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<T>.Add(T item) => throw ReadOnly();

    void ICollection<T>.Clear() => throw ReadOnly();

    bool ICollection<T>.Remove(T item) => throw ReadOnly();

    void IList<T>.Insert(int index, T item) => throw ReadOnly();

    void IList<T>.RemoveAt(int index) => throw ReadOnly();

    // A bound collection is already in its final order; sorting it again in an action starts from that order.
    public IOrderedEnumerable<T> CreateOrderedEnumerable<TKey>(Func<T, TKey> keySelector, IComparer<TKey>? comparer, bool descending)
        => descending ? this.OrderByDescending(keySelector, comparer) : this.OrderBy(keySelector, comparer);

    public override string ToString() => $"[{string.Join(", ", this)}]";

    private static NotSupportedException ReadOnly() => new("An aggregate's result is read-only: the engine rebuilds it when its facts change.");
}
