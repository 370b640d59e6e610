namespace FactCheck.Engine;

// A fact of working memory as its events show it.
internal sealed record WorkingMemoryFact(object? Value) : IFact
{
    public Type Type => Value?.GetType() ?? typeof(object);
}
