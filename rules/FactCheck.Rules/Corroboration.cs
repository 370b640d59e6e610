using System.Globalization;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// One value given for a subject and unit, with every claim that supports it: "1,500 personnel — NIS, 5 articles".
/// Claims that can all describe the same figure (1.5K and 1,500; "about 80" and 79) support the same value.
/// Built by <see cref="CorroborationRule"/> from the claims; the numeric conflict rules compare these.
/// </summary>
public sealed record Corroboration
{
    private const double BoundReach = 0.1;

    // The tolls of people something befell, whose later days are parts of the running toll.
    internal static readonly string[] VictimCounts = ["casualties:", "presumed:", "injuries:", "serious injuries:", "gunshot wounds:", "in hospital:", "trapped:"];

    /// <summary>The subject and unit this value is for, such as <c>deployment:North Korea|personnel</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The subject.</summary>
    public required string Subject { get; init; }

    /// <summary>The unit.</summary>
    public required string Unit { get; init; }

    /// <summary>The value most of its claims state (on a tie, the most precisely stated, then the smallest).</summary>
    public required double Value { get; init; }

    /// <summary>The supporting claims, in evidence order (publication date, outlet, sentence, position).</summary>
    public required IReadOnlyList<QuantityClaim> Claims { get; init; }

    /// <summary>The distinct attributions of the supporting claims, in order of first appearance.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>How many distinct documents state the value.</summary>
    public required int Documents { get; init; }

    /// <summary>Whether most supporting claims count what happened or what is planned.</summary>
    public required QuantityScope Scope { get; init; }

    /// <summary>True when most supporting claims present the value as a total.</summary>
    public required bool IsTotal { get; init; }

    /// <summary>
    /// How many values the claims of this subject, unit, place and anchor make. Beyond <see cref="MaxPairedValues"/>
    /// they are not compared pair by pair (N values would make N² findings) but shown as one spread by <see cref="SpreadRule"/>.
    /// </summary>
    public int ValuesOfKey { get; init; } = 1;

    /// <summary>The most values of one key that are compared pair by pair.</summary>
    public const int MaxPairedValues = 20;

    /// <summary>True for counts of vehicles or formations (ships, aircraft), compared by <see cref="CountConflictRule"/>.</summary>
    public required bool IsCount { get; init; }

    /// <summary>
    /// True when some claim of this value and some claim of <paramref name="other"/> cannot both be true: "over 13,000"
    /// and "around 13,000" agree; 1,500 and 12,000 do not.
    /// </summary>
    /// <param name="other">Another value for the same subject.</param>
    public bool DisagreesWith(Corroboration other) => FirstDisagreement(other) is not null;

