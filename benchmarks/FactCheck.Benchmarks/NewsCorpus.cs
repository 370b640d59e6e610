using FactCheck.Extraction.Documents;

namespace FactCheck.Benchmarks;

/// <summary>
/// The development corpus beside the repository (<c>../shared/corpus/*/articles.json</c>), read at run time so the
/// benchmarks also measure news-like text: scraped pages with furniture, datelines and many figures. It is never copied
/// into the project; where it is absent, the benchmarks run on the seeds only.
/// </summary>
internal static class NewsCorpus
{
    public const string Seeds = "seeds";
    public const string News = "news";

    private static readonly Lazy<IReadOnlyList<Document>> Loaded = new(Load);

    public static string Folder { get; } = Path.Combine(Path.GetDirectoryName(SeedFolder.Path)!, "..", "shared", "corpus");

    public static bool IsAvailable => Directory.Exists(Folder);

    /// <summary>The texts the benchmarks run on: the seeds, and the news corpus when it is there.</summary>
    public static IEnumerable<string> Sources => IsAvailable ? [Seeds, News] : [Seeds];

    /// <summary>The corpus's articles, in folder order.</summary>
    public static IReadOnlyList<Document> Articles => Loaded.Value;

    private static IReadOnlyList<Document> Load()
        => [.. Directory.EnumerateFiles(Folder, "articles.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(file => DocumentLoader.FromFile(file))];
}
