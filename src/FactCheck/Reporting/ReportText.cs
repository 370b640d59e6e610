using System.Globalization;
using FactCheck.Extraction.Claims;
using FactCheck.Rules;

namespace FactCheck.Reporting;

/// <summary>Wording shared by the text and Markdown reports.</summary>
internal static class ReportText
{
    public static string Heading(Finding finding)
        => $"{finding.Severity.ToString().ToUpperInvariant()} {finding.Kind.ToString().ToLowerInvariant()}: {string.Join(" vs ", finding.Labels)}";

    public static string Confidence(Finding finding)
    {
        var confidence = finding.Confidence;
        return $"confidence {confidence}{(confidence.Reasons.Count == 0 ? "" : $" ({string.Join("; ", confidence.Reasons)})")}";
    }

    public static string Source(Claim claim)
    {
        var date = claim.Published is { } published ? published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
        var outlet = claim.Outlet is null ? "" : $"{claim.Outlet}, ";
        return $"{claim.Attribution}{(claim.AttributionInferred ? " (inferred)" : "")} in {outlet}{claim.DocumentId} ({date}) at {claim.Span.Start}-{claim.Span.End}";
    }

    /// <summary>The sentence around a claim, shortened; worth printing only when it says more than the claim's own words.</summary>
    public static string Quote(Claim claim) => Shorten(claim.Sentence.Replace('\n', ' '), 240);

    public static bool QuotesMore(Claim claim) => claim.Sentence.Trim() != claim.Text.Trim();

    public static string Corroboration(Corroboration value)
        => string.Create(CultureInfo.InvariantCulture, $"{value.Value:#,0.##} {value.Unit} — {string.Join(", ", value.Sources)}; {value.Documents} article{(value.Documents == 1 ? "" : "s")}, {value.Claims.Count} claim{(value.Claims.Count == 1 ? "" : "s")}, {value.Scope.ToString().ToLowerInvariant()}");

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
