using FactCheck.Engine.Compilation;

namespace FactCheck.Engine.Rete;

/// <summary>
/// Passes a partial match on while no fact satisfies the condition (Not) or while at least one does (Exists),
/// and withdraws it when that changes.
/// </summary>
internal sealed class ExistenceNode : BetaNode, IRightInput
{
    private readonly bool _negated;
    private readonly string _factType;

    public ExistenceNode(int id, JoinCondition condition, Type factType, bool negated)
        : base(id, condition)
    {
        _negated = negated;
        _factType = factType.Name;
    }

    public override string Kind => _negated ? "Not" : "Exists";

    public override string Detail => JoinDetail(_factType);

    public override NodeMemory CreateMemory() => new MatchTracking();

    public override void LeftActivate(Session session, MemoryToken token)
    {
        var memory = session.Memory<MatchTracking>(this);
        memory.Activations++;
        var key = LeftKey(session, token);
        memory.Left.Add(token, key);

        // Most tokens meet no fact here; they keep only their output token, and gain a state on their first match.
        ExistenceState? state = null;
        var bucket = memory.Right.Find(key);
        if (bucket is not null)
        {
            for (var i = 0; i < bucket.Count; i++)
            {
                var handle = bucket[i];
                if (Matches(session, token, handle, memory))
                {
                    state ??= new ExistenceState();
                    state.Matches.Add(handle);
                    memory.Record(handle, token);
                }
            }
        }

        var output = (state is null) == _negated ? session.PassOn(this, token) : null;
        if (state is not null)
        {
            state.Output = output;
            token.State = state;
        }
        else
        {
            token.State = output;
        }
    }

    public void RightActivate(Session session, FactHandle handle)
    {
        var memory = session.Memory<MatchTracking>(this);
        memory.Activations++;
        var key = RightKey(session, handle);
        memory.Right.Add(handle, key);
        for (var token = memory.Left.Find(key); token is not null; token = token.NextInMemory)
        {
            if (!Matches(session, token, handle, memory))
            {
                continue;
            }

            var state = StateOf(token);
            state.Matches.Add(handle);
            memory.Record(handle, token);
            if (state.Matches.Count == 1)
            {
                Toggle(session, token, state);
            }
        }
    }

    public override void LeftRemove(Session session, MemoryToken token)
    {
        var memory = session.Memory<MatchTracking>(this);
        memory.Left.Remove(token);
        if (token.State is not ExistenceState { Count: > 0 } state)
        {
            return;
        }

        foreach (var handle in state.Matches)
        {
            memory.Forget(handle, token);
        }
    }

    public void RightRemove(Session session, FactHandle handle)
    {
        var memory = session.Memory<MatchTracking>(this);
        if (!memory.Right.Remove(handle) || !memory.TakeTokens(handle, out var tokens))
        {
            return;
        }

        foreach (var token in tokens)
        {
            var state = (ExistenceState)token.State!;
            state.Matches.Remove(handle);
            if (state.Matches.Count == 0)
            {
                Toggle(session, token, state);
            }
        }
    }

    private static ExistenceState StateOf(MemoryToken token)
    {
        if (token.State is ExistenceState state)
        {
            return state;
        }

        state = new ExistenceState { Output = (Token?)token.State };
        token.State = state;
        return state;
    }

    private void Toggle(Session session, MemoryToken token, ExistenceState state)
    {
        if (state.Output is null)
        {
            state.Output = session.PassOn(this, token);
        }
        else
        {
            session.DeleteToken(state.Output);
            state.Output = null;
        }
    }
}
