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
internal sealed class AggregateNode : BetaNode, IRightInput, IBatchingNode
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
            MarkDirty(session, memory, GroupOf(token, null));
        }

        var bucket = memory.Right.Find(key);
        if (bucket is null)
        {
            return;
        }

        for (var i = 0; i < bucket.Count; i++)
        {
            var handle = bucket[i];
            var groupKey = memory.GroupKeys.GetValueOrDefault(handle);
            if (groupKey is FaultedKey)
            {
                // The key threw when the fact came; a match that changes tries it again.
                groupKey = RecordKey(session, memory, handle);
            }

            if (groupKey is not FaultedKey && Matches(session, token, handle, memory))
            {
                Add(session, memory, token, handle, groupKey);
            }
        }
    }

    public void RightActivate(Session session, FactHandle handle)
    {
        var memory = session.Memory<AggregateMemory>(this);
        memory.Activations++;
        if (KeyedByFact)
        {
            Group(session, memory, handle);
            return;
        }

        object? groupKey = null;
        if (!_plan.IsPerMatch && _plan.Kind == AggregateKind.GroupBy)
        {
            // A key that reads only the fact is computed once, not once per match (a collection has one group).
            groupKey = RecordKey(session, memory, handle);
        }

        var key = RightKey(session, handle);
        if (!IsEntry)
        {
            memory.Right.Add(handle, key);
        }

        if (groupKey is FaultedKey)
        {
            return;
        }

        for (var token = memory.Left.Find(key); token is not null; token = token.NextInMemory)
        {
            if (Matches(session, token, handle, memory))
            {
                Add(session, memory, token, handle, groupKey);
            }
        }
    }

    // A rule's first GroupBy keyed by the fact alone: the fact joins the group its key names under the entry token.
    private void Group(Session session, AggregateMemory memory, FactHandle handle)
    {
        var groupKey = KeyOf(session, handle);
        if (groupKey is FaultedKey || memory.EntryToken is not { IsDeleted: false } entry)
        {
            return;
        }

        var group = GroupOf(entry, groupKey);
        group.Add(handle);
        if (handle.Group is null)
        {
            handle.Group = group;
        }
        else
        {
            memory.GroupKeys[handle] = groupKey;
        }

        MarkDirty(session, memory, group);
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
        if (KeyedByFact)
        {
            if (handle.Group is { } group && ReferenceEquals(group.Owner, memory.EntryToken))
            {
                handle.Group = null;
                group.Remove(handle);
                MarkDirty(session, memory, group);
            }
            else if (memory.GroupKeys.Remove(handle, out var key) && memory.EntryToken is { IsDeleted: false } entry)
            {
                Ungroup(session, memory, entry, key, handle);
            }

            return;
        }

        memory.Right.Remove(handle);
        var keyed = memory.GroupKeys.Remove(handle, out var groupKey);

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
                    MarkDirty(session, memory, group);
                }
            }
        }
    }

    // The group key of a fact, for a GroupBy whose key reads only the fact; a FaultedKey when the key threw.
    private object KeyOf(Session session, FactHandle handle) => session.Key(this, _plan.Key!, session.Root, handle.Fact);

    private object RecordKey(Session session, AggregateMemory memory, FactHandle handle) => memory.GroupKeys[handle] = KeyOf(session, handle);

    // Takes a fact out of the group its key names.
    private void Ungroup(Session session, AggregateMemory memory, MemoryToken token, object groupKey, FactHandle handle)
    {
        var group = Groups(token)[groupKey];
        group.Remove(handle);
        MarkDirty(session, memory, group);
    }

    /// <summary>Rebuilds the results of the groups that changed and passes them on.</summary>
    public void Flush(Session session)
    {
        var memory = session.Memory<AggregateMemory>(this);
        memory.Flushed();
        var dirty = memory.TakeDirty();
        for (var i = 0; i < dirty.Count; i++)
        {
            var group = dirty[i];
            var token = group.Owner;
            group.IsDirty = false;
            if (token.IsDeleted)
            {
                continue;
            }

            for (var j = 0; j < group.OutputCount; j++)
            {
                session.ReplaceToken(group.OutputAt(j));
            }

            group.ClearOutputs();
            if (group.Count == 0 && !_plan.EmitsWhenEmpty)
            {
                Groups(token).Remove(group.Key ?? NullKey.Instance);
                continue;
            }

            memory.Evaluations++;
            var buffer = memory.ResultBuffer;
            buffer.Clear();
            foreach (var result in QueryEvaluation.Results(session, this, _plan, token, group.Key, group.Values(), buffer))
            {
                group.AddOutput(session.Emit(this, token, null, result));
            }

            buffer.Clear();
        }

        memory.GiveBack(dirty);
    }

    // A token's groups: a GroupBy over a whole working memory has one per key, tens of thousands, so they are kept
    // off the large object heap.
    private static SegmentedDictionary<object, AggregateGroup> Groups(MemoryToken token) => (SegmentedDictionary<object, AggregateGroup>)token.State!;

    private static AggregateGroup GroupOf(MemoryToken token, object? key)
    {
        ref var group = ref Groups(token).GetOrAdd(key ?? NullKey.Instance, out var exists);
        if (!exists)
        {
            group = new AggregateGroup(token, key == NullKey.Instance ? null : key);
        }

        return group;
    }

    // For a GroupBy whose key reads only the fact, groupKey is the fact's key; otherwise the plan decides.
    private void Add(Session session, AggregateMemory memory, MemoryToken token, FactHandle handle, object? groupKey)
    {
        if (!_plan.IsPerMatch)
        {
            var group = GroupOf(token, _plan.Kind == AggregateKind.GroupBy ? groupKey : NullKey.Instance);
            group.Add(handle);
            memory.Record(handle, token);
            MarkDirty(session, memory, group);
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

            var group = GroupOf(token, key);
            group.ValuesOf(handle).Add(value);
            if (!recorded)
            {
                memory.Record(handle, token);
                recorded = true;
            }

            MarkDirty(session, memory, group);
        }
    }

    private void MarkDirty(Session session, AggregateMemory memory, AggregateGroup group)
    {
        if (group.IsDirty)
        {
            return;
        }

        group.IsDirty = true;
        memory.Dirty.Add(group);
        memory.QueueFlush(session, this);
    }
}
