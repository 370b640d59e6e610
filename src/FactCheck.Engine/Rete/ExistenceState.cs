namespace FactCheck.Engine.Rete;

/// <summary>What a Not or Exists node keeps for one token: the facts that satisfy it, and the token it passed on.</summary>
internal sealed class ExistenceState
{
    private List<FactHandle>? _matches;

    /// <summary>The facts that satisfy the condition for this token (allocated on the first one: most tokens have none).</summary>
    public List<FactHandle> Matches => _matches ??= [];

    public int Count => _matches?.Count ?? 0;

    public Token? Output { get; set; }
}
