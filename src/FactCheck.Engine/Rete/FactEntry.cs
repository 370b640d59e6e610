namespace FactCheck.Engine.Rete;

/// <summary>A fact's place in working memory: its insertion order, and its handle if it can enter the network.</summary>
/// <remarks>
/// A fact of a type that no pattern can match (usually a rule's output) joins nothing and holds no tokens, so it gets
/// no handle unless a rule yielded it (the handle records the yielding activation). At 100,000 claims that saves a
/// third of a million handles, all of which would stay alive.
/// </remarks>
internal readonly record struct FactEntry(long Id, FactHandle? Handle)
{
    /// <summary>True for a fact linked to a match: it belongs to the match, which alone changes or retracts it.</summary>
    public bool IsLinked => Handle is LinkedFactHandle { Source: not null };
}
