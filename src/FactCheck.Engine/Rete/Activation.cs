namespace FactCheck.Engine.Rete;

/// <summary>
/// A rule's complete match, waiting on the agenda or already fired. It is the token that reached the rule's terminal
/// node, so a match costs one object, not a token and an activation.
/// </summary>
internal sealed class Activation : Token, IMatch
{
    private IReadOnlyList<FactMatch>? _described;

    public Activation(TerminalNode node, Token parent, FactHandle? handle, object?[] facts, BetaNode producer)
        : base(parent, handle, facts, producer) => Node = node;

    public TerminalNode Node { get; }

    /// <summary>Creation order; the agenda fires the most recent first among equal priorities.</summary>
    public long Sequence { get; set; }

    public ActivationState Status { get; set; }

    /// <summary>The agenda's neighbours while pending: the next to fire after this one, and the one before.</summary>
    public Activation? Below { get; set; }

    public Activation? Above { get; set; }

    /// <summary>The facts this activation yielded, retracted again when the match stops holding.</summary>
    public List<object>? Linked { get; set; }

    public IRuleMetadata Rule => Node.Rule;

    public int Priority => Node.Rule.Priority;

    IReadOnlyList<FactMatch> IMatch.Facts => Described;

    private IReadOnlyList<FactMatch> Described => _described ??= Node.Describe(Facts);

    public override string ToString() => $"{Rule.Name}({string.Join(", ", Described.Select(f => $"{f.Name}={f.Value}"))})";
}
