using System.Text;

namespace FactCheck.Reporting;

/// <summary>Writes the report as plain text wrapped at 100 columns.</summary>
internal static class TextReportWriter
{
    private const int Width = 100;

    public static void Write(ContradictionReport report, TextWriter writer)
    {
        var hard = report.Findings.Count(f => f.Severity == Rules.Severity.Hard);
        var apparent = report.Findings.Count(f => f.Severity == Rules.Severity.Apparent);
        writer.WriteLine($"FactCheck: {report.Documents.Count} documents, {report.ClaimCount} claims, {report.Rules.Count} rules");
        writer.WriteLine($"Findings: {hard} hard, {apparent} apparent");
        if (report.Rules.Count == 0)
        {
            writer.WriteLine("No rules loaded: nothing was checked.");
        }

        foreach (var subject in report.FindingsBySubject)
        {
            writer.WriteLine();
            writer.WriteLine($"== {TerminalText.Neutralize(subject.Key)}");
            foreach (var finding in subject)
            {
                writer.WriteLine();
                Wrap(writer, ReportText.Heading(finding), "");
                Wrap(writer, finding.Explanation, "  ");
                Wrap(writer, ReportText.Confidence(finding), "  ");
                foreach (var claim in finding.Claims)
                {
                    Wrap(writer, $"- \"{claim.Text}\" — {ReportText.Source(claim)}", "  ");
                    if (ReportText.QuotesMore(claim))
                    {
                        Wrap(writer, $"  {ReportText.Quote(claim)}", "    ");
                    }
                }

                Wrap(writer, $"rule: {string.Join(" → ", finding.Rules)}", "  ");
            }
        }

        if (report.Corroborations.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("== Corroboration");
            foreach (var group in report.Corroborations.GroupBy(c => c.Key))
            {
                writer.WriteLine(TerminalText.Neutralize(group.Key));
                foreach (var value in group)
                {
                    Wrap(writer, $"  {ReportText.Corroboration(value)}", "    ");
                }
            }
        }

        Section(writer, "Could not read", report.Problems.Select(p => p.ToString()));
        Section(writer, "Warnings", report.Warnings);
    }

    private static void Section(TextWriter writer, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine($"== {title}");
        foreach (var line in list)
        {
            Wrap(writer, $"- {line}", "  ");
        }
    }

    // Every line of article text passes here, so none reaches a terminal with its control characters.
    internal static void Wrap(TextWriter writer, string text, string indent)
    {
        text = TerminalText.Neutralize(text);
        var line = new StringBuilder(LeadingSpaces(text));
        var empty = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var fitted = word.Length > Width - indent.Length ? string.Concat(word.AsSpan(0, Width - indent.Length - 1), "…") : word;
            if (!empty && line.Length + 1 + fitted.Length > Width)
            {
                writer.WriteLine(line.ToString());
                line.Clear().Append(indent);
                empty = true;
            }

            if (!empty)
            {
                line.Append(' ');
            }

            line.Append(fitted);
            empty = false;
        }

        writer.WriteLine(line.ToString());
    }

    private static string LeadingSpaces(string text) => new(' ', text.Length - text.TrimStart(' ').Length);
}
