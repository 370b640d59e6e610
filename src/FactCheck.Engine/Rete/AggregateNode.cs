using FactCheck.Engine.Collections;
using FactCheck.Engine.Compilation;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.Rete;

/// <summary>
/// Aggregates, for each partial match, the facts that satisfy the join: their values (the facts, or what the query's
/// steps make of them) go into groups, each group becomes a result (a collection, sorted or not, a grouping, a lookup,
/// or each value alone), and each result that passes the query's later steps is passed on. Changes are batched: a
/// changed group is rebuilt once, at the next flush (before rules fire), however many facts arrived, so inserting N
/// facts costs O(N), not O(N²).
/// </summary>
internal sealed class AggregateNode : BetaNode, IRightInput
{
    private readonly AggregatePlan _plan;
    private readonly string _detail;

    public AggregateNode(int id, JoinCondition condition, AggregatePlan plan, string detail, bool isEntry)
        : base(id, condition)
    {
        _plan = plan;
        _detail = detail;
        IsEntry = isEntry;
        KeyedByFact = isEntry && ReferenceEquals(condition, JoinCondition.None) && !plan.IsPerMatch && plan.Kind == AggregateKind.GroupBy;
    }

    // A rule's first GroupBy, keyed by the fact alone: every fact that reaches it joins the one group its key names,
    // under the one root token, so the fact's group key is all there is to remember about it (no record of its tokens).
    private bool KeyedByFact { get; }

    /// <summary>
    /// True for a rule's first element: its only left token is the session's root, there from the start, so no later
    /// token needs the facts kept on the right.
    /// </summary>
    public bool IsEntry { get; }

    public override string Kind => _plan.Kind switch
    {
        AggregateKind.Collect => _plan.Sort.Length > 0 ? "SortedCollect" : "Collect",
        AggregateKind.GroupBy => "GroupBy",
        AggregateKind.Lookup => "ToLookup",
        _ => "Select",
    };

    public override string Detail => JoinDetail(_detail);

    public override NodeMemory CreateMemory() => new AggregateMemory();

    public override void LeftActivate(Session session, MemoryToken token)
    {
        var memory = session.Memory<AggregateMemory>(this);
        memory.Activations++;
        var key = LeftKey(session, token);
        memory.Left.Add(token, key);
        if (KeyedByFact)
        {
            memory.EntryToken = token;
        }

        var groups = new SegmentedDictionary<object, AggregateGroup>();
        token.State = groups;
        if (_plan.EmitsWhenEmpty)
        {
            MarkDirty(session, memory, token, GroupOf(groups, null));
        }

        var bucket = memory.Right.Find(key);
        if (bucket is null)
        {
            return;
        }

        for (var i = 0; i < bucket.Count; i++)
        {
            var handle = bucket[i];
            if (!(memory.GroupKeys.TryGetValue(handle, out var groupKey) && groupKey is FaultedKey) && Matches(session, token, handle, memory))
            {
                Add(session, memory, token, handle);
            }
        }
    }

    public void RightActivate(Session session, FactHandle handle)
    {
        var memory = session.Memory<AggregateMemory>(this);
        memory.Activations++;
        if (!_plan.IsPerMatch && _plan.Kind == AggregateKind.GroupBy)
        {
            // A key that reads only the fact is computed once, not once per match (a collection has one group).
            var groupKey = session.Key(this, _plan.Key!, session.Root, handle.Fact);
            memory.GroupKeys[handle] = groupKey;
            if (groupKey is FaultedKey)
            {
                return;
            }
        }

        var key = RightKey(session, handle);
        if (!IsEntry)
        {
            memory.Right.Add(handle, key);
        }

        for (var token = memory.Left.Find(key); token is not null; token = token.NextInMemory)
        {
            if (Matches(session, token, handle, memory))
            {
                Add(session, memory, token, handle);
            }
        }
    }

    public override void LeftRemove(Session session, MemoryToken token)
    {
        var memory = session.Memory<AggregateMemory>(this);
        memory.Left.Remove(token);
        foreach (var (_, group) in Groups(token).Pairs)
        {
            foreach (var handle in group.Handles())
            {
                memory.Forget(handle, token);
            }
        }
    }

