using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

public class ChainingTests
{
    [Fact]
    public void Facts_inserted_by_actions_drive_a_chain_of_three_rules_in_one_fire()
    {
        var session = SessionBuilder.Create(new Promote(1), new Promote(2), new Promote(3));
        session.Insert(new Step(0, "start"));

        session.Fire().ShouldBe(3);

        session.Query<Step>().Select(s => s.Level).ShouldBe([0, 1, 2, 3]);
    }

    // Without the collector no rule matches a conflict, so working memory keeps it without a handle of its own.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_yielded_fact_is_retracted_when_its_match_stops_holding(bool collected)
    {
        var session = collected ? SessionBuilder.Create(new YieldConflict(), new ConflictCollector()) : SessionBuilder.Create(new YieldConflict());
        var a = new Reading("t", "A", 1);
        session.InsertAll([a, new Reading("t", "B", 2)]);
        session.Fire();
        session.Query<Conflict>().Count().ShouldBe(1);

        session.Retract(a);

        session.Query<Conflict>().ShouldBeEmpty();
    }

    [Fact]
    public void A_fact_that_no_rule_matches_is_kept_in_order_refused_twice_updated_and_retracted()
    {
        var session = SessionBuilder.Create(new QuantityConflictRule());
        var (first, reading, second) = (new Step(1, "first"), new Reading("t", "A", 1), new Step(2, "second"));
        var events = new List<string>();
        session.Events.FactInsertedEvent += (_, e) => events.Add($"inserted {e.Fact.Value}");
        session.Events.FactUpdatedEvent += (_, e) => events.Add($"updated {e.Fact.Value}");
        session.Events.FactRetractedEvent += (_, e) => events.Add($"retracted {e.Fact.Value}");

        session.InsertAll([first, reading]);
        session.Insert(second);
        session.TryInsert(first).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => session.InsertAll([new Step(3, "third"), second])).ParamName.ShouldBe("fact");
        Should.Throw<ArgumentException>(() => session.Insert(second));
        Should.Throw<ArgumentException>(() => session.Update(new Step(9, "never inserted")));
        Should.Throw<ArgumentException>(() => session.Retract(new Step(9, "never inserted")));
        session.Update(first);
        session.Retract(first);

        session.Query<object>().ShouldBe([reading, second]);
        session.TryRetract(first).ShouldBeFalse();
        session.TryUpdate(first).ShouldBeFalse();
        events.ShouldBe([$"inserted {first}", $"inserted {reading}", $"inserted {second}", $"updated {first}", $"retracted {first}"]);
    }

    [Fact]
    public void Higher_priority_fires_first_and_equal_priorities_fire_in_the_order_their_matches_were_made()
    {
        var session = SessionBuilder.Create(new Low(), new High());
        var order = new List<string>();
        session.Events.RuleFiringEvent += (_, e) => order.Add($"{e.Rule.Name}:{((Step)e.Match.Facts[0].Value!).Tag}");
        session.InsertAll([new Step(0, "first"), new Step(0, "second")]);

        session.Fire();

        // As in NRules: by priority, then first made, first fired.
        order.ShouldBe(["High:first", "High:second", "Low:first", "Low:second"]);
    }

    [Fact]
    public void A_rule_fires_once_per_match_however_often_fire_is_called()
    {
        var session = SessionBuilder.Create(new Low());
        session.Insert(new Step(0, "x"));

        session.Fire().ShouldBe(1);
        session.Fire().ShouldBe(0);
        session.Insert(new Step(0, "y"));
        session.Fire().ShouldBe(1);
    }

    [Fact]
    public void Update_re_evaluates_a_changed_fact_withdrawing_and_re_adding_matches()
    {
        var session = SessionBuilder.Create(new BigCounter());
        var counter = new Counter("c", 1);
        session.Insert(counter);
        session.Agenda.Count.ShouldBe(0);

        counter.Value = 100;
        session.Update(counter);
        session.Agenda.Count.ShouldBe(1);
        session.Fire().ShouldBe(1);

        counter.Value = 200;
        session.Update(counter);
        session.Fire().ShouldBe(1);

        counter.Value = 0;
        session.Update(counter);
        session.Agenda.Count.ShouldBe(0);
    }

    [Fact]
    public void An_action_can_retract_and_update_facts_during_fire()
    {
        var session = SessionBuilder.Create(new Consume());
        session.InsertAll([new Counter("a", 5), new Counter("b", 7)]);

        session.Fire().ShouldBe(2);

        session.Query<Counter>().ShouldBeEmpty();
        session.Query<Step>().Select(s => s.Level).OrderBy(l => l).ShouldBe([5, 7]);
    }

    private sealed class Promote : Rule
    {
        private readonly int _level;

        public Promote(int level) => _level = level;

        public override void Define()
        {
            Step step = null!;
            var from = _level - 1;
            var to = _level;
            When().Match(() => step, s => s.Level == from);
            Then().Do(ctx => ctx.Insert(new Step(to, step.Tag)));
        }
    }

    private sealed class YieldConflict : Rule
    {
        public override void Define()
        {
            Reading a = null!, b = null!;
            When()
                .Match(() => a)
                .Match(() => b, r => r.Subject == a.Subject, r => r.Value > a.Value);
            Then().Yield(ctx => new Conflict(a, b));
        }
    }

    [Name("Low")]
    private sealed class Low : Rule
    {
        public override void Define()
        {
            Step s = null!;
            When().Match(() => s, x => x.Level == 0);
            Then().Do(ctx => ctx.Rule.Name.ToString());
        }
    }

    [Name("High"), Priority(5)]
    private sealed class High : Rule
    {
        public override void Define()
        {
            Step s = null!;
            When().Match(() => s, x => x.Level == 0);
            Then().Do(ctx => ctx.Rule.Name.ToString());
        }
    }

    private sealed class BigCounter : Rule
    {
        public override void Define()
        {
            Counter c = null!;
            When().Match(() => c, x => x.Value > 10);
            Then().Do(ctx => ctx.Match.Facts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private sealed class Consume : Rule
    {
        public override void Define()
        {
            Counter c = null!;
            When().Match(() => c, x => x.Value > 0);
            Then()
                .Do(ctx => ctx.Insert(new Step(c.Value, c.Name)))
                .Do(ctx => ctx.Retract(c));
        }
    }
}
