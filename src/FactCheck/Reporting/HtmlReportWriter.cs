using System.Globalization;
using FactCheck.Extraction.Claims;
using FactCheck.Rules;

namespace FactCheck.Reporting;

/// <summary>
/// Writes the report as one self-contained HTML page: an overview (counts, corroborated values, documents, problems),
/// filters and a search box, then each finding with its sides in columns, their passages highlighted, a number line,
/// and links that open the article with the finding's claims marked in place. Article text is always encoded, never
/// markup; the page is byte-identical for identical input.
/// </summary>
internal static class HtmlReportWriter
{
    // Findings past this many start folded, so that a report of a thousand findings opens quickly and stays scrollable.
    private const int OpenFindings = 100;

    private const int OpenValues = 50;

    public static void Write(ContradictionReport report, TextWriter writer)
    {
        var documentIndex = report.Documents.Select((d, i) => (d.Id, i)).GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        writer.Write($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="{HtmlAssets.ContentSecurityPolicy}">
            <meta name="referrer" content="no-referrer">
            <title>FactCheck report: {report.Findings.Count} findings in {report.Documents.Count} documents</title>
            <style>{HtmlAssets.Style}</style>
            </head>
            <body>
            <h1>FactCheck report</h1>
            <p class="muted">{report.Documents.Count} documents, {report.ClaimCount} claims, {report.Rules.Count} rules; {Count(report, Severity.Hard)} hard, {Count(report, Severity.Apparent)} apparent, {Count(report, Severity.Info)} informational findings.</p>

            """);
        WriteOverview(report, writer);
        WriteFilters(report, writer);
        writer.Write("<main id=\"findings\">\n");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < report.Findings.Count; i++)
        {
            WriteFinding(report.Findings[i], UniqueId(report.Findings[i], ids), open: i < OpenFindings, documentIndex, report.DocumentTexts, writer);
        }

        if (report.Findings.Count == 0)
        {
            writer.Write("<p>No contradictions found.</p>\n");
        }

        writer.Write("</main>\n");
        WriteArticles(report, writer);
        writer.Write($"<script>{HtmlAssets.Script}</script>\n</body>\n</html>\n");
    }

    private static int Count(ContradictionReport report, Severity severity) => report.Findings.Count(f => f.Severity == severity);

    private static void WriteOverview(ContradictionReport report, TextWriter writer)
    {
        writer.Write("<section id=\"overview\">\n<h2>Overview</h2>\n");
        var kinds = report.Findings.Select(f => f.Kind).Distinct().Order().ToList();
        if (kinds.Count > 0)
        {
            writer.Write("<table class=\"counts\"><thead><tr><th>Kind</th><th class=\"n\">Hard</th><th class=\"n\">Apparent</th><th class=\"n\">Info</th></tr></thead><tbody>\n");
            foreach (var kind in kinds)
            {
                var of = report.Findings.Where(f => f.Kind == kind).ToList();
                writer.Write($"<tr><td>{Name(kind)}</td><td class=\"n\">{of.Count(f => f.Severity == Severity.Hard)}</td><td class=\"n\">{of.Count(f => f.Severity == Severity.Apparent)}</td><td class=\"n\">{of.Count(f => f.Severity == Severity.Info)}</td></tr>\n");
            }

            writer.Write("</tbody></table>\n");
        }

        if (report.Corroborations.Count > 0)
        {
            // A long table starts folded: the findings come first.
            writer.Write($"<details class=\"values\"{(report.Corroborations.Count <= OpenValues ? " open" : "")}><summary><h3>Values and who gives them ({report.Corroborations.Count})</h3></summary>\n<table class=\"corroborations\"><thead><tr><th>Subject</th><th class=\"n\">Value</th><th>Sources</th><th class=\"n\">Articles</th><th>Scope</th></tr></thead><tbody>\n");
            foreach (var value in report.Corroborations)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"<tr><td>{HtmlText.Encode(value.Key)}</td><td class=\"n\">{value.Value:#,0.##} {HtmlText.Encode(value.Unit)}</td><td>{HtmlText.Encode(string.Join(", ", value.Sources))}</td><td class=\"n\">{value.Documents}</td><td>{Name(value.Scope)}</td></tr>\n"));
            }

            writer.Write("</tbody></table>\n</details>\n");
        }

        writer.Write("<h3>Documents</h3>\n<table class=\"documents\"><thead><tr><th>Document</th><th>Title</th><th>Outlet</th><th>Published</th><th class=\"n\">Claims</th></tr></thead><tbody>\n");
        for (var i = 0; i < report.Documents.Count; i++)
        {
            var document = report.Documents[i];
            writer.Write($"<tr><td><a href=\"#article-{i}\">{HtmlText.Encode(document.Id)}</a></td><td>{HtmlText.Encode(document.Title)}</td><td>{HtmlText.Encode(document.Outlet ?? "")}</td><td class=\"date\">{Date(document.Published)}</td><td class=\"n\">{document.Claims}</td></tr>\n");
        }

        writer.Write("</tbody></table>\n");
        WriteList(writer, "Could not read", "problems", report.Problems.Select(p => p.ToString()));
        WriteList(writer, "Warnings", "warnings", report.Warnings);
        writer.Write("</section>\n");
    }

    private static void WriteList(TextWriter writer, string title, string id, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        writer.Write($"<h3>{title}</h3>\n<ul id=\"{id}\">\n");
        foreach (var line in list)
        {
            writer.Write($"<li>{HtmlText.Encode(line)}</li>\n");
        }

        writer.Write("</ul>\n");
    }

    private static void WriteFilters(ContradictionReport report, TextWriter writer)
    {
        writer.Write("<h2>Findings</h2>\n<form class=\"filters\" id=\"filters\" role=\"search\">\n");
        Select(writer, "severity", "every severity", report.Findings.Select(f => f.Severity).Distinct().Order().Select(s => Name(s)));
        Select(writer, "kind", "every kind", report.Findings.Select(f => f.Kind).Distinct().Order().Select(k => Name(k)));
        Select(writer, "subject", "every subject", report.Findings.Select(f => f.Subject).Distinct().Order(StringComparer.Ordinal));
        Select(writer, "source", "every source", report.Findings.SelectMany(Sources).Distinct().Order(StringComparer.Ordinal));
        writer.Write($"<input id=\"f-search\" type=\"search\" placeholder=\"Search the findings\" aria-label=\"Search the findings\">\n<span id=\"f-count\" class=\"muted\">{report.Findings.Count} findings</span>\n</form>\n");
    }

    private static void Select(TextWriter writer, string name, string all, IEnumerable<string> values)
    {
        writer.Write($"<select id=\"f-{name}\" aria-label=\"{name}\"><option value=\"\">{all}</option>");
        foreach (var value in values)
        {
            writer.Write($"<option value=\"{HtmlText.Encode(value)}\">{HtmlText.Encode(value)}</option>");
        }

        writer.Write("</select>\n");
    }

    private static void WriteFinding(Finding finding, string id, bool open, Dictionary<string, int> documents, IReadOnlyList<string> texts, TextWriter writer)
    {
        var severity = Name(finding.Severity);
        var spans = string.Join(' ', finding.Claims
            .Where(c => documents.ContainsKey(c.DocumentId))
            .Select(c => $"{documents[c.DocumentId]}:{c.Span.Start}:{c.Span.End}")
            .Distinct());
        writer.Write($"""
            <details class="finding {severity}" id="{id}"{(open ? " open" : "")} data-severity="{severity}" data-kind="{Name(finding.Kind)}" data-subject="{HtmlText.Encode(finding.Subject)}" data-sources="{string.Join("&#10;", Sources(finding).Select(HtmlText.Encode))}" data-spans="{spans}">
            <summary><span class="badge {severity}">{severity.ToUpperInvariant()}</span>{Name(finding.Kind)}: {HtmlText.Encode(string.Join(" vs ", finding.Labels))} <span class="muted">— {HtmlText.Encode(finding.Subject)}</span> <a href="#{id}" class="anchor" aria-label="link to this finding">#</a></summary>
            <p>{HtmlText.Encode(finding.Explanation)}</p>
            <p class="reasons">{HtmlText.Encode(ReportText.Confidence(finding))} · rule: {HtmlText.Encode(string.Join(" → ", finding.Rules))}</p>

            """);
        foreach (var picture in new[] { NumberLine.For(finding), NumberLine.TimeLineFor(finding) }.OfType<string>())
        {
            writer.Write(picture);
            writer.Write('\n');
        }

        writer.Write("<div class=\"sides\">\n");
        foreach (var (title, claims) in Sides(finding))
        {
            writer.Write($"<div class=\"side\"><h4>{HtmlText.Encode(title)}</h4>\n");
            foreach (var claim in claims)
            {
                WriteClaim(claim, documents, texts, writer);
            }

            writer.Write("</div>\n");
        }

        writer.Write("</div>\n</details>\n");
    }

    private static void WriteClaim(Claim claim, Dictionary<string, int> documents, IReadOnlyList<string> texts, TextWriter writer)
    {
        var index = documents.GetValueOrDefault(claim.DocumentId, -1);
        var outlet = claim.Outlet is null ? "" : $"{claim.Outlet}, ";
        writer.Write($"<p class=\"source\">{HtmlText.Encode(claim.Attribution)}{(claim.AttributionInferred ? " (inferred)" : "")} in {HtmlText.Encode(outlet)}{HtmlText.Encode(claim.DocumentId)} ({Date(claim.Published)})");
        if (index >= 0)
        {
            writer.Write($" · <a class=\"show-article\" href=\"#article-{index}\" data-document=\"{index}\">show in the article</a>");
        }

        writer.Write($"</p>\n<blockquote>{Passage(claim, index >= 0 ? texts[index] : null)}</blockquote>\n");
    }

    // The sentence with the claim's own words marked: by offset in the original text when the page has it.
    private static string Passage(Claim claim, string? text)
    {
        var sentence = claim.SentenceSpan;
        if (text is not null && sentence.End <= text.Length && claim.Span.Start >= sentence.Start && claim.Span.End <= sentence.End)
        {
            return $"{HtmlText.Encode(text[sentence.Start..claim.Span.Start])}<mark>{HtmlText.Encode(text[claim.Span.Start..claim.Span.End])}</mark>{HtmlText.Encode(text[claim.Span.End..sentence.End])}";
        }

        var at = claim.Sentence.IndexOf(claim.Text, StringComparison.Ordinal);
        return at < 0 || claim.Text.Length == 0
            ? HtmlText.Encode(claim.Sentence)
            : $"{HtmlText.Encode(claim.Sentence[..at])}<mark>{HtmlText.Encode(claim.Text)}</mark>{HtmlText.Encode(claim.Sentence[(at + claim.Text.Length)..])}";
    }

    // Each side of a finding: a value, an interval or a position with the claims of it the finding quotes.
    private static List<(string Title, List<Claim> Claims)> Sides(Finding finding)
    {
        var sides = new List<(string, List<Claim>)>();
        foreach (var evidence in finding.Evidence.Distinct())
        {
            var (title, members) = evidence switch
            {
                Corroboration value => (string.Create(CultureInfo.InvariantCulture, $"{value.Value:#,0.##} {value.Unit} — {string.Join(", ", value.Sources)}"), value.Claims.Cast<Claim>()),
                DateValue date => ($"{date.From:yyyy-MM-dd} – {date.To:yyyy-MM-dd}", date.Claims.Cast<Claim>()),
                Position position => ($"{position.Attribution} {Name(position.Kind)}", position.Claims.Cast<Claim>()),
                _ => ("", []),
            };
            var quoted = finding.Claims.Where(c => members.Contains(c)).ToList();
            if (quoted.Count > 0)
            {
                sides.Add((title, quoted));
            }
        }

        var placed = sides.SelectMany(s => s.Item2).ToHashSet();
        sides.AddRange(finding.Claims.Where(c => !placed.Contains(c)).Select(c => (c.Attribution, new List<Claim> { c })));
        return sides;
    }

    private static IEnumerable<string> Sources(Finding finding) => finding.Claims.Select(c => c.Attribution).Distinct(StringComparer.Ordinal);

    private static void WriteArticles(ContradictionReport report, TextWriter writer)
    {
        writer.Write("<section id=\"articles\">\n<h2>Articles</h2>\n");
        for (var i = 0; i < report.Documents.Count; i++)
        {
            var document = report.Documents[i];
            // The newline after <pre> is dropped by every HTML parser; a text that starts with one keeps it.
            writer.Write($"<details class=\"article\" id=\"article-{i}\"><summary>{HtmlText.Encode(document.Id)} — {HtmlText.Encode(document.Title)} ({HtmlText.Encode(document.Outlet ?? "no outlet")}, {Date(document.Published)})</summary>\n<pre class=\"article\">\n{HtmlText.EncodeKeepingOffsets(report.DocumentTexts[i])}</pre>\n</details>\n");
        }

        writer.Write("</section>\n");
    }

    // A stable anchor: the finding's kind and values, and a hash of its key so two findings never share one.
    private static string UniqueId(Finding finding, HashSet<string> taken)
    {
        var slug = new string([.. $"{finding.Kind}-{string.Join("-", finding.Labels)}".ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        slug = string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
        slug = slug.Length > 40 ? slug[..40].TrimEnd('-') : slug;
        var hash = 2166136261;
        foreach (var c in finding.Key)
        {
            hash = (hash ^ c) * 16777619;
        }

        var id = $"finding-{slug}-{hash:x8}";
        for (var n = 2; !taken.Add(id); n++)
        {
            id = $"finding-{slug}-{hash:x8}-{n}";
        }

        return id;
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
