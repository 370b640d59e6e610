using FactCheck.Engine.Diagnostics;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>
/// Every evaluation of a condition, an agenda filter or an action raised with what it was evaluated on and what came of
/// it, as NRules' <c>LhsExpressionEvaluatedEvent</c>, <c>AgendaExpressionEvaluatedEvent</c> and
/// <c>RhsExpressionEvaluatedEvent</c> are: for tracing a rule that does not fire as its author expects.
/// </summary>
public class ExpressionEvaluationEventTests
{
    [Fact]
    public void Each_condition_evaluation_is_raised_with_its_facts_and_result()
    {
        var session = SessionBuilder.Create(new LargeReading());
        var evaluated = new List<LhsExpressionEventArgs>();
        session.Events.LhsExpressionEvaluatedEvent += (_, e) => evaluated.Add(e);
        var small = new Reading("a", "x", 3);
        var large = new Reading("b", "x", 30);

        session.InsertAll([small, large]);

        evaluated.Select(e => (e.Arguments.Single(), e.Result)).ShouldBe([(small, false), (large, true)], ignoreOrder: true);
        evaluated.ShouldAllBe(e => e.Exception == null && e.Rule.Name == typeof(LargeReading).FullName);
        evaluated[0].Expression.ShouldNotBeNull();
        evaluated[0].Text.ShouldContain("(100 / Convert(candidate, Reading).Value) < 10"); // a pattern condition, shared by every rule that writes it, is written over its candidate
        evaluated[0].Facts.Single().Value.ShouldBe(evaluated[0].Arguments[0]);
    }

    [Fact]
    public void A_join_condition_is_evaluated_on_the_facts_matched_so_far_then_the_candidate()
    {
        var session = SessionBuilder.Create(new QuantityConflictRule());
        var evaluated = new List<LhsExpressionEventArgs>();
        var first = new Reading("troops", "A", 1);
        var second = new Reading("troops", "B", 2);
        session.Insert(first);
        session.Events.LhsExpressionEvaluatedEvent += (_, e) => evaluated.Add(e);

        session.Insert(second);

        evaluated.ShouldContain(e => e.Arguments.Count == 2 && Equals(e.Arguments[0], first) && Equals(e.Arguments[1], second) && Equals(e.Result, true));
    }

    [Fact]
    public void A_condition_that_throws_is_raised_as_evaluated_with_its_exception_before_it_is_reported_as_failed()
    {
        var session = SessionBuilder.Create(new LargeReading());
        var order = new List<string>();
        session.Events.LhsExpressionEvaluatedEvent += (_, e) => order.Add($"evaluated {e.Exception?.GetType().Name} {e.Result}");
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            order.Add("failed");
            e.IsHandled = true;
        };

        session.Insert(new Reading("a", "x", 0));

        order.ShouldBe(["evaluated DivideByZeroException ", "failed"]);
    }

    [Fact]
    public void An_agenda_filter_evaluation_is_raised_with_the_match_and_whether_it_passed()
    {
        var session = SessionBuilder.Create(new FilteredStep());
        var evaluated = new List<AgendaExpressionEventArgs>();
        session.Events.AgendaExpressionEvaluatedEvent += (_, e) => evaluated.Add(e);

        session.InsertAll([new Step(1, "low"), new Step(5, "high")]);

        evaluated.Select(e => (((Step)e.Arguments.Single()!).Tag, e.Result)).ShouldBe([("low", false), ("high", true)], ignoreOrder: true);
        evaluated.ShouldAllBe(e => e.Rule.Name == typeof(FilteredStep).FullName && e.Expression != null);
        session.Fire().ShouldBe(1);
    }

    [Fact]
    public void A_global_agenda_filter_evaluation_is_raised_under_the_filter_s_type_name()
    {
        var session = SessionBuilder.Create(new FilteredStep());
        session.Agenda.AddFilter(new EvenLevels());
        var evaluated = new List<AgendaExpressionEventArgs>();
        session.Events.AgendaExpressionEvaluatedEvent += (_, e) => evaluated.Add(e);

        session.InsertAll([new Step(4, "even"), new Step(5, "odd")]);

        evaluated.Where(e => e.Expression == null).Select(e => (e.Text, e.Result)).ShouldBe([(nameof(EvenLevels), true), (nameof(EvenLevels), false)], ignoreOrder: true);
    }

    [Fact]
    public void Each_action_run_is_raised_with_its_match_and_a_throwing_one_with_its_exception()
    {
        var session = SessionBuilder.Create(new FailureTests.ThrowingAction());
        var evaluated = new List<RhsExpressionEventArgs>();
        session.Events.RhsExpressionEvaluatedEvent += (_, e) => evaluated.Add(e);
        session.Events.RhsExpressionFailedEvent += (_, e) => e.IsHandled = true;

        session.InsertAll([new Step(1, "a"), new Step(2, "b")]);
        session.Fire();

        evaluated.Count.ShouldBe(2);
        evaluated.Single(e => e.Exception is null).Arguments.Single().ShouldBe(new Step(1, "a"));
        evaluated.Single(e => e.Exception is not null).Arguments.Single().ShouldBe(new Step(2, "b"));
        evaluated.ShouldAllBe(e => e.Result == null && e.Rule.Name == typeof(FailureTests.ThrowingAction).FullName);
    }

    [Fact]
    public void The_factory_s_handlers_see_the_evaluations_of_every_session()
    {
        var factory = SessionBuilder.Factory(new LargeReading());
        var count = 0;
        factory.Events.LhsExpressionEvaluatedEvent += (_, _) => count++;

        factory.CreateSession().Insert(new Reading("a", "x", 30));
        factory.CreateSession().Insert(new Reading("b", "x", 3));

        count.ShouldBe(2);
    }

    [Fact]
    public void Without_a_handler_nothing_is_raised_and_a_removed_handler_stops_hearing()
    {
        var session = SessionBuilder.Create(new LargeReading());
        var count = 0;
        void Count(object? sender, LhsExpressionEventArgs e) => count++;
        session.Events.LhsExpressionEvaluatedEvent += Count;
        session.Insert(new Reading("a", "x", 30));
        session.Events.LhsExpressionEvaluatedEvent -= Count;

        session.Insert(new Reading("b", "x", 40));

        count.ShouldBe(1);
    }

    private sealed class LargeReading : Rule
    {
        public override void Define()
        {
            Reading r = null!;
            When().Match(() => r, x => 100 / x.Value < 10);
            Then().Do(ctx => ctx.Insert(new Dismissal(r)));
        }
    }

    private sealed class FilteredStep : Rule
    {
        public override void Define()
        {
            Step s = null!;
            When().Match(() => s);
            Filter().Where(() => s.Level > 2);
            Then().Do(ctx => ctx.Insert(new Dismissal(new Reading(s.Tag, "x", s.Level))));
        }
    }

    private sealed class EvenLevels : IAgendaFilter
    {
        public bool Accept(IMatch match) => ((Step)match.Facts[0].Value!).Level % 2 == 0;
    }
}
