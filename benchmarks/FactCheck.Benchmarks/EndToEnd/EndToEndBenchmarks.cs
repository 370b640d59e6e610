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

    /// <summary>Articles varied from the seeds, or from the news corpus.</summary>
    [ParamsSource(nameof(Sources))]
    public string Text { get; set; } = NewsCorpus.Seeds;

    public static IEnumerable<int> Sizes => BenchmarkMode.IsQuick ? [100] : [10_000];

    public static IEnumerable<string> Sources => NewsCorpus.Sources;

    [GlobalSetup]
    public void Setup() => _folder = Text == NewsCorpus.News
        ? ArticleCorpus.Write(Articles, [.. NewsCorpus.Articles.Select(a => $"{(a.Published is { } day ? $"date {day:yyyy-MM-dd}\n" : "")}{a.Title}\n\n{a.Text}")], nudge: false)
        : ArticleCorpus.Write(Articles, [.. Directory.EnumerateFiles(SeedFolder.Path).Order(StringComparer.Ordinal).Select(File.ReadAllText)]);

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
