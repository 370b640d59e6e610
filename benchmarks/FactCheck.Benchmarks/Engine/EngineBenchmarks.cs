using BenchmarkDotNet.Attributes;
using FactCheck.Engine;

namespace FactCheck.Benchmarks.Engine;

/// <summary>The quantity-conflict rule over N claims against the same matching written by hand (the baseline).</summary>
[MemoryDiagnoser]
[Config(typeof(PerFactConfig))]
public class EngineBenchmarks
{
    private BenchClaim[] _claims = [];
    private ISessionFactory _factory = null!;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.IsQuick ? [1_000] : [1_000, 10_000, 100_000];

    [GlobalSetup]
    public void Setup()
    {
        _claims = ClaimWorkload.Create(N);
        _factory = Compile();

        // The comparison means something only if all three find the same conflicts.
        var expected = HandWritten();
        if (HandWrittenWithBookkeeping() != expected || InsertAllAndFire() != expected)
        {
            throw new InvalidOperationException($"The engine and the hand-written versions disagree at N = {N}.");
        }
    }

    [Benchmark(Baseline = true, Description = "Hand-written group-by + pairs")]
    public int HandWritten() => ClaimWorkload.HandWritten(_claims, []);

    [Benchmark(Description = "Hand-written with working memory and agenda")]
    public int HandWrittenWithBookkeeping() => HandWrittenEngine.Run(_claims);

    [Benchmark(Description = "Engine InsertAll + Fire")]
    public int InsertAllAndFire()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_claims);
        return session.Fire();
    }

    /// <summary>The same by reference identity: what hashing each record by value (the default, as NRules) costs.</summary>
    [Benchmark(Description = "Engine InsertAll + Fire, reference identity")]
    public int InsertAllAndFireByReference()
    {
        var session = _factory.CreateSession(FactIdentity.Reference);
        session.InsertAll(_claims);
        return session.Fire();
    }

    [Benchmark(Description = "Engine InsertAll only")]
    public int InsertAll()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_claims);
        return session.Agenda.Count;
    }

    [Benchmark(Description = "Compile the rule")]
    public ISessionFactory CompileRule() => Compile();

    private static ISessionFactory Compile()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(QuantityConflictRule)));
        return repository.Compile();
    }
}
