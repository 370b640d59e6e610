using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

public class CancellationTests
{
    [Fact]
    public void A_cancelled_token_stops_the_cycle_before_the_next_firing_without_throwing()
    {
        var session = SessionBuilder.Create(new Climb());
        session.Insert(new Step(0, "start"));
        using var cancel = new CancellationTokenSource();
        session.Events.RuleFiredEvent += (_, _) =>
        {
            if (session.Query<Step>().Count() == 5)
            {
                cancel.Cancel();
            }
        };

        session.Fire(cancel.Token).ShouldBe(4);

        session.Query<Step>().Count().ShouldBe(5);
        session.Fire(3, CancellationToken.None).ShouldBe(3);
    }

    [Fact]
    public void A_token_never_cancelled_fires_until_the_agenda_is_empty()
    {
        var session = SessionBuilder.Create(new Climb());
        session.Insert(new Step(95, "start"));

        session.Fire(CancellationToken.None).ShouldBe(5);
    }

    [Fact]
    public void An_action_sees_the_token_of_the_Fire_that_runs_it()
    {
        var (session, log) = SessionBuilder.CreateWithLog(new ReportsToken());
        using var cancel = new CancellationTokenSource();

        session.Insert(new Step(1, "first"));
        session.Fire(cancel.Token);
        session.Insert(new Step(2, "second"));
        session.Fire();

        log.ShouldBe(["first: can be cancelled", "second: cannot be cancelled"]);
    }

    // Climbs one step at a time up to 100.
    private sealed class Climb : Rule
    {
        public override void Define()
        {
            Step step = null!;
            When().Match(() => step, s => s.Level < 100);
            Then().Do(ctx => ctx.Insert(new Step(step.Level + 1, step.Tag)));
        }
    }

    private sealed class ReportsToken : Rule
    {
        public override void Define()
        {
            Step step = null!;
            List<string> log = null!;
            When().Match(() => log).Match(() => step);
            Then().Do(ctx => log.Add(step.Tag + (ctx.CancellationToken.CanBeCanceled ? ": can be cancelled" : ": cannot be cancelled")));
        }
    }
}
