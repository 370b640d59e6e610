namespace FactCheck.Engine.Rete;

/// <summary>A test of a single fact. Facts that pass go on to child alpha nodes and to the beta nodes fed from here.</summary>
internal abstract class AlphaNode : ReteNode
{
    private readonly Dictionary<string, SelectionNode> _childrenByKey = [];

    protected AlphaNode(int id)
        : base(id)
    {
    }

    public List<AlphaNode> Children { get; } = [];

    public List<IRightInput> BetaSuccessors { get; } = [];

    public override IEnumerable<ReteNode> Successors => Children.Concat(BetaSuccessors.Cast<ReteNode>());

    public SelectionNode? FindChild(string key) => _childrenByKey.GetValueOrDefault(key);

    public void AddChild(SelectionNode child, string? key)
    {
        Children.Add(child);
        if (key is not null)
        {
            _childrenByKey.Add(key, child);
        }
    }

    public void Activate(Session session, FactHandle handle)
    {
        var memory = session.Memory<NodeMemory>(this);
        memory.Activations++;
        if (!Accepts(session, handle, memory))
        {
            return;
        }

        foreach (var successor in BetaSuccessors)
        {
            successor.RightActivate(session, handle);
        }

        foreach (var child in Children)
        {
            child.Activate(session, handle);
        }
    }

    /// <summary>The beta nodes fed from this node and the alpha nodes below it.</summary>
    public IEnumerable<IRightInput> BetaSuccessorsBelow() => BetaSuccessors.Concat(Children.SelectMany(c => c.BetaSuccessorsBelow()));

    protected abstract bool Accepts(Session session, FactHandle handle, NodeMemory memory);
}
