using FactCheck.Engine.Diagnostics;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>Let binds a value calculated from earlier aliases; Having tests several aliases after the patterns.</summary>
public class LetHavingTests
{
    [Fact]
    public void A_let_value_is_read_by_later_conditions_and_by_the_action()
    {
        var session = SessionBuilder.Create(new GapBetweenSources());
        session.InsertAll([new Reading("troops", "A", 1_500), new Reading("troops", "B", 12_000), new Reading("troops", "C", 1_600)]);

        session.Fire();

        // Only pairs at least 1,000 apart, each reported with its gap.
        session.Query<Conflict>().Select(c => (c.First.Source, c.Second.Source)).Order().ShouldBe([("A", "B"), ("C", "B")]);
        session.Query<Gap>().Select(g => g.Size).Order().ShouldBe([10_400, 10_500]);
    }

    [Fact]
    public void A_let_value_is_calculated_again_when_a_fact_it_reads_is_updated()
    {
        var session = SessionBuilder.Create(new DoubleIt());
        var counter = new Counter("a", 2);
        session.Insert(counter);
        session.Fire();

        counter.Value = 21;
        session.Update(counter);
        session.Fire();

        session.Query<Step>().Select(s => s.Level).ShouldBe([4, 42]);
    }

    [Fact]
    public void A_having_over_two_patterns_keeps_only_the_matches_that_satisfy_it_and_its_equality_is_hashed()
    {
        var factory = SessionBuilder.Factory(new SameSubjectByHaving());
        var session = factory.CreateSession();
        session.InsertAll([new Reading("troops", "A", 1), new Reading("troops", "B", 2), new Reading("ships", "C", 3)]);

        session.Fire().ShouldBe(1);

        session.Query<Conflict>().Single().Second.Source.ShouldBe("B");
        factory.Network.Nodes.ShouldNotContain(n => n.Kind == "Having");
        factory.Network.Nodes.ShouldContain(n => n.Kind == "Join" && n.Detail.Contains("[hash]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_join_on_a_let_value_is_hashed()
    {
        var factory = SessionBuilder.Factory(new SameSubjectThroughLet());
        var session = factory.CreateSession();
        session.InsertAll([new Reading("troops", "A", 1), new Reading("troops", "B", 2), new Reading("ships", "C", 3), new Reading("ships", "D", 4)]);

        session.Fire().ShouldBe(2);

        session.Query<Conflict>().Select(c => c.First.Source + c.Second.Source).Order().ShouldBe(["AB", "CD"]);
        factory.Network.Nodes.ShouldContain(n => n.Kind == "Let");
        factory.Network.Nodes.ShouldContain(n => n.Kind == "Join" && n.Detail.Contains("[hash]", StringComparison.Ordinal) && n.Detail.Contains("subject", StringComparison.Ordinal));
    }

    [Fact]
    public void A_having_that_reads_a_let_filters_the_matches_after_it()
    {
        var factory = SessionBuilder.Factory(new LargeGapOnly());
        var session = factory.CreateSession();
        session.InsertAll([new Reading("troops", "A", 1_500), new Reading("troops", "B", 12_000), new Reading("troops", "C", 1_600)]);

        session.Fire().ShouldBe(2);

        factory.Network.Nodes.ShouldContain(n => n.Kind == "Having");
        factory.Network.Nodes.ShouldContain(n => n.Kind == "Let");
    }

    [Fact]
    public void A_let_that_throws_is_reported_and_the_other_matches_still_fire()
    {
        var session = SessionBuilder.Create(new Ratio());
        var failures = new List<LhsExpressionErrorEventArgs>();
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            failures.Add(e);
            e.IsHandled = true;
        };
        session.InsertAll([new Counter("a", 0), new Counter("b", 4)]);

        session.Fire().ShouldBe(1);

        failures.Single().Exception.ShouldBeOfType<DivideByZeroException>();
        session.Query<Step>().Single().Level.ShouldBe(25);
    }

    [Fact]
    public void A_let_or_having_before_any_pattern_is_refused_at_compile_time()
    {
        Should.Throw<RuleCompilationException>(() => SessionBuilder.Create(new LetFirst())).Message.ShouldContain("Match must come before it");
    }

    public sealed record Gap(int Size);

    // Pairs of readings on one subject, the subject reached through a Let (a and b from different sources, a first).
    private sealed class SameSubjectThroughLet : Rule
    {
        public override void Define()
        {
            Reading a = null!, b = null!;
            string subject = null!;
            When()
                .Match(() => a)
                .Let(() => subject, () => a.Subject)
                .Match(() => b, r => r.Subject == subject, r => string.CompareOrdinal(r.Source, a.Source) > 0);
            Then().Do(ctx => ctx.Insert(new Conflict(a, b)));
        }
    }

    private sealed class GapBetweenSources : Rule
    {
        public override void Define()
        {
            Reading a = null!, b = null!;
            var gap = 0;
            When()
                .Match(() => a)
                .Match(() => b, r => r.Subject == a.Subject, r => r.Value > a.Value)
                .Let(() => gap, () => b.Value - a.Value)
                .Having(() => gap >= 1_000);
            Then().Do(ctx => ctx.Insert(new Conflict(a, b))).Do(ctx => ctx.Insert(new Gap(gap)));
        }
    }

    private sealed class DoubleIt : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            var doubled = 0;
            When().Match(() => counter).Let(() => doubled, () => counter.Value * 2);
            Then().Do(ctx => ctx.Insert(new Step(doubled, counter.Name)));
        }
    }

    private sealed class SameSubjectByHaving : Rule
    {
        public override void Define()
        {
            Reading a = null!, b = null!;
            When()
                .Match(() => a, r => r.Source == "A")
                .Match(() => b, r => r.Source != "A")
                .Having(() => a.Subject == b.Subject);
            Then().Do(ctx => ctx.Insert(new Conflict(a, b)));
        }
    }

    private sealed class LargeGapOnly : Rule
    {
        public override void Define()
        {
            Reading a = null!, b = null!;
            var gap = 0;
            When()
                .Match(() => a)
                .Match(() => b, r => r.Subject == a.Subject && r.Source != a.Source)
                .Let(() => gap, () => Math.Abs(b.Value - a.Value))
                .Having(() => gap > 5_000 && a.Value < b.Value);
            Then().Do(ctx => ctx.Insert(new Conflict(a, b)));
        }
    }

    private sealed class Ratio : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            var ratio = 0;
            When().Match(() => counter).Let(() => ratio, () => 100 / counter.Value);
            Then().Do(ctx => ctx.Insert(new Step(ratio, counter.Name)));
        }
    }

    private sealed class LetFirst : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            var one = 0;
            When().Let(() => one, () => 1).Match(() => counter);
            Then().Do(ctx => counter.Name.ToString());
        }
    }
}
