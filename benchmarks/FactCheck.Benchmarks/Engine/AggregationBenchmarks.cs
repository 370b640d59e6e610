using BenchmarkDotNet.Attributes;
using FactCheck.Engine;
using FactCheck.Engine.Dsl;

namespace FactCheck.Benchmarks.Engine;

/// <summary>
/// A GroupBy with a count filter over N claims (ten a subject), insert all and fire, against the same groups by
/// LINQ's GroupBy over the array in the same run (the baseline); and compiling a set of ten rules.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerFactConfig))]
public class AggregationBenchmarks
{
    private BenchClaim[] _claims = [];
    private ISessionFactory _factory = null!;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.IsQuick ? [1_000] : [10_000, 100_000, 1_000_000];

    [GlobalSetup]
    public void Setup()
    {
        _claims = ClaimWorkload.Create(N);
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(CrowdedSubject)));
        _factory = repository.Compile();
        if (GroupBy() != ByHand())
        {
            throw new InvalidOperationException($"The engine and LINQ disagree at N = {N}.");
        }
    }

    [Benchmark(Baseline = true, Description = "LINQ GroupBy + Where(count)")]
    public int ByHand() => _claims.GroupBy(c => c.Subject).Count(g => g.Count(c => c.Value >= 2000) > 2);

    [Benchmark(Description = "Engine GroupBy + Where(count), InsertAll + Fire")]
    public int GroupBy()
    {
        var session = _factory.CreateSession(FactIdentity.Reference);
        session.InsertAll(_claims);
        return session.Fire();
    }

    public sealed class CrowdedSubject : Rule
    {
        public override void Define()
        {
            IGrouping<string, BenchClaim> group = null!;
            When().Query(() => group, q => q.Match<BenchClaim>(c => c.Value >= 2000).GroupBy(c => c.Subject).Where(g => g.Count() > 2));
            Then().Do(ctx => group.Key.ToString());
        }
    }
}
