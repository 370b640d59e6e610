using FactCheck.Extraction;
using FactCheck.Extraction.Documents;
using FactCheck.TestSupport;

namespace FactCheck.Tests;

public class ParallelExtractionTests
{
    [Fact]
    public void Reading_documents_on_several_threads_gives_the_report_one_thread_gives()
    {
        var seeds = DocumentLoader.FromFolder(RepositoryPaths.Seeds);
        var documents = Enumerable.Range(0, 40).Select(i => seeds[i % seeds.Count]).Select((d, i) => Document.FromText($"{i:00}-{d.Id}", d.Text, $"Outlet {i % 7}", d.Published, d.Title)).ToList();

        var parallel = FactChecker.Create(o => o.WithExtractionParallelism(4)).Check(documents).Render(ReportFormat.Json);
        var sequential = FactChecker.Create(o => o.WithExtractionParallelism(1)).Check(documents).Render(ReportFormat.Json);

        parallel.ShouldBe(sequential);
    }

    [Fact]
    public void An_extractor_of_the_users_is_called_from_one_thread_at_a_time_unless_it_says_otherwise()
    {
        var extractor = new OneAtATime();
        var documents = Enumerable.Range(0, 20).Select(i => Document.FromText($"{i}.txt", "About 300 troops arrived, the army said.")).ToList();

        FactChecker.Create(o => o.WithExtractor(extractor)).Check(documents);

        extractor.Calls.ShouldBe(20);
        extractor.Overlapped.ShouldBeFalse();
    }

    // Records whether two calls ever ran at once.
    private sealed class OneAtATime : IClaimExtractor
    {
        private readonly ClaimExtractor _inner = new();
        private int _running;

        public int Calls { get; private set; }

        public bool Overlapped { get; private set; }

        public ExtractionResult Extract(Document document) => Extract(document, referenceDate: null);

        public ExtractionResult Extract(Document document, DateOnly? referenceDate)
        {
            Overlapped |= Interlocked.Increment(ref _running) > 1;
            Thread.Sleep(2);
            Calls++;
            var result = _inner.Extract(document, referenceDate);
            Interlocked.Decrement(ref _running);
            return result;
        }
    }
}
