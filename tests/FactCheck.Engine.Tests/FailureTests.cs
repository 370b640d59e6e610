using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

public class FailureTests
{
    [Fact]
    public void A_throwing_condition_is_reported_with_rule_and_facts_and_the_session_goes_on()
    {
        var session = SessionBuilder.Create(new Fragile(), new QuantityConflictRule());
        var failures = new List<ConditionFailedEventArgs>();
        session.Events.ConditionFailed += (_, e) => failures.Add(e);
        var bad = new Reading("boom", "A", 0);

        session.InsertAll([bad, new Reading("ok", "A", 5), new Reading("troops", "A", 1), new Reading("troops", "B", 2)]);
        var fired = session.Fire();

        failures.Count.ShouldBe(1);
        failures[0].Rule.Name.ShouldBe("Fragile");
        failures[0].Facts.ShouldContain(bad);
        failures[0].Exception.ShouldBeOfType<DivideByZeroException>();
        fired.ShouldBe(4); // three readings pass Fragile, one pair conflicts
    }

    [Fact]
    public void A_throwing_action_is_reported_and_other_matches_still_fire()
    {
        var session = SessionBuilder.Create(new ThrowingAction());
        var failures = new List<ActionFailedEventArgs>();
        session.Events.ActionFailed += (_, e) => failures.Add(e);
        session.InsertAll([new Step(1, "a"), new Step(2, "b"), new Step(3, "c")]);

        session.Fire().ShouldBe(3);

        failures.Single().Match.Facts[0].Value.ShouldBe(new Step(2, "b"));
        session.Query<Dismissal>().Count().ShouldBe(2);
    }

    [Fact]
    public void The_rethrow_policy_raises_the_event_then_throws_naming_the_rule()
    {
        var session = SessionBuilder.Create(new ThrowingAction());
        session.FailurePolicy = FailurePolicy.Rethrow;
        var reported = 0;
        session.Events.ActionFailed += (_, _) => reported++;
        session.Insert(new Step(2, "b"));

        var exception = Should.Throw<RuleActionEvaluationException>(() => session.Fire());

        exception.RuleName.ShouldBe("ThrowingAction");
        exception.Action.ShouldContain("Check");
        exception.InnerException.ShouldBeOfType<InvalidOperationException>();
        reported.ShouldBe(1);
    }

    [Fact]
    public void The_rethrow_policy_throws_for_a_condition_too()
    {
        var session = SessionBuilder.Create(new Fragile());
        session.FailurePolicy = FailurePolicy.Rethrow;

        Should.Throw<RuleConditionEvaluationException>(() => session.Insert(new Reading("boom", "A", 0))).Message.ShouldContain("Fragile");
    }

    [Fact]
    public void A_condition_that_an_action_makes_throw_surfaces_as_that_actions_failure()
    {
        var session = SessionBuilder.Create(new StepToReading(), new Fragile());
        session.FailurePolicy = FailurePolicy.Rethrow;
        session.Insert(new Step(0, "boom"));

        var exception = Should.Throw<RuleActionEvaluationException>(() => session.Fire());

        exception.RuleName.ShouldBe(nameof(StepToReading));
        exception.InnerException.ShouldBeOfType<RuleConditionEvaluationException>().RuleName.ShouldBe(nameof(Fragile));
    }

    [Fact]
    public void A_failure_marked_handled_lets_a_rethrowing_session_go_on()
    {
        var session = SessionBuilder.Create(new Fragile(), new ThrowingAction());
        session.FailurePolicy = FailurePolicy.Rethrow;
        session.Events.ConditionFailed += (_, e) => e.IsHandled = true;
        session.Events.ActionFailed += (_, e) => e.IsHandled = e.Exception is InvalidOperationException;

        session.InsertAll([new Reading("boom", "A", 0), new Reading("ok", "A", 5)]);
        session.InsertAll([new Step(2, "b"), new Step(3, "c")]);

        Should.NotThrow(() => session.Fire());
        session.Query<Dismissal>().Select(d => d.Reading.Subject).Order(StringComparer.Ordinal).ShouldBe(["A", "c"]); // step A comes from the ok reading
    }

    private sealed class StepToReading : Rule
    {
        public override void Define()
        {
            Step s = null!;
            When().Match(() => s, x => x.Tag == "boom");
            Then().Do(ctx => ctx.Insert(new Reading(s.Tag, "x", s.Level)));
        }
    }

    private sealed class Fragile : Rule
    {
        public override void Define()
        {
            Reading r = null!;
            When().Match(() => r, x => 10 / x.Value > 1);
            Then().Do(ctx => ctx.Insert(new Step(r.Value, r.Source)));
        }
    }

    private sealed class ThrowingAction : Rule
    {
        public override void Define()
        {
            Step s = null!;
            When().Match(() => s);
            Then().Do(ctx => ctx.Insert(Check(s)));
        }

        private static Dismissal Check(Step step)
            => step.Level == 2 ? throw new InvalidOperationException("level two") : new Dismissal(new Reading(step.Tag, "x", step.Level));
    }
}