    /// <summary>
    /// The first two claims, one of each value and from different sources, that cannot both be true, or that show a
    /// running total risen above a floor an earlier article gave; null when there are none. A source never conflicts
    /// with itself in one article, two days' crowds are two crowds, and one day's figure is a part of a total.
    /// </summary>
    /// <param name="other">The other value.</param>
    public (QuantityClaim Mine, QuantityClaim Theirs)? FirstDisagreement(Corroboration other)
    {
        foreach (var mine in Claims)
        {
            foreach (var theirs in other.Claims)
            {
                if ((!Compatible(mine, theirs) || RoseAboveFloor(mine, theirs, other) || RoseAboveFloor(theirs, mine, this)) && mine.HasDifferentSourceThan(theirs) && !OnOtherDays(mine, theirs)
                    && !IsDayOfTotal(mine, theirs) && !IsDayOfTotal(theirs, mine))
                {
                    return (mine, theirs);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether two claims can describe the same figure: their intervals overlap ("about 80" holds 79, "more than 1.5
    /// million" holds 1.9 million), except that two bounds in the same direction are two counts, compatible only
    /// when equal ("at least 18" and "at least 22" report different tolls) or when the lower is the other rounded
    /// down to its leading digit ("more than 100" says "at least 108" in round figures; "at least 241" it does not).
    /// </summary>
    /// <param name="a">One claim.</param>
    /// <param name="b">The other.</param>
    public static bool Compatible(QuantityClaim a, QuantityClaim b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Precision == QuantityPrecision.AtLeast && b.Precision == QuantityPrecision.AtLeast)
        {
            return a.Value == b.Value || RoundsDownTo(Math.Max(a.Value, b.Value), Math.Min(a.Value, b.Value));
        }

        var bothBelow = a.Precision is QuantityPrecision.AtMost or QuantityPrecision.UpTo && b.Precision is QuantityPrecision.AtMost or QuantityPrecision.UpTo;
        return bothBelow ? a.Value == b.Value : a.Overlaps(b);
    }

    // 108 rounds down to 100 and 2,450 to 2,000: the round figure has one significant digit and the other lies below
    // the next step of that digit.
    private static bool RoundsDownTo(double value, double round)
    {
        if (round <= 0 || value <= round)
        {
            return false;
        }

        var step = Math.Pow(10, Math.Floor(Math.Log10(round)));
        return round % step == 0 && value < round + step;
    }

    /// <summary>
    /// Groups claims of one quantity into values. A claim joins a value only when it is compatible with every claim
    /// already in it, so values never chain: 212, 219 and 226 stay three values, not one. A bound ("more than 50") joins
    /// only figures close to its own number: 78 is compatible with it but is a figure of its own, not a wording of it.
    /// </summary>
    /// <param name="claims">The claims of one subject, unit, place and anchor.</param>
    public static IReadOnlyList<Corroboration> Build(IEnumerable<QuantityClaim> claims)
    {
        var sorted = claims.OrderBy(c => c.Value).ThenBy(c => c, EvidenceOrder.Instance).ToList();
        var result = new List<Corroboration>();
        var current = new List<QuantityClaim>();
        foreach (var claim in sorted)
        {
            if (current.Count > 0 && !current.TrueForAll(c => Compatible(c, claim) && !OnOtherDays(c, claim) && ((!IsBound(c) && !IsBound(claim)) || Close(c, claim))))
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

        return [.. result.Select(v => v with { ValuesOfKey = result.Count })];
    }

    private static int Looseness(QuantityPrecision precision) => precision switch
    {
        QuantityPrecision.Exact => 0,
        QuantityPrecision.AtLeast or QuantityPrecision.AtMost or QuantityPrecision.UpTo => 1,
        QuantityPrecision.Range => 2,
        QuantityPrecision.Approximate => 3,
        _ => 4,
    };

    // A running total given as a floor ("at least 384 killed") and, in a later article, as a figure well above it (844):
    // both can hold, but the toll has risen, and a fact-checker wants the rise shown (the time explains it). Not so when
    // the higher figure was out before the floor: "recovered 15 bodies" after "killing all 78 people" counts the search.
    private static bool RoseAboveFloor(QuantityClaim floor, QuantityClaim later, Corroboration laterValue)
        => floor.Precision == QuantityPrecision.AtLeast && later.Precision is QuantityPrecision.Exact or QuantityPrecision.Approximate
            && RunningTallyRule.IsRunningTotal(floor.Subject)
            && floor.Published is { } earlier && later.Published is { } then && earlier < then && later.Low > floor.Value && !Close(floor, later)
            && !laterValue.Claims.Any(c => c.Published <= earlier);

    // Two days' crowds are two crowds, even when one day's count falls inside the other's range.
    private static bool OnOtherDays(QuantityClaim a, QuantityClaim b) => a.Occasion is { } day && b.Occasion is { } otherDay && day != otherDay;

    // One day's figure below a total no day bounds ("300 arrested on Sunday" beside "1,500 detained in all") is a part of
    // it; so is a later day's toll below a running toll ("Nine people were killed on Tuesday night" beside "At least 100
    // people have been killed"), also as a floor ("at least 114 people on Saturday" beside 423 since the coup).
    private static bool IsDayOfTotal(QuantityClaim day, QuantityClaim total)
        => day.Occasion is not null && total.Occasion is null && (day.Precision == QuantityPrecision.AtLeast ? day.Value : day.High) < total.Value
            && (total.IsTotal || (IsVictimCount(day) && RunningTallyRule.IsRunningTotal(total.Subject)));

    private static bool IsVictimCount(QuantityClaim claim) => Array.Exists(VictimCounts, e => claim.Subject.StartsWith(e, StringComparison.Ordinal));

    private static bool IsBound(QuantityClaim claim) => claim.Precision is QuantityPrecision.AtLeast or QuantityPrecision.AtMost or QuantityPrecision.UpTo;

    // Within a tenth of each other: "more than 2,400" words the same figure as "some 2,500".
    private static bool Close(QuantityClaim a, QuantityClaim b) => Math.Abs(a.Value - b.Value) <= BoundReach * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value));

    private static Corroboration Of(List<QuantityClaim> claims)
    {
        var ordered = claims.OrderBy(c => c, EvidenceOrder.Instance).ToList();
        // The value most claims state; on a tie the most precisely stated (552 in "no more than 552" over "about 500"),
        // then the smallest.
        var value = claims.GroupBy(c => c.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(c => Looseness(c.Precision))).ThenBy(g => g.Key).First().Key;
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

    /// <summary>
    /// Whether a claim counts the event the articles cover: it has no anchor, or it is an earlier value of a running
    /// total ("up from the 212,000 announced last week"), which is the same toll at another time.
    /// </summary>
    /// <param name="claim">A quantity claim.</param>
    public static bool IsOfTheEvent(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Anchor.Length == 0 || (claim.Anchor == QuantityClaim.EarlierAnchor && RunningTallyRule.IsRunningTotal(claim.Subject));
    }

    /// <summary>The grouping key of a claim: its subject, unit, place and anchor.</summary>
    /// <param name="claim">A quantity claim.</param>
    public static string KeyOf(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var key = $"{claim.Subject}|{claim.Unit}";
        if (claim.Place.Length > 0)
        {
            key += $"|in {claim.Place}";
        }

        return claim.Anchor.Length > 0 && !IsOfTheEvent(claim) ? $"{key}|{claim.Anchor}" : key;
    }

    /// <summary>
    /// The value as a report shows it: the figure ("1,500"), or the range when every supporting claim gives the same closed
    /// range ("12,000 to 19,000"), since its high end alone was never said.
    /// </summary>
    public string Label
        => Claims.All(c => c.Precision == QuantityPrecision.Range && c.Low == Claims[0].Low && c.High == Claims[0].High) && !double.IsInfinity(Claims[0].High)
            ? string.Create(CultureInfo.InvariantCulture, $"{Shown(Claims[0].Low):#,0.##} to {Shown(Claims[0].High):#,0.##}")
            : Value.ToString("#,0.##", CultureInfo.InvariantCulture);

    // A range's end converted from another unit ("50 million to 60 million gallons" in liters) is shown to the three
    // figures the conversion can claim, as its value is; a whole number written so stays as it is.
    private static double Shown(double end)
    {
        if (end == Math.Floor(end) || end == 0)
        {
            return end;
        }

        var scale = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(end))) - 2);
        return Math.Round(end / scale) * scale;
    }

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Label} {Unit} ({string.Join(", ", Sources)}; {Documents} article{(Documents == 1 ? "" : "s")})");
}
