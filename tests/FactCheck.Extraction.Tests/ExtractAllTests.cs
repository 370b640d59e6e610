using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;

namespace FactCheck.Extraction.Tests;

public class ExtractAllTests
{
    [Fact]
    public void A_batch_read_on_every_core_gives_the_results_one_thread_gives_in_input_order()
    {
        var documents = Enumerable.Range(0, 60)
            .Select(i => Document.FromText($"{i:00}.txt", $"date 2025-02-{1 + (i % 28):00}\nAbout {100 + i} troops arrived on Monday, the army said. Officials denied it."))
            .ToList();
        var extractor = new ClaimExtractor();
        var batch = BatchContext.Of(documents);

        var all = extractor.ExtractAll(documents);
        var one = documents.Select(d => extractor.Extract(d, batch)).ToList();

        all.Select(r => r.Document.Id).ShouldBe(documents.Select(d => d.Id));
        all.Select(r => string.Join("|", r.Claims.Select(c => c.ToString()))).ShouldBe(one.Select(r => string.Join("|", r.Claims.Select(c => c.ToString()))));
        all.SelectMany(r => r.Claims).OfType<QuantityClaim>().Count().ShouldBe(60);
    }

    [Fact]
    public void A_cancelled_batch_throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => new ClaimExtractor().ExtractAll([Document.FromText("a.txt", "About 100 troops arrived.")], cancelled.Token));
    }
}
