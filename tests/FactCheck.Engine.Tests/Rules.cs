using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

[Name("Quantity conflict"), Priority(10), Tag("numeric")]
public sealed class QuantityConflictRule : Rule
{
    public override void Define()
    {
        Reading a = null!, b = null!;
        When()
            .Match(() => a, c => c.Unit == "personnel")
            .Match(() => b, c => c.Subject == a.Subject, c => c.Unit == a.Unit,
                c => string.CompareOrdinal(c.Source, a.Source) > 0, c => c.Value != a.Value)
            .Not<Dismissal>(d => d.Reading == a);
        Then()
            .Do(ctx => ctx.Insert(new Conflict(a, b)));
    }
}

[Name("Three way"), Tag("joins")]
public sealed class ThreeWayRule : Rule
{
    public override void Define()
    {
        Reading a = null!, b = null!, c = null!;
        When()
            .Match(() => a)
            .Match(() => b, x => x.Subject == a.Subject, x => x.Value > a.Value)
            .Match(() => c, x => x.Subject == b.Subject, x => x.Value > b.Value);
        Then()
            .Do(ctx => ctx.Insert(new Step(3, a.Source + b.Source + c.Source)));
    }
}

public sealed class ConflictCollector : Rule
{
    public List<Conflict> Seen { get; } = [];

    public override void Define()
    {
        Conflict conflict = null!;
        When().Match(() => conflict);
        Then().Do(ctx => Seen.Add(conflict));
    }
}
