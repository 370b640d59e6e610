using FactCheck.Engine.Diagnostics;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>
/// A condition, agenda filter or action that throws: reported through the session's events with the expression, the
/// facts and the rule, then thrown as NRules throws it unless a handler marks it handled or the policy is to skip.
/// </summary>
public class FailureTests
{
    [Fact]
    public void A_throwing_condition_is_reported_with_rule_and_facts_and_the_session_goes_on()
    {
        var session = SessionBuilder.Create(new Fragile(), new QuantityConflictRule());
        var failures = new List<LhsExpressionErrorEventArgs>();
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            failures.Add(e);
            e.IsHandled = true;
        };
        var bad = new Reading("boom", "A", 0);

        session.InsertAll([bad, new Reading("ok", "A", 5), new Reading("troops", "A", 1), new Reading("troops", "B", 2)]);
        var fired = session.Fire();

        failures.Count.ShouldBe(1);
        failures[0].Rule.Name.ShouldBe(typeof(Fragile).FullName);
        failures[0].Facts.Select(f => f.Value).ShouldContain(bad);
        failures[0].Exception.ShouldBeOfType<DivideByZeroException>();
        fired.ShouldBe(4); // three readings pass Fragile, one pair conflicts
    }

    [Fact]
    public void A_throwing_action_is_reported_and_other_matches_still_fire()
    {
        var session = SessionBuilder.Create(new ThrowingAction());
        var failures = new List<RhsExpressionErrorEventArgs>();
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            failures.Add(e);
            e.IsHandled = true;
        };
        session.InsertAll([new Step(1, "a"), new Step(2, "b"), new Step(3, "c")]);

        session.Fire().ShouldBe(3);

        failures.Single().Match.Facts[0].Value.ShouldBe(new Step(2, "b"));
        session.Query<Dismissal>().Count().ShouldBe(2);
    }

    [Fact]
    public void An_unhandled_action_failure_raises_the_event_then_throws_naming_the_rule()
    {
        var session = SessionBuilder.Create(new ThrowingAction());
        session.FailurePolicy.ShouldBe(FailurePolicy.Rethrow);
        RhsExpressionErrorEventArgs? reported = null;
        session.Events.RhsExpressionFailedEvent += (_, e) => reported = e;
        session.Insert(new Step(2, "b"));

        var exception = Should.Throw<RuleRhsExpressionEvaluationException>(() => session.Fire());

        exception.RuleName.ShouldBe(typeof(ThrowingAction).FullName);
        exception.Expression.ShouldContain("Check");
        exception.InnerException.ShouldBeOfType<InvalidOperationException>();
        reported.ShouldNotBeNull().Expression.ShouldBeAssignableTo<System.Linq.Expressions.LambdaExpression>()!.ToString().ShouldContain("Check");
        reported.Match.Facts.Single().Value.ShouldBe(new Step(2, "b"));
    }

    [Fact]
    public void An_unhandled_condition_failure_throws_with_the_condition_and_its_fact_reported()
    {
        var session = SessionBuilder.Create(new Fragile());
        LhsExpressionErrorEventArgs? reported = null;
        session.Events.LhsExpressionFailedEvent += (_, e) => reported = e;
        var bad = new Reading("boom", "A", 0);

        var thrown = Should.Throw<RuleLhsExpressionEvaluationException>(() => session.Insert(bad));

        thrown.Message.ShouldContain("Fragile");
        thrown.InnerException.ShouldBeOfType<DivideByZeroException>();
        reported.ShouldNotBeNull().Expression.ShouldNotBeNull().ToString().ShouldContain("10 /");
        reported.Facts.Single().Value.ShouldBeSameAs(bad);
        reported.Facts.Single().Type.ShouldBe(typeof(Reading));
    }

    [Fact]
    public void The_skip_policy_goes_on_without_a_handler()
    {
        var session = SessionBuilder.Create(new Fragile(), new ThrowingAction());
        session.FailurePolicy = FailurePolicy.Skip;

        session.InsertAll([new Reading("boom", "A", 0), new Reading("ok", "A", 5)]);

        Should.NotThrow(() => session.Fire()).ShouldBe(2);
    }

    [Fact]
    public void A_rule_filter_that_throws_is_an_agenda_failure_with_the_filter_expression()
    {
        var session = SessionBuilder.Create(new FragileFilter());
        AgendaExpressionErrorEventArgs? reported = null;
        session.Events.AgendaExpressionFailedEvent += (_, e) => reported = e;

        Should.Throw<AgendaExpressionEvaluationException>(() => session.Insert(new Step(0, "a"))).RuleName.ShouldBe(typeof(FragileFilter).FullName);

        reported.ShouldNotBeNull().Expression.ShouldNotBeNull().ToString().ShouldContain("s.Level");
        reported.Facts.Single().Value.ShouldBe(new Step(0, "a"));
        session.Events.AgendaExpressionFailedEvent += (_, e) => e.IsHandled = true;
        session.Insert(new Step(1, "b"));
        session.Insert(new Step(0, "c"));
        session.Fire().ShouldBe(1);
    }

    [Fact]
    public void An_action_failure_inside_an_interceptor_escapes_bare_as_in_NRules()
    {
        var session = SessionBuilder.Create(new ThrowingAction());
        session.ActionInterceptor = new ActionInterceptorTests.RunAll();
        session.Insert(new Step(2, "b"));

        Should.Throw<InvalidOperationException>(() => session.Fire()).Message.ShouldBe("level two");
    }

    [Fact]
    public void A_condition_that_an_action_makes_throw_surfaces_as_that_actions_failure()
    {
        var session = SessionBuilder.Create(new StepToReading(), new Fragile());
        session.Insert(new Step(0, "boom"));

        var exception = Should.Throw<RuleRhsExpressionEvaluationException>(() => session.Fire());

        exception.RuleName.ShouldBe(typeof(StepToReading).FullName);
        exception.InnerException.ShouldBeOfType<RuleLhsExpressionEvaluationException>().RuleName.ShouldBe(typeof(Fragile).FullName);
    }

    [Fact]
    public void A_failure_marked_handled_lets_a_rethrowing_session_go_on()
    {
        var session = SessionBuilder.Create(new Fragile(), new ThrowingAction());
        session.Events.LhsExpressionFailedEvent += (_, e) => e.IsHandled = true;
        session.Events.RhsExpressionFailedEvent += (_, e) => e.IsHandled = e.Exception is InvalidOperationException;

        session.InsertAll([new Reading("boom", "A", 0), new Reading("ok", "A", 5)]);
        session.InsertAll([new Step(2, "b"), new Step(3, "c")]);

        Should.NotThrow(() => session.Fire());
        session.Query<Dismissal>().Select(d => d.Reading.Subject).Order(StringComparer.Ordinal).ShouldBe(["A", "c"]); // step A comes from the ok reading
    }

    private sealed class FragileFilter : Rule
    {
        public override void Define()
        {
            Step s = null!;
            When().Match(() => s);
            Filter().Where(() => 10 / s.Level > 0);
            Then().Do(ctx => s.ToString());
        }
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

    internal sealed class ThrowingAction : Rule
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
