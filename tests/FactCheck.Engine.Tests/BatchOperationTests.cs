using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>Inserting, updating and retracting many facts at once: all or nothing, or skipping what fails, as in NRules.</summary>
public class BatchOperationTests
{
    [Fact]
    public void InsertAll_takes_every_fact_a_collection_yields_whatever_it_counts()
    {
        var session = SessionBuilder.Create(new LargeCounter());
        var facts = Enumerable.Range(0, 40).Select(i => new Counter($"c{i}", 200 + i)).ToList();

        session.InsertAll(new MiscountedCollection(facts));

        session.Query<Counter>().Count().ShouldBe(40);
        session.Fire().ShouldBe(40);
    }

    [Fact]
    public void InsertAll_after_a_refused_batch_inserts_what_it_is_given()
    {
        var session = SessionBuilder.Create(new LargeCounter());
        var held = new Counter("a", 200);
        session.Insert(held);
        Should.Throw<ArgumentException>(() => session.InsertAll([new Counter("b", 300), held]));

        session.InsertAll([new Counter("c", 400), new Counter("d", 500)]);

        session.Query<Counter>().Select(c => c.Name).OrderBy(n => n).ShouldBe(["a", "c", "d"]);
    }

    [Fact]
    public void UpdateAll_re_evaluates_every_fact()
    {
        var session = SessionBuilder.Create(new LargeCounter());
        var small = new Counter("a", 1);
        var other = new Counter("b", 2);
        session.InsertAll([small, other]);
        session.Fire().ShouldBe(0);

        small.Value = 200;
        other.Value = 300;
        session.UpdateAll([small, other]);

        session.Fire().ShouldBe(2);
    }

    [Fact]
    public void UpdateAll_with_a_fact_not_in_working_memory_updates_none()
    {
        var session = SessionBuilder.Create(new LargeCounter());
        var held = new Counter("a", 1);
        session.Insert(held);

        held.Value = 200;
        Should.Throw<ArgumentException>(() => session.UpdateAll([held, new Counter("stranger", 500)]))
            .Message.ShouldContain("stranger=500");

        session.Fire().ShouldBe(0);
    }

    [Fact]
    public void RetractAll_removes_every_fact_and_the_matches_they_made()
    {
        var session = SessionBuilder.Create(new LargeCounter());
        var facts = new[] { new Counter("a", 200), new Counter("b", 300), new Counter("c", 400) };
        session.InsertAll(facts);

        session.RetractAll(facts.Take(2));

        session.Query<Counter>().Single().Name.ShouldBe("c");
        session.Fire().ShouldBe(1);
    }

    [Fact]
    public void RetractAll_with_a_repeated_or_missing_fact_retracts_none()
    {
        var session = SessionBuilder.Create(new LargeCounter());
        var first = new Counter("a", 200);
        session.InsertAll([first, new Counter("b", 300)]);

        Should.Throw<ArgumentException>(() => session.RetractAll([first, first]));
        Should.Throw<ArgumentException>(() => session.RetractAll([first, new Counter("c", 1)]));

        session.Query<Counter>().Count().ShouldBe(2);
        session.Fire().ShouldBe(2);
    }

    [Fact]
    public void TryInsertAll_all_or_nothing_reports_the_duplicates_and_inserts_none()
    {
        var session = SessionBuilder.Create(new LargeCounter());
        session.Insert(new Reading("troops", "A", 1));

        var result = session.TryInsertAll([new Reading("troops", "B", 2), new Reading("troops", "A", 1), new Reading("troops", "B", 2)], BatchOptions.AllOrNothing);

        result.FailedCount.ShouldBe(2);
        result.Failed.ShouldBe([new Reading("troops", "A", 1), new Reading("troops", "B", 2)]);
        session.Query<Reading>().Count().ShouldBe(1);
    }

    [Fact]
    public void TryInsertAll_skipping_failures_inserts_the_rest()
    {
        var session = SessionBuilder.Create(new LargeCounter());
        var held = new Counter("a", 200);
        session.Insert(held);

        var result = session.TryInsertAll([held, new Counter("b", 300), new Counter("c", 5)], BatchOptions.SkipFailed);

        result.Failed.ShouldBe([held]);
        session.Query<Counter>().Count().ShouldBe(3);
        session.Fire().ShouldBe(2);
    }

    [Fact]
    public void TryUpdateAll_and_TryRetractAll_skipping_failures_process_the_facts_that_are_there()
    {
        var session = SessionBuilder.Create(new LargeCounter());
        var held = new Counter("a", 1);
        session.Insert(held);
        var stranger = new Counter("b", 1);

        held.Value = 500;
        session.TryUpdateAll([stranger, held], BatchOptions.SkipFailed).Failed.ShouldBe([stranger]);
        session.Fire().ShouldBe(1);

        session.TryRetractAll([held, stranger], BatchOptions.SkipFailed).FailedCount.ShouldBe(1);
        session.Query<Counter>().ShouldBeEmpty();
        session.TryRetractAll([], BatchOptions.AllOrNothing).FailedCount.ShouldBe(0);
    }

    [Fact]
    public void An_action_updates_and_retracts_in_batches()
    {
        var session = SessionBuilder.Create(new ResetsAll());
        var counters = new[] { new Counter("a", 1), new Counter("b", 2), new Counter("c", 3) };
        session.InsertAll(counters);
        session.Insert(new Step(1, "reset"));

        session.Fire();

        session.Query<Counter>().ShouldBeEmpty();
        counters.ShouldAllBe(c => c.Value == 0);
    }

    private sealed class LargeCounter : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter, c => c.Value > 100);
            Then().Do(ctx => counter.ToString());
        }
    }

    private sealed class ResetsAll : Rule
    {
        public override void Define()
        {
            Step step = null!;
            IEnumerable<Counter> counters = null!;
            When()
                .Match(() => step, s => s.Tag == "reset")
                .Query(() => counters, q => q.Match<Counter>().Collect().Where(c => c.Any()));
            Then().Do(ctx => Reset(ctx, counters.ToList()));
        }

        private static void Reset(IContext context, List<Counter> counters)
        {
            counters.ForEach(c => c.Value = 0);
            context.UpdateAll(counters);
            context.TryUpdate(new Counter("absent", 0)).ShouldBeFalse();
            context.RetractAll(counters);
            context.TryRetract(counters[0]).ShouldBeFalse();
        }
    }

    // A collection whose Count says less than it yields.
    private sealed class MiscountedCollection(List<Counter> facts) : IReadOnlyCollection<object>
    {
        public int Count => 1;

        public IEnumerator<object> GetEnumerator() => facts.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
