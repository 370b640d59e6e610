using System.Globalization;
using FactCheck.Extraction.Documents;
using FactCheck.TestSupport;
using Xunit.Abstractions;

namespace FactCheck.Browser.Tests;

public class HtmlReportBrowserTests(Chromium chromium, ITestOutputHelper output) : IClassFixture<Chromium>
{
    private static readonly ContradictionReport Seeds = FactChecker.CreateDefault().Check(DocumentLoader.FromFolder(RepositoryPaths.Seeds));

    [Fact]
    public async Task The_seeds_report_shows_every_finding_without_console_errors_or_requests()
    {
        await using var report = await chromium.OpenAsync(Seeds.Render(ReportFormat.Html));

        (await report.Page.Locator("details.finding").CountAsync()).ShouldBe(Seeds.Findings.Count);
        (await report.Page.Locator("details.finding[open] > summary").First.IsVisibleAsync()).ShouldBeTrue();
        (await report.Page.Locator("#f-count").TextContentAsync()).ShouldBe($"{Seeds.Findings.Count} of {Seeds.Findings.Count} findings shown");
        var finding = report.Page.Locator("details.finding", new() { HasText = "1,500 vs 12,000" });
        (await finding.Locator(".side").CountAsync()).ShouldBe(2);
        (await finding.Locator("svg.number-line").IsVisibleAsync()).ShouldBeTrue();
        report.ConsoleErrors.ShouldBeEmpty();
        report.Requests.ShouldAllBe(url => url.StartsWith("file:", StringComparison.Ordinal));

        var docs = Path.Combine(RepositoryPaths.Root, "docs");
        if (Environment.GetEnvironmentVariable("FACTCHECK_UPDATE_SCREENSHOT") == "1")
        {
            // The README's picture: refreshed on request, so that a test run leaves the working tree as it was.
            await finding.ScreenshotAsync(new() { Path = Path.Combine(docs, "seeds-finding.png") });
            await report.Page.ScreenshotAsync(new() { Path = Path.Combine(docs, "seeds-report.png"), FullPage = false });
        }
    }

    [Fact]
    public async Task A_filter_hides_and_shows_the_right_findings()
    {
        await using var report = await chromium.OpenAsync(Seeds.Render(ReportFormat.Html));
        var hard = Seeds.Findings.Count(f => f.Severity == Rules.Severity.Hard);

        await report.Page.SelectOptionAsync("#f-severity", "hard");

        (await report.Page.Locator("details.finding:not(.hidden)").CountAsync()).ShouldBe(hard);
        (await report.Page.Locator("details.finding.apparent:not(.hidden)").CountAsync()).ShouldBe(0);

        await report.Page.SelectOptionAsync("#f-severity", "");
        await report.Page.FillAsync("#f-search", "ships");

        var shown = report.Page.Locator("details.finding:not(.hidden)");
        (await shown.CountAsync()).ShouldBeGreaterThan(0);
        (await shown.CountAsync()).ShouldBeLessThan(Seeds.Findings.Count);
        foreach (var text in await shown.AllTextContentsAsync())
        {
            text.ShouldContain("ships", Case.Insensitive);
        }

        await report.Page.FillAsync("#f-search", "");
        (await report.Page.Locator("details.finding:not(.hidden)").CountAsync()).ShouldBe(Seeds.Findings.Count);
    }

