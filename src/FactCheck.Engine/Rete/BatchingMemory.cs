namespace FactCheck.Engine.Rete;

/// <summary>
/// The memory of a node that gathers changes until the session brings the network to rest (<see cref="IBatchingNode"/>):
/// matches both ways, and whether the node's flush is queued.
/// </summary>
internal abstract class BatchingMemory : MatchTracking
{
    private bool _isQueued;

    /// <summary>Queues the node's flush with the session, once until the flush runs.</summary>
    public void QueueFlush(Session session, IBatchingNode node)
    {
        if (!_isQueued)
        {
            _isQueued = true;
            session.QueueFlush(node);
        }
    }

    /// <summary>Called when the flush runs: the next change queues it again.</summary>
    public void Flushed() => _isQueued = false;
}
