using FactCheck.Engine.Collections;

namespace FactCheck.Engine.Rete;

/// <summary>
/// A node's left memory: its tokens, bucketed by join key. A bucket is a list threaded through the tokens themselves
/// (<see cref="MemoryToken.NextInMemory"/>), so a bucket costs no object of its own: most Not buckets hold one token.
/// </summary>
internal sealed class TokenIndex
{
    private readonly SegmentedDictionary<object, MemoryToken> _heads = new();

    public int Count { get; private set; }

    public void Add(MemoryToken token, object key)
    {
        token.Key = key;
        ref var head = ref _heads.GetOrAdd(key, out _);
        token.NextInMemory = head;
        if (head is not null)
        {
            head.PreviousInMemory = token;
        }

        head = token;
        Count++;
    }

    public void Remove(MemoryToken token)
    {
        var next = token.NextInMemory;
        if (token.PreviousInMemory is { } previous)
        {
            previous.NextInMemory = next;
        }
        else if (next is null)
        {
            _heads.Remove(token.Key!);
        }
        else
        {
            _heads.Find(token.Key!) = next;
        }

        if (next is not null)
        {
            next.PreviousInMemory = token.PreviousInMemory;
        }

        token.NextInMemory = token.PreviousInMemory = null;
        Count--;
    }

    /// <summary>The first token with the key; the rest follow through <see cref="MemoryToken.NextInMemory"/>.</summary>
    public MemoryToken? Find(object key) => _heads.GetValueOrDefault(key);
}
