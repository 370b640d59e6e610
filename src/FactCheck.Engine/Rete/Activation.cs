namespace FactCheck.Engine.Rete;

/// <summary>
/// A rule's complete match, waiting on the agenda or already fired. It is the token that reached the rule's terminal
/// node, so a match costs one object, not a token and an activation.
/// </summary>
internal sealed class Activation : Token, IMatch
{
    public Activation(MemoryToken parent, FactHandle? handle, object? value, int count, BetaNode producer)
        : base(parent, handle, value, count, producer)
    {
    }

    // A byte, not the public enum's int: with the state and the fired flag it packs into the padding of one word, and a
    // session holds an activation for every match.
    private byte _trigger;

    public TerminalNode Node => (TerminalNode)Producer!.Child;

    public ActivationState Status { get; set; }

    /// <summary>Why it is, or last was, on the agenda.</summary>
    public MatchTrigger Trigger
    {
        get => (MatchTrigger)_trigger;
        set => _trigger = (byte)value;
    }

    /// <summary>True once this match (through the activations that carried it before an update) has fired.</summary>
    public bool HasFired { get; set; }

    /// <summary>The agenda's neighbours while pending: the next to fire after this one, and the one before.</summary>
    public Activation? Below { get; set; }

    public Activation? Above { get; set; }

    public IRuleMetadata Rule => Node.Rule;

    public int Priority => Node.Rule.Priority;

    /// <summary>Built on demand: the report asks for a few matches, the engine makes hundreds of thousands.</summary>
    public IReadOnlyList<IFactMatch> Facts => Node.Describe(this);

    public override string ToString() => $"{Rule.Name}({string.Join(", ", Facts.Select(f => $"{f.Declaration.Name}={f.Value}"))})";
}
