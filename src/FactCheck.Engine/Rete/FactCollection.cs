using System.Collections;

namespace FactCheck.Engine.Rete;

/// <summary>The facts an aggregate collected, in insertion order; immutable once bound.</summary>
internal class FactCollection<T> : IReadOnlyList<T>, IAggregateResult
{
    private readonly T[] _items;

    public FactCollection(FactHandle[] items)
    {
        _items = new T[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            _items[i] = (T)items[i].Fact;
        }
    }

    public int Count => _items.Length;

    /// <summary>The key of the group, or null for a collection: with the aggregate, it says which result this is.</summary>
    public virtual object? GroupKey => null;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
