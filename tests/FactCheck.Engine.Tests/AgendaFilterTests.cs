using FactCheck.Engine.Diagnostics;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>Agenda filters decide which matches go on the agenda without changing what matches.</summary>
public class AgendaFilterTests
{
    [Fact]
    public void A_where_filter_keeps_a_match_off_the_agenda_until_an_update_lets_it_on()
    {
        var (session, log) = SessionBuilder.CreateWithLog(new WatchConfirmed());
        var counter = new Counter("draft", 5);
        session.Insert(counter);

        session.Agenda.Count.ShouldBe(0);
        session.Fire().ShouldBe(0);

        counter.Name = "confirmed";
        session.Update(counter);

        session.Fire().ShouldBe(1);
        log.ShouldBe(["opened confirmed"]);
    }

    [Fact]
    public void A_filtered_match_that_had_fired_is_not_deactivated_by_the_filter_but_by_its_retraction()
    {
        var (session, log) = SessionBuilder.CreateWithLog(new WatchConfirmed());
        var counter = new Counter("confirmed", 5);
        session.Insert(counter);
        session.Fire();

        counter.Name = "draft";
        session.Update(counter);
        session.Fire().ShouldBe(0);

        session.Retract(counter);
        session.Fire().ShouldBe(1);
        log.ShouldBe(["opened confirmed", "closed draft"]);
    }

    [Fact]
    public void An_on_change_filter_fires_a_changed_match_again_only_when_the_watched_value_changed()
    {
        var (session, log) = SessionBuilder.CreateWithLog(new WatchValue());
        var counter = new Counter("a", 5);
        session.Insert(counter);
        session.Fire();

        session.Update(counter); // same value
        session.Fire().ShouldBe(0);

        counter.Value = 6;
        session.Update(counter);
        session.Fire().ShouldBe(1);

        counter.Value = 6;
        session.Update(counter);
        session.Fire().ShouldBe(0);

        log.ShouldBe(["a=5", "a=6"]);
    }

    [Fact]
    public void A_session_filter_applies_to_every_rule_or_to_the_one_it_names()
    {
        var factory = SessionBuilder.Factory(new WatchValue(), new WatchConfirmed());
        var session = factory.CreateSession();
        var log = new List<string>();
        session.Insert(log);
        session.Agenda.AddFilter(new ValueAtMost(10));
        session.Agenda.AddFilter(factory.Rules.Single(r => r.RuleType == typeof(WatchConfirmed)), new ValueAtMost(3));

        session.InsertAll([new Counter("confirmed", 2), new Counter("confirmed", 7), new Counter("confirmed", 12)]);
        session.Fire();

        log.Order().ShouldBe(["confirmed=2", "confirmed=7", "opened confirmed"]);
    }

    [Fact]
    public void A_filter_that_throws_is_reported_and_keeps_only_that_match_off_the_agenda()
    {
        var session = SessionBuilder.Create(new WatchValue());
        var failures = new List<AgendaExpressionErrorEventArgs>();
        session.Events.AgendaExpressionFailedEvent += (_, e) =>
        {
            failures.Add(e);
            e.IsHandled = true;
        };
        session.Insert(new List<string>());
        session.Agenda.AddFilter(new ValueAtMost(0, throwOn: 13));

        session.InsertAll([new Counter("a", 13), new Counter("b", -1)]);

        session.Fire().ShouldBe(1);
        failures.Single().Exception.ShouldBeOfType<InvalidOperationException>();
        failures.Single().Text.ShouldBe(nameof(ValueAtMost));
        failures.Single().Facts.Select(f => f.Value).OfType<Counter>().Single().Name.ShouldBe("a");
    }

    [Fact]
    public void A_filter_that_throws_unhandled_throws_AgendaExpressionEvaluationException_naming_the_rule()
    {
        var session = SessionBuilder.Create(new WatchValue());
        session.Insert(new List<string>());
        session.Agenda.AddFilter(new ValueAtMost(0, throwOn: 13));

        var thrown = Should.Throw<AgendaExpressionEvaluationException>(() => session.Insert(new Counter("a", 13)));

        thrown.RuleName.ShouldBe(typeof(WatchValue).FullName);
        thrown.InnerException.ShouldBeOfType<InvalidOperationException>();
    }

    private sealed class ValueAtMost(int most, int? throwOn = null) : IAgendaFilter
    {
        public bool Accept(IMatch match)
        {
            var counter = match.Facts.Select(f => f.Value).OfType<Counter>().Single();
            return counter.Value == throwOn ? throw new InvalidOperationException("unlucky") : counter.Value <= most;
        }
    }

    private sealed class WatchConfirmed : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            List<string> log = null!;
            When().Match(() => log).Match(() => counter);
            Filter().Where(() => counter.Name == "confirmed");
            Then()
                .Action(ctx => log.Add("opened " + counter.Name), ActionTrigger.Activated)
                .Action(ctx => log.Add("closed " + counter.Name), ActionTrigger.Deactivated);
        }
    }

    private sealed class WatchValue : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            List<string> log = null!;
            When().Match(() => log).Match(() => counter);
            Filter().OnChange(() => counter.Value);
            Then().Do(ctx => log.Add(counter.ToString()));
        }
    }
}
