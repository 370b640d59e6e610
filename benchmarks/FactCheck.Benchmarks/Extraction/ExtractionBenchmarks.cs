using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FactCheck.Extraction;
using FactCheck.Extraction.Documents;
using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Text;

namespace FactCheck.Benchmarks.Extraction;

/// <summary>
/// Extraction throughput on article text concatenated into one large article (the seeds', and news like the development
/// corpus's), against cleaning and sentence splitting alone (the baseline) in the same run.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Throughput))]
public class ExtractionBenchmarks
{
    private readonly ClaimExtractor _extractor = new();
    private readonly SentenceSplitter _splitter = new(ExtractionLexicon.CreateDefault().Abbreviations);
    private string _text = "";
    private Document _document = null!;

    [ParamsSource(nameof(Sizes))]
    public int Kilobytes { get; set; }

    /// <summary>The seeds' text, or the news corpus's (scraped pages about disasters, protests and conflicts).</summary>
    [ParamsSource(nameof(Sources))]
    public string Text { get; set; } = NewsCorpus.Seeds;

    public static IEnumerable<int> Sizes => BenchmarkMode.IsQuick ? [64] : [1024];

    public static IEnumerable<string> Sources => NewsCorpus.Sources;

    [GlobalSetup]
    public void Setup()
    {
        // The article text only: a page's "Comments" or "Related" line would otherwise cut everything after it.
        var articles = Text == NewsCorpus.News
            ? [.. NewsCorpus.Articles.Select(a => a.CleanText)]
            : Directory.EnumerateFiles(SeedFolder.Path).Order(StringComparer.Ordinal)
                .Select(f => Document.FromText(Path.GetFileName(f), File.ReadAllText(f)).CleanText).ToList();
        var text = new System.Text.StringBuilder("date 2024-10-19\n");
        for (var i = 0; text.Length < Kilobytes * 1024; i++)
        {
            text.Append(articles[i % articles.Count]).Append('\n');
        }

        _text = text.ToString();
        _document = Document.FromText("bench", _text);
    }

    [Benchmark(Baseline = true, Description = "Clean + split sentences")]
    public int CleanAndSplit() => _splitter.Split(Document.FromText("bench", _text).CleanText).Count;

    [Benchmark(Description = "Extract claims (cleaned document)")]
    public int Extract() => _extractor.Extract(_document).Claims.Count;

    private sealed class Throughput : ManualConfig
    {
        public Throughput() => AddColumn(new ThroughputColumn(nameof(Kilobytes), "MB/s", 1.0 / 1024));
    }
}
