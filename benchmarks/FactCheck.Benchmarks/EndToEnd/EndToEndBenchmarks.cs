using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FactCheck.Extraction;
using FactCheck.Extraction.Documents;

namespace FactCheck.Benchmarks.EndToEnd;

/// <summary>
/// Articles per second from files to the JSON report, single process, with the stages measured separately in the same
/// run to say where the time goes: loading (baseline), loading + extraction, and the whole check.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Throughput))]
public class EndToEndBenchmarks
{
    private readonly FactChecker _checker = FactChecker.CreateDefault();
    private readonly ClaimExtractor _extractor = new();
    private string _folder = "";

    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.IsQuick ? [100] : [10_000];

    [GlobalSetup]
    public void Setup() => _folder = ArticleCorpus.Write(Articles);

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "Load")]
    public int Load() => DocumentLoader.FromFolder(_folder).Count;

    [Benchmark(Description = "Load + extract")]
    public int LoadAndExtract() => _extractor.ExtractAll(DocumentLoader.FromFolder(_folder)).Sum(r => r.Claims.Count);

    [Benchmark(Description = "Load + extract + match + JSON report")]
    public int EndToEnd() => _checker.Check(DocumentLoader.FromFolder(_folder)).Render(ReportFormat.Json).Length;

    private sealed class Throughput : ManualConfig
    {
        public Throughput() => AddColumn(new ThroughputColumn(nameof(Articles), "articles/s", 1));
    }
}
