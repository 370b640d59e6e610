using BenchmarkDotNet.Attributes;
using FactCheck.Engine;

namespace FactCheck.Benchmarks.Engine;

/// <summary>Compiling rule sets: the one-rule quantity conflict (the baseline) and FactCheck's own thirteen rules.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    [Benchmark(Baseline = true, Description = "Compile one rule")]
    public ISessionFactory CompileOne()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(QuantityConflictRule)));
        return repository.Compile();
    }

    [Benchmark(Description = "Compile FactCheck's 13 rules")]
    public ISessionFactory CompileBuiltIn()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(FactCheck.Rules.QuantityConflictRule).Assembly));
        return repository.Compile();
    }
}
