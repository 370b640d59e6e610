using FactCheck.Engine.Compilation;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.Rete;

/// <summary>
/// Collects, for each partial match, the facts that satisfy the join, optionally grouped by a key, and passes on one
/// token per result that satisfies the result conditions. Changes are batched: a changed group is rebuilt once, at the
/// next flush (before rules fire), however many facts arrived, so inserting N facts costs O(N), not O(N²).
/// </summary>
internal sealed class AggregateNode : BetaNode, IRightInput
{
    private readonly AggregateKind _kind;
    private readonly Func<Token, object?, object?>? _groupKey;
    private readonly Func<Token, object, bool>? _resultTest;
    private readonly Func<object?, FactHandle[], object> _createResult;
    private readonly string _detail;

    public AggregateNode(
        int id,
        JoinCondition condition,
        AggregateKind kind,
        Func<Token, object?, object?>? groupKey,
        Func<Token, object, bool>? resultTest,
        Func<object?, FactHandle[], object> createResult,
        string detail)
        : base(id, condition)
    {
        _kind = kind;
        _groupKey = groupKey;
        _resultTest = resultTest;
        _createResult = createResult;
        _detail = detail;
    }

    public override string Kind => _kind == AggregateKind.Collect ? "Collect" : "GroupBy";

    public override string Detail => JoinDetail(_detail);

    public override NodeMemory CreateMemory() => new AggregateMemory();

    public override void LeftActivate(Session session, MemoryToken token)
    {
        var memory = session.Memory<AggregateMemory>(this);
        memory.Activations++;
        var key = LeftKey(session, token);
        memory.Left.Add(token, key);
        var groups = new Dictionary<object, AggregateGroup>();
        token.State = groups;
        if (_kind == AggregateKind.Collect)
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
            if (memory.GroupKeys[handle] is not FaultedKey && Matches(session, token, handle, memory))
            {
                Add(session, memory, token, handle);
            }
        }
    }

    public void RightActivate(Session session, FactHandle handle)
    {
        var memory = session.Memory<AggregateMemory>(this);
        memory.Activations++;
        var groupKey = _groupKey is null ? NullKey.Instance : session.Key(this, _groupKey, session.Root, handle.Fact);
        memory.GroupKeys[handle] = groupKey;
        var key = RightKey(session, handle);
        memory.Right.Add(handle, key);
        if (groupKey is FaultedKey)
        {
            return;
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
        foreach (var group in ((Dictionary<object, AggregateGroup>)token.State!).Values)
        {
            foreach (var handle in group.Items)
            {
                memory.Forget(handle, token);
            }
        }
    }

    public void RightRemove(Session session, FactHandle handle)
    {
        var memory = session.Memory<AggregateMemory>(this);
        if (!memory.Right.Remove(handle))
        {
            return;
        }

        memory.GroupKeys.Remove(handle, out var groupKey);
        if (!memory.MatchedBy.Remove(handle, out var tokens))
        {
            return;
        }

        foreach (var token in tokens)
        {
            var group = ((Dictionary<object, AggregateGroup>)token.State!)[groupKey!];
            group.Items.Remove(handle);
            MarkDirty(session, memory, token, group);
        }
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

            if (group.Output is not null)
            {
                session.ReplaceToken(group.Output);
                group.Output = null;
            }

            if (group.Items.Count == 0 && _kind == AggregateKind.GroupBy)
            {
                ((Dictionary<object, AggregateGroup>)token.State!).Remove(group.Key ?? NullKey.Instance);
                continue;
            }

            var items = group.Items.ToArray();
            Array.Sort(items, static (x, y) => x.Id.CompareTo(y.Id));
            var result = _createResult(group.Key, items);
            memory.Evaluations++;
            if (_resultTest is null || session.Test(this, _resultTest, token, result))
            {
                group.Output = session.Emit(this, token, null, result);
            }
        }
    }

    private static AggregateGroup GroupOf(Dictionary<object, AggregateGroup> groups, object? key)
    {
        var slot = key ?? NullKey.Instance;
        if (!groups.TryGetValue(slot, out var group))
        {
            group = new AggregateGroup(key == NullKey.Instance ? null : key);
            groups.Add(slot, group);
        }

        return group;
    }

    private void Add(Session session, AggregateMemory memory, MemoryToken token, FactHandle handle)
    {
        var group = GroupOf((Dictionary<object, AggregateGroup>)token.State!, memory.GroupKeys[handle]);
        group.Items.Add(handle);
        memory.Record(handle, token);
        MarkDirty(session, memory, token, group);
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