    [Fact]
    public async Task The_link_to_an_article_opens_it_with_the_findings_claims_highlighted_in_place()
    {
        await using var report = await chromium.OpenAsync(Seeds.Render(ReportFormat.Html));
        var finding = report.Page.Locator("details.finding", new() { HasText = "1,500 vs 12,000" });
        var quoted = await finding.Locator("blockquote mark").First.TextContentAsync();

        await finding.Locator("a.show-article").First.ClickAsync();

        var article = report.Page.Locator("details.article[open]");
        (await article.CountAsync()).ShouldBe(1);
        var marks = await article.Locator("mark").AllTextContentsAsync();
        marks.ShouldContain(quoted);
        (await article.Locator("mark").First.IsVisibleAsync()).ShouldBeTrue();
        report.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_shared_finding_link_opens_that_finding()
    {
        var html = Seeds.Render(ReportFormat.Html);
        await using var report = await chromium.OpenAsync(html);
        var last = report.Page.Locator("details.finding").Last;
        var id = await last.GetAttributeAsync("id");

        await report.Page.GotoAsync($"{new Uri(report.File).AbsoluteUri}#{id}");

        (await report.Page.Locator($"#{id}").GetAttributeAsync("open")).ShouldNotBeNull();
    }

    [Fact]
    public async Task Hostile_articles_run_nothing_in_the_browser()
    {
        var report = FactChecker.CreateDefault().Check(
        [
            Document.FromText("<img src=x onerror=alert(1)>.txt", "date 2025-05-01\nAbout 300 troops arrived <script>alert('x')</script>, the \"army\" said. <img src=x onerror=alert(2)> <svg onload=alert(6)>", outlet: "\" onmouseover=\"alert(3)"),
            Document.FromText("b.txt", "date 2025-05-01\nAbout 900 troops\u202e\u200b arrived [x](javascript:alert(4)), the governor said. <a href=\"javascript:alert(5)\">x</a>", outlet: "'><script>alert(7)</script>"),
        ]);

        await using var opened = await chromium.OpenAsync(report.Render(ReportFormat.Html));
        foreach (var link in await opened.Page.Locator("a.show-article").AllAsync())
        {
            await link.ClickAsync();
        }

        await opened.Page.Locator("summary").First.HoverAsync();
        opened.Dialogs.ShouldBeEmpty();
        opened.ConsoleErrors.ShouldBeEmpty();
        (await opened.Page.EvaluateAsync<int>("() => document.scripts.length")).ShouldBe(1);
        opened.Requests.ShouldAllBe(url => url.StartsWith("file:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_100_article_report_renders_and_its_load_time_is_measured()
    {
        var seeds = DocumentLoader.FromFolder(RepositoryPaths.Seeds);
        var documents = Enumerable.Range(0, 100).Select(i => seeds[i % seeds.Count]).Select((d, i) => Document.FromText($"{i:000}-{d.Id}", d.Text, $"Outlet {i % 17}", d.Published, d.Title)).ToList();
        var report = FactChecker.CreateDefault().Check(documents);

        await using var opened = await chromium.OpenAsync(report.Render(ReportFormat.Html));
        var loaded = await opened.Page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd");

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"100 articles, {report.Findings.Count} findings: load event at {loaded:0} ms"));
        (await opened.Page.Locator("pre.article").CountAsync()).ShouldBe(100);
        (await opened.Page.Locator("details.finding").CountAsync()).ShouldBe(report.Findings.Count);
        opened.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_report_of_a_thousand_findings_opens_folded_and_filters()
    {
        var report = FactChecker.CreateDefault().Check([Article("wire.txt", 300, "officials"), Article("paper.txt", 900, "local officials")]);
        report.Findings.Count.ShouldBeGreaterThanOrEqualTo(1000);

        await using var opened = await chromium.OpenAsync(report.Render(ReportFormat.Html));
        var loaded = await opened.Page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd");
        var started = DateTime.UtcNow;
        await opened.Page.FillAsync("#f-search", PlaceName(500).ToLowerInvariant());
        await opened.Page.Locator("details.finding:not(.hidden)").First.WaitForAsync();
        var filtered = DateTime.UtcNow - started;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Findings.Count} findings: load event at {loaded:0} ms, a search filtered them in {filtered.TotalMilliseconds:0} ms"));
        (await opened.Page.Locator("details.finding[open]").CountAsync()).ShouldBe(100);
        (await opened.Page.Locator("details.finding:not(.hidden)").CountAsync()).ShouldBe(1);
        opened.ConsoleErrors.ShouldBeEmpty();
    }

    // One article giving a figure for each of 1,000 towns: two such articles disagree a thousand times.
    private static Document Article(string name, int troops, string source)
        => Document.FromText(name, "date 2025-06-01\n" + string.Join("\n", Enumerable.Range(0, 1000).Select(i => $"In {PlaceName(i)}, {troops + i} troops arrived, {source} said.")));

    private static string PlaceName(int i)
    {
        string[] syllables = ["ba", "ke", "di", "fo", "gu", "ha", "ji", "lo", "mu", "ne"];
        var name = string.Concat(i.ToString("000", CultureInfo.InvariantCulture).Select(d => syllables[d - '0'])) + "ton";
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
