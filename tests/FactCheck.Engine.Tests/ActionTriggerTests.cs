using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>
/// Actions tied to a match's life: a new match, a match that changed after it fired, and one that stopped holding
/// after it fired; and rules whose changed matches do not fire again.
/// </summary>
public class ActionTriggerTests
{
    [Fact]
    public void A_new_match_runs_only_its_activated_actions()
    {
        var (session, log) = SessionBuilder.CreateWithLog(new Watch());
        session.Insert(new Counter("a", 5));

        session.Fire().ShouldBe(1);

        log.ShouldBe(["opened a"]);
    }

    [Fact]
    public void Updating_a_fact_before_firing_still_fires_it_as_new()
    {
        var (session, log) = SessionBuilder.CreateWithLog(new Watch());
        var counter = new Counter("a", 5);
        session.Insert(counter);
        counter.Value = 6;
        session.Update(counter);

        session.Fire();

        log.ShouldBe(["opened a"]);
    }

    [Fact]
    public void Updating_a_fact_after_firing_runs_the_reactivated_actions_once_however_many_updates()
    {
        var (session, log) = SessionBuilder.CreateWithLog(new Watch());
        var counter = new Counter("a", 5);
        session.Insert(counter);
        session.Fire();

        session.Update(counter);
        session.Update(counter);
        session.Fire();

        log.ShouldBe(["opened a", "changed a"]);
    }

    [Fact]
    public void A_match_that_stops_holding_after_firing_runs_its_deactivated_actions_with_the_facts_it_had()
    {
        var (session, log) = SessionBuilder.CreateWithLog(new Watch());
        var counter = new Counter("a", 5);
        session.Insert(counter);
        session.Fire();

        counter.Value = 0; // the watch matches positive counters only
        session.Update(counter);

        session.Fire().ShouldBe(1);
        log.ShouldBe(["opened a", "closed a"]);
    }

    [Fact]
    public void A_match_that_never_fired_leaves_without_running_anything()
    {
        var (session, log) = SessionBuilder.CreateWithLog(new Watch());
        var counter = new Counter("a", 5);
        session.Insert(counter);
        session.Retract(counter);

        session.Fire().ShouldBe(0);
        log.ShouldBeEmpty();
    }

    [Fact]
    public void Retracting_then_inserting_a_fired_fact_closes_the_old_match_and_opens_a_new_one()
    {
        var (session, log) = SessionBuilder.CreateWithLog(new Watch());
        var counter = new Counter("a", 5);
        session.Insert(counter);
        session.Fire();

        session.Retract(counter);
        session.Insert(counter);
        session.Fire();

        log.ShouldBe(["opened a", "closed a", "opened a"]);
    }

    [Fact]
    public void An_update_then_a_retraction_of_a_fired_fact_only_closes_it()
    {
        var (session, log) = SessionBuilder.CreateWithLog(new Watch());
        var counter = new Counter("a", 5);
        session.Insert(counter);
        session.Fire();

        session.Update(counter);
        session.Retract(counter);
        session.Fire();

        log.ShouldBe(["opened a", "closed a"]);
    }

    [Fact]
    public void A_non_repeatable_rule_does_not_fire_again_when_its_match_changes_but_still_closes()
    {
        var (session, log) = SessionBuilder.CreateWithLog(new WatchOnce());
        var counter = new Counter("a", 5);
        session.Insert(counter);
        session.Fire();

        session.Update(counter);
        session.Fire().ShouldBe(0);
        session.Retract(counter);
        session.Fire();

        log.ShouldBe(["opened a", "closed a"]);
    }

    [Fact]
    public void A_changed_collection_reactivates_the_match_that_binds_it()
    {
        var (session, log) = SessionBuilder.CreateWithLog(new WatchTotal());
        session.Insert(new Counter("a", 5));
        session.Fire();

        session.Insert(new Counter("b", 7));
        session.Fire();

        log.ShouldBe(["total 5", "total now 12"]);
    }

    [Fact]
    public void Do_runs_on_new_and_changed_matches_and_the_events_say_which()
    {
        var session = SessionBuilder.Create(new CountFirings());
        var triggers = new List<MatchTrigger>();
        var updated = 0;
        session.Events.RuleFiredEvent += (_, e) => triggers.Add(e.Match.Trigger);
        session.Events.ActivationUpdatedEvent += (_, _) => updated++;
        var counter = new Counter("a", 5);
        session.Insert(counter);
        session.Fire();

        session.Update(counter);
        session.Fire();

        triggers.ShouldBe([MatchTrigger.Created, MatchTrigger.Updated]);
        updated.ShouldBe(1);
    }

    [Fact]
    public void An_action_must_have_a_trigger()
    {
        Should.Throw<RuleDefinitionException>(() => SessionBuilder.Create(new NoTrigger()))
            .InnerException.ShouldBeOfType<ArgumentOutOfRangeException>();
    }

    private class Watch : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            List<string> log = null!;
            When().Match(() => log).Match(() => counter, c => c.Value > 0);
            Then()
                .Action(ctx => log.Add("opened " + counter.Name), ActionTrigger.Activated)
                .Action(ctx => log.Add("changed " + counter.Name), ActionTrigger.Reactivated)
                .Action(ctx => log.Add("closed " + counter.Name), ActionTrigger.Deactivated);
        }
    }

    // The same rule, firing a changed match only once.
    [Repeatability(RuleRepeatability.NonRepeatable)]
    private sealed class WatchOnce : Watch;

    private sealed class WatchTotal : Rule
    {
        public override void Define()
        {
            List<string> log = null!;
            IEnumerable<Counter> counters = null!;
            When().Match(() => log).Query(() => counters, q => q.Match<Counter>().Collect().Where(c => c.Any()));
            Then()
                .Action(ctx => log.Add("total " + counters.Sum(c => c.Value)), ActionTrigger.Activated)
                .Action(ctx => log.Add("total now " + counters.Sum(c => c.Value)), ActionTrigger.Reactivated);
        }
    }

    private sealed class CountFirings : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(ctx => counter.Name.ToString());
        }
    }

    private sealed class NoTrigger : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Action(ctx => counter.Name.ToString(), ActionTrigger.None);
        }
    }
}
