namespace FactCheck.Engine.Tests;

public class JoinTests
{
    [Fact]
    public void Pairs_of_different_values_on_one_subject_conflict_once_each()
    {
        var session = SessionBuilder.Create(new QuantityConflictRule());
        session.InsertAll([
            new Reading("troops", "A", 1500),
            new Reading("troops", "B", 12000),
            new Reading("troops", "C", 1500),
            new Reading("ships", "A", 7),
            new Reading("ships", "B", 1, "ships"),
        ]);

        session.Fire().ShouldBe(2);
        var pairs = session.Query<Conflict>().Select(c => (c.First.Source, c.Second.Source)).OrderBy(p => p).ToList();
        pairs.ShouldBe([("A", "B"), ("B", "C")]);
    }

    [Fact]
    public void A_join_across_three_patterns_finds_every_ascending_chain()
    {
        var session = SessionBuilder.Create(new ThreeWayRule());
        session.InsertAll([new Reading("s", "a", 1), new Reading("s", "b", 2), new Reading("s", "c", 3), new Reading("s", "d", 4), new Reading("t", "x", 9)]);

        session.Fire().ShouldBe(4);
        session.Query<Step>().Select(s => s.Tag).OrderBy(t => t).ShouldBe(["abc", "abd", "acd", "bcd"]);
    }

    [Fact]
    public void Retracting_a_fact_withdraws_every_pending_match_it_took_part_in()
    {
        var session = SessionBuilder.Create(new ThreeWayRule());
        var b = new Reading("s", "b", 2);
        session.InsertAll([new Reading("s", "a", 1), b, new Reading("s", "c", 3)]);
        session.Agenda.Count.ShouldBe(1);

        session.Retract(b);

        session.Agenda.Count.ShouldBe(0);
        session.Fire().ShouldBe(0);
    }

    [Fact]
    public void The_equality_join_is_hash_indexed_and_the_comparison_is_not()
    {
        var network = SessionBuilder.Factory(new QuantityConflictRule()).Network;

        var join = network.Nodes.Single(n => n.Kind == "Join" && n.Detail.Contains("Subject", StringComparison.Ordinal));
        join.Detail.ShouldContain("[hash]");
        network.Nodes.Single(n => n.Kind == "Not").Detail.ShouldContain("[hash]");
    }

    [Fact]
    public void A_hashed_join_evaluates_only_candidates_with_the_same_key()
    {
        var session = SessionBuilder.Create(new QuantityConflictRule());
        for (var subject = 0; subject < 200; subject++)
        {
            for (var source = 0; source < 5; source++)
            {
                session.Insert(new Reading($"s{subject}", $"src{source}", source));
            }
        }

        var statistics = session.GetStatistics();
        var join = statistics.Nodes.Single(n => n.Kind == "Join" && n.Detail.Contains("Subject", StringComparison.Ordinal));
        // 200 subjects x 5 x 5 ordered pairs at most, against 1000 x 1000 for a scan.
        join.Evaluations.ShouldBeLessThanOrEqualTo(200 * 5 * 5);
    }

    [Fact]
    public void Identical_single_fact_conditions_are_shared_between_rules()
    {
        var network = SessionBuilder.Factory(new QuantityConflictRule(), new PersonnelCounter()).Network;

        var select = network.Nodes.Single(n => n.Kind == "Select" && n.Detail.Contains("personnel", StringComparison.Ordinal));
        select.Rules.ShouldBe(["Quantity conflict", typeof(PersonnelCounter).FullName], ignoreOrder: true);
        network.ToString().ShouldContain("shared by several rules");
    }

    private sealed class PersonnelCounter : Dsl.Rule
    {
        public override void Define()
        {
            Reading r = null!;
            var unit = "personnel";
            When().Match(() => r, c => c.Unit == unit);
            Then().Do(ctx => ctx.Insert(new Step(1, r.Source)));
        }
    }
}
