namespace FactCheck.Engine.Rete;

/// <summary>The root of the alpha network for one fact type; facts of that type or a derived one pass.</summary>
internal sealed class TypeNode : AlphaNode
{
    public TypeNode(int id, Type factType)
        : base(id) => FactType = factType;

    public Type FactType { get; }

    /// <summary>
    /// Every beta node a fact of this type can reach, joins first, in the order a withdrawn fact leaves them. A handle
    /// does not record which alpha tests it passed: a node the fact never reached simply does not hold it.
    /// </summary>
    public IRightInput[] WithdrawalOrder { get; private set; } = [];

    /// <summary>Fixes <see cref="WithdrawalOrder"/> once the network is complete, before any session shares it.</summary>
    public void Seal()
    {
        var successors = BetaSuccessorsBelow().ToList();
        WithdrawalOrder = [.. successors.Where(s => s is JoinNode), .. successors.Where(s => s is not JoinNode)];
    }

    public override string Kind => "Type";

    public override string Detail => FactType.Name;

    protected override bool Accepts(Session session, FactHandle handle, NodeMemory memory) => true;
}
