namespace FactCheck.Engine.Rete;

/// <summary>A node that gathers changes and passes on their results once, when the session brings the network to rest.</summary>
internal interface IBatchingNode
{
    void Flush(Session session);
}
