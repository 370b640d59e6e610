using FactCheck.Engine.Diagnostics;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>Query operators: projections and filters before and after an aggregation, sorted collections, lookups, and queries that do not aggregate.</summary>
public class QueryOperatorTests
{
    [Fact]
    public void Values_projected_and_filtered_before_collecting_are_what_is_collected()
    {
        var session = SessionBuilder.Create(new Bind<IEnumerable<int>>(q => q.Match<Reading>(r => r.Subject == "troops").Select(r => r.Value / 1_000).Where(v => v > 1).Collect()));
        session.InsertAll([new Reading("troops", "A", 1_500), new Reading("troops", "B", 12_000), new Reading("ships", "C", 7_000), new Reading("troops", "D", 3_000)]);

        session.Fire();

        Bound<IEnumerable<int>>(session).Single().ShouldBe([12, 3]);
    }

    [Fact]
    public void Select_many_before_collecting_contributes_every_value_of_a_fact()
    {
        var session = SessionBuilder.Create(new Bind<IEnumerable<char>>(q => q.Match<Reading>().SelectMany(r => r.Source).Collect()));
        session.InsertAll([new Reading("troops", "AB", 1), new Reading("troops", "C", 2)]);

        session.Fire();

        Bound<IEnumerable<char>>(session).Single().ShouldBe(['A', 'B', 'C']);
    }

    [Fact]
    public void A_query_that_does_not_aggregate_binds_each_value_and_follows_retractions()
    {
        var session = SessionBuilder.Create(new Bind<string>(q => q.Match<Reading>().SelectMany(r => r.Source.Select(c => r.Subject + ":" + c))));
        var first = new Reading("troops", "AB", 1);
        session.InsertAll([first, new Reading("ships", "C", 2)]);
        session.Agenda.Select(m => (string)m.Facts[0].Value!).Order().ShouldBe(["ships:C", "troops:A", "troops:B"]);

        session.Retract(first);

        session.Agenda.Select(m => (string)m.Facts[0].Value!).ShouldBe(["ships:C"]);
    }

    [Fact]
    public void A_sorted_collection_orders_by_its_keys_and_is_rebuilt_in_order_when_a_fact_leaves()
    {
        var session = SessionBuilder.Create(new Bind<IOrderedEnumerable<Reading>>(q => q.Match<Reading>().Collect().OrderBy(r => r.Subject).ThenByDescending(r => r.Value)));
        var b = new Reading("ships", "B", 2);
        session.InsertAll([new Reading("troops", "A", 1), b, new Reading("troops", "C", 3), new Reading("ships", "D", 1)]);
        session.Fire();

        session.Retract(b);
        session.Fire();

        Bound<IOrderedEnumerable<Reading>>(session).Select(c => string.Concat(c.Select(r => r.Source))).ShouldBe(["BDCA", "DCA"]);
    }

    [Fact]
    public void A_lookup_groups_the_collection_and_is_empty_when_nothing_matches()
    {
        var session = SessionBuilder.Create(new Bind<IKeyedLookup<string, int>>(q => q.Match<Reading>().Collect().ToLookup(r => r.Subject, r => r.Value)));
        session.Fire();
        Bound<IKeyedLookup<string, int>>(session).Single().Count.ShouldBe(0);

        session.InsertAll([new Reading("troops", "A", 1), new Reading("ships", "B", 2), new Reading("troops", "C", 3)]);
        session.Fire();

        var lookup = Bound<IKeyedLookup<string, int>>(session).Last();
        lookup.Keys.ShouldBe(["troops", "ships"]);
        lookup["troops"].ShouldBe([1, 3]);
        lookup["planes"].ShouldBeEmpty();
    }

