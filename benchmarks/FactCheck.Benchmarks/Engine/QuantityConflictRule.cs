using FactCheck.Engine.Dsl;

namespace FactCheck.Benchmarks.Engine;

[Name("Quantity conflict"), Priority(10), Tag("numeric")]
public sealed class QuantityConflictRule : Rule
{
    public override void Define()
    {
        BenchClaim a = null!, b = null!;
        When()
            .Match(() => a, c => c.Unit == "personnel")
            .Match(() => b, c => c.Subject == a.Subject, c => c.Unit == a.Unit,
                c => string.CompareOrdinal(c.Source, a.Source) > 0, c => c.Value != a.Value)
            .Not<BenchDismissal>(d => d.Claim == a);
        Then()
            .Do(ctx => ctx.Insert(new BenchConflict(a, b)));
    }
}
