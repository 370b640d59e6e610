namespace FactCheck.Benchmarks.Engine;

/// <summary>
/// The quantity-conflict matching written by hand, but keeping the bookkeeping that any forward-chaining engine must
/// keep: every fact in a working memory keyed by identity (to find it again for retraction, and to refuse
/// duplicates), both sides of the join in hash indexes (so a later fact on either side finds its partners), the
/// matches on an agenda before any fires, and each conflict inserted into working memory when it fires. It has no
/// <c>Not</c>, no priorities, no events and no retraction, so it is a lower bound for an engine, not an engine.
/// </summary>
internal static class HandWrittenEngine
{
    public static int Run(BenchClaim[] claims)
    {
        var workingMemory = new Dictionary<object, FactEntry>(ReferenceEqualityComparer.Instance);
        var firsts = new Dictionary<(string, string), List<FactEntry>>();
        var seconds = new Dictionary<(string, string), List<FactEntry>>();
        var agenda = new List<Match>();
        foreach (var claim in claims)
        {
            var entry = new FactEntry(claim);
            workingMemory.Add(claim, entry);
            if (claim.Unit != "personnel")
            {
                continue;
            }

            // The claim as the first pattern, against the second patterns already present, then the reverse.
            var key = (claim.Subject, claim.Unit);
            var asFirst = GetOrAdd(firsts, key);
            asFirst.Add(entry);
            var asSecond = GetOrAdd(seconds, key);
            foreach (var second in asSecond)
            {
                AddIfConflict(agenda, entry, second);
            }

            asSecond.Add(entry);
            foreach (var first in asFirst)
            {
                AddIfConflict(agenda, first, entry);
            }
        }

        // Most recent first, as the engine's agenda fires them.
        for (var i = agenda.Count - 1; i >= 0; i--)
        {
            var conflict = new BenchConflict((BenchClaim)agenda[i].First.Fact, (BenchClaim)agenda[i].Second.Fact);
            workingMemory.Add(conflict, new FactEntry(conflict));
        }

        return agenda.Count;
    }

    private static void AddIfConflict(List<Match> agenda, FactEntry first, FactEntry second)
    {
        var (a, b) = ((BenchClaim)first.Fact, (BenchClaim)second.Fact);
        if (string.CompareOrdinal(b.Source, a.Source) > 0 && b.Value != a.Value)
        {
            agenda.Add(new Match(first, second));
        }
    }

    private static List<FactEntry> GetOrAdd(Dictionary<(string, string), List<FactEntry>> index, (string, string) key)
    {
        if (!index.TryGetValue(key, out var entries))
        {
            entries = [];
            index.Add(key, entries);
        }

        return entries;
    }

    private sealed record FactEntry(object Fact);

    private sealed record Match(FactEntry First, FactEntry Second);
}