    [Fact]
    public void Group_by_with_an_element_selector_groups_what_it_selects()
    {
        var session = SessionBuilder.Create(new Bind<IGrouping<string, string>>(q => q.Match<Reading>().GroupBy(r => r.Subject, r => r.Source)));
        session.InsertAll([new Reading("troops", "A", 1), new Reading("ships", "B", 2), new Reading("troops", "C", 3)]);

        session.Fire();

        Bound<IGrouping<string, string>>(session).Select(g => $"{g.Key}={string.Concat(g)}").Order().ShouldBe(["ships=B", "troops=AC"]);
    }

    [Fact]
    public void A_grouping_binds_to_an_alias_declared_as_a_plain_sequence_and_is_filtered_as_one()
    {
        // IQuery<T> is covariant, as NRules': IQuery<IGrouping<string, Reading>> is an IQuery<IEnumerable<Reading>>.
        var session = SessionBuilder.Create(new Bind<IEnumerable<Reading>>(q => q.Match<Reading>().GroupBy(r => r.Subject).Where(g => g.Key != "ships")));
        session.InsertAll([new Reading("troops", "A", 1), new Reading("ships", "B", 2), new Reading("troops", "C", 3)]);

        session.Fire();

        Bound<IEnumerable<Reading>>(session).Single().ShouldBeAssignableTo<IGrouping<string, Reading>>()!.Key.ShouldBe("troops");
    }

    [Fact]
    public void Steps_after_an_aggregation_filter_and_project_its_result()
    {
        var session = SessionBuilder.Create(new Bind<int>(q => q.Match<Reading>().GroupBy(r => r.Subject).Where(g => g.Count() > 1).Select(g => g.Sum(r => r.Value))));
        session.InsertAll([new Reading("troops", "A", 1), new Reading("ships", "B", 2), new Reading("troops", "C", 3)]);

        session.Fire();

        Bound<int>(session).ShouldBe([4]);
    }

    [Fact]
    public void Select_many_after_an_aggregation_makes_each_member_a_match()
    {
        var session = SessionBuilder.Create(new Bind<Reading>(q => q.Match<Reading>().GroupBy(r => r.Subject).Where(g => g.Count() > 1).SelectMany(g => g)));
        session.InsertAll([new Reading("troops", "A", 1), new Reading("ships", "B", 2), new Reading("troops", "C", 3)]);

        session.Fire().ShouldBe(2);
    }

    [Fact]
    public void A_projection_may_read_an_alias_bound_before_the_query()
    {
        var session = SessionBuilder.Create(new GapsFromBaseline());
        session.InsertAll([new Counter("baseline", 1_000), new Reading("troops", "A", 1_500), new Reading("troops", "B", 12_000)]);

        session.Fire();

        session.Query<Step>().Single().Tag.ShouldBe("500,11000");
    }

    [Fact]
    public void A_projection_that_throws_is_reported_and_drops_only_that_value()
    {
        var session = SessionBuilder.Create(new Bind<IEnumerable<int>>(q => q.Match<Reading>().Select(r => 100 / r.Value).Collect()));
        var failures = new List<LhsExpressionErrorEventArgs>();
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            failures.Add(e);
            e.IsHandled = true;
        };
        session.InsertAll([new Reading("troops", "A", 0), new Reading("troops", "B", 4)]);

        session.Fire();

