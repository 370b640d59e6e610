namespace FactCheck.Engine.Rete;

/// <summary>
/// A partial match: the facts bound so far, in alias order. Tokens form a tree (each knows the tokens made from it)
/// so that withdrawing one withdraws everything built on it without re-evaluating a condition.
/// </summary>
internal sealed class Token
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

    public List<Token>? Children { get; set; }

    public bool IsDeleted { get; set; }

    public int ChildSlot { get; set; }

    public int HandleSlot { get; set; }

    /// <summary>The key under which the consuming node indexes the token.</summary>
    public object? Key { get; set; }

    /// <summary>The token's place in the consuming node's bucket.</summary>
    public int Slot { get; set; }

    /// <summary>What the consuming node keeps for the token: an activation, or an existence or aggregate state.</summary>
    public object? State { get; set; }

    public void AddChild(Token child)
    {
        Children ??= [];
        child.ChildSlot = Children.Count;
        Children.Add(child);
    }

    public void RemoveChild(Token child)
    {
        var children = Children!;
        var last = children[^1];
        children[child.ChildSlot] = last;
        last.ChildSlot = child.ChildSlot;
        children.RemoveAt(children.Count - 1);
    }
}
