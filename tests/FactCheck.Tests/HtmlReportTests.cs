using AngleSharp.Html.Parser;
using FactCheck.Extraction.Documents;
using FactCheck.TestSupport;

namespace FactCheck.Tests;

public class HtmlReportTests(SeedReport seeds) : IClassFixture<SeedReport>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Every_finding_is_rendered_once_with_a_unique_stable_anchor()
    {
        var page = Parser.ParseDocument(seeds.Report.Render(ReportFormat.Html));

        var findings = page.QuerySelectorAll("details.finding");
        findings.Length.ShouldBe(seeds.Report.Findings.Count);
        var ids = findings.Select(f => f.Id!).ToList();
        ids.ShouldAllBe(id => id.StartsWith("finding-", StringComparison.Ordinal));
        ids.Distinct().Count().ShouldBe(ids.Count);
        page.QuerySelectorAll("[id]").Select(e => e.Id).Distinct().Count().ShouldBe(page.QuerySelectorAll("[id]").Length);
    }

    [Fact]
    public void The_1500_vs_12000_finding_shows_both_passages_side_by_side_with_a_number_line()
    {
        var page = Parser.ParseDocument(seeds.Report.Render(ReportFormat.Html));

        var finding = page.QuerySelectorAll("details.finding").Single(f => f.QuerySelector("summary")!.TextContent.Contains("1,500 vs 12,000", StringComparison.Ordinal));
        var sides = finding.QuerySelectorAll(".sides > .side");
        sides.Length.ShouldBe(2);
        sides[0].QuerySelector("h4")!.TextContent.ShouldStartWith("1,500");
        sides[1].QuerySelector("h4")!.TextContent.ShouldStartWith("12,000");
        sides.ShouldAllBe(side => side.QuerySelector("blockquote mark") != null);
        finding.QuerySelector("svg.number-line")!.QuerySelectorAll("circle").Length.ShouldBe(2);
        finding.GetAttribute("data-spans")!.Split(' ').Length.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void A_marked_passage_is_the_claim_at_its_offsets_in_the_article_in_the_page()
    {
        var report = seeds.Report;
        var page = Parser.ParseDocument(report.Render(ReportFormat.Html));

        foreach (var finding in page.QuerySelectorAll("details.finding"))
        {
            foreach (var span in finding.GetAttribute("data-spans")!.Split(' '))
            {
                var parts = span.Split(':').Select(int.Parse).ToArray();
                var article = page.GetElementById($"article-{parts[0]}")!.QuerySelector("pre.article")!.TextContent;
                var text = article[parts[1]..parts[2]];
                finding.QuerySelectorAll("blockquote mark").Select(m => m.TextContent).ShouldContain(text);
            }
        }
    }

    [Fact]
    public void The_overview_counts_the_findings_and_lists_values_and_documents()
    {
        var page = Parser.ParseDocument(seeds.Report.Render(ReportFormat.Html));

        page.QuerySelectorAll("table.documents tbody tr").Length.ShouldBe(5);
        page.QuerySelectorAll("table.corroborations tbody tr").Length.ShouldBe(seeds.Report.Corroborations.Count);
        var hard = page.QuerySelectorAll("table.counts tbody tr").Sum(r => int.Parse(r.Children[1].TextContent));
        hard.ShouldBe(seeds.Report.Findings.Count(f => f.Severity == Rules.Severity.Hard));
        page.QuerySelector("#f-severity")!.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).ShouldBe(["", "hard", "apparent"]);
    }

    [Fact]
    public void The_page_loads_nothing_from_the_network_and_runs_only_its_own_script()
    {
        var html = seeds.Report.Render(ReportFormat.Html);
        var page = Parser.ParseDocument(html);

        page.QuerySelectorAll("script").Length.ShouldBe(1);
        page.QuerySelectorAll("script[src], link, img, iframe, object, embed").ShouldBeEmpty();
        page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!.ShouldStartWith("default-src 'none'; style-src 'sha256-");
        html.ShouldNotContain("http://");
        html.ShouldNotContain("https://");
    }

    [Fact]
    public void Hostile_articles_are_text_never_markup()
    {
        var hostile = new[]
        {
            Document.FromText("<script>alert(1)</script>.txt", "date 2025-05-01\nAbout 300 troops arrived <script>alert('x')</script>, the \"army\" said. <img src=x onerror=alert(2)>", outlet: "\" onmouseover=\"alert(3)"),
            Document.FromText("b.txt", "date 2025-05-01\nAbout 900 troops\u202e\u200b arrived [x](javascript:alert(4)), the governor said. <a href=\"javascript:alert(5)\">x</a>", outlet: "data:text/html,<b>"),
        };
        var report = FactChecker.CreateDefault().Check(hostile);

        var html = report.Render(ReportFormat.Html);
        var page = Parser.ParseDocument(html);

        report.Findings.ShouldNotBeEmpty();
        page.QuerySelectorAll("script").Length.ShouldBe(1);
        page.QuerySelectorAll("img, a[href^='javascript'], [onerror], [onmouseover]").ShouldBeEmpty();
        page.All.SelectMany(e => e.Attributes).ShouldAllBe(a => !a.Name.StartsWith("on", StringComparison.Ordinal));
        page.All.Where(e => e.HasAttribute("href")).ShouldAllBe(e => e.GetAttribute("href")!.StartsWith('#'));
        html.ShouldNotContain("\u202e");
        page.QuerySelectorAll("pre.article").Select(p => p.TextContent).ShouldContain(t => t.Contains("<script>alert('x')</script>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_toll_reported_on_different_days_gets_a_time_line_of_its_values()
    {
        var report = FactChecker.CreateDefault().Check(
        [
            Document.FromText("day1.txt", "date 2025-03-01\nThe death toll from the landslide in Korvath rose to 120, officials said."),
            Document.FromText("day3.txt", "date 2025-03-03\nThe death toll from the landslide in Korvath rose to 450, the interior ministry said."),
        ]);
        var page = Parser.ParseDocument(report.Render(ReportFormat.Html));

        var lines = page.QuerySelectorAll("details.finding svg.number-line").Select(s => s.GetAttribute("aria-label")!).ToList();

        lines.ShouldContain(label => label.StartsWith("2025-03-01: 120", StringComparison.Ordinal) && label.Contains("2025-03-03: 450", StringComparison.Ordinal));
    }

    [Fact]
    public void Identical_input_gives_byte_identical_html()
        => FactChecker.CreateDefault().Check(DocumentLoader.FromFolder(RepositoryPaths.Seeds)).Render(ReportFormat.Html)
            .ShouldBe(seeds.Report.Render(ReportFormat.Html));
}
