using BenchmarkDotNet.Attributes;
using FactCheck.Engine;

namespace FactCheck.Benchmarks.Engine;

/// <summary>
/// The cost of a new article arriving: one claim inserted and fired into a session already holding N claims
/// (then retracted, which withdraws its linked conflicts, so every invocation starts from the same state).
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private ISession _session = null!;
    private BenchClaim _claim = null!;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.IsQuick ? [1_000] : [100_000];

    [GlobalSetup]
    public void Setup()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(LinkedConflictRule)));
        _session = repository.Compile().CreateSession();
        _session.InsertAll(ClaimWorkload.Create(N));
        _session.Fire();
        _claim = new BenchClaim("subject-7", "source-zz", "personnel", 99);
    }

    [Benchmark(Description = "Insert + Fire + Retract one claim")]
    public int InsertFireRetract()
    {
        _session.Insert(_claim);
        var fired = _session.Fire();
        _session.Retract(_claim);
        return fired;
    }
}
