using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>Or groups: each alternative matches and fires on its own; And groups several elements as one alternative.</summary>
public class OrAndTests
{
    [Fact]
    public void Each_alternative_of_an_or_fires_the_rule_on_its_own()
    {
        var session = SessionBuilder.Create(new LargeOrDisputed());
        session.InsertAll([new Reading("troops", "A", 20_000), new Reading("ships", "B", 3), new Dismissal(new Reading("ships", "B", 3))]);

        session.Fire().ShouldBe(2);

        session.Query<Step>().Select(s => s.Tag).Order().ShouldBe(["disputed ships", "large troops"]);
    }

    [Fact]
    public void An_and_inside_an_or_needs_all_its_elements_and_binds_its_aliases()
    {
        var session = SessionBuilder.Create(new PairOrSingle());
        session.InsertAll([new Reading("troops", "A", 1), new Reading("troops", "B", 2), new Reading("ships", "C", 5)]);

        session.Fire();

        // The pair alternative binds b; the single alternative leaves it at its default.
        session.Query<Step>().Select(s => s.Tag).Order().ShouldBe(["A+B", "C alone"]);
    }

    [Fact]
    public void Alternatives_follow_retractions_separately()
    {
        var session = SessionBuilder.Create(new LargeOrDisputed());
        var large = new Reading("troops", "A", 20_000);
        var dismissal = new Dismissal(large);
        session.InsertAll([large, dismissal]);
        session.Agenda.Count.ShouldBe(2);

        session.Retract(dismissal);

        session.Agenda.Count.ShouldBe(1);
        session.Agenda.Single().Facts.Select(f => f.Declaration.Name).ShouldBe(["reading"]);
    }

    [Fact]
    public void An_alias_bound_twice_in_one_alternative_is_refused_but_once_per_alternative_is_fine()
    {
        Should.NotThrow(() => SessionBuilder.Create(new PairOrSingle()));
        Should.Throw<RuleCompilationException>(() => SessionBuilder.Create(new BoundTwice())).Message.ShouldContain("bound twice");
    }

    [Fact]
    public void A_join_inside_an_alternative_is_hashed()
    {
        var factory = SessionBuilder.Factory(new PairOrSingle());

        factory.Network.Nodes.ShouldContain(n => n.Kind == "Join" && n.Detail.Contains("[hash]", StringComparison.Ordinal));
    }

    private sealed class LargeOrDisputed : Rule
    {
        public override void Define()
        {
            Reading reading = null!;
            Dismissal dismissal = null!;
            When().Or(x => x
                .Match(() => reading, r => r.Value > 10_000)
                .Match(() => dismissal));
            Then().Do(ctx => ctx.Insert(reading != null
                ? new Step(1, "large " + reading.Subject)
                : new Step(2, "disputed " + dismissal.Reading.Subject)));
        }
    }

    private sealed class PairOrSingle : Rule
    {
        public override void Define()
        {
            Reading a = null!, b = null!;
            When().Or(x => x
                .And(y => y
                    .Match(() => a, r => r.Source == "A")
                    .Match(() => b, r => r.Subject == a.Subject && r.Source != a.Source))
                .Match(() => a, r => r.Source == "C"));
            Then().Do(ctx => ctx.Insert(new Step(0, b != null ? a.Source + "+" + b.Source : a.Source + " alone")));
        }
    }

    private sealed class BoundTwice : Rule
    {
        public override void Define()
        {
            Reading a = null!;
            When().Match(() => a).Or(x => x.Match(() => a).Match<Dismissal>());
            Then().Do(ctx => a.ToString());
        }
    }
}
