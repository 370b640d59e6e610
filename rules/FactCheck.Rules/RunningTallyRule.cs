using System.Text.RegularExpressions;
using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// Reclassifies a conflict between running totals (deaths, the presumed dead, injuries, the badly hurt, those still in
/// hospital, the missing, people displaced, arrested, rescued, trapped or released, the dead identified, an outbreak's
/// cases, customers without power, flights cancelled, the land a fire has burned, the buildings it destroyed, what one
/// country has supplied another, the ground and places an army holds) as apparent when time may explain it: the two
/// figures were reported on different days (a toll of 1,014 on Monday and 5,000 on Tuesday is an update; "around 80"
/// and then a final 71 is a revision; the missing and the trapped fall as people are found, and those in hospital as
/// they go home), by one article (a story that follows the count through the day), by an article whose date is unknown,
/// or for different times of one day ("23 by early evening", "30 by late evening"). Two articles giving different
/// totals for the same day stay hard. A force's size is no such total, but a larger one reported four weeks or more
/// after a smaller one is its build-up.
/// </summary>
[Name(RuleName), Priority(11), Tag(RuleTags.Numeric)]
[Description("Marks a conflict between running totals as apparent when the figures were reported at different times.")]
public sealed partial class RunningTallyRule : Rule
{
    /// <summary>The rule's name, as findings list it in <see cref="Finding.Rules"/>.</summary>
    public const string RuleName = "Running tally";

    // The tolls of people something befell, and the other counts that grow or fall from day to day.
    private static readonly string[] RunningTotals = [.. Corroboration.VictimCounts, "supply:", "missing:", "displacement:", "homeless:", "arrest:", "rescue:", "outbreak:", "burned:", "release:", "outage:", "capture:", "cancellation:", "affected:", VoteSubject, "identification:"];
    // How far below an estimate a later figure may revise it: "around 80", then 71; not "as many as 2,000", then 150.
    private const double EstimateRevision = 2;

