namespace FactCheck.Engine.Rete;

/// <summary>
/// The handle of a fact linked to a match (inserted by <c>InsertLinked</c> or <c>Yield</c>): it knows its match and key,
/// so the fact follows the match. Other facts' handles do without the two fields.
/// </summary>
internal sealed class LinkedFactHandle(object fact, long id, Activation source, object linkKey) : FactHandle(fact, id)
{
    /// <summary>The match the fact is linked to; null once its link is undone (a queued retraction).</summary>
    public Activation? Source { get; set; } = source;

    /// <summary>The key the fact is linked under.</summary>
    public object? LinkKey { get; set; } = linkKey;
}
