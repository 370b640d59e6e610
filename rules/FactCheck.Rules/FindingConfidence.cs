using System.Globalization;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// How sure a finding is that its sides speak of the same quantity, date or proposition of the same event, from 0 to
/// 1, with the reasons that raised or lowered it. It is not the probability that a source is wrong: a hard finding
/// with low confidence is a contradiction the reading may have misjudged, and is the first to check by hand.
/// </summary>
/// <param name="Value">The confidence, between 0 and 1.</param>
/// <param name="Reasons">What raised (+) or lowered (−) it, in the order it was weighed.</param>
public sealed record FindingConfidence(double Value, IReadOnlyList<string> Reasons)
{
    private const double Start = 0.5;

    /// <summary>Weighs a finding's claims.</summary>
    /// <param name="finding">The finding.</param>
    public static FindingConfidence Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var score = Start;
        var reasons = new List<string>();
        void Weigh(bool holds, double weight, string reason)
        {
            if (holds)
            {
                score += weight;
                reasons.Add($"{(weight > 0 ? "+" : "−")}{Math.Abs(weight).ToString("0.00", CultureInfo.InvariantCulture)} {reason}");
            }
        }

        var claims = finding.Claims;
        Weigh(claims.All(c => !c.AttributionInferred && c.Attribution != c.Outlet && c.Attribution != c.DocumentId), 0.15, "every side names who gives it");
        Weigh(claims.Any(c => c.AttributionInferred), -0.1, "a speaker was carried over from a neighbouring sentence");
        Weigh(claims.Select(c => c.DocumentId).Distinct().Count() > 1, 0.05, "the sides are in different articles");
        Weigh(claims.Any(c => c.Published is null), -0.1, "an article has no date");
        switch (finding.Kind)
        {
            case FindingKind.Quantity or FindingKind.Count:
                var quantities = claims.OfType<QuantityClaim>().ToList();
                Weigh(quantities.All(CountsANoun), 0.15, "every figure names what it counts");
                Weigh(quantities.Any(q => !CountsANoun(q)), -0.1, "a bare figure's counted thing was read from its context");
                Weigh(quantities.Any(q => q.Precision is QuantityPrecision.Approximate or QuantityPrecision.Range), -0.05, "a figure is approximate or a range");
                Weigh(quantities.Any(q => q.Place.Length > 0), 0.05, "the figures are placed");
                Weigh(finding.Evidence.OfType<Corroboration>().Any(v => v.Documents > 1), 0.1, "a value is corroborated by several articles");
                break;
            case FindingKind.Date:
                var dates = claims.OfType<DateClaim>().ToList();
                Weigh(dates.All(d => !d.ReferenceAssumed), 0.15, "every date is read from its own article");
                Weigh(dates.Any(d => d.ReferenceAssumed), -0.2, "a year was read against the batch's latest date");
                break;
            default:
                var namesAgent = Position.SubjectNamesAgent(finding.Subject);
                Weigh(namesAgent, 0.2, "the proposition names who acted");
                Weigh(!namesAgent, -0.1, "the proposition was matched by shared words only");
                break;
        }

        Weigh(finding.Severity == Severity.Apparent, -0.05, "time, scope or a revision may explain it");
        return new FindingConfidence(Math.Round(Math.Clamp(score, 0.05, 0.99), 2), reasons);
    }

    // "1,500 soldiers" names what it counts; "the toll rose to 29" and "The union said 90,000" do not in the figure itself.
    private static bool CountsANoun(QuantityClaim quantity)
        => quantity.Unit is "magnitude" || quantity.IsMoney || (quantity.Text.TrimEnd() is { Length: > 0 } text && char.IsLetter(text[^1]));

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.00", CultureInfo.InvariantCulture);
}
