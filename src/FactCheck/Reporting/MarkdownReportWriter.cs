using System.Text;

namespace FactCheck.Reporting;

/// <summary>Writes the report as Markdown.</summary>
internal static class MarkdownReportWriter
{
    public static void Write(ContradictionReport report, TextWriter writer)
    {
        writer.WriteLine("# FactCheck report");
        writer.WriteLine();
        writer.WriteLine($"{report.Documents.Count} documents, {report.ClaimCount} claims, {report.Rules.Count} rules; "
            + $"{report.Findings.Count(f => f.Severity == Rules.Severity.Hard)} hard and {report.Findings.Count(f => f.Severity == Rules.Severity.Apparent)} apparent findings.");
        foreach (var subject in report.FindingsBySubject)
        {
            writer.WriteLine();
            writer.WriteLine($"## {Escape(subject.Key)}");
            foreach (var finding in subject)
            {
                writer.WriteLine();
                writer.WriteLine($"### {Escape(ReportText.Heading(finding))}");
                writer.WriteLine();
                writer.WriteLine(Escape(finding.Explanation));
                writer.WriteLine();
                writer.WriteLine($"_{Escape(ReportText.Confidence(finding))}_");
                writer.WriteLine();
                foreach (var claim in finding.Claims)
                {
                    writer.WriteLine($"- **\"{Escape(claim.Text)}\"** — {Escape(ReportText.Source(claim))}  ");
                    if (ReportText.QuotesMore(claim))
                    {
                        writer.WriteLine($"  > {Escape(ReportText.Quote(claim))}");
                    }
                }

                writer.WriteLine();
                writer.WriteLine($"_Rule: {Escape(string.Join(" → ", finding.Rules))}_");
            }
        }

        if (report.Corroborations.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("## Corroboration");
            writer.WriteLine();
            writer.WriteLine("| Subject | Value | Sources | Articles | Scope |");
            writer.WriteLine("|---|---:|---|---:|---|");
            foreach (var value in report.Corroborations)
            {
                writer.WriteLine(System.FormattableString.Invariant($"| {Escape(value.Key)} | {value.Value:#,0.##} | {Escape(string.Join(", ", value.Sources))} | {value.Documents} | {value.Scope.ToString().ToLowerInvariant()} |"));
            }
        }

        List(writer, "Could not read", report.Problems.Select(p => p.ToString()));
        List(writer, "Warnings", report.Warnings);
    }

    private static void List(TextWriter writer, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine($"## {title}");
        writer.WriteLine();
        foreach (var line in list)
        {
            writer.WriteLine($"- {Escape(line)}");
        }
    }

    // Article text is data, never markup: no emphasis, table cell, HTML, code span, image or link (a quote holding
    // "[x](javascript:...)" must not become a link), and no control character.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in TerminalText.Neutralize(text))
        {
            switch (c)
            {
                case '\\' or '|' or '*' or '_' or '[' or ']' or '(' or ')' or '`' or '!' or '#' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\n':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
