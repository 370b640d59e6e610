using System.Linq.Expressions;
using FactCheck.Engine.Aggregators;
using FactCheck.Engine.Diagnostics;
using FactCheck.Engine.Dsl;
using FactCheck.Engine.RuleModel;

namespace FactCheck.Engine.Tests;

/// <summary>
/// Custom aggregators (<see cref="IAggregator"/>): one per partial match, told incrementally which facts arrived,
/// changed and left, each aggregate it reports a match of its own, found through the query's factory type or the
/// repository's registry.
/// </summary>
public class CustomAggregatorTests
{
    [Fact]
    public void A_new_match_starts_with_an_add_so_an_empty_total_is_bound()
    {
        var session = SessionBuilder.Create(new TotalOfTroops());

        session.Fire().ShouldBe(1);

        Last(session).ShouldBe((0, 0, "Add "));
    }

    [Fact]
    public void A_batch_of_facts_reaches_the_aggregator_in_one_add_in_insertion_order()
    {
        var session = SessionBuilder.Create(new TotalOfTroops());

        session.InsertAll([new Claim("troops", 1_500), new Claim("ships", 7), new Claim("troops", 12_000)]);
        session.Fire();

        Last(session).ShouldBe((13_500, 2, "Add 1500,12000"));
    }

    [Fact]
    public void An_update_is_a_modify_of_the_same_fact_object_and_reactivates_the_match()
    {
        var session = SessionBuilder.Create(new TotalOfTroops());
        var triggers = new List<MatchTrigger>();
        session.Events.RuleFiredEvent += (_, e) => triggers.Add(e.Match.Trigger);
        var claim = new Claim("troops", 1_500);
        session.Insert(claim);
        session.Fire();

        claim.Value = 2_000;
        session.Update(claim);
        session.Fire();

        Last(session).ShouldBe((2_000, 1, "Add 1500; Modify 2000"));
        var seen = session.Query<Tally>().Last().Seen;
        seen.Count.ShouldBe(2);
        seen[1].ShouldBeSameAs(seen[0]);
        triggers.ShouldBe([MatchTrigger.Created, MatchTrigger.Updated]);
    }

    [Fact]
    public void A_retraction_or_an_update_that_stops_matching_is_a_remove()
    {
        var session = SessionBuilder.Create(new TotalOfTroops());
        var first = new Claim("troops", 1_500);
        var second = new Claim("troops", 12_000);
        session.InsertAll([first, second]);
        session.Fire();

        session.Retract(first);
        second.Subject = "ships";
        session.Update(second);
        session.Fire();

        Last(session).ShouldBe((0, 0, "Add 1500,12000; Remove 1500,12000"));
    }

    [Fact]
    public void Changes_before_a_flush_are_folded_an_insert_then_update_is_one_add()
    {
        var session = SessionBuilder.Create(new TotalOfTroops());
        var claim = new Claim("troops", 1_500);
        session.Insert(claim);
        claim.Value = 1_600;
        session.Update(claim);

        session.Fire().ShouldBe(1);

        Last(session).ShouldBe((1_600, 1, "Add 1600"));
    }

    [Fact]
    public void Each_partial_match_has_its_own_aggregator_and_expressions_read_its_aliases()
    {
        var session = SessionBuilder.Create(new BucketsAboveFloor());
        session.InsertAll([new Floor(1_000), new Floor(10_000)]);
        session.InsertAll([new Claim("troops", 1_500), new Claim("ships", 7), new Claim("troops", 12_000)]);

        session.Fire();

        session.Query<string>().Order(StringComparer.Ordinal).ShouldBe(["10000: above 12000", "10000: below 7,1500", "1000: above 1500,12000", "1000: below 7"]);
    }

    [Fact]
    public void A_removed_aggregate_withdraws_its_match_and_runs_its_deactivated_actions()
    {
        var log = new List<string>();
        var session = SessionBuilder.Create(new BucketsAboveFloor(log));
        session.Insert(new Floor(1_000));
        var small = new Claim("ships", 7);
        session.InsertAll([small, new Claim("troops", 12_000)]);
        session.Fire();

        session.Retract(small);
        session.Fire();

        log.ShouldBe(["open below", "open above", "closed below"]);
        session.Agenda.ShouldBeEmpty();
    }