    public void RightRemove(Session session, FactHandle handle)
    {
        var memory = session.Memory<AggregateMemory>(this);
        memory.Right.Remove(handle);
        var keyed = memory.GroupKeys.Remove(handle, out var groupKey);
        if (KeyedByFact)
        {
            if (keyed && groupKey is not FaultedKey && memory.EntryToken is { IsDeleted: false } entry)
            {
                Ungroup(session, memory, entry, groupKey!, handle);
            }

            return;
        }

        if (!keyed && !_plan.IsPerMatch)
        {
            groupKey = NullKey.Instance;
        }

        if (!memory.TakeTokens(handle, out var tokens))
        {
            return;
        }

        foreach (var token in tokens)
        {
            if (groupKey is not null)
            {
                Ungroup(session, memory, token, groupKey, handle);
                continue;
            }

            foreach (var (_, group) in Groups(token).Pairs)
            {
                if (group.Remove(handle))
                {
                    MarkDirty(session, memory, token, group);
                }
            }
        }
    }

    // Takes a fact out of the group its key names.
    private void Ungroup(Session session, AggregateMemory memory, MemoryToken token, object groupKey, FactHandle handle)
    {
        var group = Groups(token)[groupKey];
        group.Remove(handle);
        MarkDirty(session, memory, token, group);
    }

    /// <summary>Rebuilds the results of the groups that changed and passes them on.</summary>
    public void Flush(Session session)
    {
        var memory = session.Memory<AggregateMemory>(this);
        memory.IsQueued = false;
        var dirty = memory.Dirty.ToArray();
        memory.Dirty.Clear();
        foreach (var (token, group) in dirty)
        {
            group.IsDirty = false;
            if (token.IsDeleted)
            {
                continue;
            }

            foreach (var output in group.Outputs)
            {
                session.ReplaceToken(output);
            }

            group.Outputs.Clear();
            if (group.Count == 0 && !_plan.EmitsWhenEmpty)
            {
                Groups(token).Remove(group.Key ?? NullKey.Instance);
                continue;
            }

            memory.Evaluations++;
            foreach (var result in Results(session, token, group))
            {
                group.Outputs.Add(session.Emit(this, token, null, result));
            }
        }
    }

    // A token's groups: a GroupBy over a whole working memory has one per key, tens of thousands, so they are kept
    // off the large object heap.
    private static SegmentedDictionary<object, AggregateGroup> Groups(MemoryToken token) => (SegmentedDictionary<object, AggregateGroup>)token.State!;

    private static AggregateGroup GroupOf(SegmentedDictionary<object, AggregateGroup> groups, object? key)
    {
        ref var group = ref groups.GetOrAdd(key ?? NullKey.Instance, out var exists);
        if (!exists)
        {
            group = new AggregateGroup(key == NullKey.Instance ? null : key);
        }

        return group;
    }

    private void Add(Session session, AggregateMemory memory, MemoryToken token, FactHandle handle)
    {
        var groups = Groups(token);
        if (!_plan.IsPerMatch)
        {
            var group = GroupOf(groups, _plan.Kind == AggregateKind.GroupBy ? memory.GroupKeys[handle] : NullKey.Instance);
            group.Add(handle);
            if (!KeyedByFact)
            {
                memory.Record(handle, token);
            }

            MarkDirty(session, memory, token, group);
            return;
        }

        var recorded = false;
        foreach (var value in QueryEvaluation.Values(session, this, _plan, token, handle.Fact))
        {
            var key = _plan.Kind switch
            {
                AggregateKind.GroupBy => session.Key(this, _plan.Key!, token, value),
                AggregateKind.Each => handle,
                _ => NullKey.Instance,
            };
            if (key is FaultedKey)
            {
                continue;
            }

            var group = GroupOf(groups, key);
            group.ValuesOf(handle).Add(value);
            if (!recorded)
            {
                memory.Record(handle, token);
                recorded = true;
            }

            MarkDirty(session, memory, token, group);
        }
    }

    private IEnumerable<object?> Results(Session session, MemoryToken token, AggregateGroup group)
    {
        var handles = group.Handles();
        Array.Sort(handles, static (x, y) => x.Id.CompareTo(y.Id));
        var values = new List<object?>(handles.Length);
        foreach (var handle in handles)
        {
            if (group.ProjectedOf(handle) is { } projected)
            {
                values.AddRange(projected);
            }
            else
            {
                values.Add(handle.Fact);
            }
        }

        return QueryEvaluation.Results(session, this, _plan, token, group.Key, values);
    }

    private void MarkDirty(Session session, AggregateMemory memory, MemoryToken token, AggregateGroup group)
    {
        if (group.IsDirty)
        {
            return;
        }

        group.IsDirty = true;
        memory.Dirty.Add((token, group));
        if (!memory.IsQueued)
        {
            memory.IsQueued = true;
            session.QueueFlush(this);
        }
    }
}
