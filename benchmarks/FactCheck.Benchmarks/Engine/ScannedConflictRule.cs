using FactCheck.Engine.Dsl;

namespace FactCheck.Benchmarks.Engine;

/// <summary>The same rule with the subject compared through a method call, which the engine cannot hash: nested loops.</summary>
public sealed class ScannedConflictRule : Rule
{
    public override void Define()
    {
        BenchClaim a = null!, b = null!;
        When()
            .Match(() => a, c => c.Unit == "personnel")
            .Match(() => b, c => c.Subject.Equals(a.Subject), c => c.Unit.Equals(a.Unit),
                c => string.CompareOrdinal(c.Source, a.Source) > 0, c => c.Value != a.Value);
        Then()
            .Do(ctx => ctx.Insert(new BenchConflict(a, b)));
    }
}
