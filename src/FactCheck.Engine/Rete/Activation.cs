namespace FactCheck.Engine.Rete;

/// <summary>A rule's complete match, waiting on the agenda or already fired.</summary>
internal sealed class Activation : IMatch
{
    private IReadOnlyList<FactMatch>? _facts;

    public Activation(TerminalNode node, Token token, long sequence)
    {
        Node = node;
        Token = token;
        Sequence = sequence;
    }

    public TerminalNode Node { get; }

    public Token Token { get; }

    /// <summary>Creation order; the agenda fires the most recent first among equal priorities.</summary>
    public long Sequence { get; }

    public ActivationState State { get; set; }

    /// <summary>The facts this activation yielded, retracted again when the match stops holding.</summary>
    public List<object>? Linked { get; set; }

    public IRuleMetadata Rule => Node.Rule;

    public int Priority => Node.Rule.Priority;

    public IReadOnlyList<FactMatch> Facts => _facts ??= Node.Describe(Token.Facts);

    public override string ToString() => $"{Rule.Name}({string.Join(", ", Facts.Select(f => $"{f.Name}={f.Value}"))})";
}
