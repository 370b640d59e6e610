using FactCheck.Engine.Collections;

namespace FactCheck.Engine.Rete;

/// <summary>
/// A node's left memory: its tokens, bucketed by join key. A bucket is a list threaded through the tokens themselves
/// (<see cref="MemoryToken.NextInMemory"/>), so a bucket costs no object of its own: most Not buckets hold one token.
/// </summary>
/// <remarks>
/// The buckets are built at the first <see cref="Find"/>, when a fact first arrives on the right; until then the tokens
/// wait in one list. A <c>Not</c> over a kind of fact that never comes (no dismissal of any claim) then never hashes a
/// key. Built late or at once, a bucket holds its tokens newest first.
/// </remarks>
internal sealed class TokenIndex
{
    private readonly SegmentedDictionary<object, MemoryToken?> _heads = new();
    private bool _indexed;

    // Before the buckets are built: the tokens, newest first (the head) to oldest (the tail).
    private MemoryToken? _pending;
    private MemoryToken? _pendingTail;

    public int Count { get; private set; }

    public void Add(MemoryToken token, object key)
    {
        token.Key = key;
        Count++;
        if (!_indexed)
        {
            Push(ref _pending, token);
            _pendingTail ??= token;
            return;
        }

        Push(ref _heads.GetOrAdd(key, out _), token);
    }

    public void Remove(MemoryToken token)
    {
        var next = token.NextInMemory;
        if (token.PreviousInMemory is { } previous)
        {
            previous.NextInMemory = next;
        }
        else if (!_indexed)
        {
            _pending = next;
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
        else if (!_indexed)
        {
            _pendingTail = token.PreviousInMemory;
        }

        token.NextInMemory = token.PreviousInMemory = null;
        Count--;
    }

    /// <summary>The first token with the key; the rest follow through <see cref="MemoryToken.NextInMemory"/>.</summary>
    public MemoryToken? Find(object key)
    {
        if (!_indexed)
        {
            Index();
        }

        return _heads.GetValueOrDefault(key);
    }

    private static void Push(ref MemoryToken? head, MemoryToken token)
    {
        token.NextInMemory = head;
        token.PreviousInMemory = null;
        if (head is not null)
        {
            head.PreviousInMemory = token;
        }

        head = token;
    }

    // Oldest first, so that each bucket ends newest first, as if every token had been bucketed when it came.
    private void Index()
    {
        _indexed = true;
        for (var token = _pendingTail; token is not null;)
        {
            var newer = token.PreviousInMemory;
            Push(ref _heads.GetOrAdd(token.Key!, out _), token);
            token = newer;
        }

        _pending = _pendingTail = null;
    }
}
