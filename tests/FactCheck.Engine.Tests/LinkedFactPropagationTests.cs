using FactCheck.Engine.Diagnostics;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>
/// <see cref="ISession.AutoPropagateLinkedFacts"/> off: the linked facts actions make wait for
/// <see cref="ISession.PropagateLinked"/>, which applies them in runs of one kind of change.
/// </summary>
public class LinkedFactPropagationTests
{
    [Fact]
    public void Linked_facts_propagate_at_once_by_default()
    {
        var session = SessionBuilder.Create(new GaugeRule(), new GaugeWatch());
        var fired = SessionBuilder.Fired(session);
        session.AutoPropagateLinkedFacts.ShouldBeTrue();
        session.Insert(new Counter("a", 3));

        session.Fire();

        fired.ShouldBe(["Gauge", "Watch"]);
        session.PropagateLinked().ShouldBeEmpty();
    }

    [Fact]
    public void Queued_linked_facts_wait_for_PropagateLinked_and_go_as_one_batch()
    {
        var session = SessionBuilder.Create(new GaugeRule(), new GaugeWatch());
        session.AutoPropagateLinkedFacts = false;
        var fired = SessionBuilder.Fired(session);
        session.InsertAll([new Counter("a", 3), new Counter("b", 4)]);

        session.Fire();
        fired.ShouldBe(["Gauge", "Gauge"]);
        session.Agenda.ShouldBeEmpty();

        var sets = session.PropagateLinked();
        sets.Count.ShouldBe(1);
        sets[0].Action.ShouldBe(LinkedFactAction.Insert);
        sets[0].FactCount.ShouldBe(2);
        sets[0].Facts.Cast<Gauge>().Select(g => g.Name).ShouldBe(["a", "b"]);

        session.Fire();
        fired.ShouldBe(["Gauge", "Gauge", "Watch", "Watch"]);
        session.PropagateLinked().ShouldBeEmpty();
    }

    [Fact]
    public void Updates_and_retractions_by_actions_are_queued_in_the_order_they_were_made()
    {
        var session = SessionBuilder.Create(new GaugeRule(), new GaugeWatch());
        session.AutoPropagateLinkedFacts = false;
        var (a, b) = (new Counter("a", 3), new Counter("b", 4));
        session.InsertAll([a, b]);
        session.Fire();
        session.PropagateLinked();
        session.Fire();

        a.Value = 0;
        b.Value = 7;
        session.Update(a);
        session.Update(b);
        session.Fire();

        var sets = session.PropagateLinked();
        sets.Select(s => (s.Action, s.FactCount)).ShouldBe([(LinkedFactAction.Retract, 1), (LinkedFactAction.Update, 1)]);
        session.Query<Gauge>().Select(g => $"{g.Name}={g.Level}").ShouldBe(["b=7"]);
        session.Agenda.Select(m => m.Rule.Name).ShouldBe(["Watch"]);
    }

    [Fact]
    public void A_change_from_outside_the_rules_propagates_the_queue_when_it_ends()
    {
        var session = SessionBuilder.Create(new GaugeRule(), new GaugeWatch());
        session.AutoPropagateLinkedFacts = false;
        session.Insert(new Counter("a", 3));
        session.Fire();

        session.Insert(new Counter("z", 0));

        session.PropagateLinked().ShouldBeEmpty();
        session.Query<Gauge>().Select(g => g.Name).ShouldBe(["a"]);
        session.Agenda.Select(m => m.Rule.Name).ShouldContain("Watch");
    }

    [Fact]
    public void The_linked_facts_of_a_match_that_stops_holding_leave_with_it()
    {
        var session = SessionBuilder.Create(new GaugeRule(), new GaugeWatch());
        session.AutoPropagateLinkedFacts = false;
        var counter = new Counter("a", 3);
        session.Insert(counter);
        session.Fire();
        session.PropagateLinked();

        session.Retract(counter);

        session.Query<Gauge>().ShouldBeEmpty();
        session.PropagateLinked().ShouldBeEmpty();
        session.Agenda.ShouldBeEmpty();
    }

    [Fact]
    public void A_queued_insert_is_seen_by_the_match_that_made_it_before_it_propagates()
    {
        var session = SessionBuilder.Create(new GaugeRule());
        session.AutoPropagateLinkedFacts = false;
        var counter = new Counter("a", 3);
        session.Insert(counter);
        session.Fire();

        counter.Value = 5;
        session.Update(counter);     // propagates the queued insert, then the match updates its gauge
        session.Fire();

        session.PropagateLinked().Select(s => s.Action).ShouldBe([LinkedFactAction.Update]);
        session.Query<Gauge>().Single().Level.ShouldBe(5);
    }

    [Fact]
    public void An_action_that_throws_keeps_the_changes_it_queued_before()
    {
        var session = SessionBuilder.Create(new GaugeThenFail());
        session.AutoPropagateLinkedFacts = false;
        var failures = new List<RhsExpressionErrorEventArgs>();
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            failures.Add(e);
            e.IsHandled = true;
        };
        session.Insert(new Counter("a", 3));

        session.Fire();

        failures.Count.ShouldBe(1);
        session.PropagateLinked().Single().Facts.Single().ShouldBeOfType<Gauge>().Name.ShouldBe("a");
    }

    [Fact]
    public void A_change_made_while_the_queue_propagates_applies_each_queued_change_once()
    {
        var session = SessionBuilder.Create(new GaugeRule());
        session.AutoPropagateLinkedFacts = false;
        session.InsertAll([new Counter("a", 3), new Counter("b", 4)]);
        session.Fire();
        session.Events.FactInsertedEvent += (_, e) =>
        {
            if (e.Fact.Value is Gauge { Name: "a" })
            {
                session.Insert(new Counter("c", 5));     // ends by propagating the queue, from inside PropagateLinked
            }
        };

        session.PropagateLinked().Single().FactCount.ShouldBe(2);
        session.Fire();
        session.PropagateLinked();

        session.Query<Gauge>().Select(g => g.Name).Order().ShouldBe(["a", "b", "c"]);
    }

    public sealed class Gauge(string name, int level)
    {
        public string Name { get; } = name;

        public int Level { get; set; } = level;
    }

    // A positive counter keeps a gauge linked to it; at zero or below its gauge is retracted.
    [Name("Gauge")]
    private sealed class GaugeRule : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(ctx => Track(ctx, counter));
        }

        private static void Track(IContext context, Counter counter)
        {
            var gauge = context.GetLinked("gauge") as Gauge;
            if (counter.Value <= 0)
            {
                if (gauge is not null)
                {
                    context.RetractLinked("gauge", gauge);
                }
            }
            else if (gauge is null)
            {
                context.InsertLinked("gauge", new Gauge(counter.Name, counter.Value));
            }
            else
            {
                gauge.Level = counter.Value;
                context.UpdateLinked("gauge", gauge);
            }
        }
    }

    [Name("Watch")]
    private sealed class GaugeWatch : Rule
    {
        public override void Define()
        {
            Gauge gauge = null!;
            When().Match(() => gauge, g => g.Level > 0);
            Then().Do(ctx => ctx.Rule.Name.ShouldNotBeNull());
        }
    }

    private sealed class GaugeThenFail : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then()
                .Do(ctx => ctx.InsertLinked("gauge", new Gauge(counter.Name, counter.Value)))
                .Do(ctx => Fail(counter));
        }

        private static void Fail(Counter counter) => throw new InvalidOperationException($"{counter} cannot be tracked");
    }
}