    [Fact]
    public void Steps_before_the_aggregate_give_it_projected_values_and_after_it_filter_the_aggregates()
    {
        var session = SessionBuilder.Create(new ThousandsOfTroops());
        var claim = new Claim("troops", 1_500);
        session.Insert(claim);
        session.Fire().ShouldBe(0); // the total of one claim is filtered out

        session.Insert(new Claim("troops", 3_000));
        claim.Value = 2_500;
        session.Update(claim);
        session.Fire().ShouldBe(1);

        session.Query<Tally>().Count().ShouldBe(1);
        Last(session).ShouldBe((5, 2, "Add 1; Modify 2; Add 3"));
    }

    [Fact]
    public void A_factory_is_found_by_name_in_the_registry()
    {
        var repository = new RuleRepository();
        repository.AggregatorRegistry.RegisterFactory("Tally", typeof(TallyFactory));
        repository.Add(new TotalOfTroops(registered: true));
        var session = repository.Compile().CreateSession();
        session.Insert(new Claim("troops", 40));

        session.Fire();

        Last(session).ShouldBe((40, 1, "Add 40"));
    }

    [Fact]
    public void A_name_with_no_factory_fails_the_compilation_naming_the_rule()
    {
        var repository = new RuleRepository();
        repository.Add(new TotalOfTroops(registered: true));

        var error = Should.Throw<RuleCompilationException>(() => repository.Compile());

        error.Message.ShouldContain(typeof(TotalOfTroops).FullName!);
        error.Message.ShouldContain("'Tally'");
    }

    [Fact]
    public void The_registry_and_the_query_refuse_a_type_that_is_no_factory()
    {
        Should.Throw<ArgumentException>(() => new RuleRepository().AggregatorRegistry.RegisterFactory("Tally", typeof(string)));
        Should.Throw<RuleDefinitionException>(() => SessionBuilder.Create(new WithFactory(typeof(IAggregatorFactory))));
    }

    [Fact]
    public void A_throwing_aggregator_is_reported_and_the_session_goes_on()
    {
        var session = SessionBuilder.Create(new TotalOfTroops(), new WithFactory(typeof(ThrowingFactory)));
        var failures = new List<LhsExpressionErrorEventArgs>();
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            failures.Add(e);
            e.IsHandled = true;
        };
        session.Insert(new Claim("troops", 5));

        session.Fire().ShouldBe(1);

