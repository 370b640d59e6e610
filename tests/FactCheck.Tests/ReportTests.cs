using FactCheck.Extraction.Documents;
using FactCheck.Rules;
using FactCheck.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace FactCheck.Tests;

public class ReportTests(SeedReport seeds) : IClassFixture<SeedReport>
{
    [Fact]
    public void The_same_input_gives_byte_identical_json()
    {
        var again = FactChecker.CreateDefault().Check(DocumentLoader.FromFolder(RepositoryPaths.Seeds));

        again.Render(ReportFormat.Json).ShouldBe(seeds.Report.Render(ReportFormat.Json));
    }

    [Fact]
    public void The_json_has_a_schema_version_and_every_documented_field()
    {
        var json = JObject.Parse(seeds.Report.Render(ReportFormat.Json));

        json["schemaVersion"]!.Value<int>().ShouldBe(ContradictionReport.SchemaVersion);
        json["documents"]!.Count().ShouldBe(5);
        var finding = json["findings"]![0]!;
        foreach (var field in new[] { "kind", "severity", "confidence", "confidenceReasons", "subject", "explanation", "labels", "numbers", "rules", "claims" })
        {
            finding[field].ShouldNotBeNull(field);
        }

        var claim = finding["claims"]![0]!;
        foreach (var field in new[] { "document", "sentence", "start", "end", "text", "kind", "subject", "unit", "low", "high", "from", "to", "resolved", "attribution", "stance" })
        {
            ((JObject)claim).ContainsKey(field).ShouldBeTrue(field);
        }
    }

    [Fact]
    public void Findings_come_by_severity_then_the_most_confident_first()
    {
        var findings = seeds.Report.Findings;

        for (var i = 1; i < findings.Count; i++)
        {
            var (before, after) = (findings[i - 1], findings[i]);
            (before.Severity < after.Severity || (before.Severity == after.Severity && before.Confidence.Value >= after.Confidence.Value)).ShouldBeTrue($"{i}");
        }

        findings.ShouldAllBe(f => f.Confidence.Value > 0 && f.Confidence.Value < 1 && f.Confidence.Reasons.Count > 0);
    }

    [Fact]
    public void The_text_report_fits_100_columns_and_the_markdown_has_a_table()
    {
        seeds.Report.Render(ReportFormat.Text).Split('\n').ShouldAllBe(line => line.Length <= 100);
        seeds.Report.Render(ReportFormat.Markdown).ShouldContain("| Subject | Value | Sources | Articles | Scope |");
    }

    [Fact]
    public void Article_text_in_markdown_is_data_a_link_in_a_quote_never_becomes_a_link()
    {
        var report = FactChecker.CreateDefault().Check(
        [
            Document.FromText("[a](javascript:alert(1)).txt", "date 2025-05-01\nAbout 300 troops arrived [here](javascript:alert(1)), the army said."),
            Document.FromText("b.txt", "date 2025-05-01\nAbout 900 troops arrived <img src=x onerror=alert(1)>, the governor said."),
        ]);

        var markdown = report.Render(ReportFormat.Markdown);

        report.Findings.ShouldNotBeEmpty();
        markdown.ShouldNotContain("](javascript:");
        markdown.ShouldContain("\\[here\\]\\(javascript:alert\\(1\\)\\)");
        markdown.ShouldNotContain("<img");
    }

    [Fact]
    public void A_corrupt_document_among_good_ones_is_reported_and_the_others_still_checked()
    {
        var folder = Directory.CreateTempSubdirectory("factcheck-");
        try
        {
            foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
            {
                File.Copy(seed, Path.Combine(folder.FullName, Path.GetFileName(seed)));
            }

            File.WriteAllBytes(Path.Combine(folder.FullName, "broken.txt"), [0x4e, 0x00, 0xff, 0xfe, 0x00]);
            File.WriteAllText(Path.Combine(folder.FullName, "empty.txt"), "   \n");

            var report = FactChecker.CreateDefault().Check(DocumentLoader.FromFolder(folder.FullName));

            report.Problems.Select(p => p.Source).ShouldBe(["broken.txt", "empty.txt"], ignoreOrder: true);
            report.Problems.Single(p => p.Source == "broken.txt").Reason.ShouldContain("binary");
            report.Documents.Count.ShouldBe(5);
            report.Findings.ShouldNotBeEmpty();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Tags_select_rules_and_a_checker_without_rules_says_so()
    {
        var datesOnly = FactChecker.Create(o => o.WithTag(RuleTags.Dates)).Check(DocumentLoader.FromFolder(RepositoryPaths.Seeds));
        datesOnly.Findings.ShouldAllBe(f => f.Kind == FindingKind.Date);
        datesOnly.Findings.ShouldNotBeEmpty();

        var none = FactChecker.Create(o => o.WithoutBuiltInRules()).Check(DocumentLoader.FromFolder(RepositoryPaths.Seeds));
        none.Findings.ShouldBeEmpty();
        none.Render(ReportFormat.Text).ShouldContain("No rules loaded");
    }

    [Fact]
    public async Task Checking_asynchronously_reports_progress_and_can_be_cancelled()
    {
        var stages = new List<string>();
        var progress = new SynchronousProgress(p => stages.Add(p.Stage));

        var report = await FactChecker.CreateDefault().CheckAsync([RepositoryPaths.Seeds], progress);

        report.Findings.ShouldNotBeEmpty();
        stages.ShouldContain("extracting");
        stages[^1].ShouldBe("done");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => FactChecker.CreateDefault().CheckAsync([RepositoryPaths.Seeds], null, cancelled.Token));
    }

    [Fact]
    public void The_checker_registers_with_dependency_injection()
    {
        using var provider = new ServiceCollection().AddFactCheck(o => o.WithTag(RuleTags.Numeric)).BuildServiceProvider();

        var checker = provider.GetRequiredService<FactChecker>();

        checker.Rules.ShouldAllBe(r => r.IsTagged(RuleTags.Numeric));
        provider.GetRequiredService<FactChecker>().ShouldBeSameAs(checker);
    }

    private sealed class SynchronousProgress(Action<CheckProgress> report) : IProgress<CheckProgress>
    {
        public void Report(CheckProgress value) => report(value);
    }
}
