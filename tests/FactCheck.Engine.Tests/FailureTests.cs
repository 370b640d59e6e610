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

        var exception = Should.Throw<RuleEvaluationException>(() => session.Fire());

        exception.RuleName.ShouldBe("ThrowingAction");
        exception.InnerException.ShouldBeOfType<InvalidOperationException>();
        reported.ShouldBe(1);
    }

    [Fact]
    public void The_rethrow_policy_throws_for_a_condition_too()
    {
        var session = SessionBuilder.Create(new Fragile());
        session.FailurePolicy = FailurePolicy.Rethrow;

        Should.Throw<RuleEvaluationException>(() => session.Insert(new Reading("boom", "A", 0))).Message.ShouldContain("Fragile");
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
