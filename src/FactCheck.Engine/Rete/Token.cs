namespace FactCheck.Engine.Rete;

/// <summary>
/// A partial match: the facts bound so far, in alias order. Tokens form a tree (each knows the tokens made from it)
/// so that withdrawing one withdraws everything built on it without re-evaluating a condition.
/// </summary>
internal class Token
{
    public Token(Token? parent, FactHandle? handle, object?[] facts, BetaNode? producer)
    {
        Parent = parent;
        Handle = handle;
        Facts = facts;
        Producer = producer;
    }

    public Token? Parent { get; }

    /// <summary>The fact this token added to its parent, if it added one.</summary>
    public FactHandle? Handle { get; }

    public object?[] Facts { get; }

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

    /// <summary>What the consuming node keeps for the token: an activation, or an existence or aggregate state.</summary>
    public object? State { get; set; }

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
