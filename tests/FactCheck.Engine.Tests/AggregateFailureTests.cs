using FactCheck.Engine.Diagnostics;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>
/// A grouping key that throws leaves that fact out of the aggregate, reported, and is tried again when the fact or
/// the match it joins changes. (NRules fails the match's whole aggregate instead; here one bad fact does not silence
/// the others.)
/// </summary>
public class AggregateFailureTests
{
    private static readonly Func<Reading, object> Throwing = _ => throw new InvalidOperationException("no key");

    [Fact]
    public void An_unhandled_key_failure_throws_with_both_facts_reported()
    {
        var (rule, session) = Create(handled: false);
        var step = new Step(1, "troops");
        session.Insert(step);
        rule.Key = Throwing;
        var reading = new Reading("troops", "A", 1);
        LhsExpressionErrorEventArgs? reported = null;
        session.Events.LhsExpressionFailedEvent += (_, e) => reported = e;

        Should.Throw<RuleLhsExpressionEvaluationException>(() => session.Insert(reading)).InnerException.ShouldBeOfType<InvalidOperationException>();

        reported.ShouldNotBeNull().Facts.Select(f => f.Value).ShouldBe([reading]);
    }

    [Fact]
    public void A_failing_fact_is_left_out_and_the_rest_of_its_group_still_fires()
    {
        var (rule, session) = Create(handled: true);
        session.Insert(new Step(1, "troops"));
        session.Insert(new Reading("troops", "A", 1));
        rule.Key = Throwing;
        session.Insert(new Reading("troops", "B", 2));

        session.Fire().ShouldBe(1);
        rule.Last.ShouldNotBeNull().Single().Source.ShouldBe("A");
    }

    [Fact]
    public void An_update_that_fails_stops_the_firing_and_one_that_succeeds_brings_it_back()
    {
        var (rule, session) = Create(handled: true);
        session.Insert(new Step(1, "troops"));
        var reading = new Reading("troops", "A", 1);
        session.Insert(reading);
        rule.Key = Throwing;
        session.Update(reading);
        session.Fire().ShouldBe(0);

        rule.Key = r => r.Subject;
        session.Update(reading);
        session.Fire().ShouldBe(1);
    }

    [Fact]
    public void A_failed_key_is_tried_again_when_the_match_it_joins_changes()
    {
        var (rule, session) = Create(handled: true);
        var step = new Step(1, "troops");
        session.Insert(step);
        session.Insert(new Reading("troops", "A", 1));
        rule.Key = Throwing;
        session.Insert(new Reading("troops", "B", 2));
        rule.Key = r => r.Subject;

        session.Update(step);

        session.Fire().ShouldBe(1);
        rule.Last.ShouldNotBeNull().Count().ShouldBe(2);
    }

    private static (Grouped Rule, ISession Session) Create(bool handled)
    {
        var rule = new Grouped();
        var session = SessionBuilder.Create(rule);
        if (handled)
        {
            session.Events.LhsExpressionFailedEvent += (_, e) => e.IsHandled = true;
        }

        return (rule, session);
    }

    private sealed class Grouped : Rule
    {
        public Func<Reading, object> Key = r => r.Subject;

        public IEnumerable<Reading>? Last { get; private set; }

        public override void Define()
        {
            Step step = null!;
            IEnumerable<Reading> group = null!;
            When()
                .Match(() => step)
                .Query(() => group, q => q
                    .Match<Reading>(r => r.Subject == step.Tag)
                    .GroupBy(r => Key(r))
                    .Select(g => g));
            Then().Do(ctx => Keep(group));
        }

        private void Keep(IEnumerable<Reading> group) => Last = group;
    }
}
