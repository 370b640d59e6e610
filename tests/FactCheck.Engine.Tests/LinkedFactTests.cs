using FactCheck.Engine.Diagnostics;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>Facts linked to a match: inserted, updated and retracted with it, by key or through Yield.</summary>
public class LinkedFactTests
{
    [Fact]
    public void A_linked_fact_stays_while_its_match_changes_and_leaves_with_it()
    {
        var session = SessionBuilder.Create(new LinkSummary());
        var counter = new Counter("a", 5);
        session.Insert(counter);
        session.Fire();
        var summary = session.Query<Summary>().Single();

        counter.Value = 6;
        session.Update(counter);
        session.Fire();

        session.Query<Summary>().Single().ShouldBeSameAs(summary);
        summary.Text.ShouldBe("a=6");

        session.Retract(counter);
        session.Query<Summary>().ShouldBeEmpty();
    }

    [Fact]
    public void Linked_facts_are_inserted_updated_and_retracted_in_batches_by_key()
    {
        var session = SessionBuilder.Create(new LinkPair());
        var counter = new Counter("a", 1);
        session.Insert(counter);
        session.Fire();
        session.Query<Summary>().Select(s => s.Text).Order().ShouldBe(["high a=1", "low a=1"]);

        counter.Value = 2;
        session.Update(counter);
        session.Fire();
        session.Query<Summary>().Select(s => s.Text).Order().ShouldBe(["high a=2", "low a=2"]);

        counter.Value = 0;
        session.Update(counter);
        session.Fire();
        session.Query<Summary>().ShouldBeEmpty();
        session.Query<Counter>().Single().ShouldBeSameAs(counter);
    }

    [Fact]
    public void Yield_with_an_update_remakes_the_linked_fact_from_the_previous_one()
    {
        var session = SessionBuilder.Create(new CountedTally());
        var counter = new Counter("a", 5);
        session.Insert(counter);
        session.Fire();

        session.Update(counter);
        session.Fire();
        session.Update(counter);
        session.Fire();

        session.Query<Step>().Single().Level.ShouldBe(3);
    }

    [Fact]
    public void Yield_without_an_update_replaces_the_linked_fact_when_the_match_changes()
    {
        var session = SessionBuilder.Create(new CountedTallyRemade());
        var counter = new Counter("a", 5);
        session.Insert(counter);
        session.Fire();

        counter.Value = 9;
        session.Update(counter);
        session.Fire();

        session.Query<Step>().Single().Level.ShouldBe(9);
    }

    [Fact]
    public void A_key_links_one_fact_only_and_unknown_keys_are_refused()
    {
        var session = SessionBuilder.Create(new LinkTwice());
        var failures = new List<RhsExpressionErrorEventArgs>();
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            failures.Add(e);
            e.IsHandled = true;
        };
        session.Insert(new Counter("a", 5));

        session.Fire();

        failures.Select(f => f.Exception.GetType()).ShouldBe([typeof(ArgumentException)]);
        session.Query<Summary>().Count().ShouldBe(1);
    }

    [Fact]
    public void A_linked_fact_belongs_to_its_match_and_is_not_updated_or_retracted_from_outside()
    {
        var session = SessionBuilder.Create(new LinkSummary());
        var counter = new Counter("a", 5);
        session.Insert(counter);
        session.Fire();
        var summary = session.Query<Summary>().Single();

        session.TryRetract(summary).ShouldBeFalse();
        session.TryUpdate(summary).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => session.Retract(summary)).Message.ShouldContain("linked to a match");
        Should.Throw<ArgumentException>(() => session.Update(summary)).Message.ShouldContain("linked to a match");
        session.Query<Summary>().ShouldBe([summary]);

        session.Retract(counter);
        session.Query<Summary>().ShouldBeEmpty();
    }

    public sealed class Summary(string text)
    {
        public string Text { get; set; } = text;
    }

    private sealed class LinkSummary : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(ctx => Link(ctx, counter));
        }

        private static void Link(IContext context, Counter counter)
        {
            if (context.GetLinked("summary") is Summary summary)
            {
                summary.Text = counter.ToString();
                context.UpdateLinked("summary", summary);
            }
            else
            {
                context.InsertLinked("summary", new Summary(counter.ToString()));
            }

            context.GetLinkedKeys().ShouldBe(["summary"]);
        }
    }

    // Links two summaries to a counter, remakes both when it changes, and drops both when it falls to zero.
    private sealed class LinkPair : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(ctx => Link(ctx, counter));
        }

        private static void Link(IContext context, Counter counter)
        {
            var keys = context.GetLinkedKeys().ToList();
            if (counter.Value == 0)
            {
                context.RetractAllLinked([.. keys.Select(k => new KeyValuePair<object, object>(k, context.GetLinked(k)!))]);
                return;
            }

            var pairs = new[] { "low", "high" }.Select(k => new KeyValuePair<object, object>(k, Remade(context.GetLinked(k), $"{k} {counter}"))).ToList();
            if (keys.Count == 0)
            {
                context.InsertAllLinked(pairs);
            }
            else
            {
                context.UpdateAllLinked(pairs);
            }
        }

        private static Summary Remade(object? previous, string text)
        {
            if (previous is Summary summary)
            {
                summary.Text = text;
                return summary;
            }

            return new Summary(text);
        }
    }

    private sealed class CountedTally : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Yield(ctx => new Step(1, counter.Name), (ctx, previous) => new Step(previous.Level + 1, counter.Name));
        }
    }

    private sealed class CountedTallyRemade : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Yield(ctx => new Step(counter.Value, counter.Name));
        }
    }

    private sealed class LinkTwice : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then()
                .Do(ctx => ctx.InsertLinked("k", new Summary("first")))
                .Do(ctx => ctx.InsertLinked("k", new Summary("second")));
        }
    }
}
