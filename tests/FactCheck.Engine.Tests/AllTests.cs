using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

public class AllTests
{
    [Fact]
    public void All_holds_while_every_fact_satisfies_the_condition_and_stops_when_one_breaks_it()
    {
        var session = SessionBuilder.Create(new EveryReadingPositive());
        var fired = 0;
        session.Events.RuleFiredEvent += (_, _) => fired++;
        session.InsertAll([new Reading("t", "A", 3), new Reading("t", "B", 5)]);

        session.Fire().ShouldBe(1);

        var negative = new Reading("t", "C", -1);
        session.Insert(negative);
        session.Agenda.Count.ShouldBe(0);

        session.Retract(negative);
        session.Fire().ShouldBe(1);
        fired.ShouldBe(2);
    }

    [Fact]
    public void All_with_a_base_condition_looks_only_at_the_facts_it_selects_and_may_read_earlier_aliases()
    {
        var session = SessionBuilder.Create(new EverySourceAgrees());
        var anchor = new Step(0, "t");
        session.InsertAll([anchor, new Reading("t", "A", 10), new Reading("t", "B", 10), new Reading("other", "C", 99)]);

        session.Fire().ShouldBe(1);

        session.Insert(new Reading("t", "D", 11));
        session.Agenda.Count.ShouldBe(0);
    }

    [Fact]
    public void All_over_no_facts_holds()
        => SessionBuilder.Create(new EveryReadingPositive()).Fire().ShouldBe(1);

    private sealed class EveryReadingPositive : Rule
    {
        public override void Define()
        {
            When().All<Reading>(r => r.Value > 0);
            Then().Do(ctx => ctx.Rule.Name.ToString());
        }
    }

    // For each step, every reading of its tag gives 10.
    private sealed class EverySourceAgrees : Rule
    {
        public override void Define()
        {
            Step step = null!;
            When()
                .Match(() => step)
                .All<Reading>(r => r.Subject == step.Tag, r => r.Value == 10);
            Then().Do(ctx => ctx.Rule.Name.ToString());
        }
    }
}
