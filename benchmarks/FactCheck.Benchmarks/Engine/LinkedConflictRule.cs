using FactCheck.Engine.Dsl;

namespace FactCheck.Benchmarks.Engine;

/// <summary>The conflict rule with a linked result, so retracting a claim also withdraws its conflicts.</summary>
public sealed class LinkedConflictRule : Rule
{
    public override void Define()
    {
        BenchClaim a = null!, b = null!;
        When()
            .Match(() => a, c => c.Unit == "personnel")
            .Match(() => b, c => c.Subject == a.Subject, c => c.Unit == a.Unit,
                c => string.CompareOrdinal(c.Source, a.Source) > 0, c => c.Value != a.Value);
        Then()
            .Yield(ctx => new BenchConflict(a, b));
    }
}
