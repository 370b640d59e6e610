namespace FactCheck.Engine.Rete;

/// <summary>A fact's place in working memory: its handle, if it can enter the network.</summary>
/// <remarks>
/// A fact of a type that no pattern can match (usually a rule's output) joins nothing and holds no tokens, so it gets
/// no handle unless a rule yielded it (the handle records the yielding activation). At 100,000 claims that saves a
/// third of a million handles, all of which would stay alive. Working memory keeps its facts in insertion order, so
/// the entry needs no id of its own.
/// </remarks>
internal readonly record struct FactEntry(FactHandle? Handle)
{
    /// <summary>True for a fact linked to a match: it belongs to the match, which alone changes or retracts it.</summary>
    public bool IsLinked => Handle is LinkedFactHandle { Source: not null };
}
