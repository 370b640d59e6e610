using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// Reclassifies a numeric conflict as apparent when one article shows one source giving both values: the USGS put a
/// quake at 7.5, then 7.9, then 7.8. A source that changes its own figure revises it; the finding stays, so the reader sees the figures a
/// story may still quote, but it is not two sources contradicting each other. Running totals are left to
/// <see cref="RunningTallyRule"/>: a toll its own source lowers stays a contradiction.
/// </summary>
[Name("Revision"), Priority(10), Tag(RuleTags.Numeric)]
[Description("Marks a numeric conflict as apparent when the same source gave both values: a revision.")]
public sealed partial class RevisionRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Finding finding = null!;
        When()
            .Match(() => finding, f => f.Kind == FindingKind.Quantity || f.Kind == FindingKind.Count,
                f => f.Severity == Severity.Hard, f => !RunningTallyRule.IsRunningTotal(f.Subject), f => Explanation(f) != null);
        Then()
            .Do(ctx => ctx.Retract(finding))
            .Do(ctx => ctx.Insert(finding.Reclassify(Severity.Apparent, Explanation(finding)!, ctx.Rule.Name)));
    }

    private static string? Explanation(Finding finding)
    {
        if (SharedSource(finding) is { } source)
        {
            return $"Explained by revision: {source} gave both {finding.Labels[0]} and {finding.Labels[1]}.";
        }

        if (finding.Evidence is [Corroboration low, Corroboration high]
            && (RevisedAfter(low, high) ?? RevisedAfter(high, low)) is { } reviser)
        {
            return $"Explained by revision: {reviser.Attribution} changed the figure to {reviser.Text} on {reviser.Published:yyyy-MM-dd}, after the other was reported.";
        }

        if (finding.Evidence is [Corroboration lower, Corroboration higher]
            && (ChangedFrom(lower, higher) ?? ChangedFrom(higher, lower)) is { } changer)
        {
            return $"Explained by revision: {changer.Attribution} changed the figure to {changer.Text}, from the other, as the article giving it says.";
        }

        if (finding.Evidence is [Corroboration first, Corroboration second] && (Superseded(first) ?? Superseded(second)) is { } initial)
        {
            return $"Explained by revision: {initial.Attribution} first gave {initial.Text}, then changed it.";
        }

        return null;
    }

    // One side holds only figures their own sentences say were given first and then changed: "had first put the
    // quake's magnitude at 8.0, before raising it to 8.7", "initially reported 12 dead, later lowered to 9".
    private static Claim? Superseded(Corroboration side)
        => side.Claims.All(c => FirstGiven().IsMatch(ClaimSentence.Before(c)) && ChangedAfter().IsMatch(ClaimSentence.After(c))) ? side.Claims.FirstOrDefault() : null;

    // A later article says the figure itself was changed: "officials revised the number of people aboard to 475",
    // "the government now says 476 people were on board". The earlier figure, from whoever gave it, is superseded.
    private static Claim? RevisedAfter(Corroboration revised, Corroboration earlier)
    {
        var latest = earlier.Claims.Max(c => c.Published);
        return latest is null ? null : revised.Claims.FirstOrDefault(c => c.Published > latest && RevisedTo().IsMatch(ClaimSentence.Before(c)));
    }

    // The sentence giving one value says it replaced the other: "raised its estimate of the quake to magnitude 4.0 from
    // 3.6", on whatever day each was reported.
    private static Claim? ChangedFrom(Corroboration revised, Corroboration earlier)
        => revised.Claims.FirstOrDefault(c => ChangedFromFigure().Match(ClaimSentence.After(c).ToString()) is { Success: true } from
            && double.TryParse(from.Groups["from"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && earlier.Claims.Any(e => e.Value == value) && ChangeBefore().IsMatch(ClaimSentence.Before(c)));

    // A named source that one article shows giving both values ("put the magnitude at 6.4, having first given it as
    // 6.1"); two articles crediting one source with different figures is a contradiction between them. An outlet
    // speaking for itself is no source of a revision.
    // The same holds across articles when one of them says the source changed its figure ("The USGS later revised the
    // magnitude to 6.9", "about 3,000 troops had arrived, up from the 1,500 it reported last week"), or when the source
    // gave only floors: "more than 200 rounds", then "more than 1,100 rounds", raises its own floor.
    private static string? SharedSource(Finding finding)
    {
        if (finding.Evidence is not [Corroboration low, Corroboration high])
        {
            return null;
        }

        var named = low.Claims.Where(c => c.Attribution != c.Outlet && c.Attribution != c.DocumentId).ToList();
        return named.Select(c => (c.DocumentId, c.Attribution)).Intersect(high.Claims.Select(c => (c.DocumentId, c.Attribution))).Select(p => p.Attribution).FirstOrDefault()
            ?? named.Select(c => c.Attribution).Intersect(high.Claims.Select(c => c.Attribution))
                .FirstOrDefault(source => low.Claims.Concat(high.Claims).Any(c => c.Attribution == source && Revised().IsMatch(c.Sentence))
                    || low.Claims.Concat(high.Claims).Where(c => c.Attribution == source).All(c => c.Precision == QuantityPrecision.AtLeast));
    }

    // "... far more than the 400,000 it reported last month", "from the 100,000 it had estimated", "226 men, not 232 as
    // it said earlier", "nearly twice its earlier estimate of 6,000": the source's own earlier figure, recalled beside its
    // new one.
    [GeneratedRegex(@"\b(?:revised|revises|raised|lowered|upgraded|downgraded|updated|corrected|(?:up|down)\s+from)\b|\b(?:its|their)\s+(?:own\s+)?(?:earlier|initial|previous|first)\s+(?:estimate|figure|count|tally)\b|\b(?:than|from)\s+the\s+[\d.,]+(?:\s+(?:million|billion))?\s+(?:it|they)\s+(?:had\s+)?(?:reported|estimated|announced|given|gave)\b|\bnot\s+[\d.,]+(?:\s+(?:million|billion))?,?\s+as\s+(?:it|they)\s+(?:had\s+)?(?:said|reported|estimated|announced|stated|given|gave)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Revised();

    // Right after the new figure, the one it replaced: " from 3.6", " from an earlier estimate of 7,000".
    [GeneratedRegex(@"^\s*(?:[\p{L}'’-]+\s+){0,3}?from\s+(?:(?:magnitude|an?\s+(?:earlier|initial|previous)\s+(?:figure|estimate|count)\s+of)\s+)?(?<from>\d[\d,]*(?:\.\d+)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChangedFromFigure();

    // A verb of changing the figure before it in its clause: "raised its estimate of the quake to magnitude".
    [GeneratedRegex(@"\b(?:raised|raises|lowered|lowers|revised|revises|upgraded|downgraded|corrected|changed|increased|reduced|cut)\b[^.;]{0,80}$", RegexOptions.CultureInvariant)]
    private static partial Regex ChangeBefore();

    // The figure is one given first: "first put ... at", "initially reported", "was first measured at magnitude".
    [GeneratedRegex(@"\b(?:first|initially|originally)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:at\s+|as\s+)?(?:magnitude\s+)?(?:about\s+|some\s+|around\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FirstGiven();

    // After the figure, the same sentence changes it: "before raising it to 8.7", ", which raised it to", "later lowered".
    [GeneratedRegex(@"^[^.;]{0,80}?\b(?:rais|lower|revis|upgrad|downgrad|correct|chang|increas|reduc|cut)\w*\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChangedAfter();

    // Just before the figure: "revised the number of people aboard the ferry to", "The magnitude was revised to",
    // "downgraded it to", "now says", "now puts the toll at".
    [GeneratedRegex(@"(?:\b(?:revised|corrected|upgraded|downgraded|lowered)\s+(?:[\p{L}'’-]+\s+){0,10}?to|\bnow\s+(?:says?|puts?|estimates?|counts?|gives?)(?:\s+that)?(?:\s+(?:the|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:at|as))?)\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RevisedTo();
}
