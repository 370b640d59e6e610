using FactCheck.Engine.Aggregators;
using FactCheck.Engine.Compilation;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.Rete;

/// <summary>
/// A query with a custom aggregator: each partial match gets its own <see cref="IAggregator"/>, told at each flush which
/// of its facts arrived, changed or left, and each aggregate it reports becomes a match (after the query's later
/// steps). An aggregate keeps its match's identity while it is modified, so a changed aggregate reactivates its rule
/// rather than making a new activation, as in NRules. A throwing aggregator is reported as the query's failure; what
/// that call would have changed is lost and the aggregates reported before stay.
/// </summary>
internal sealed class CustomAggregateNode : BetaNode, IRightInput, IBatchingNode
{
    private readonly AggregatePlan _plan;
    private readonly IAggregatorFactory _factory;
    private readonly Type _valueType;
    private readonly string _detail;
    private AggregationContext? _context;

    public CustomAggregateNode(int id, JoinCondition condition, AggregatePlan plan, IAggregatorFactory factory, Type valueType, string detail)
        : base(id, condition)
    {
        _plan = plan;
        _factory = factory;
        _valueType = valueType;
        _detail = detail;
    }

    public override string Kind => "Aggregate";

    public override string Detail => JoinDetail(_detail);

    private AggregationContext Context => _context ??= new AggregationContext(Rules);

    public override NodeMemory CreateMemory() => new CustomAggregateMemory();

    public override void LeftActivate(Session session, MemoryToken token)
    {
        var memory = session.Memory<CustomAggregateMemory>(this);
        memory.Activations++;
        var key = LeftKey(session, token);
        memory.Left.Add(token, key);
        if (!session.Calculate(this, (_, _) => _factory.Create() ?? throw new InvalidOperationException($"{_factory.GetType().Name}.Create() returned null."), token, null, out var aggregator))
        {
            return;
        }

        var state = new CustomAggregateState(token, (IAggregator)aggregator!);
        token.State = state;
        MarkDirty(session, memory, state);
        if (memory.Right.Find(key) is not { } bucket)
        {
            return;
        }

        for (var i = 0; i < bucket.Count; i++)
        {
            var handle = bucket[i];
            if (Matches(session, token, handle, memory))
            {
                Arrive(session, memory, state, handle);
            }
        }
    }

    public void RightActivate(Session session, FactHandle handle)
    {
        var memory = session.Memory<CustomAggregateMemory>(this);
        memory.Activations++;
        var key = RightKey(session, handle);
        memory.Right.Add(handle, key);
        for (var token = memory.Left.Find(key); token is not null; token = token.NextInMemory)
        {
            if (token.State is CustomAggregateState state && Matches(session, token, handle, memory))
            {
                Arrive(session, memory, state, handle);
            }
        }
    }

    public override void LeftRemove(Session session, MemoryToken token)
    {
        var memory = session.Memory<CustomAggregateMemory>(this);
        memory.Left.Remove(token);
        if (token.State is not CustomAggregateState state)
        {
            return;
        }

        foreach (var handle in state.Held.Keys.Concat(state.Pending.Keys).Distinct())
        {
            memory.Forget(handle, token);
        }
    }

    public void RightRemove(Session session, FactHandle handle)
    {
        var memory = session.Memory<CustomAggregateMemory>(this);
        memory.Right.Remove(handle);
        if (!memory.TakeTokens(handle, out var tokens))
        {
            return;
        }

        foreach (var token in tokens)
        {
            if (token.State is CustomAggregateState state)
            {
                state.Pending[handle] = null;
                MarkDirty(session, memory, state);
            }
        }
    }

    /// <summary>Tells each changed aggregator its changes and passes on what it reports.</summary>
    public void Flush(Session session)
    {
        var memory = session.Memory<CustomAggregateMemory>(this);
        memory.Flushed();
        var dirty = memory.Dirty.ToArray();
        memory.Dirty.Clear();
        foreach (var state in dirty)
        {
            state.IsDirty = false;
            if (!state.Owner.IsDeleted)
            {
                memory.Evaluations++;
                Flush(session, state);
            }
        }
    }

