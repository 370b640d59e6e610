using FactCheck.Extraction;
using FactCheck.Extraction.Documents;
using FactCheck.Reporting;
using FactCheck.Rules;

namespace FactCheck;

/// <summary>
/// The result of a check: where the sources contradict each other (hard first, then apparent, the most confident first), with
/// both quotes and the rule behind each; which sources support which value; and everything that could not be read or
/// went wrong. Ordering is deterministic, so identical input renders identically.
/// </summary>
public sealed class ContradictionReport
{
    /// <summary>The version of the JSON schema <see cref="Render(ReportFormat)"/> writes.</summary>
    public const int SchemaVersion = 2;

    internal ContradictionReport(
        IReadOnlyList<ExtractionResult> extracted,
        IReadOnlyList<DocumentProblem> problems,
        IEnumerable<Finding> findings,
        IEnumerable<Corroboration> corroborations,
        IReadOnlyList<string> warnings,
        IReadOnlyList<string> rules,
        double minimumConfidence = 0)
    {
        Documents = [.. extracted.Select(r => new DocumentSummary(r.Document.Id, r.Document.Title, r.Document.Outlet, r.Document.Published, r.Claims.Count))];
        ClaimCount = extracted.Sum(r => r.Claims.Count);
        DocumentTexts = [.. extracted.Select(r => r.Document.Text)];
        Problems = problems;
        Findings = [.. findings
            .Select(f => (Finding: f, Confidence: f.Confidence.Value))
            .Where(f => f.Confidence >= minimumConfidence)
            .OrderBy(f => f.Finding.Severity)
            .ThenByDescending(f => f.Confidence)
            .ThenBy(f => f.Finding.Subject, StringComparer.Ordinal)
            .ThenBy(f => f.Finding.Kind)
            .ThenBy(f => f.Finding.Key, StringComparer.Ordinal)
            .Select(f => f.Finding)];
        Corroborations = [.. corroborations
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ThenBy(c => c.Value)];
        Warnings = warnings;
        Rules = rules;
    }

    /// <summary>The documents checked, in input order.</summary>
    public IReadOnlyList<DocumentSummary> Documents { get; }

    // The original text of each document, in the order of Documents: the HTML report shows claims in place.
    internal IReadOnlyList<string> DocumentTexts { get; }

    /// <summary>How many claims were extracted in all.</summary>
    public int ClaimCount { get; }

    /// <summary>Inputs that could not be read, with the reason; the others were still checked.</summary>
    public IReadOnlyList<DocumentProblem> Problems { get; }

    /// <summary>
    /// The findings: hard, then apparent, then informational; within that the most confident first, then by subject.
    /// Findings below <see cref="FactCheckerOptions.WithMinimumConfidence(double)"/> are left out.
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>For each subject and unit, the values given and the sources behind each.</summary>
    public IReadOnlyList<Corroboration> Corroborations { get; }

    /// <summary>Extraction warnings (each naming its document) and rule failures.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The names of the rules that ran.</summary>
    public IReadOnlyList<string> Rules { get; }

    /// <summary>The findings grouped by subject, in the order of <see cref="Findings"/>.</summary>
    public IEnumerable<IGrouping<string, Finding>> FindingsBySubject => Findings.GroupBy(f => f.Subject);

    /// <summary>True when some finding is at least as severe as <paramref name="severity"/>.</summary>
    /// <param name="severity">The threshold: <see cref="Severity.Hard"/> counts hard findings only.</param>
    public bool HasFindingsAtOrAbove(Severity severity) => Findings.Any(f => f.Severity <= severity);

    /// <summary>Renders the report.</summary>
    /// <param name="format">Text, Markdown, JSON or HTML.</param>
    public string Render(ReportFormat format)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Render(format, writer);
        return writer.ToString();
    }

    /// <summary>Renders the report to a writer.</summary>
    /// <param name="format">Text, Markdown, JSON or HTML.</param>
    /// <param name="writer">Where to write.</param>
    public void Render(ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case ReportFormat.Json:
                JsonReportWriter.Write(this, writer);
                break;
            case ReportFormat.Markdown:
                MarkdownReportWriter.Write(this, writer);
                break;
            case ReportFormat.Html:
                HtmlReportWriter.Write(this, writer);
                break;
            default:
                TextReportWriter.Write(this, writer);
                break;
        }
    }
}