        Bound<IEnumerable<int>>(session).Single().ShouldBe([25]);
        failures.Single().Exception.ShouldBeOfType<DivideByZeroException>();
    }

    [Fact]
    public void A_query_from_a_bound_value_runs_its_steps_on_that_value_and_again_when_the_fact_changes()
    {
        var session = SessionBuilder.Create(new LargeItems());
        var basket = new Basket("a", [1, 5, 7]);
        session.Insert(basket);
        session.Fire();

        basket.Items = [9, 2, 8, 3];
        session.Update(basket);
        session.Fire();

        Bound<int>(session).ShouldBe([12, 17]);
    }

    [Fact]
    public void A_query_from_a_bound_value_without_aggregation_binds_each_value()
    {
        var session = SessionBuilder.Create(new EachItem());
        session.InsertAll([new Basket("a", [1, 5]), new Basket("b", [7])]);

        session.Fire().ShouldBe(3);

        Bound<int>(session).Order().ShouldBe([1, 5, 7]);
    }

    [Fact]
    public void A_query_from_a_bound_value_groups_it()
    {
        var session = SessionBuilder.Create(new ParityGroups());
        session.Insert(new Basket("a", [1, 2, 3, 5]));

        session.Fire().ShouldBe(2);

        Bound<string>(session).Order(StringComparer.Ordinal).ShouldBe(["False:2", "True:1,3,5"]);
    }

    [Fact]
    public void Sort_keys_that_cannot_be_compared_are_reported_and_the_session_goes_on()
    {
        var session = SessionBuilder.Create(new Bind<IOrderedEnumerable<Reading>>(q => q.Match<Reading>().Collect().OrderBy(r => new object())));
        var failures = new List<LhsExpressionErrorEventArgs>();
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            failures.Add(e);
            e.IsHandled = true;
        };
        session.InsertAll([new Reading("troops", "A", 1), new Reading("ships", "B", 2)]);

        Should.NotThrow(() => session.Fire());

        failures.ShouldNotBeEmpty();
        failures[0].Exception.ShouldBeOfType<InvalidOperationException>();
    }

    [Fact]
    public void Order_by_is_refused_where_it_does_not_follow_collect()
    {
        Should.Throw<RuleDefinitionException>(() => SessionBuilder.Create(
            new Bind<IOrderedEnumerable<int>>(q => q.Match<Reading>().Collect().Where(c => c.Any()).OrderBy(r => r.Value).Select(o => (IOrderedEnumerable<int>)o.Select(r => r.Value).Order()))));
    }

    public sealed class Basket(string name, int[] items)
    {
        public string Name { get; } = name;

        public int[] Items { get; set; } = items;
    }

    // The sum of the basket's items above 4.
    private sealed class LargeItems : Rule
    {
        public override void Define()
        {
            Basket basket = null!;
            IEnumerable<int> large = null!;
            When()
                .Match(() => basket)
                .Query(() => large, q => q.From(() => basket.Items).SelectMany(items => items).Where(i => i > 4).Collect());
            Then().Do(ctx => ctx.Insert(new Box<int>(large.Sum())));
        }
    }

    private sealed class EachItem : Rule
    {
        public override void Define()
        {
            Basket basket = null!;
            var item = 0;
            When().Match(() => basket).Query(() => item, q => q.From(() => basket.Items).SelectMany(items => items));
            Then().Do(ctx => ctx.Insert(new Box<int>(item)));
        }
    }

    private sealed class ParityGroups : Rule
    {
        public override void Define()
        {
            Basket basket = null!;
            IGrouping<bool, int> group = null!;
            When().Match(() => basket).Query(() => group, q => q.From(() => basket.Items).SelectMany(items => items).GroupBy(i => i % 2 == 1));
            Then().Do(ctx => ctx.Insert(new Box<string>(group.Key + ":" + string.Join(",", group))));
        }
    }

    private static List<T> Bound<T>(ISession session) => [.. session.Query<Box<T>>().Select(b => b.Value)];

    public sealed record Box<T>(T Value);

    // Binds what the query gives and records each match in a box.
    private sealed class Bind<T>(Func<IQuery, IQuery<T>> query) : Rule
    {
        public override void Define()
        {
            T value = default!;
            When().Query(() => value, query);
            Then().Do(ctx => ctx.Insert(new Box<T>(value)));
        }
    }

    private sealed class GapsFromBaseline : Rule
    {
        public override void Define()
        {
            Counter baseline = null!;
            IEnumerable<int> gaps = null!;
            When()
                .Match(() => baseline, c => c.Name == "baseline")
                .Query(() => gaps, q => q.Match<Reading>().Select(r => r.Value - baseline.Value).Collect());
            Then().Do(ctx => ctx.Insert(new Step(0, string.Join(",", gaps))));
        }
    }
}
