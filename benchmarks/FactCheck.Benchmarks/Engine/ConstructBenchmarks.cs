using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using System.Linq.Expressions;
using FactCheck.Engine;
using FactCheck.Engine.Aggregators;
using FactCheck.Engine.Dsl;
using FactCheck.Engine.RuleModel;

namespace FactCheck.Benchmarks.Engine;

/// <summary>
/// Each NRules construct the engine compiles (Or, Let/Having, sorted Collect, Select/SelectMany, All, linked facts, a
/// custom aggregator) on
/// N claims, insert all and fire, against the same result computed by hand with LINQ in the same run (the baseline of
/// its category).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerFactConfig))]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ConstructBenchmarks
{
    private BenchClaim[] _claims = [];
    private readonly Dictionary<Type, ISessionFactory> _factories = [];

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.IsQuick ? [1_000] : [10_000, 100_000];

    [GlobalSetup]
    public void Setup()
    {
        _claims = ClaimWorkload.Create(N);
        foreach (var rule in new[] { typeof(OrRule), typeof(GapRule), typeof(SortedRule), typeof(ProjectedRule), typeof(SplitRule), typeof(AllRule), typeof(LinkedRule), typeof(CustomSumRule) })
        {
            var repository = new RuleRepository();
            repository.Load(x => x.From(rule));
            _factories[rule] = repository.Compile();
        }

        // The comparison means something only if both find the same.
        if (Or() != OrByHand() || Gap() != GapByHand() || Sorted() != SortedByHand() || Projected() != ProjectedByHand()
            || Split() != SplitByHand() || All() != AllByHand() || Linked() != LinkedByHand() || LinkedQueued() != LinkedByHand()
            || CustomSum() != CustomSumByHand())
        {
            throw new InvalidOperationException($"The engine and the hand-written versions disagree at N = {N}.");
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Or")]
    public int OrByHand() => _claims.Count(c => c.Value == 1000) + _claims.Count(c => c.Source == "source-0");

    [Benchmark, BenchmarkCategory("Or")]
    public int Or() => Fire<OrRule>();

    [Benchmark(Baseline = true), BenchmarkCategory("Let+Having")]
    public int GapByHand()
        => _claims.GroupBy(c => c.Subject).Sum(g => g.SelectMany(a => g.Where(b => b.Source != a.Source && b.Value - a.Value >= 1000)).Count());

    [Benchmark, BenchmarkCategory("Let+Having")]
    public int Gap() => Fire<GapRule>();

    [Benchmark(Baseline = true), BenchmarkCategory("Sorted Collect")]
    public int SortedByHand() => _claims.OrderBy(c => c.Value).ThenBy(c => c.Source, StringComparer.Ordinal).ToList()[0].Value;

    [Benchmark, BenchmarkCategory("Sorted Collect")]
    public int Sorted() => FireAndRead<SortedRule>();

    [Benchmark(Baseline = true), BenchmarkCategory("Select + Collect")]
    public int ProjectedByHand() => _claims.Select(c => c.Value).ToList().Sum() / 1000;

    [Benchmark, BenchmarkCategory("Select + Collect")]
    public int Projected() => FireAndRead<ProjectedRule>();

    [Benchmark(Baseline = true), BenchmarkCategory("SelectMany")]
    public int SplitByHand() => _claims.SelectMany(c => c.Subject.Split('-')).Count();

    [Benchmark, BenchmarkCategory("SelectMany")]
    public int Split() => Fire<SplitRule>();

    [Benchmark(Baseline = true), BenchmarkCategory("All")]
    public int AllByHand() => _claims.GroupBy(c => c.Subject).Count(g => g.Any(c => c.Source == "source-0") && g.All(c => c.Value >= 1000));

    [Benchmark, BenchmarkCategory("All")]
    public int All() => Fire<AllRule>();

    [Benchmark(Baseline = true), BenchmarkCategory("Custom aggregator")]
    public int CustomSumByHand() => (int)(_claims.Sum(c => (long)c.Value) / 1000);

    [Benchmark, BenchmarkCategory("Custom aggregator")]
    public int CustomSum() => FireAndRead<CustomSumRule>();

    [Benchmark(Baseline = true), BenchmarkCategory("Linked facts")]
    public int LinkedByHand() => _claims.Select(c => new BenchDismissal(c)).ToList().Count;

    [Benchmark, BenchmarkCategory("Linked facts")]
    public int Linked()
    {
        var session = _factories[typeof(LinkedRule)].CreateSession();
        session.InsertAll(_claims);
        session.Fire();
        return session.Query<BenchDismissal>().Count();
    }

    /// <summary>The same with linked facts queued while the rule fires and propagated in one batch after.</summary>
    [Benchmark, BenchmarkCategory("Linked facts")]
    public int LinkedQueued()
    {
        var session = _factories[typeof(LinkedRule)].CreateSession();
        session.AutoPropagateLinkedFacts = false;
        session.InsertAll(_claims);
        session.Fire();
        session.PropagateLinked();
        return session.Query<BenchDismissal>().Count();
    }

    private int Fire<TRule>()
    {
        var session = _factories[typeof(TRule)].CreateSession();
        session.InsertAll(_claims);
        return session.Fire();
    }

    // The value the rule's one firing left in its box.
    private int FireAndRead<TRule>()
    {
        var session = _factories[typeof(TRule)].CreateSession();
        var box = new int[1];
        session.Insert(box);
        session.InsertAll(_claims);
        session.Fire();
        return box[0];
    }

    public sealed class OrRule : Rule
    {
        public override void Define()
        {
            BenchClaim c = null!;
            When().Or(x => x.Match(() => c, x => x.Value == 1000).Match(() => c, x => x.Source == "source-0"));
            Then().Do(ctx => c.ToString());
        }
    }

    public sealed class GapRule : Rule
    {
        public override void Define()
        {
            BenchClaim a = null!, b = null!;
            var gap = 0;
            When()
                .Match(() => a)
                .Match(() => b, x => x.Subject == a.Subject && x.Source != a.Source)
                .Let(() => gap, () => b.Value - a.Value)
                .Having(() => gap >= 1000);
            Then().Do(ctx => gap.ToString());
        }
    }

    public sealed class SortedRule : Rule
    {
        public override void Define()
        {
            int[] box = null!;
            IOrderedEnumerable<BenchClaim> sorted = null!;
            When().Match(() => box).Query(() => sorted, q => q.Match<BenchClaim>().Collect().OrderBy(c => c.Value).ThenBy(c => c.Source));
            Then().Do(ctx => Store(box, sorted.First().Value));
        }
    }

    public sealed class ProjectedRule : Rule
    {
        public override void Define()
        {
            int[] box = null!;
            IEnumerable<int> values = null!;
            When().Match(() => box).Query(() => values, q => q.Match<BenchClaim>().Select(c => c.Value).Collect());
            Then().Do(ctx => Store(box, values.Sum() / 1000));
        }
    }

    public sealed class SplitRule : Rule
    {
        public override void Define()
        {
            string part = null!;
            When().Query(() => part, q => q.Match<BenchClaim>().SelectMany(c => c.Subject.Split('-', StringSplitOptions.None)));
            Then().Do(ctx => part.ToString());
        }
    }

    public sealed class AllRule : Rule
    {
        public override void Define()
        {
            BenchClaim a = null!;
            When()
                .Match(() => a, x => x.Source == "source-0")
                .All<BenchClaim>(x => x.Subject == a.Subject, x => x.Value >= 1000);
            Then().Do(ctx => a.ToString());
        }
    }

    public sealed class LinkedRule : Rule
    {
        public override void Define()
        {
            BenchClaim c = null!;
            When().Match(() => c);
            Then().Yield(ctx => new BenchDismissal(c));
        }
    }

    private static void Store(int[] box, int value) => box[0] = value;

    public sealed class CustomSumRule : Rule
    {
        public override void Define()
        {
            int[] box = null!;
            Total total = null!;
            When().Match(() => box).Query(() => total, q => q.Match<BenchClaim>()
                .Aggregate<BenchClaim, Total>("Sum", [new("Value", (Expression<Func<BenchClaim, int>>)(c => c.Value))], typeof(SumFactory)));
            Then().Do(ctx => Store(box, (int)(total.Sum / 1000)));
        }
    }

    /// <summary>A running sum, replaced at each change, as a custom aggregate.</summary>
    public sealed record Total(long Sum);

    public sealed class SumFactory : IAggregatorFactory
    {
        private IAggregateExpression _value = null!;

        public void Compile(AggregateElement element, IEnumerable<IAggregateExpression> compiledExpressions) => _value = compiledExpressions.FindSingle("Value");

        public IAggregator Create() => new SumAggregator(_value);
    }

    private sealed class SumAggregator(IAggregateExpression value) : IAggregator
    {
        private readonly Dictionary<IFact, int> _values = [];
        private Total? _total;

        public IEnumerable<AggregationResult> Add(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts)
        {
            var sum = _total?.Sum ?? 0;
            foreach (var fact in facts)
            {
                var v = (int)value.Invoke(context, tuple, fact)!;
                _values[fact] = v;
                sum += v;
            }

            return Report(sum);
        }

        public IEnumerable<AggregationResult> Modify(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts)
        {
            var sum = _total!.Sum;
            foreach (var fact in facts)
            {
                var v = (int)value.Invoke(context, tuple, fact)!;
                sum += v - _values[fact];
                _values[fact] = v;
            }

            return Report(sum);
        }

        public IEnumerable<AggregationResult> Remove(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts)
        {
            var sum = _total!.Sum;
            foreach (var fact in facts)
            {
                _values.Remove(fact, out var v);
                sum -= v;
            }

            return Report(sum);
        }

        private AggregationResult[] Report(long sum)
        {
            var previous = _total;
            _total = new Total(sum);
            return [previous is null ? AggregationResult.Added(_total) : AggregationResult.Modified(_total, previous)];
        }
    }
}
