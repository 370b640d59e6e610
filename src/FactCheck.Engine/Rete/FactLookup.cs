using System.Collections;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Rete;

/// <summary>A lookup an aggregate built, groups in the order their keys were first met; immutable once bound.</summary>
internal sealed class FactLookup<TKey, TElement> : IKeyedLookup<TKey, TElement>, IAggregateResult
{
    private readonly Dictionary<Slot, FactGrouping<TKey, TElement>> _groups = [];
    private readonly List<FactGrouping<TKey, TElement>> _ordered = [];

    public FactLookup(object?[] keys, object?[] elements)
    {
        var members = new Dictionary<Slot, List<object?>>();
        var order = new List<(Slot Slot, TKey Key)>();
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = new Slot(keys[i]);
            if (!members.TryGetValue(slot, out var list))
            {
                members.Add(slot, list = []);
                order.Add((slot, (TKey)keys[i]!));
            }

            list.Add(elements[i]);
        }

        foreach (var (slot, key) in order)
        {
            var group = new FactGrouping<TKey, TElement>(key, [.. members[slot]]);
            _groups.Add(slot, group);
            _ordered.Add(group);
        }
    }

    public int Count => _ordered.Count;

    public IEnumerable<TKey> Keys => _ordered.Select(g => g.Key);

    object? IAggregateResult.GroupKey => null;

    public IEnumerable<TElement> this[TKey key] => _groups.TryGetValue(new Slot(key), out var group) ? group : [];

    public bool Contains(TKey key) => _groups.ContainsKey(new Slot(key));

    public IEnumerator<IGrouping<TKey, TElement>> GetEnumerator() => _ordered.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // A null key is a key like any other.
    private readonly record struct Slot(object? Key);
}
