namespace FactCheck.Engine.Rete;

/// <summary>A condition on a single fact, shared by every rule that states it identically.</summary>
internal sealed class SelectionNode : AlphaNode
{
    private readonly Func<Token, object, bool> _condition;

    public SelectionNode(int id, Func<Token, object, bool> condition, string text)
        : base(id)
    {
        _condition = condition;
        Detail = text;
    }

    public override string Kind => "Select";

    public override string Detail { get; }

    protected override bool Accepts(Session session, FactHandle handle, NodeMemory memory)
    {
        memory.Evaluations++;
        return session.Test(this, _condition, session.Root, handle.Fact);
    }
}