    private static readonly HashSet<string> KindsOfBody = new(["government", "officials", "ministry", "authorities", "agency", "department", "office", "council", "commission"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Falling = ["missing:", "in hospital:", "displacement:", "homeless:", "trapped:", "outage:"];

    // A force massed over weeks: its size is no running total from day to day (two counts a few days apart disagree),
    // but a larger count reported a month after a smaller one is the build-up going on.
    private static readonly string[] BuildUps = ["deployment:"];
    private const int BuildUpDays = 28;

    // Buildings destroyed, damaged or collapsed are counted as a fire spreads or surveyors go from street to street;
    // ships and aircraft lost are not.
    private static readonly string[] BuildingCounts = ["loss:", "damage:", "heavy damage:", "collapse:"];

    /// <inheritdoc />
    public override void Define()
    {
        Finding finding = null!;
        When()
            .Match(() => finding, f => f.Kind == FindingKind.Quantity || f.Kind == FindingKind.Count, f => f.Severity == Severity.Hard,
                f => IsRunningTotal(f) || IsBuildUp(f.Subject), f => ReportedApart(f) != null);
        Then()
            .Do(ctx => ctx.Retract(finding))
            .Do(ctx => ctx.Insert(finding.Reclassify(Severity.Apparent, ReportedApart(finding)!, ctx.Rule.Name)));
    }

    // The claims that give a value as it stood when their article was written: "lowered the toll to 97, from 115" dates
    // 115 before the article, not on its day (unless no article gives the value as current).
    private static IEnumerable<QuantityClaim> Current(Corroboration value)
        => value.Claims.Any(c => c.Anchor.Length == 0) ? value.Claims.Where(c => c.Anchor.Length == 0) : value.Claims;

    internal static bool IsRunningTotal(string subject) => StartsWithAny(subject, RunningTotals);

    private static bool IsRunningTotal(Finding finding)
        => IsRunningTotal(finding.Subject)
            || (StartsWithAny(finding.Subject, BuildingCounts) && finding.Evidence.OfType<Corroboration>().All(c => c.Unit is "buildings" or "dwellings"));

    private static bool IsBuildUp(string subject) => StartsWithAny(subject, BuildUps);

    // The figure is a total that its own sentence says grew: "bringing the total to 4,000", "raising the number to", "the
    // military has now called up 360,000".
    private static bool AddedTo(QuantityClaim claim) => TotalRaisedTo().IsMatch(ClaimSentence.Before(claim));

    private static bool StartsWithAny(string subject, string[] events) => events.Any(e => subject.StartsWith(e, StringComparison.Ordinal));

    // Whether one article sets two named sources against each other, each giving one of the values: "The official toll
    // is 151 ... our analysis suggests as many as 702" is a disagreement the article reports, not an update of its story.
    // Sources that share a word ("police" and "day police", "health ministry" and "Health Minister Hamad Hassan") may be
    // one; a sentence that places its figure in the story's time ("Overnight, the minister had told...", "On Wednesday
    // morning the Red Cross said...") is a step of the count, however many sources the story quotes.
    private static bool NamedApart(IReadOnlyCollection<QuantityClaim> low, IReadOnlyCollection<QuantityClaim> high, bool whateverTheStoryTime = false)
    {
        HashSet<string>? Words(IReadOnlyCollection<QuantityClaim> claims)
            => claims.Any(c => c.AttributionInferred || c.Attribution.Length == 0 || (!whateverTheStoryTime && StoryTime().IsMatch(c.Sentence)))
                ? null
                : new(claims.SelectMany(c => c.Attribution.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.OrdinalIgnoreCase);
        return Words(low) is { } lowWords && Words(high) is { } highWords && !SharesName(lowWords, highWords);
    }

    // Whether two sources' names share a word that names one body: "police" and "day police" do; "military government"
    // and "shadow government" share only the kind of body each is, and each names its own.
    private static bool SharesName(HashSet<string> one, HashSet<string> other)
    {
        var shared = one.Where(other.Contains).ToList();
        return shared.Count > 0 && (!shared.All(KindsOfBody.Contains) || one.Count == shared.Count || other.Count == shared.Count);
    }

    // Whether one sentence gives both values from sources it names apart, neither borrowed from another sentence:
    // "between 100 and 300 were killed, a U.S. official said, far fewer than the 471 reported by the ministry", "it had
    // confirmed 1,294 deaths, fewer than the 2,445 announced by the disaster ministry". A disagreement the article
    // reports, on whatever days other articles gave the values, and however the sentence places itself in the story's
    // time ("had confirmed").
    private static bool SetAgainstInOneSentence(Corroboration low, Corroboration high)
        => low.Claims.Any(l => high.Claims.Any(h => SameSentence(h, l) && NamedApart([l], [h], whateverTheStoryTime: true)));

    // Whether an article sets one value against the other it gave before, from a source it names apart: "The toll rose
    // to 131, the agency said. But the military command said it had counted 381 dead." A sentence that opens with a
    // contrast answers the figures before it; it does not update them. Nor does one that says the count is higher or
    // lower than that: "The governor said the toll was higher, at 318."
    private static bool SetAgainstInOneArticle(Corroboration low, Corroboration high)
        => low.Claims.Any(l => high.Claims.Any(h => l.DocumentId == h.DocumentId && l.SentenceSpan != h.SentenceSpan
            && Answers(l.SentenceSpan.Start < h.SentenceSpan.Start ? h.Sentence : l.Sentence)
            && NamedApart([l], [h], whateverTheStoryTime: true)));

    // Whether the higher figure's own sentence sets it against the lower as the count still current: "found that at
    // least 82 people died, far more than the official toll of 30" and "killed at least 300,000, although the official
    // count was 191,951" dispute the toll; they do not update it.
    private static bool DisputesCurrent(Corroboration low, Corroboration high)
        => high.Claims.Any(h => low.Claims.Any(l => SameSentence(h, l) && l.Span.Start > h.Span.Start && CurrentCountBefore().IsMatch(ClaimSentence.Before(l))));

    // Whether a figure's own sentence says someone rejected it: "it had killed 214 hostages, a figure the military
    // rejected as propaganda" is one side of a dispute, not a step of the count. What the sentence says the counted were
    // ("all 12 Palestinians killed were militants, a claim Palestinian officials rejected") is what is rejected.
    private static bool IsRejected(Corroboration value)
        => value.Claims.Any(c => ClaimSentence.After(c) is var after && RejectedAfter().IsMatch(after) && !SaidWhatTheyWere().IsMatch(after));

    // Whether a figure comes from a count its source kept against the official one: "Mondlane said his own count
    // showed he had won 53 percent", "the opposition's parallel tally gave"; or is a candidate's share as the candidate
    // gives it ("Chamisa still says he won about 56 percent"). A rival count, not a step of the official.
    private static bool IsOwnCount(Corroboration value) => value.Claims.Any(c => OwnCount().IsMatch(c.Sentence) || GivenByHolder(c));

    private static bool GivenByHolder(QuantityClaim claim)
        => claim.Subject.StartsWith(VoteSubject, StringComparison.Ordinal) && claim.Subject[VoteSubject.Length..].Split(' ')[0] is { Length: > 0 } holder
            && claim.Attribution.Split(' ').Any(word => word.Equals(holder, StringComparison.OrdinalIgnoreCase));

    private const string VoteSubject = "vote:";

    private static bool SameSentence(QuantityClaim one, QuantityClaim other)
        => one.DocumentId == other.DocumentId && one.SentenceSpan == other.SentenceSpan && one.Sentence == other.Sentence;

    // Why time may explain the two values, or null when both were reported on one day by different articles.
    private static string? ReportedApart(Finding finding)
    {
        if (finding.Evidence is not [Corroboration low, Corroboration high])
        {
            return null;
        }

        var claims = low.Claims.Concat(high.Claims).ToList();
        if (IsBuildUp(finding.Subject))
        {
            if (claims.Any(c => c.Published is null))
            {
                return null;
            }

            var (smallerBy, largerFrom) = (Current(low).Max(c => c.Published!.Value), Current(high).Min(c => c.Published!.Value));
            if (smallerBy < largerFrom && high.Claims.All(c => c.Published > smallerBy && AddedTo(c)))
            {
                // "an additional 2,000 Guard troops had been ordered, bringing the total to 4,000": the later article adds to the force.
                return $"Explained by time: the force grew, put at {finding.Labels[0]} by {smallerBy:yyyy-MM-dd} and, with more sent, at {finding.Labels[1]} from {largerFrom:yyyy-MM-dd}.";
            }

            return smallerBy.AddDays(BuildUpDays) <= largerFrom
                ? $"Explained by time: a force built up over weeks, put at {finding.Labels[0]} by {smallerBy:yyyy-MM-dd} and at {finding.Labels[1]} from {largerFrom:yyyy-MM-dd}."
                : null;
        }

        if (low.Claims.Any(l => RevisedDown().IsMatch(l.Sentence) && l.Anchor.Length == 0 && high.Claims.Any(h => SameSentence(h, l))))
        {
            // "18 people had been killed, lowering a figure of 22 that state officials had given overnight": the lower
            // figure's own sentence corrects the higher one, on whatever day each was reported.
            return $"Explained by revision: the count was lowered from {finding.Labels[1]} to {finding.Labels[0]}, as the article giving {finding.Labels[0]} says.";
        }

        if (high.Claims.Any(h => RevisedDown().IsMatch(h.Sentence) && h.Anchor.Length == 0
            && low.Claims.Any(l => SameSentence(h, l) && l.Anchor == QuantityClaim.EarlierAnchor)))
        {
            // "Ten people were killed and 16 injured, police said, correcting an earlier count of 15 injured": the
            // correction raised the count.
            return $"Explained by revision: the count was raised from {finding.Labels[0]} to {finding.Labels[1]}, as the article giving {finding.Labels[1]} says.";
        }

        if (SetAgainstInOneSentence(low, high) || SetAgainstInOneArticle(low, high) || DisputesCurrent(low, high) || IsRejected(low) || IsRejected(high)
            || IsOwnCount(low) || IsOwnCount(high))
        {
            return null;
        }

        if (claims.Select(c => c.DocumentId).Distinct().Count() == 1 && !NamedApart(low.Claims, high.Claims))
        {
            return $"Explained by time: a running total that one article gives as {finding.Labels[0]} and as {finding.Labels[1]}, an update within the story.";
        }

        if (claims.Any(c => c.Published is null))
        {
            if (DisputedOnOneDay(low, high, givenAsCurrent: true))
            {
                // "157 killed", says a rights group, "57", says the government, both on Wednesday: an article without a
                // date that gives one of the values does not make the dispute a step of the count. ("Authorities had
                // previously put the number at 250,000" is no value of that day, and the Paris police prefecture's 23
                // detained "by early evening" and 30 "by late evening" are one source's count moving.)
                return null;
            }

            // The dated articles may still show the rise ("36 on March 1, 57 on March 2"), which says more than the
            // undated one; the finding stays as uncertain either way.
            var undated = low.Claims.Any(c => c.Published is null) ? finding.Labels[0] : finding.Labels[1];
            var lowDated = Current(low).Where(c => c.Published is not null).Select(c => c.Published!.Value).ToList();
            var highDated = Current(high).Where(c => c.Published is not null).Select(c => c.Published!.Value).ToList();
            return lowDated.Count > 0 && highDated.Count > 0 && lowDated.Max() < highDated.Min()
                ? $"Possibly explained by time: a running total, reported as {finding.Labels[0]} by {lowDated.Max():yyyy-MM-dd} and as {finding.Labels[1]} from {highDated.Min():yyyy-MM-dd} (an article giving {undated} has no date)."
                : $"Possibly explained by time: a running total, and an article giving {undated} has no date.";
        }

        var (lowFirst, lowLast) = (Current(low).Min(c => c.Published!.Value), Current(low).Max(c => c.Published!.Value));
        var (highFirst, highLast) = (Current(high).Min(c => c.Published!.Value), Current(high).Max(c => c.Published!.Value));
        if (lowLast < highFirst)
        {
            return $"Explained by time: a running total, reported as {finding.Labels[0]} by {lowLast:yyyy-MM-dd} and as {finding.Labels[1]} from {highFirst:yyyy-MM-dd}.";
        }

        if (highLast == lowFirst && low.Claims.Any(l => l.Published == lowFirst && l.Anchor.Length == 0 && RevisedDown().IsMatch(l.Sentence)))
        {
            // "Officials lowered the death toll to nine on Tuesday evening", the day another article gave 11: the
            // correction came after the figure it corrects, on the same day.
            return $"Explained by revision: the count was lowered to {finding.Labels[0]} on {lowFirst:yyyy-MM-dd}, the last day {finding.Labels[1]} was given.";
        }

        if (highLast < lowFirst && low.Claims.All(c => c.Anchor == QuantityClaim.EarlierAnchor))
        {
            // "The state had earlier put the number of injured at 47": a lower figure given before its article's day
            // may well precede the higher one.
            return $"Possibly explained by time: a running total; {finding.Labels[0]} is reported on {lowFirst:yyyy-MM-dd} as given earlier, and {finding.Labels[1]} by {highLast:yyyy-MM-dd}.";
        }

        if (highLast < lowFirst)
        {
            // A later, lower figure revises an estimate ("around 80", then a final 71), and the missing and the
            // displaced fall as people are found or go home; a toll ("at least 42", then 29) does not fall by itself,
            // so that stays a contradiction, unless the lower figure says it corrects the count ("revised the toll
            // down to 125", "275, not 288, because some bodies had been counted twice"), or a later article gives the
            // higher one as the figure it corrected ("lowered the toll to 84, saying the earlier figure of 103 had been
            // reached because some names were recorded twice"), after which any lower toll may follow the correction.
            // An estimate revised is still of its order: "as many as 2,000 may have been killed" against a later "not
            // more than 150" is a dispute, not a revision.
            return FallExplained(finding, low, high)
                ? $"Explained by time: a running total revised down, from {finding.Labels[1]} by {highLast:yyyy-MM-dd} to {finding.Labels[0]} from {lowFirst:yyyy-MM-dd}."
                : null;
        }

        if (highFirst < lowFirst && !FallExplained(finding, low, high))
        {
            // Every report of the lower figure came after the higher one was first given: "155 killed" in November, "the
            // 16 people killed" in March, "155" again years later is a toll that fell and rose, which no count does.
            return null;
        }

        if (lowFirst == lowLast && lowLast == highFirst && highFirst == highLast)
        {
            // One day, but each figure given for its own time of it: "23 by early evening", "30 by late evening".
            var lowTimes = low.Claims.Select(c => c.TimeOfDay).Distinct().ToList();
            var highTimes = high.Claims.Select(c => c.TimeOfDay).Distinct().ToList();
            return lowTimes is [{ Length: > 0 } lowTime] && highTimes is [{ Length: > 0 } highTime] && lowTime != highTime
                ? $"Possibly explained by time: a running total given as {finding.Labels[0]} {lowTime} and as {finding.Labels[1]} {highTime} on {lowFirst:yyyy-MM-dd}."
                : null;
        }

        // The days overlap.
        return DisputedOnOneDay(low, high)
            ? null
            : $"Possibly explained by time: a running total whose values were reported on different days ({finding.Labels[0]} and {finding.Labels[1]}).";
    }

    // Whether two sources disagree on one day ("61", says the ministry, "108", say the doctors, both on Thursday),
    // which no later report that rounds one of the figures ("more than 100" on Monday) explains.
    private static bool DisputedOnOneDay(Corroboration low, Corroboration high, bool givenAsCurrent = false)
        => Current(low).Any(l => l.Published is not null && Current(high).Any(h => l.Published == h.Published && !Corroboration.Compatible(l, h) && l.HasDifferentSourceThan(h)
            && (l.DocumentId != h.DocumentId || NamedApart([l], [h]))
            && (!givenAsCurrent || (l.Anchor.Length == 0 && h.Anchor.Length == 0 && NamedApart([l], [h], whateverTheStoryTime: true)))));

    // Whether a lower figure reported after a higher one may be its revision: an estimate revised within its order, a count
    // that falls as people are found, or a lower figure that says it corrects the count.
    private static bool FallExplained(Finding finding, Corroboration low, Corroboration high)
        => (high.Claims.All(c => c.Precision is QuantityPrecision.Approximate or QuantityPrecision.AtMost or QuantityPrecision.UpTo or QuantityPrecision.Vague)
                && low.Value * EstimateRevision >= high.Value)
            || StartsWithAny(finding.Subject, Falling) || low.Claims.Any(c => RevisedDown().IsMatch(c.Sentence))
            || high.Claims.Any(c => c.Anchor == QuantityClaim.EarlierAnchor && RevisedDown().IsMatch(c.Sentence));

    // "far more than the official toll of 30", "although the government's official count was 191,951".
    [GeneratedRegex(@"\b(?:more|higher|greater|larger)\s+than\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:toll|figure|count|tally|number|estimate)\s+of\s+(?:about\s+|around\s+|some\s+)?$|\b(?:although|though|while|whereas|but)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?official\s+(?:death\s+)?(?:toll|figure|count|tally|number)\s+(?:was|is|stood\s+at|stands\s+at|remained|remains)\s+(?:about\s+|around\s+|some\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrentCountBefore();

    // Another figure between them takes the rejection ("21 civilians had died, and it had killed more than 100 militants
    // on May 7, a figure Pakistan rejected"); a day of a month does not.
    [GeneratedRegex(@"^(?:[^.;\d]|(?<=(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)\d{1,2}\b)*?,\s+(?:a\s+(?:figure|claim|number|toll|count|tally)\s+(?:that\s+)?|which\s+)(?:the\s+)?(?:[\p{L}'’-]+\s+){1,4}?(?:rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RejectedAfter();

    [GeneratedRegex(@"^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:were|was)\s+(?:all\s+)?(?:militants|fighters|combatants|civilians|children|soldiers|terrorists|gunmen|members)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SaidWhatTheyWere();

    private static bool Answers(string sentence) => ContrastOpening().IsMatch(sentence) || CountComparedWith().IsMatch(sentence) || FigureDisputed().IsMatch(sentence);

    // "The health ministry disputed the figure and said 46 people had died."
    [GeneratedRegex(@"\b(?:disputed|disputes|rejected|rejects|questioned|questions)\s+(?:the|that|this|those|these)\s+(?:figures?|tolls?|counts?|numbers?|tally|tallies|estimates?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FigureDisputed();

    [GeneratedRegex(@"^\W*(?:But|However|Yet|In\s+contrast|By\s+contrast)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContrastOpening();

    [GeneratedRegex(@"\b(?:toll|figure|number|count|total)\s+(?:was|is|stood|had\s+been|would\s+be)\s+(?:much\s+|far\s+|even\s+|considerably\s+)?(?:higher|lower)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CountComparedWith();

    // Words that place a sentence in the story's time ("overnight", "had told", "rose to"); "fired first" says who shot
    // first, not when the figure was told.
    [GeneratedRegex(@"\b(?:had\s+(?:told|said|put|given|reported|announced|stated|confirmed)|overnight|earlier|later|initially|(?<!\b(?:fired|fire|shot|struck|attacked)\s)first|then|morning|afternoon|evening|night|yesterday|today|rose|risen|climbed|raised|raising|bringing|brought|updated|revised|now)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StoryTime();

    [GeneratedRegex(@"(?:\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|pushing|pushes)\s+(?:the|its|their)\s+(?:\w+\s+){0,2}?(?:total|number|tally|count|strength)\s+(?:\w+\s+){0,3}?to|\b(?:has|have)\s+now\s+(?:sent|deployed|called\s+up|mobili[sz]ed|drafted|stationed))\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TotalRaisedTo();

    [GeneratedRegex(@"\b(?:(?:his|her|its|their)\s+own|parallel|independent)\s+(?:vote\s+)?(?:count|tally|tallies|results?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnCount();

    // A sentence that corrects a count down: "revised the toll down", "lowering the figure", "had been counted twice",
    // "18, not 22", "was put at 10, down from 15", "cut his share to".
    [GeneratedRegex(@"\b(?:revised|revising|lowered|lowering|corrected|cut|reduced)\b[^.;]{0,60}?\bdown\b|\b(?:lowered|lowering|reduced|reducing|revised|revising|corrected|correcting)\s+(?:the|its|their|a|an)\s+(?:earlier\s+|previous\s+|initial\s+)?(?:death\s+)?(?:toll|count|tally|figure|number)\b|\b(?:cut|cutting|lowered|lowering|reduced|reducing)\s+(?:his|her|their|its)\s+share\b|\b(?:counted|registered|recorded|listed)\s+twice\b|\bdouble[- ]counted\b|,\s+not\s+\d|,\s+down\s+from\s+(?:about\s+|some\s+|around\s+)?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex RevisedDown();
}
