using FactCheck.Engine.Model;

namespace FactCheck.Engine.Rete;

/// <summary>
/// Runs a compiled query for one match: the steps from a source value to the values aggregated, and from a group's
/// values to the results passed on (a collection, sorted or not, a grouping, a lookup, or each value alone, then the
/// steps on the result). A step that throws is reported through the node and drops that value.
/// </summary>
internal static class QueryEvaluation
{
    /// <summary>The values a source gives: itself, or what the query's steps make of it for this match.</summary>
    public static List<object?> Values(Session session, ReteNode node, AggregatePlan plan, MemoryToken token, object? source)
    {
        List<object?> values = [source];
        foreach (var step in plan.Source)
        {
            values = Apply(session, node, token, step, values);
        }

        return values;
    }

    /// <summary>
    /// The results of one group's values (in order), after the steps on the result: <paramref name="results"/>, an
    /// empty list the caller may reuse once it has taken them, or a new list. A collection or grouping may keep
    /// <paramref name="values"/> as its elements, so the caller gives a new array.
    /// </summary>
    public static List<object?> Results(
        Session session, ReteNode node, AggregatePlan plan, MemoryToken token, object? groupKey, object?[] values, List<object?> results)
    {
        switch (plan.Kind)
        {
            case AggregateKind.Each:
            case AggregateKind.Custom:
                results.AddRange(values);
                break;
            case AggregateKind.Collect:
                results.Add(plan.CreateResult(null, plan.Sort.Length == 0 ? values : [.. Sorted(session, node, plan, token, values)], null));
                break;
            case AggregateKind.Lookup:
                var keys = new List<object?>(values.Length);
                var elements = new List<object?>(values.Length);
                foreach (var value in values)
                {
                    var key = session.Key(node, plan.Key!, token, value);
                    if (key is not Compilation.FaultedKey && Element(session, node, plan, token, value, out var element))
                    {
                        keys.Add(key == Compilation.NullKey.Instance ? null : key);
                        elements.Add(element);
                    }
                }

                results.Add(plan.CreateResult(null, [.. elements], [.. keys]));
                break;
            case AggregateKind.GroupBy when plan.Element is null:
                results.Add(plan.CreateResult(groupKey, values, null));
                break;
            default:
                var members = new List<object?>(values.Length);
                foreach (var value in values)
                {
                    if (Element(session, node, plan, token, value, out var element))
                    {
                        members.Add(element);
                    }
                }

                results.Add(plan.CreateResult(groupKey, [.. members], null));
                break;
        }

        foreach (var step in plan.Result)
        {
            results = Apply(session, node, token, step, results);
        }

        return results;
    }

    private static bool Element(Session session, ReteNode node, AggregatePlan plan, MemoryToken token, object? value, out object? element)
    {
        if (plan.Element is null)
        {
            element = value;
            return true;
        }

        return session.Calculate(node, plan.Element, token, value, out element);
    }

    // Stable: values with equal keys keep the order they came in.
    private static List<object?> Sorted(Session session, ReteNode node, AggregatePlan plan, MemoryToken token, object?[] values)
    {
        var keyed = new List<(object?[] Keys, object? Value)>(values.Length);
        foreach (var value in values)
        {
            var keys = new object?[plan.Sort.Length];
            var ok = true;
            for (var i = 0; i < keys.Length && ok; i++)
            {
                ok = session.Calculate(node, plan.Sort[i].Key, token, value, out keys[i]);
            }

            if (ok)
            {
                keyed.Add((keys, value));
            }
        }

        // Keys that cannot be compared (no IComparable) are the query's failure, reported like a throwing key.
        var comparer = new SortKeyComparer(plan.Sort);
        return session.Calculate(node, (_, _) => keyed.OrderBy(k => k.Keys, comparer).Select(k => k.Value).ToList(), token, null, out var sorted)
            ? (List<object?>)sorted!
            : [];
    }

    // Every list given here is the caller's own, so a Where or a Select keeps or replaces each value where it stands.
    private static List<object?> Apply(Session session, ReteNode node, MemoryToken token, QueryStepFunction step, List<object?> values)
    {
        if (step.Kind != QueryOperationKind.SelectMany)
        {
            var kept = 0;
            for (var i = 0; i < values.Count; i++)
            {
                if (session.Calculate(node, step.Apply, token, values[i], out var applied) && (step.Kind == QueryOperationKind.Select || applied is true))
                {
                    values[kept++] = step.Kind == QueryOperationKind.Select ? applied : values[i];
                }
            }

            values.RemoveRange(kept, values.Count - kept);
            return values;
        }

        var result = new List<object?>(values.Count);
        foreach (var value in values)
        {
            if (session.Calculate(node, step.Apply, token, value, out var applied) && applied is System.Collections.IEnumerable many)
            {
                foreach (var item in many)
                {
                    result.Add(item);
                }
            }
        }

        return result;
    }

    private sealed class SortKeyComparer((Func<Token, object?, object?> Key, bool Descending)[] sort) : IComparer<object?[]>
    {
        public int Compare(object?[]? x, object?[]? y)
        {
            for (var i = 0; i < sort.Length; i++)
            {
                var order = Comparer<object?>.Default.Compare(x![i], y![i]);
                if (order != 0)
                {
                    return sort[i].Descending ? -order : order;
                }
            }

            return 0;
        }
    }
}
