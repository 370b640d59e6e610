namespace FactCheck.Engine.Rete;

/// <summary>A fact in working memory, with what the network needs to withdraw it without re-evaluating it.</summary>
internal sealed class FactHandle
{
    public FactHandle(object fact, long id)
    {
        Fact = fact;
        Id = id;
    }

    public object Fact { get; }

    /// <summary>Insertion order, for deterministic queries and aggregate results.</summary>
    public long Id { get; }

    /// <summary>Where the fact sits in the session's insertion-ordered list.</summary>
    public int Slot { get; set; }

    /// <summary>The alpha nodes the fact passed that feed beta nodes.</summary>
    public List<AlphaNode>? AlphaNodes { get; set; }

    /// <summary>The tokens that bound this fact as their candidate.</summary>
    public List<Token>? Tokens { get; set; }

    /// <summary>For a linked fact, the activation that yielded it.</summary>
    public Activation? Source { get; set; }

    public void AddToken(Token token)
    {
        Tokens ??= [];
        token.HandleSlot = Tokens.Count;
        Tokens.Add(token);
    }

    public void RemoveToken(Token token)
    {
        var tokens = Tokens!;
        var last = tokens[^1];
        tokens[token.HandleSlot] = last;
        last.HandleSlot = token.HandleSlot;
        tokens.RemoveAt(tokens.Count - 1);
    }
}
