namespace FactCheck.Engine.Rete;

/// <summary>Passes on the partial matches that satisfy a condition over their aliases (Having).</summary>
internal sealed class FilterNode : BetaNode
{
    private readonly Func<Token, object, bool> _test;
    private readonly string _detail;

    public FilterNode(int id, Func<Token, object, bool> test, string detail)
        : base(id, Compilation.JoinCondition.None)
    {
        _test = test;
        _detail = detail;
    }

    public override string Kind => "Having";

    public override string Detail => _detail;

    public override void LeftActivate(Session session, MemoryToken token)
    {
        var memory = session.Memory<NodeMemory>(this);
        memory.Activations++;
        memory.Evaluations++;
        if (session.Test(this, _test, token, token))
        {
            session.PassOn(this, token);
        }
    }

    public override void LeftRemove(Session session, MemoryToken token)
    {
    }
}
