using BenchmarkDotNet.Configs;

namespace FactCheck.Benchmarks.Engine;

/// <summary>Adds the bytes allocated per fact (of the <c>N</c> parameter) to an engine benchmark's table.</summary>
internal sealed class PerFactConfig : ManualConfig
{
    public PerFactConfig() => AddColumn(new BytesPerFactColumn("N"));
}
