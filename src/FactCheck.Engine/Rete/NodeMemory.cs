namespace FactCheck.Engine.Rete;

/// <summary>A node's state in one session, with the counts that diagnostics report.</summary>
internal class NodeMemory
{
    /// <summary>Facts or tokens that reached the node.</summary>
    public long Activations { get; set; }

    /// <summary>Conditions the node evaluated.</summary>
    public long Evaluations { get; set; }

    /// <summary>What the node holds now.</summary>
    public virtual int Count => 0;
}
