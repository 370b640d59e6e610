using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

public class AggregateTests
{
    [Fact]
    public void A_group_with_three_different_values_fires_and_follows_inserts_and_retracts()
    {
        var session = SessionBuilder.Create(new ThreeValues());
        var matches = new List<IGrouping<string, Reading>>();
        session.Events.RuleFiredEvent += (_, e) => matches.Add((IGrouping<string, Reading>)e.Match.Facts[0].Value!);
        var x = new Reading("troops", "A", 1500);
        var y = new Reading("troops", "B", 10000);
        var z = new Reading("troops", "C", 12000);
        session.InsertAll([x, y, new Reading("ships", "A", 7)]);
        session.Agenda.Count.ShouldBe(0);

        session.Insert(z);
        session.Agenda.Count.ShouldBe(1);
        session.Fire();
        matches.Single().Key.ShouldBe("troops");
        matches.Single().Select(r => r.Source).ShouldBe(["A", "B", "C"]);

        session.Retract(y);
        session.Agenda.Count.ShouldBe(0);

        session.Insert(new Reading("troops", "D", 9));
        session.Agenda.Count.ShouldBe(1);
    }

    [Fact]
    public void A_group_gives_its_facts_in_insertion_order_after_one_leaves_from_the_middle()
    {
        var session = SessionBuilder.Create(new ThreeValues());
        IGrouping<string, Reading>? fired = null;
        session.Events.RuleFiredEvent += (_, e) => fired = (IGrouping<string, Reading>)e.Match.Facts[0].Value!;
        var second = new Reading("troops", "B", 2);
        session.InsertAll([new Reading("troops", "A", 1), second, new Reading("troops", "C", 3), new Reading("troops", "D", 4)]);
        session.Fire();
        session.Retract(second);

        session.Fire();

        fired.ShouldNotBeNull().Select(r => r.Source).ShouldBe(["A", "C", "D"]);
    }

    [Fact]
    public void Collect_binds_every_matching_fact_for_each_earlier_match_even_none()
    {
        var session = SessionBuilder.Create(new CollectPerSubject());
        var counts = new Dictionary<string, int>();
        session.Events.RuleFiredEvent += (_, e) => counts[((Step)e.Match.Facts[0].Value!).Tag] = ((IEnumerable<Reading>)e.Match.Facts[1].Value!).Count();
        session.InsertAll([new Step(0, "troops"), new Step(0, "ships"), new Reading("troops", "A", 1), new Reading("troops", "B", 2)]);

        session.Fire();

        counts.OrderBy(c => c.Key).ShouldBe([new("ships", 0), new("troops", 2)]);
    }

    [Fact]
    public void Collecting_many_facts_rebuilds_each_group_once_per_fire_not_once_per_insert()
    {
        var session = SessionBuilder.Create(new ThreeValues());
        for (var i = 0; i < 2000; i++)
        {
            session.Insert(new Reading("s" + (i % 10), "src" + i, i));
        }

        session.Fire().ShouldBe(10);
        session.GetStatistics().Nodes.Single(n => n.Kind == "GroupBy").Evaluations.ShouldBe(10);
    }

    [Fact]
    public void Two_group_queries_over_different_fact_types_each_group_only_their_own_facts()
    {
        var session = SessionBuilder.Create(new ThreeValues(), new StepsPerTag());
        var groups = new List<IGrouping<string, Step>>();
        session.Events.RuleFiredEvent += (_, e) =>
        {
            if (e.Match.Facts[0].Value is IGrouping<string, Step> steps)
            {
                groups.Add(steps);
            }
        };
        session.InsertAll([new Reading("troops", "A", 1), new Reading("troops", "B", 2), new Reading("troops", "C", 3)]);
        session.InsertAll([new Step(1, "x"), new Step(2, "x"), new Step(3, "y")]);

        session.Fire();

        groups.Single().Key.ShouldBe("x");
        groups.Single().Select(s => s.Level).ShouldBe([1, 2]);
    }

