using BenchmarkDotNet.Attributes;
using FactCheck.Engine;

namespace FactCheck.Benchmarks.Engine;

/// <summary>What the hash index buys: the same join on a hashable equality (baseline) and through a method call the engine must scan.</summary>
[MemoryDiagnoser]
[Config(typeof(PerFactConfig))]
public class ScanJoinBenchmarks
{
    private BenchClaim[] _claims = [];
    private ISessionFactory _hashed = null!;
    private ISessionFactory _scanned = null!;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.IsQuick ? [1_000] : [1_000, 10_000];

    [GlobalSetup]
    public void Setup()
    {
        _claims = ClaimWorkload.Create(N);
        _hashed = Compile(typeof(QuantityConflictRule));
        _scanned = Compile(typeof(ScannedConflictRule));
    }

    [Benchmark(Baseline = true, Description = "Hashed join")]
    public int Hashed() => Run(_hashed);

    [Benchmark(Description = "Nested-loop join")]
    public int Scanned() => Run(_scanned);

    private int Run(ISessionFactory factory)
    {
        var session = factory.CreateSession();
        session.InsertAll(_claims);
        return session.Fire();
    }

    private static ISessionFactory Compile(Type rule)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(rule));
        return repository.Compile();
    }
}
