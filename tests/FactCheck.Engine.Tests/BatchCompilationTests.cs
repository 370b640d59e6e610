using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>
/// A rule set's conditions and actions are compiled together, many to a method: each rule must still test its own
/// conditions and run its own actions, across as many methods as the set needs.
/// </summary>
public class BatchCompilationTests
{
    [Fact]
    public void Seventy_rules_compiled_together_each_test_and_act_on_their_own()
    {
        var thresholds = Enumerable.Range(1, 70).ToList();
        var session = SessionBuilder.Create([.. thresholds.Select(t => t % 2 == 0 ? (Rule)new AtLeastInserts(t) : new AtLeastYields(t))]);
        session.InsertAll([new Counter("low", 10), new Counter("high", 45)]);

        session.Fire();

        var expected = thresholds.Where(t => t <= 10).Select(t => $"low>={t}")
            .Concat(thresholds.Where(t => t <= 45).Select(t => $"high>={t}"));
        session.Query<Step>().Select(s => $"{s.Tag}>={s.Level}").Order().ShouldBe(expected.Order());
    }

    [Fact]
    public void A_yield_update_compiled_with_others_remakes_its_own_fact()
    {
        var session = SessionBuilder.Create([.. Enumerable.Range(1, 40).Select(t => new AtLeastYields(t))]);
        var counter = new Counter("c", 40);
        session.Insert(counter);
        session.Fire();

        counter.Value = 39;
        session.Update(counter);
        session.Fire();

        session.Query<Step>().Select(s => s.Level).Order().ShouldBe(Enumerable.Range(1, 39).Select(t => 1000 + t));
    }

    private sealed class AtLeastInserts(int threshold) : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            var least = threshold;
            When().Match(() => counter, c => c.Value >= least);
            Then().Do(ctx => ctx.Insert(new Step(least, counter.Name)));
        }
    }

    // Yields a step for its threshold; when the counter changes, the step is remade with 1000 added to its level.
    private sealed class AtLeastYields(int threshold) : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            var least = threshold;
            When().Match(() => counter, c => c.Value >= least);
            Then().Yield(ctx => new Step(least, counter.Name), (ctx, previous) => new Step(1000 + least, counter.Name));
        }
    }
}
