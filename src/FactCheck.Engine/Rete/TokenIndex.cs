namespace FactCheck.Engine.Rete;

/// <summary>A node's left memory: its tokens, bucketed by join key.</summary>
internal sealed class TokenIndex
{
    private readonly Dictionary<object, List<Token>> _buckets = [];

    public int Count { get; private set; }

    public void Add(Token token, object key)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            bucket = [];
            _buckets.Add(key, bucket);
        }

        token.Key = key;
        token.Slot = bucket.Count;
        bucket.Add(token);
        Count++;
    }

    public void Remove(Token token)
    {
        var bucket = _buckets[token.Key!];
        var last = bucket[^1];
        bucket[token.Slot] = last;
        last.Slot = token.Slot;
        bucket.RemoveAt(bucket.Count - 1);
        if (bucket.Count == 0)
        {
            _buckets.Remove(token.Key!);
        }

        Count--;
    }

    public List<Token>? Find(object key) => _buckets.GetValueOrDefault(key);
}
