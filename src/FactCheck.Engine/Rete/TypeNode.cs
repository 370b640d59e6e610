namespace FactCheck.Engine.Rete;

/// <summary>The root of the alpha network for one fact type; facts of that type or a derived one pass.</summary>
internal sealed class TypeNode : AlphaNode
{
    public TypeNode(int id, Type factType)
        : base(id) => FactType = factType;

    public Type FactType { get; }

    public override string Kind => "Type";

    public override string Detail => FactType.Name;

    protected override bool Accepts(Session session, FactHandle handle, NodeMemory memory) => true;
}
