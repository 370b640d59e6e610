using System.Globalization;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// One value given for a subject and unit, with every claim that supports it: "1,500 personnel — NIS, 5 articles".
/// Claims whose numbers are within the lexicon's tolerance of each other (1.5K and 1,500) support the same value.
/// Built by <see cref="CorroborationRule"/> from the claims; the numeric conflict rules compare these.
/// </summary>
public sealed record Corroboration
{
    /// <summary>The subject and unit this value is for, such as <c>deployment:North Korea|personnel</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The subject.</summary>
    public required string Subject { get; init; }

    /// <summary>The unit.</summary>
    public required string Unit { get; init; }

    /// <summary>The value most of its claims state (the smallest, on a tie).</summary>
    public required double Value { get; init; }

    /// <summary>The supporting claims, in document order.</summary>
    public required IReadOnlyList<QuantityClaim> Claims { get; init; }

    /// <summary>The distinct attributions of the supporting claims, in order of first appearance.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>How many distinct documents state the value.</summary>
    public required int Documents { get; init; }

    /// <summary>Whether most supporting claims count what happened or what is planned.</summary>
    public required QuantityScope Scope { get; init; }

    /// <summary>True when most supporting claims present the value as a total.</summary>
    public required bool IsTotal { get; init; }

    /// <summary>True for counts of vehicles or formations (ships, aircraft), compared by <see cref="CountConflictRule"/>.</summary>
    public required bool IsCount { get; init; }

    /// <summary>
    /// True when some claim of this value and some claim of <paramref name="other"/> come from different sources and
    /// their intervals do not overlap: "over 13,000" and "around 13,000" agree; 1,500 and 12,000 do not.
    /// </summary>
    /// <param name="other">Another value for the same subject.</param>
    public bool DisagreesWith(Corroboration other) => FirstDisagreement(other) is not null;

    /// <summary>
    /// The first pair of claims, one from each value, that disagree; null when none does. Linear in the claims: the
    /// pair with the lowest upper bound on this side and the highest lower bound on the other disagrees most, and when
    /// those two share a source, the best pair avoiding that source on either side decides.
    /// </summary>
    /// <param name="other">Another value for the same subject, larger than this one.</param>
    public (QuantityClaim Mine, QuantityClaim Theirs)? FirstDisagreement(Corroboration other)
    {
        var mine = Claims.MinBy(c => c.High)!;
        var theirs = other.Claims.MaxBy(c => c.Low)!;
        if (mine.High >= theirs.Low)
        {
            return null;
        }

        if (mine.HasDifferentSourceThan(theirs))
        {
            return (mine, theirs);
        }

        var otherMine = Claims.Where(c => c.HasDifferentSourceThan(theirs)).MinBy(c => c.High);
        if (otherMine is not null && otherMine.High < theirs.Low)
        {
            return (otherMine, theirs);
        }

        var otherTheirs = other.Claims.Where(c => c.HasDifferentSourceThan(mine)).MaxBy(c => c.Low);
        return otherTheirs is not null && mine.High < otherTheirs.Low ? (mine, otherTheirs) : null;
    }

    /// <summary>
    /// Groups the claims of one subject and unit into values: sorted by value, a claim joins the value before it when
    /// the two numbers differ by at most <paramref name="tolerance"/> of the larger.
    /// </summary>
    /// <param name="claims">Quantity claims sharing subject and unit.</param>
    /// <param name="tolerance">The relative difference under which two numbers are the same value.</param>
    public static IReadOnlyList<Corroboration> Build(IEnumerable<QuantityClaim> claims, double tolerance = 0.05)
    {
        var sorted = claims.OrderBy(c => c.Value).ThenBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Span.Start).ToList();
        var result = new List<Corroboration>();
        var current = new List<QuantityClaim>();
        foreach (var claim in sorted)
        {
            if (current.Count > 0 && claim.Value - current[^1].Value > tolerance * Math.Max(Math.Abs(claim.Value), Math.Abs(current[^1].Value)))
            {
                result.Add(Of(current));
                current = [];
            }

            current.Add(claim);
        }

        if (current.Count > 0)
        {
            result.Add(Of(current));
        }

        return result;
    }

    private static Corroboration Of(List<QuantityClaim> claims)
    {
        var ordered = claims.OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Span.Start).ToList();
        var value = claims.GroupBy(c => c.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var planned = claims.Count(c => c.Stance == Stance.Planned);
        var first = claims[0];
        return new Corroboration
        {
            Key = KeyOf(first),
            Subject = first.Subject,
            Unit = first.Unit,
            Value = value,
            Claims = ordered,
            Sources = [.. ordered.Select(c => c.Attribution).Distinct()],
            Documents = ordered.Select(c => c.DocumentId).Distinct().Count(),
            Scope = planned * 2 > claims.Count ? QuantityScope.Planned : QuantityScope.Actual,
            IsTotal = claims.Count(c => c.IsTotal) * 2 > claims.Count,
            IsCount = first.IsCount,
        };
    }

    /// <summary>The grouping key of a claim: its subject and unit.</summary>
    /// <param name="claim">A quantity claim.</param>
    public static string KeyOf(QuantityClaim claim) => $"{claim.Subject}|{claim.Unit}";

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Value:#,0.##} {Unit} ({string.Join(", ", Sources)}; {Documents} article{(Documents == 1 ? "" : "s")})");
}
