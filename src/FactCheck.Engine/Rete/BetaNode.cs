using FactCheck.Engine.Compilation;

namespace FactCheck.Engine.Rete;

/// <summary>A node that extends or filters partial matches; it belongs to one rule and feeds exactly one child.</summary>
internal abstract class BetaNode : ReteNode, ILeftInput
{
    protected BetaNode(int id, JoinCondition condition)
        : base(id) => Condition = condition;

    public JoinCondition Condition { get; }

    public ILeftInput Child { get; set; } = null!;

    public override IEnumerable<ReteNode> Successors => [(ReteNode)Child];

    void ILeftInput.LeftActivate(Session session, Token token) => LeftActivate(session, (MemoryToken)token);

    void ILeftInput.LeftRemove(Session session, Token token) => LeftRemove(session, (MemoryToken)token);

    public abstract void LeftActivate(Session session, MemoryToken token);

    public abstract void LeftRemove(Session session, MemoryToken token);

    protected object LeftKey(Session session, MemoryToken token)
        => Condition.LeftKey is null ? NullKey.Instance : session.Key(this, Condition.LeftKey, token, null);

    protected object RightKey(Session session, FactHandle handle)
        => Condition.RightKey is null ? NullKey.Instance : session.Key(this, Condition.RightKey, session.Root, handle.Fact);

    protected bool Matches(Session session, MemoryToken token, FactHandle handle, NodeMemory memory)
    {
        if (Condition.Test is null)
        {
            return true;
        }

        memory.Evaluations++;
        return session.Test(this, Condition.Test, token, handle.Fact);
    }

    protected string JoinDetail(string what)
    {
        var how = Condition.IsIndexed ? "hash" : "scan";
        return Condition.Text.Length == 0 ? what : $"{what} [{how}] {Condition.Text}";
    }
}
