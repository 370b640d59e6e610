namespace FactCheck.Engine.Rete;

/// <summary>Extends each partial match with a value calculated from it (Let); a calculation that throws drops the match and is reported.</summary>
internal sealed class BindingNode : BetaNode
{
    private readonly Func<Token, object?, object?> _value;
    private readonly string _detail;

    public BindingNode(int id, Func<Token, object?, object?> value, string detail)
        : base(id, Compilation.JoinCondition.None)
    {
        _value = value;
        _detail = detail;
    }

    public override string Kind => "Let";

    public override string Detail => _detail;

    public override void LeftActivate(Session session, MemoryToken token)
    {
        var memory = session.Memory<NodeMemory>(this);
        memory.Activations++;
        memory.Evaluations++;
        if (session.Calculate(this, _value, token, null, out var value))
        {
            session.Emit(this, token, null, value);
        }
    }

    public override void LeftRemove(Session session, MemoryToken token)
    {
    }
}
