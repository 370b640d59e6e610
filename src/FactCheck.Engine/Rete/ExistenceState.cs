namespace FactCheck.Engine.Rete;

/// <summary>What a Not or Exists node keeps for one token: the facts that satisfy it, and the token it passed on.</summary>
internal sealed class ExistenceState
{
    public List<FactHandle> Matches { get; } = [];

    public Token? Output { get; set; }
}