        failures.ShouldNotBeEmpty();
        failures[0].Exception.ShouldBeOfType<InvalidOperationException>();
        failures[0].Rules.Single().Name.ShouldBe(typeof(WithFactory).FullName);
        Last(session).ShouldBe((5, 1, "Add 5"));
    }

    [Fact]
    public void An_unhandled_aggregator_failure_throws_the_condition_exception()
    {
        var session = SessionBuilder.Create(new WithFactory(typeof(ThrowingFactory)));

        Should.Throw<RuleLhsExpressionEvaluationException>(() => session.Fire()).InnerException.ShouldBeOfType<InvalidOperationException>();
    }

    [Fact]
    public void A_custom_aggregate_after_From_is_refused_when_compiling()
        => Should.Throw<RuleCompilationException>(() => SessionBuilder.Create(new TotalOfFloorValues())).Message.ShouldContain("From(...)");

    [Fact]
    public void The_network_shows_the_aggregate_by_name_with_its_expressions()
    {
        var network = SessionBuilder.Factory(new BucketsAboveFloor()).Network;

        network.Nodes.ShouldContain(n => n.Kind == "Aggregate" && n.Detail.Contains("Bucket(Above:", StringComparison.Ordinal));
    }

    public sealed class Claim(string subject, int value)
    {
        public string Subject { get; set; } = subject;

        public int Value { get; set; } = value;
    }

    public sealed record Floor(int Value);

    /// <summary>A total, with the aggregator's calls so far and every fact object it was given.</summary>
    public sealed record Tally(int Total, int Count, IReadOnlyList<string> Calls, IReadOnlyList<IFact> Seen);

    private static (int Total, int Count, string Calls) Last(ISession session)
    {
        var tally = session.Query<Tally>().Last();
        return (tally.Total, tally.Count, string.Join("; ", tally.Calls));
    }

    /// <summary>An aggregate keeping one total of a value: an immutable tally, replaced at each change.</summary>
    public sealed class TallyFactory : IAggregatorFactory
    {
        private IAggregateExpression _amount = null!;

        public void Compile(AggregateElement element, IEnumerable<IAggregateExpression> compiledExpressions)
        {
            element.ResultType.ShouldBe(typeof(Tally));
            element["Amount"].ReturnType.ShouldBe(typeof(int));
            Should.Throw<ArgumentException>(() => element["Missing"]);
            _amount = compiledExpressions.FindSingle("Amount");
        }

        public IAggregator Create() => new TallyAggregator(_amount);
    }

    private sealed class TallyAggregator(IAggregateExpression amount) : IAggregator
    {
        private readonly Dictionary<IFact, int> _amounts = [];
        private readonly List<string> _calls = [];
        private readonly List<IFact> _seen = [];
        private Tally? _tally;

        public IEnumerable<AggregationResult> Add(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts)
            => Change("Add", context, tuple, facts, (fact, value) => _amounts[fact] = value);

        public IEnumerable<AggregationResult> Modify(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts)
            => Change("Modify", context, tuple, facts, (fact, value) => _amounts[fact] = value);

        public IEnumerable<AggregationResult> Remove(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts)
            => Change("Remove", context, tuple, facts, (fact, _) => _amounts.Remove(fact));

        private IEnumerable<AggregationResult> Change(string what, AggregationContext context, ITuple tuple, IEnumerable<IFact> facts, Action<IFact, int> apply)
        {
            var values = new List<int>();
            foreach (var fact in facts)
            {
                _seen.Add(fact);
                var value = what == "Remove" ? _amounts[fact] : (int)amount.Invoke(context, tuple, fact)!;
                values.Add(value);
                apply(fact, value);
            }

            _calls.Add($"{what} {string.Join(",", values)}");
            var previous = _tally;
            _tally = new Tally(_amounts.Values.Sum(), _amounts.Count, [.. _calls], [.. _seen]);
            return [previous is null ? AggregationResult.Added(_tally) : AggregationResult.Modified(_tally, previous)];
        }
    }

    /// <summary>Splits values into two buckets by an expression; a bucket is one aggregate, changed in place, removed when empty.</summary>
    public sealed class BucketFactory : IAggregatorFactory
    {
        private IAggregateExpression _above = null!;

        public void Compile(AggregateElement element, IEnumerable<IAggregateExpression> compiledExpressions) => _above = compiledExpressions.FindSingle("Above");

        public IAggregator Create() => new BucketAggregator(_above);
    }

    public sealed class Bucket(bool above)
    {
        public bool Above { get; } = above;

        public List<int> Values { get; } = [];
    }

    private sealed class BucketAggregator(IAggregateExpression above) : IAggregator
    {
        private readonly Dictionary<IFact, Bucket> _bucketOf = [];
        private readonly Dictionary<bool, Bucket> _buckets = [];

        public IEnumerable<AggregationResult> Add(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts)
        {
            var results = new List<AggregationResult>();
            foreach (var fact in facts)
            {
                var key = (bool)above.Invoke(context, tuple, fact)!;
                var isNew = !_buckets.TryGetValue(key, out var bucket);
                bucket ??= _buckets[key] = new Bucket(key);
                bucket.Values.Add(((Claim)fact.Value!).Value);
                _bucketOf[fact] = bucket;
                results.Add(isNew ? AggregationResult.Added(bucket) : AggregationResult.Modified(bucket));
            }

            return results;
        }

        public IEnumerable<AggregationResult> Modify(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts)
            => [.. Remove(context, tuple, facts), .. Add(context, tuple, facts)];

        public IEnumerable<AggregationResult> Remove(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts)
        {
            var results = new List<AggregationResult>();
            foreach (var fact in facts)
            {
                _bucketOf.Remove(fact, out var bucket);
                bucket!.Values.Remove(((Claim)fact.Value!).Value);
                if (bucket.Values.Count == 0)
                {
                    _buckets.Remove(bucket.Above);
                    results.Add(AggregationResult.Removed(bucket));
                }
                else
                {
                    results.Add(AggregationResult.Modified(bucket));
                }
            }

            return results;
        }
    }

    private sealed class ThrowingFactory : IAggregatorFactory
    {
        public void Compile(AggregateElement element, IEnumerable<IAggregateExpression> compiledExpressions)
        {
        }

        public IAggregator Create() => new ThrowingAggregator();
    }

    private sealed class ThrowingAggregator : IAggregator
    {
        public IEnumerable<AggregationResult> Add(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts) => throw new InvalidOperationException("cannot add");

        public IEnumerable<AggregationResult> Modify(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts) => throw new InvalidOperationException("cannot modify");

        public IEnumerable<AggregationResult> Remove(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts) => throw new InvalidOperationException("cannot remove");
    }

    private static IQuery<Tally> Totalled<T>(IQuery<T> source, Expression<Func<T, int>> amount, Type? factory)
        => source.Aggregate<T, Tally>("Tally", [new("Amount", amount)], factory);

    private sealed class TotalOfTroops(bool registered = false) : Rule
    {
        public override void Define()
        {
            Tally tally = null!;
            When().Query(() => tally, q => Totalled(q.Match<Claim>(c => c.Subject == "troops"), c => c.Value, registered ? null : typeof(TallyFactory)));
            Then().Do(ctx => ctx.Insert(tally));
        }
    }

    private sealed class ThousandsOfTroops : Rule
    {
        public override void Define()
        {
            Tally tally = null!;
            When().Query(() => tally, q => Totalled(q.Match<Claim>(c => c.Subject == "troops").Select(c => c.Value / 1_000), v => v, typeof(TallyFactory)).Where(t => t.Count > 1));
            Then().Do(ctx => ctx.Insert(tally));
        }
    }

    private sealed class TotalOfFloorValues : Rule
    {
        public override void Define()
        {
            Floor floor = null!;
            Tally tally = null!;
            When()
                .Match(() => floor)
                .Query(() => tally, q => Totalled(q.From(() => new[] { floor.Value }).SelectMany(v => v), v => v, typeof(TallyFactory)));
            Then().Do(ctx => ctx.Insert(tally));
        }
    }

    private sealed class WithFactory(Type factory) : Rule
    {
        public override void Define()
        {
            Tally tally = null!;
            When().Query(() => tally, q => Totalled(q.Match<Claim>(), c => c.Value, factory));
            Then().Do(ctx => ctx.Insert(tally));
        }
    }

    private sealed class BucketsAboveFloor(List<string>? log = null) : Rule
    {
        private readonly List<string> _log = log ?? [];

        public override void Define()
        {
            Floor floor = null!;
            Bucket bucket = null!;
            When()
                .Match(() => floor)
                .Query(() => bucket, q => q.Match<Claim>().Aggregate<Claim, Bucket>("Bucket", [new("Above", (Expression<Func<Claim, bool>>)(c => c.Value > floor.Value))], typeof(BucketFactory)));
            Then()
                .Do(ctx => ctx.Insert($"{floor.Value}: {(bucket.Above ? "above" : "below")} {string.Join(",", bucket.Values.Order())}"))
                .Action(ctx => _log.Add("open " + (bucket.Above ? "above" : "below")), ActionTrigger.Activated)
                .Action(ctx => _log.Add("closed " + (bucket.Above ? "above" : "below")), ActionTrigger.Deactivated);
        }
    }
}
