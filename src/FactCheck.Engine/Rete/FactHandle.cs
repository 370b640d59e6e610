namespace FactCheck.Engine.Rete;

/// <summary>A fact in working memory, with what the network needs to withdraw it without re-evaluating it.</summary>
/// <remarks>
/// Handles are keys of node memories; they compare by reference but hash by their id, which is far cheaper than the
/// runtime's identity hash the first time an object is hashed. There is one handle a fact in the network, so its two
/// flags share the id's word: a handle is then 48 bytes rather than 56.
/// </remarks>
internal class FactHandle : IEquatable<FactHandle>
{
    private const long WithdrawingFlag = 1L << 62;
    private const long PendingFlag = 1L << 61;
    private const long IdMask = PendingFlag - 1;

    private long _idAndFlags;

    public FactHandle(object fact, long id)
    {
        Fact = fact;
        _idAndFlags = id & IdMask;
    }

    /// <summary>The fact; an update with an equal instance replaces it.</summary>
    public object Fact { get; set; }

    /// <summary>Insertion order, for deterministic queries and aggregate results.</summary>
    public long Id => _idAndFlags & IdMask;

    /// <summary>The first of the tokens that bound this fact as their candidate (linked through <see cref="Token.NextOfHandle"/>).</summary>
    public Token? FirstToken { get; set; }

    /// <summary>
    /// The group the fact joined in the first aggregate keyed by the fact alone that took it (a rule's first
    /// GroupBy), so withdrawing it needs no lookup; such aggregates after the first record the fact's key themselves.
    /// </summary>
    public AggregateGroup? Group { get; set; }

    /// <summary>True while the fact is being withdrawn: its token list is being discarded whole.</summary>
    public bool IsWithdrawing
    {
        get => (_idAndFlags & WithdrawingFlag) != 0;
        set => _idAndFlags = value ? _idAndFlags | WithdrawingFlag : _idAndFlags & ~WithdrawingFlag;
    }

    /// <summary>True for a linked fact whose insertion is queued: it is in working memory but not yet in the network.</summary>
    public bool IsPending
    {
        get => (_idAndFlags & PendingFlag) != 0;
        set => _idAndFlags = value ? _idAndFlags | PendingFlag : _idAndFlags & ~PendingFlag;
    }

    public bool Equals(FactHandle? other) => ReferenceEquals(this, other);

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode()
    {
        var id = Id;
        return unchecked((int)id ^ (int)(id >> 32));
    }

    public void AddToken(Token token)
    {
        token.NextOfHandle = FirstToken;
        if (FirstToken is not null)
        {
            FirstToken.PreviousOfHandle = token;
        }

        FirstToken = token;
    }

    public void RemoveToken(Token token)
    {
        if (token.PreviousOfHandle is { } previous)
        {
            previous.NextOfHandle = token.NextOfHandle;
        }
        else
        {
            FirstToken = token.NextOfHandle;
        }

        if (token.NextOfHandle is { } next)
        {
            next.PreviousOfHandle = token.PreviousOfHandle;
        }

        token.NextOfHandle = token.PreviousOfHandle = null;
    }
}
