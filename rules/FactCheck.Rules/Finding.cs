using System.Globalization;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// A disagreement between sources, inserted as a fact by a rule so that other rules can build on it (the scope and
/// rising-tally rules reclassify quantity conflicts). Carries both quoted claims, the values in dispute, the rule that fired and the
/// facts it matched, so the report can show why it was flagged.
/// </summary>
public sealed record Finding
{
    private const int MaxFiguresPerValue = 3;

    /// <summary>What kind of disagreement this is.</summary>
    public required FindingKind Kind { get; init; }

    /// <summary>How strongly it contradicts.</summary>
    public required Severity Severity { get; init; }

    /// <summary>What the sources disagree about.</summary>
    public required string Subject { get; init; }

    /// <summary>The disagreement in a sentence, with what explains it when it is apparent.</summary>
    public required string Explanation { get; init; }

    /// <summary>The rules that made and then reclassified the finding, in order.</summary>
    public required IReadOnlyList<string> Rules { get; init; }

    /// <summary>
    /// The claims quoted against each other: a pair that cannot both be true and then the other wordings of each value
    /// (at most three a value), for a running total's timeline the wordings of every value, one of each source for a
    /// denial that several sources contradict.
    /// </summary>
    public required IReadOnlyList<Claim> Claims { get; init; }

    /// <summary>The disputed values as numbers (quantities and counts), in ascending order; empty for other kinds.</summary>
    public IReadOnlyList<double> Numbers { get; init; } = [];

    /// <summary>The disputed values as labels: "1,500", "2023-08-01..2023-08-31", or the two sources of a statement.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>The facts the rule matched (corroborated values, claims), for the explanation.</summary>
    public required IReadOnlyList<object> Evidence { get; init; }

    /// <summary>Identifies the disagreement, so the same one found through other claims is reported once.</summary>
    public required string Key { get; init; }

    /// <summary>For quantities: the scope of each value (actual or planned), in the order of <see cref="Numbers"/>.</summary>
    public IReadOnlyList<QuantityScope> Scopes { get; init; } = [];

    /// <summary>How sure the finding is that its sides speak of the same thing, with the reasons.</summary>
    public FindingConfidence Confidence => FindingConfidence.Of(this);

    /// <summary>A copy with a new severity, the explanation extended and the rule added.</summary>
    /// <param name="severity">The new severity.</param>
    /// <param name="why">What explains it.</param>
    /// <param name="rule">The rule that reclassified it.</param>
    public Finding Reclassify(Severity severity, string why, string rule)
        => this with { Severity = severity, Explanation = $"{Explanation} {why}", Rules = [.. Rules, rule] };

    /// <summary>
    /// The finding for two corroborated values that disagree: the first two claims quoted are a pair that cannot both
    /// be true, then the other wordings of either value (at most three a value).
    /// </summary>
    /// <param name="kind"><see cref="FindingKind.Quantity"/> or <see cref="FindingKind.Count"/>.</param>
    /// <param name="low">The smaller value.</param>
    /// <param name="high">The larger value.</param>
    /// <param name="rule">The rule's name.</param>
    public static Finding ForValues(FindingKind kind, Corroboration low, Corroboration high, string rule)
    {
        var (mine, theirs) = low.FirstDisagreement(high) ?? (low.Claims[0], high.Claims[0]);
        return new Finding
        {
            Kind = kind,
            Severity = Severity.Hard,
            Subject = low.Key,
            Explanation = $"{low} against {high}: the intervals do not overlap.",
            Rules = [rule],
            Claims = [mine, theirs, .. Figures(low).Where(c => c != mine), .. Figures(high).Where(c => c != theirs)],
            Numbers = [low.Value, high.Value],
            Labels = [low.Label, high.Label],
            Evidence = [low, high],
            Key = $"{kind}|{low.Key}|{Number(low.Value)}|{Number(high.Value)}",
            Scopes = [low.Scope, high.Scope],
        };
    }

