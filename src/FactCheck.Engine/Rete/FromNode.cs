namespace FactCheck.Engine.Rete;

/// <summary>
/// A query over a value calculated from the match (<c>From(() => order.Lines)</c>) rather than over working memory:
/// for each partial match it calculates the source, runs the query's steps and aggregation, and passes on each result.
/// An update of a fact the source reads builds the match again, and the query with it.
/// </summary>
internal sealed class FromNode : BetaNode
{
    private readonly Func<Token, object?, object?> _source;
    private readonly AggregatePlan _plan;
    private readonly string _detail;

    public FromNode(int id, Func<Token, object?, object?> source, AggregatePlan plan, string detail)
        : base(id, Compilation.JoinCondition.None)
    {
        _source = source;
        _plan = plan;
        _detail = detail;
    }

    public override string Kind => "From";

    public override string Detail => _detail;

    public override void LeftActivate(Session session, MemoryToken token)
    {
        var memory = session.Memory<NodeMemory>(this);
        memory.Activations++;
        memory.Evaluations++;
        if (!session.Calculate(this, _source, token, null, out var source))
        {
            return;
        }

        foreach (var (key, values) in Groups(session, token, QueryEvaluation.Values(session, this, _plan, token, source)))
        {
            foreach (var result in QueryEvaluation.Results(session, this, _plan, token, key, [.. values], []))
            {
                session.Emit(this, token, null, result);
            }
        }
    }

    public override void LeftRemove(Session session, MemoryToken token)
    {
    }

    // A grouping has one group per key, in the order keys are first met; a collection or lookup one, even empty; each
    // value alone one group of them all (each becomes a result).
    private List<(object? Key, List<object?> Values)> Groups(Session session, MemoryToken token, List<object?> values)
    {
        if (_plan.Kind != Model.AggregateKind.GroupBy)
        {
            return [(null, values)];
        }

        var groups = new List<(object? Key, List<object?> Values)>();
        var index = new Dictionary<object, int>();
        foreach (var value in values)
        {
            var key = session.Key(this, _plan.Key!, token, value);
            if (key is Compilation.FaultedKey)
            {
                continue;
            }

            if (!index.TryGetValue(key, out var at))
            {
                index.Add(key, at = groups.Count);
                groups.Add((key == Compilation.NullKey.Instance ? null : key, []));
            }

            groups[at].Values.Add(value);
        }

        return groups;
    }
}
