namespace FactCheck.Engine.Rete;

/// <summary>
/// A token that a beta node keeps in its left memory and extends: it has children and a place in the node's index.
/// The tokens that reach a rule's end are activations, which need neither.
/// </summary>
internal sealed class MemoryToken : Token
{
    public MemoryToken(MemoryToken? parent, FactHandle? handle, object? value, int count, BetaNode? producer)
        : base(parent, handle, value, count, producer)
    {
    }

    public Token? FirstChild { get; set; }

    /// <summary>The key under which the consuming node indexes the token.</summary>
    public object? Key { get; set; }

    /// <summary>The next token in the consuming node's bucket.</summary>
    public MemoryToken? NextInMemory { get; set; }

    public MemoryToken? PreviousInMemory { get; set; }

    /// <summary>What the consuming node keeps for the token: an existence or aggregate state.</summary>
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
