namespace FactCheck.Engine.Rete;

/// <summary>
/// A partial match. A token stores only the value it added (a fact or an aggregate result); earlier values are read
/// from its ancestors, so a match of N facts costs no array. Tokens form a tree (each knows the tokens made from it)
/// so that withdrawing one withdraws everything built on it without re-evaluating a condition.
/// </summary>
internal class Token
{
    public Token(Token? parent, FactHandle? handle, object? value, int count, BetaNode? producer)
    {
        Parent = parent;
        Handle = handle;
        Value = value;
        Count = count;
        Producer = producer;
    }

    public Token? Parent { get; }

    /// <summary>The fact this token added to its parent, if it added one.</summary>
    public FactHandle? Handle { get; }

    /// <summary>The last value of the match (at position <see cref="Count"/> - 1); a Not or Exists token repeats its parent's.</summary>
    public object? Value { get; }

    /// <summary>How many values the match holds.</summary>
    public int Count { get; }

    /// <summary>The node that made the token; its <see cref="BetaNode.Child"/> holds it.</summary>
    public BetaNode? Producer { get; }

    // Children and the tokens of one fact are intrusive doubly-linked lists: no list objects, O(1) unlinking.
    public Token? FirstChild { get; set; }

    public Token? NextSibling { get; set; }

    public Token? PreviousSibling { get; set; }

    public Token? NextOfHandle { get; set; }

    public Token? PreviousOfHandle { get; set; }

    public bool IsDeleted { get; set; }

    /// <summary>The key under which the consuming node indexes the token.</summary>
    public object? Key { get; set; }

    /// <summary>The next token in the consuming node's bucket.</summary>
    public Token? NextInMemory { get; set; }

    public Token? PreviousInMemory { get; set; }

    /// <summary>What the consuming node keeps for the token: an existence or aggregate state.</summary>
    public object? State { get; set; }

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

    public void AddChild(Token child)
    {
        child.NextSibling = FirstChild;
        if (FirstChild is not null)
        {
            FirstChild.PreviousSibling = child;
        }

        FirstChild = child;
    }

    public void RemoveChild(Token child)
    {
        if (child.PreviousSibling is { } previous)
        {
            previous.NextSibling = child.NextSibling;
        }
        else
        {
            FirstChild = child.NextSibling;
        }

        if (child.NextSibling is { } next)
        {
            next.PreviousSibling = child.PreviousSibling;
        }

        child.NextSibling = child.PreviousSibling = null;
    }
}
