using FactCheck.Engine.Aggregators;

namespace FactCheck.Engine.Rete;

/// <summary>A partial match as a custom aggregator sees it.</summary>
internal sealed class TokenTuple(Token token) : ITuple
{
    public Token Token { get; } = token;

    public int Count => Token.Count;

    public IEnumerable<IFact> Facts => Token.ToArray().Select(value => (IFact)new WorkingMemoryFact(value));
}