    /// <summary>
    /// The finding for a running total whose values time explains: every value of the pairwise findings with its
    /// wordings (at most three a value; a range that merely holds it is left out), in the order they were reported;
    /// the explanation tells the story by each value's first report.
    /// </summary>
    /// <param name="updates">The apparent findings of one running total, each between two of its values.</param>
    /// <param name="rule">The rule's name.</param>
    public static Finding ForTimeline(IEnumerable<Finding> updates, string rule)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var pairs = updates.ToList();
        var values = pairs.SelectMany(f => f.Evidence.OfType<Corroboration>()).Distinct().OrderBy(v => v.Value).ToList();
        var firsts = InReportedOrder(values.Select(v => InReportedOrder(v.Claims).First())).ToList();
        var quoted = InReportedOrder(values.SelectMany(Figures)).ToList();
        var story = string.Join(", then ", firsts.Select(c => $"{Number(c.Value)} ({c.Attribution}{(c.Published is { } day ? $", {day:yyyy-MM-dd}" : "")})"));
        var first = pairs.OrderBy(f => f.Key, StringComparer.Ordinal).First();
        return new Finding
        {
            Kind = FindingKind.Quantity,
            Severity = Severity.Apparent,
            Subject = first.Subject,
            Explanation = $"A running total given {values.Count} values over time: {story}. Explained by time: each report updates an earlier one.",
            Rules = [.. first.Rules.Where(r => r != RunningTallyRule.RuleName), RunningTallyRule.RuleName, rule],
            Claims = [.. quoted],
            Numbers = [.. values.Select(v => v.Value)],
            Labels = [.. values.Select(v => v.Label)],
            Evidence = [.. values],
            Key = $"{FindingKind.Quantity}|{first.Subject}|timeline",
            Scopes = [.. values.Select(v => v.Scope)],
        };
    }

    /// <summary>
    /// The finding for a subject with too many values to compare pair by pair: the lowest, the highest and the value
    /// most articles give, each with a figure quoted, and how many values and articles there are.
    /// </summary>
    /// <param name="values">Every value of one subject, unit, place and anchor.</param>
    /// <param name="rule">The rule's name.</param>
    public static Finding ForSpread(IEnumerable<Corroboration> values, string rule)
    {
        ArgumentNullException.ThrowIfNull(values);
        var all = values.OrderBy(v => v.Value).ToList();
        var (lowest, highest) = (all[0], all[^1]);
        var common = all.OrderByDescending(v => v.Documents).ThenBy(v => v.Value).First();
        var shown = new[] { lowest, common, highest }.Distinct().OrderBy(v => v.Value).ToList();
        var kind = lowest.IsCount ? FindingKind.Count : FindingKind.Quantity;
        return new Finding
        {
            Kind = kind,
            Severity = Severity.Hard,
            Subject = lowest.Key,
            Explanation = $"{all.Count} different values, too many to compare pair by pair: from {lowest} to {highest}; the most often given is {common}.",
            Rules = [rule],
            Claims = [.. shown.Select(v => Figures(v).First())],
            Numbers = [.. shown.Select(v => v.Value)],
            Labels = [.. shown.Select(v => v.Label)],
            Evidence = [.. shown],
            Key = $"{kind}|{lowest.Key}|spread",
            Scopes = [.. shown.Select(v => v.Scope)],
        };
    }

    // The figures that state a value, each wording once and at most a few, so that a value a thousand articles repeat
    // quotes three claims, not a thousand: "4,645" and "about 4,645", not a range that merely holds it ("from 793 to
    // 8,498") or a ceiling ("up to 5,000") unless only those give it. The corroboration table lists every source.
    private static IEnumerable<QuantityClaim> Figures(Corroboration value)
    {
        var figures = value.Claims.Where(c => c.Precision is not (QuantityPrecision.Range or QuantityPrecision.UpTo)).ToList();
        return InReportedOrder(figures.Count > 0 ? figures : value.Claims)
            .DistinctBy(c => (c.Value, c.Precision))
            .Take(MaxFiguresPerValue);
    }

    // By publication date, then by what they say (EvidenceOrder); undated reports sort last: they cannot be placed in the story.
    private static IOrderedEnumerable<QuantityClaim> InReportedOrder(IEnumerable<QuantityClaim> claims)
        => claims.OrderBy(c => c, EvidenceOrder.Instance);

    /// <summary>The finding for two intervals given for one event that do not overlap.</summary>
    /// <param name="earlier">The earlier interval.</param>
    /// <param name="later">The later interval.</param>
    /// <param name="rule">The rule's name.</param>
    public static Finding ForDates(DateValue earlier, DateValue later, string rule)
    {
        var assumed = earlier.Assumed || later.Assumed;
        var first = earlier.Claims.First(a => later.Claims.Any(b => a.HasDifferentSourceThan(b)));
        var second = later.Claims.First(b => b.HasDifferentSourceThan(first));
        return new Finding
        {
            Kind = FindingKind.Date,
            Severity = assumed ? Severity.Apparent : Severity.Hard,
            Subject = earlier.Subject,
            Explanation = $"'{first.Text}' ({earlier}) against '{second.Text}' ({later}): the days do not overlap."
                + (assumed ? " One side's year was read against the batch's latest date because its articles are undated." : ""),
            Rules = [rule],
            Claims = [first, second],
            Labels = [earlier.Label, later.Label],
            Evidence = [earlier, later],
            Key = $"{FindingKind.Date}|{earlier.Subject}|{earlier.Label}|{later.Label}",
        };
    }

    /// <summary>The finding for two positions on one proposition that disagree.</summary>
    /// <param name="kind"><see cref="FindingKind.Denial"/> or <see cref="FindingKind.Confirmation"/>.</param>
    /// <param name="severity">How strongly they contradict.</param>
    /// <param name="first">The assertion or confirmation.</param>
    /// <param name="second">The denial or doubt.</param>
    /// <param name="rule">The rule's name.</param>
    public static Finding ForPositions(FindingKind kind, Severity severity, Position first, Position second, string rule)
    {
        var a = first.Claims[0];
        var b = second.Claims[0];
        return new()
        {
            Kind = kind,
            Severity = severity,
            Subject = first.Subject,
            Explanation = $"{first.Attribution} {Verb(a.Stance)} ('{a.Cue}'; {Count(first.Claims.Count, "statement")}) what {second.Attribution} {Verb(b.Stance)} ('{b.Cue}'; {Count(second.Claims.Count, "statement")}).",
            Rules = [rule],
            Claims = [a, b],
            Labels = [first.Attribution, second.Attribution],
            Evidence = [first, second],
            Key = StatementKey(kind, first.Attribution, second.Attribution, first.Subject),
        };
    }

    /// <summary>
    /// The finding for a denial and every position that affirms what it denies: one finding however many sources
    /// stand on the other side. The first label lists those sources, the second is the one who denies.
    /// </summary>
    /// <param name="assertions">The positions that assert, report or confirm the proposition.</param>
    /// <param name="denial">The denial.</param>
    /// <param name="rule">The rule's name.</param>
    public static Finding ForDenial(IEnumerable<Position> assertions, Position denial, string rule)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(denial);
        var others = assertions.OrderBy(p => p.Claims[0], EvidenceOrder.Instance).ToList();
        var sources = string.Join(", ", others.Select(p => p.Attribution).Distinct());
        var d = denial.Claims[0];
        return new()
        {
            Kind = FindingKind.Denial,
            Severity = Severity.Hard,
            Subject = denial.Subject,
            Explanation = $"{denial.Attribution} {Verb(d.Stance)} ('{d.Cue}'; {Count(denial.Claims.Count, "statement")}) what "
                + $"{string.Join("; ", others.Select(p => $"{p.Attribution} {Verb(p.Claims[0].Stance)} ({Count(p.Claims.Count, "statement")})"))}.",
            Rules = [rule],
            Claims = [.. others.Select(p => Denied(p, denial)), d],
            Labels = [sources, denial.Attribution],
            Evidence = [.. others, denial],
            Key = StatementKey(FindingKind.Denial, sources, denial.Attribution, denial.Subject),
        };
    }

    // The first of a source's statements that says what the denial denies: survivors who said a blanket was set alight and
    // that fishing boats passed them by are quoted for the boats when the fishermen deny passing.
    private static StatementClaim Denied(Position assertion, Position denial)
        => assertion.Claims.Count == 1 || denial.NamesAgent ? assertion.Claims[0]
            : assertion.Claims.FirstOrDefault(c => denial.SharesPropositionWith(assertion with { Claims = [c] })) ?? assertion.Claims[0];

    /// <summary>The key of a statement finding.</summary>
    /// <param name="kind">The finding's kind.</param>
    /// <param name="first">The first source.</param>
    /// <param name="second">The second source.</param>
    /// <param name="subject">The proposition.</param>
    public static string StatementKey(FindingKind kind, string first, string second, string subject) => $"{kind}|{subject}|{first}|{second}";

    private static string Verb(Stance stance) => stance switch
    {
        Stance.Asserted => "asserts",
        Stance.Reported => "reports",
        Stance.Confirmed => "confirms",
        Stance.Denied => "denies",
        Stance.Unverified => "cannot verify",
        _ => "expects",
    };

    private static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
