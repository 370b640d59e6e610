using System.Globalization;
using FactCheck.Rules;
using Shouldly;

namespace FactCheck.Testing;

/// <summary>
/// Shouldly-style assertions on a <see cref="ContradictionReport"/>, for running the contradiction report from your
/// own tests. A failure lists everything the report did flag.
/// </summary>
public static class ReportAssertions
{
    /// <summary>Asserts a finding of <paramref name="kind"/> between exactly these values (equal to rounding error: 6.9 is not 7), in any order.</summary>
    /// <param name="report">The report.</param>
    /// <param name="kind">The finding's kind.</param>
    /// <param name="values">The disputed values, such as 1_500 and 12_000.</param>
    /// <returns>The finding, for further assertions on its severity or claims.</returns>
    public static Finding ShouldFlag(this ContradictionReport report, FindingKind kind, params double[] values)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Findings.FirstOrDefault(f => f.Kind == kind && SameNumbers(f, values))
            ?? throw new ShouldAssertException($"expected a {Name(kind)} finding between {Values(values)}, but {Flagged(report)}");
    }

    /// <summary>Asserts no finding of <paramref name="kind"/> between exactly these values.</summary>
    /// <param name="report">The report.</param>
    /// <param name="kind">The finding's kind.</param>
    /// <param name="values">The values that must not be flagged against each other.</param>
    public static void ShouldNotFlag(this ContradictionReport report, FindingKind kind, params double[] values)
    {
        ArgumentNullException.ThrowIfNull(report);
        var finding = report.Findings.FirstOrDefault(f => f.Kind == kind && SameNumbers(f, values));
        if (finding is not null)
        {
            throw new ShouldAssertException($"expected no {Name(kind)} finding between {Values(values)}, but found: {Describe(finding)}");
        }
    }

    /// <summary>
    /// Asserts a finding of <paramref name="kind"/> whose two labels contain <paramref name="first"/> and
    /// <paramref name="second"/> (in any order, ignoring case): dates such as "2023-08" and "2024-08", or the sources of
    /// a denial such as "NIS" and "Russian government".
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="kind">The finding's kind.</param>
    /// <param name="first">Text one label contains.</param>
    /// <param name="second">Text the other label contains.</param>
    /// <returns>The finding.</returns>
    public static Finding ShouldFlag(this ContradictionReport report, FindingKind kind, string first, string second)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Findings.FirstOrDefault(f => f.Kind == kind && SameLabels(f, first, second))
            ?? throw new ShouldAssertException($"expected a {Name(kind)} finding between '{first}' and '{second}', but {Flagged(report)}");
    }

    /// <summary>Asserts no finding of <paramref name="kind"/> whose labels contain both texts.</summary>
    /// <param name="report">The report.</param>
    /// <param name="kind">The finding's kind.</param>
    /// <param name="first">Text one label contains.</param>
    /// <param name="second">Text the other label contains.</param>
    public static void ShouldNotFlag(this ContradictionReport report, FindingKind kind, string first, string second)
    {
        ArgumentNullException.ThrowIfNull(report);
        var finding = report.Findings.FirstOrDefault(f => f.Kind == kind && SameLabels(f, first, second));
        if (finding is not null)
        {
            throw new ShouldAssertException($"expected no {Name(kind)} finding between '{first}' and '{second}', but found: {Describe(finding)}");
        }
    }

    /// <summary>Asserts a finding of <paramref name="kind"/> that satisfies a condition.</summary>
    /// <param name="report">The report.</param>
    /// <param name="kind">The finding's kind.</param>
    /// <param name="condition">The condition.</param>
    /// <param name="description">What the condition means, for the failure message.</param>
    /// <returns>The finding.</returns>
    public static Finding ShouldFlag(this ContradictionReport report, FindingKind kind, Func<Finding, bool> condition, string description)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(condition);
        return report.Findings.FirstOrDefault(f => f.Kind == kind && condition(f))
            ?? throw new ShouldAssertException($"expected a {Name(kind)} finding where {description}, but {Flagged(report)}");
    }

    /// <summary>Asserts no finding of any kind involves a claim whose text contains <paramref name="text"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="text">Text that must not appear in any flagged claim, such as boilerplate.</param>
    public static void ShouldNotFlagText(this ContradictionReport report, string text)
    {
        ArgumentNullException.ThrowIfNull(report);
        var finding = report.Findings.FirstOrDefault(f => f.Claims.Any(c => c.Text.Contains(text, StringComparison.OrdinalIgnoreCase)));
        if (finding is not null)
        {
            throw new ShouldAssertException($"expected no finding quoting '{text}', but found: {Describe(finding)}");
        }
    }

    private static bool SameNumbers(Finding finding, double[] values)
        => finding.Numbers.Count == values.Length
        && finding.Numbers.Order().Zip(values.Order()).All(p => Math.Abs(p.First - p.Second) <= 1e-9 * Math.Max(1, Math.Abs(p.Second)));

    private static bool SameLabels(Finding finding, string first, string second)
        => finding.Labels.Count == 2
        && ((Contains(finding.Labels[0], first) && Contains(finding.Labels[1], second))
            || (Contains(finding.Labels[0], second) && Contains(finding.Labels[1], first)));

    private static bool Contains(string label, string text) => label.Contains(text, StringComparison.OrdinalIgnoreCase);

    private static string Name(FindingKind kind) => kind.ToString().ToLowerInvariant();

    private static string Values(double[] values) => string.Join(" and ", values.Select(v => v.ToString("#,0.##", CultureInfo.InvariantCulture)));

    private static string Describe(Finding finding)
        => $"{finding.Severity.ToString().ToUpperInvariant()} {Name(finding.Kind)} [{finding.Subject}] {string.Join(" vs ", finding.Labels)} ({string.Join(" → ", finding.Rules)})";

    private static string Flagged(ContradictionReport report)
        => report.Findings.Count == 0
            ? "the report flagged nothing"
            : "the report flagged:" + string.Concat(report.Findings.Select(f => Environment.NewLine + "  " + Describe(f)));
}