    private void Flush(Session session, CustomAggregateState state)
    {
        List<IFact> removed = [], modified = [], added = [];
        foreach (var (handle, values) in state.Pending.OrderBy(p => p.Key.Id))
        {
            state.Held.TryGetValue(handle, out var held);
            if (values is null)
            {
                removed.AddRange(held ?? []);
                state.Held.Remove(handle);
            }
            else if (held is not null && held.Length == values.Length)
            {
                for (var i = 0; i < held.Length; i++)
                {
                    held[i].Value = values[i];
                }

                modified.AddRange(held);
            }
            else
            {
                removed.AddRange(held ?? []);
                var facts = Array.ConvertAll(values, value => new AggregatedFact(_valueType, value));
                added.AddRange(facts);
                state.Held[handle] = facts;
            }
        }

        state.Pending.Clear();
        var tuple = new TokenTuple(state.Owner);
        if (removed.Count > 0)
        {
            Report(session, state, state.Aggregator.Remove, tuple, removed);
        }

        if (modified.Count > 0)
        {
            Report(session, state, state.Aggregator.Modify, tuple, modified);
        }

        if (added.Count > 0 || state.IsNew)
        {
            state.IsNew = false;
            Report(session, state, state.Aggregator.Add, tuple, added);
        }
    }

    // Runs one call to the aggregator and applies its results to the matches, in order.
    private void Report(
        Session session,
        CustomAggregateState state,
        Func<AggregationContext, ITuple, IEnumerable<IFact>, IEnumerable<AggregationResult>?> call,
        TokenTuple tuple,
        List<IFact> facts)
    {
        if (!session.Calculate(this, (_, _) => call(Context, tuple, facts)?.ToList() ?? [], state.Owner, null, out var reported))
        {
            return;
        }

        foreach (var result in (List<AggregationResult>)reported!)
        {
            switch (result?.Action)
            {
                case AggregationAction.Added:
                    Emit(session, state, result.Aggregate, identity: null);
                    break;
                case AggregationAction.Modified:
                    Emit(session, state, result.Aggregate, Withdraw(session, state, result.Previous ?? result.Aggregate));
                    break;
                case AggregationAction.Removed:
                    Withdraw(session, state, result.Aggregate ?? result.Previous);
                    break;
            }
        }
    }

    // Binds an aggregate (after the query's later steps), under the identity of the match it replaces if any.
    private void Emit(Session session, CustomAggregateState state, object? aggregate, FactHandle? identity)
    {
        var key = aggregate ?? NullKey.Instance;
        identity ??= Withdraw(session, state, key) ?? session.ResultHandle(key);
        List<Token> tokens = [];
        foreach (var value in QueryEvaluation.Results(session, this, _plan, state.Owner, groupKey: null, [aggregate], []))
        {
            tokens.Add(session.Emit(this, state.Owner, identity, value));
        }

        state.Outputs[key] = (identity, tokens);
    }

    // Withdraws an aggregate's matches; the identity they had, or null when the aggregate was never reported.
    private static FactHandle? Withdraw(Session session, CustomAggregateState state, object? aggregate)
    {
        if (!state.Outputs.Remove(aggregate ?? NullKey.Instance, out var output))
        {
            return null;
        }

        foreach (var token in output.Tokens)
        {
            session.ReplaceToken(token);
        }

        return output.Identity;
    }

    private void Arrive(Session session, CustomAggregateMemory memory, CustomAggregateState state, FactHandle handle)
    {
        state.Pending[handle] = [.. QueryEvaluation.Values(session, this, _plan, state.Owner, handle.Fact)];
        memory.Record(handle, state.Owner);
        MarkDirty(session, memory, state);
    }

    private void MarkDirty(Session session, CustomAggregateMemory memory, CustomAggregateState state)
    {
        if (state.IsDirty)
        {
            return;
        }

        state.IsDirty = true;
        memory.Dirty.Add(state);
        memory.QueueFlush(session, this);
    }
}
