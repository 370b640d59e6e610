using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

public class HaltTests
{
    [Fact]
    public void Halting_stops_the_cycle_after_the_current_action_and_the_next_fire_goes_on()
    {
        var session = SessionBuilder.Create(new ClimbAndHaltAt(3));
        session.Insert(new Step(0, "start"));

        session.Fire().ShouldBe(3);
        session.Query<Step>().Max(s => s.Level).ShouldBe(3);

        session.Fire().ShouldBe(2);
        session.Query<Step>().Max(s => s.Level).ShouldBe(5);
    }

    // Climbs to 5, halting the cycle when it reaches the given level.
    private sealed class ClimbAndHaltAt(int level) : Rule
    {
        public override void Define()
        {
            Step step = null!;
            var halt = level;
            When().Match(() => step, s => s.Level < 5);
            Then().Do(ctx => ctx.Insert(new Step(step.Level + 1, step.Tag)))
                .Do(ctx => HaltAt(ctx, step.Level + 1, halt));
        }

        private static void HaltAt(IContext context, int reached, int level)
        {
            if (reached == level)
            {
                context.Halt();
            }
        }
    }
}
