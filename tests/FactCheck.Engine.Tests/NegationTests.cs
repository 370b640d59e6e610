using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

public class NegationTests
{
    [Fact]
    public void Not_withdraws_the_match_when_a_blocking_fact_arrives_and_restores_it_when_it_leaves()
    {
        var session = SessionBuilder.Create(new QuantityConflictRule());
        var a = new Reading("troops", "A", 1500);
        session.InsertAll([a, new Reading("troops", "B", 12000)]);
        session.Agenda.Count.ShouldBe(1);

        var dismissal = new Dismissal(a);
        session.Insert(dismissal);
        session.Agenda.Count.ShouldBe(0);

        session.Retract(dismissal);
        session.Agenda.Count.ShouldBe(1);
        session.Fire().ShouldBe(1);
    }

    [Fact]
    public void Exists_holds_once_however_many_facts_satisfy_it_and_stops_when_the_last_goes()
    {
        var session = SessionBuilder.Create(new ConfirmedSubject());
        var claim = new Reading("troops", "A", 1);
        var first = new Step(1, "troops");
        var second = new Step(2, "troops");
        session.Insert(claim);
        session.Agenda.Count.ShouldBe(0);

        session.InsertAll([first, second]);
        session.Agenda.Count.ShouldBe(1);

        session.Retract(first);
        session.Agenda.Count.ShouldBe(1);
        session.Retract(second);
        session.Agenda.Count.ShouldBe(0);
    }

    [Fact]
    public void Updating_the_fact_that_satisfies_an_exists_refires_nothing_while_it_still_holds()
    {
        var session = SessionBuilder.Create(new CountedSubject());
        var fired = SessionBuilder.Fired(session);
        var reading = new Reading("troops", "A", 1);
        var counter = new Counter("troops", 1);
        session.InsertAll([reading, counter]);
        session.Fire();

        counter.Value = 2;
        session.Update(counter);
        session.Fire().ShouldBe(0);

        session.Update(reading);
        session.Fire().ShouldBe(1);
        fired.Count.ShouldBe(2);
    }

    [Fact]
    public void A_rule_made_only_of_Not_fires_on_an_empty_memory_and_not_after_a_fact_arrives()
    {
        var session = SessionBuilder.Create(new NothingThere());
        session.Agenda.Count.ShouldBe(1);
        session.Insert(new Step(0, "x"));
        session.Agenda.Count.ShouldBe(0);
    }

    [Fact]
    public void A_Not_that_reads_only_the_first_alias_filters_before_the_second_join_with_the_same_matches()
    {
        var session = SessionBuilder.Create(new QuantityConflictRule());
        var readings = Enumerable.Range(0, 6).Select(i => new Reading("s", $"src{i}", i)).ToList();
        session.InsertAll(readings);
        session.Insert(new Dismissal(readings[0]));

        // Pairs (a, b) with b's source after a's and a not dismissed: a = 1..4 give 4 + 3 + 2 + 1.
        session.Agenda.Count.ShouldBe(10);
        session.Agenda.ShouldAllBe(m => !ReferenceEquals(m.Facts[0].Value, readings[0]));
        var not = session.GetStatistics().Nodes.Single(n => n.Kind == "Not");
        not.Activations.ShouldBe(readings.Count + 1, "one token per reading a, plus the dismissal: not one per pair");

        session.Retract(session.Query<Dismissal>().Single());
        session.Agenda.Count.ShouldBe(15);
    }

    private sealed class ConfirmedSubject : Rule
    {
        public override void Define()
        {
            Reading r = null!;
            When()
                .Match(() => r)
                .Exists<Step>(s => s.Tag == r.Subject);
            Then().Do(ctx => ctx.Insert(new Dismissal(r)));
        }
    }

    private sealed class CountedSubject : Rule
    {
        public override void Define()
        {
            Reading r = null!;
            When()
                .Match(() => r)
                .Exists<Counter>(c => c.Name == r.Subject && c.Value > 0);
            Then().Do(ctx => r.ToString());
        }
    }

    private sealed class NothingThere : Rule
    {
        public override void Define()
        {
            When().Not<Step>(s => s.Level >= 0);
            Then().Do(ctx => ctx.Insert(new Step(-1, "empty")));
        }
    }
}
