namespace FactCheck.Engine;

internal sealed record FactMatch(Declaration Declaration, object? Value) : IFactMatch
{
    public Type Type => Declaration.Type;
}
