using FactCheck.Extraction.Documents;
using FactCheck.TestSupport;

namespace FactCheck.Tests;

public class EvidenceOrderTests
{
    [Fact]
    public void Renaming_and_reordering_the_same_articles_quotes_the_same_passages()
    {
        var seeds = DocumentLoader.FromFolder(RepositoryPaths.Seeds);
        var renamed = seeds.Reverse().Select((d, i) => Document.FromText($"{(char)('a' + i)}-copy.txt", d.Text, d.Outlet, d.Published, d.Title, d.Url)).ToList();

        var original = Quotes(FactChecker.CreateDefault().Check(seeds));
        var shuffled = Quotes(FactChecker.CreateDefault().Check(renamed));

        original.Count.ShouldBeGreaterThan(5);
        shuffled.ShouldBe(original);
    }

    // Every finding with the passages it quotes, without the names of the documents they are in (an article without an
    // outlet is its own source, so its name may be in a finding's key).
    private static List<string> Quotes(ContradictionReport report)
        => [.. report.Findings.Select(f => report.Documents.Aggregate(
            $"{f.Key}: {string.Join(" | ", f.Claims.Select(c => $"{c.Sentence}@{c.Span.Start}"))}",
            (text, document) => text.Replace(document.Id, "<document>", StringComparison.Ordinal)))];
}
