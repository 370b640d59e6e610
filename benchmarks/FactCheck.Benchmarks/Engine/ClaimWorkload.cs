namespace FactCheck.Benchmarks.Engine;

/// <summary>N claims, ten a subject, each from a different source, each one of three values: the workload.</summary>
internal static class ClaimWorkload
{
    public const int ClaimsPerSubject = 10;

    public static BenchClaim[] Create(int count, int seed = 42)
    {
        var random = new Random(seed);
        var claims = new BenchClaim[count];
        for (var i = 0; i < count; i++)
        {
            claims[i] = new BenchClaim($"subject-{i / ClaimsPerSubject}", $"source-{i % ClaimsPerSubject}", "personnel", 1000 * (1 + random.Next(3)));
        }

        return claims;
    }

    /// <summary>The matching written by hand: group by subject, then compare every pair. The floor.</summary>
    public static int HandWritten(BenchClaim[] claims, List<BenchConflict> conflicts)
    {
        var bySubject = new Dictionary<(string, string), List<BenchClaim>>();
        foreach (var claim in claims)
        {
            if (claim.Unit != "personnel")
            {
                continue;
            }

            if (!bySubject.TryGetValue((claim.Subject, claim.Unit), out var group))
            {
                group = [];
                bySubject.Add((claim.Subject, claim.Unit), group);
            }

            group.Add(claim);
        }

        foreach (var group in bySubject.Values)
        {
            foreach (var a in group)
            {
                foreach (var b in group)
                {
                    if (string.CompareOrdinal(b.Source, a.Source) > 0 && b.Value != a.Value)
                    {
                        conflicts.Add(new BenchConflict(a, b));
                    }
                }
            }
        }

        return conflicts.Count;
    }
}
