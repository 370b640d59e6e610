namespace FactCheck.Engine.Rete;

/// <summary>
/// A match so far: a <see cref="MemoryToken"/> inside the network, an <see cref="Activation"/> at its end. A token stores only the value it added (a fact or an aggregate result); earlier values are read
/// from its ancestors, so a match of N facts costs no array. Tokens form a tree (each knows the tokens made from it)
/// so that withdrawing one withdraws everything built on it without re-evaluating a condition.
/// </summary>
internal abstract class Token
{
    protected Token(MemoryToken? parent, FactHandle? handle, object? value, int count, BetaNode? producer)
    {
        Parent = parent;
        Handle = handle;
        Value = value;
        Count = count;
        Producer = producer;
    }

    public MemoryToken? Parent { get; }

    /// <summary>The fact this token added to its parent, if it added one.</summary>
    public FactHandle? Handle { get; }

    /// <summary>The last value of the match (at position <see cref="Count"/> - 1); a Not or Exists token repeats its parent's.</summary>
    public object? Value { get; }

    /// <summary>How many values the match holds.</summary>
    public int Count { get; }

    /// <summary>The node that made the token; its <see cref="BetaNode.Child"/> holds it.</summary>
    public BetaNode? Producer { get; }

    // Siblings and the tokens of one fact are intrusive doubly-linked lists: no list objects, O(1) unlinking.
    public Token? NextSibling { get; set; }

    public Token? PreviousSibling { get; set; }

    public Token? NextOfHandle { get; set; }

    public Token? PreviousOfHandle { get; set; }

    public bool IsDeleted { get; set; }

    /// <summary>The value at a position of the match; compiled conditions read aliases through this.</summary>
    public object? FactAt(int position)
    {
        // Each join or aggregate adds exactly one value, so the first ancestor holding position + 1 values added it.
        var token = this;
        while (token.Count > position + 1)
        {
            token = token.Parent!;
        }

        return token.Value;
    }

    public object?[] ToArray()
    {
        var values = new object?[Count];
        for (var token = this; token is not null && token.Count > 0; token = token.Parent)
        {
            values[token.Count - 1] = token.Value;
        }

        return values;
    }
}
