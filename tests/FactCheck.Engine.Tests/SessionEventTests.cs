using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>Events before and after each change, and the session factory's events that every session raises.</summary>
public class SessionEventTests
{
    [Fact]
    public void Each_change_raises_an_event_before_and_one_after()
    {
        var session = SessionBuilder.Create(new Seen());
        var log = new List<string>();
        session.Events.FactInsertingEvent += (_, e) => log.Add($"inserting {e.Fact.Value}, held {session.Query<Counter>().Count()}");
        session.Events.FactInsertedEvent += (_, _) => log.Add("inserted");
        session.Events.FactUpdatingEvent += (_, _) => log.Add("updating");
        session.Events.FactUpdatedEvent += (_, _) => log.Add("updated");
        session.Events.FactRetractingEvent += (_, _) => log.Add("retracting");
        session.Events.FactRetractedEvent += (_, _) => log.Add("retracted");
        var counter = new Counter("a", 1);

        session.Insert(counter);
        session.Update(counter);
        session.Retract(counter);
        session.TryRetract(counter).ShouldBeFalse();

        log.ShouldBe(["inserting a=1, held 1", "inserted", "updating", "updated", "retracting", "retracted"]);
    }

    [Fact]
    public void The_factorys_events_are_raised_by_every_session_after_its_own()
    {
        var factory = SessionBuilder.Factory(new Seen());
        var log = new List<string>();
        factory.Events.RuleFiredEvent += (_, e) => log.Add("factory " + e.Rule.RuleType.Name);
        var first = factory.CreateSession();
        var second = factory.CreateSession();
        first.Events.RuleFiredEvent += (_, _) => log.Add("first");

        first.Insert(new Counter("a", 1));
        first.Fire();
        second.Insert(new Counter("b", 1));
        second.Fire();

        log.ShouldBe(["first", "factory Seen", "factory Seen"]);
    }

    private sealed class Seen : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(ctx => counter.ToString());
        }
    }
}
