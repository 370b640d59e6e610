using FactCheck.Engine.Compilation;

namespace FactCheck.Engine.Rete;

/// <summary>Extends each partial match with each fact that satisfies the join; indexed by equality keys where the rule has them.</summary>
internal sealed class JoinNode : BetaNode, IRightInput
{
    private readonly string _factType;

    public JoinNode(int id, JoinCondition condition, Type factType, bool isEntry)
        : base(id, condition)
    {
        _factType = factType.Name;
        IsEntry = isEntry;
    }

    /// <summary>
    /// True for a rule's first join. Its only left token is the session's root, which exists before any fact and never
    /// leaves, so no later token can ever need the facts: they pass straight through and are not kept.
    /// </summary>
    public bool IsEntry { get; }

    public override string Kind => "Join";

    public override string Detail => JoinDetail(_factType);

    public override NodeMemory CreateMemory() => new JoinMemory();

    public override void LeftActivate(Session session, MemoryToken token)
    {
        var memory = session.Memory<JoinMemory>(this);
        memory.Activations++;
        var key = LeftKey(session, token);
        memory.Left.Add(token, key);
        var bucket = memory.Right.Find(key);
        if (bucket is null)
        {
            return;
        }

        for (var i = 0; i < bucket.Count; i++)
        {
            var handle = bucket[i];
            if (Matches(session, token, handle, memory))
            {
                session.Emit(this, token, handle, handle.Fact);
            }
        }
    }

    public void RightActivate(Session session, FactHandle handle)
    {
        var memory = session.Memory<JoinMemory>(this);
        memory.Activations++;
        var key = RightKey(session, handle);
        if (!IsEntry)
        {
            memory.Right.Add(handle, key);
        }

        for (var token = memory.Left.Find(key); token is not null; token = token.NextInMemory)
        {
            if (Matches(session, token, handle, memory))
            {
                session.Emit(this, token, handle, handle.Fact);
            }
        }
    }

    public override void LeftRemove(Session session, MemoryToken token) => session.Memory<JoinMemory>(this).Left.Remove(token);

    public void RightRemove(Session session, FactHandle handle) => session.Memory<JoinMemory>(this).Right.Remove(handle);
}