    [Fact]
    public void Two_groupings_of_the_same_facts_both_follow_a_fact_that_changes_group_and_one_that_leaves()
    {
        var session = SessionBuilder.Factory(new CountersByName(), new CountersByParity()).CreateSession(FactIdentity.Reference);
        var a = new Counter("x", 1);
        var b = new Counter("x", 2);
        var large = new Counter("z", 11);
        var unnamed = new Counter("", 4);
        session.InsertAll([a, b, new Counter("y", 3), large, unnamed]);
        session.Fire();
        Groups(session).ShouldBe(["name : 1", "name x: 2", "name y: 1", "parity 0: 1", "parity 1: 3"]);

        (a.Name, a.Value) = ("y", 2);
        session.Update(a);
        session.Fire();
        Groups(session).ShouldBe(["name : 1", "name x: 1", "name y: 2", "parity 0: 2", "parity 1: 2"]);

        // Each of these two joined only one of the groupings, and leaves only that one.
        session.Retract(b);
        session.Retract(large);
        session.Retract(unnamed);
        session.Fire();
        Groups(session).ShouldBe(["name y: 2", "parity 0: 1", "parity 1: 1"]);
    }

    [Fact]
    public void A_collection_is_a_read_only_list_of_its_values_in_order()
    {
        var session = SessionBuilder.Create(new CollectPerSubject());
        IEnumerable<Reading>? bound = null;
        session.Events.RuleFiredEvent += (_, e) => bound = (IEnumerable<Reading>)e.Match.Facts[1].Value!;
        var first = new Reading("troops", "A", 1);
        var second = new Reading("troops", "B", 2);
        session.InsertAll([new Step(0, "troops"), first, second]);
        session.Fire();

        var list = bound.ShouldBeAssignableTo<IList<Reading>>().ShouldNotBeNull();
        list.IsReadOnly.ShouldBeTrue();
        list.Count.ShouldBe(2);
        list.IndexOf(second).ShouldBe(1);
        list.Contains(new Reading("troops", "C", 3)).ShouldBeFalse();
        var copy = new Reading[3];
        list.CopyTo(copy, 1);
        copy.ShouldBe([null!, first, second]);
        Should.Throw<NotSupportedException>(() => list.Add(first));
        Should.Throw<NotSupportedException>(() => list[0] = second);
        Should.Throw<ArgumentException>(() => list.CopyTo(new Reading[2], 1));
    }

    private static List<string> Groups(ISession session) => [.. session.Query<Step>().Select(s => $"{s.Tag}: {s.Level}").Order(StringComparer.Ordinal)];

    private sealed class CountersByName : Rule
    {
        public override void Define()
        {
            IGrouping<string, Counter> group = null!;
            When().Query(() => group, q => q.Match<Counter>(c => c.Value < 10).GroupBy(c => c.Name));
            Then().Yield(ctx => new Step(group.Count(), "name " + group.Key));
        }
    }

    private sealed class CountersByParity : Rule
    {
        public override void Define()
        {
            IGrouping<int, Counter> group = null!;
            When().Query(() => group, q => q.Match<Counter>(c => c.Name != "").GroupBy(c => c.Value % 2));
            Then().Yield(ctx => new Step(group.Count(), "parity " + group.Key));
        }
    }

    [Name("Steps per tag")]
    private sealed class StepsPerTag : Rule
    {
        public override void Define()
        {
            IGrouping<string, Step> steps = null!;
            When().Query(() => steps, q => q.Match<Step>(s => s.Level > 0).GroupBy(s => s.Tag).Where(g => g.Count() > 1));
            Then().Do(ctx => ctx.Insert(new Dismissal(new Reading(steps.Key, "", steps.Count()))));
        }
    }

    [Name("Three values")]
    private sealed class ThreeValues : Rule
    {
        public override void Define()
        {
            IGrouping<string, Reading> group = null!;
            When().Query(() => group, q => q.Match<Reading>(r => r.Unit == "personnel")
                .GroupBy(r => r.Subject)
                .Where(g => g.Select(r => r.Value).Distinct().Count() >= 3));
            Then().Do(ctx => ctx.Insert(new Step(group.Count(), group.Key)));
        }
    }

    private sealed class CollectPerSubject : Rule
    {
        public override void Define()
        {
            Step step = null!;
            IEnumerable<Reading> readings = null!;
            When()
                .Match(() => step)
                .Query(() => readings, q => q.Match<Reading>(r => r.Subject == step.Tag).Collect());
            Then().Do(ctx => ctx.Insert(new Dismissal(readings.FirstOrDefault() ?? new Reading(step.Tag, "none", 0))));
        }
    }
}
