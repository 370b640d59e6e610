namespace FactCheck.Engine.Rete;

/// <summary>A node of the compiled network. Nodes are immutable and shared by sessions; each session keeps their memories.</summary>
internal abstract class ReteNode
{
    protected ReteNode(int id) => Id = id;

    public int Id { get; }

    public abstract string Kind { get; }

    public abstract string Detail { get; }

    /// <summary>What the rule wrote that this node evaluates (several conditions joined by AndAlso), for failure reports; null for nodes that evaluate nothing of the rule's.</summary>
    public System.Linq.Expressions.Expression? Expression { get; init; }

    /// <summary>The rules whose networks contain this node (more than one where the node is shared).</summary>
    public List<IRuleMetadata> Rules { get; } = [];

    public abstract IEnumerable<ReteNode> Successors { get; }

    public virtual NodeMemory CreateMemory() => new();
}
