using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// Where one source stands on one proposition, with every statement behind it: "the Russian government denies the
/// deployment (3 statements, 2 articles)". Built by <see cref="PositionRule"/>; the statement rules compare positions,
/// so a thousand articles repeating a denial make one finding, not a thousand.
/// </summary>
public sealed partial record Position
{
    /// <summary>The proposition, such as <c>deployment:North Korea</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>The source.</summary>
    public required string Attribution { get; init; }

    /// <summary>Where the source stands.</summary>
    public required PositionKind Kind { get; init; }

    /// <summary>The statements behind the position, in evidence order (publication date, outlet, sentence, position).</summary>
    public required IReadOnlyList<StatementClaim> Claims { get; init; }

    /// <summary>
    /// Whether the subject names who acted ("deployment:North Korea"), so that it is a proposition two sources can
    /// assert and deny. An event class alone ("casualties:") is a topic: a denial of one thing under it ("no one was
    /// hurt in the second blast") does not contradict an assertion of another.
    /// </summary>
    public bool NamesAgent => SubjectNamesAgent(Subject);

    /// <summary>
    /// Whether a denial under this subject may answer a statement under any subject that says the same thing: one with
    /// no subject ("denied using a sound cannon"), or one that denies only that it was meant ("denied that they had
    /// deliberately played down the number of hostages" still answers "the number of hostages was far higher").
    /// </summary>
    public bool AnswersAnySubject => Subject.Length == 0 || Subject == IntentTopic;

    /// <summary>
    /// Whether a denial under this subject may answer a statement under the other position's: the same subject, any
    /// subject when <see cref="AnswersAnySubject"/>, or shots that no one is named as having fired when this denies
    /// that someone named fired them ("Chinese officials said security forces had not fired on the crowds" answers
    /// "witnesses said they had heard gunfire").
    /// </summary>
    /// <param name="other">The position the denial may answer.</param>
    public bool AnswersSubjectOf(Position other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Subject == other.Subject || AnswersAnySubject || (other.Subject == ShootingTopic && Subject.StartsWith(ShootingTopic, StringComparison.Ordinal));
    }

    private const string CaptureTopic = "capture:";
    private const string WarningTopic = "warning:";
    private const string IntentTopic = "intent:";
    private const string ConstructionTopic = "construction:";
    private const string IncursionTopic = "incursion:";
    private const string ShootingTopic = "shooting:";

    // "deployment:North Korea" names who acted; "casualties:" and "" do not.
    internal static bool SubjectNamesAgent(string subject) => subject.Length > 0 && subject[^1] != ':';

    /// <summary>
    /// Whether two attributions name one side: the same name, or one a part or a voice of the other ("Pakistan" and
    /// "Pakistan's military", "police" and "police spokesman"). A side's own voices do not deny one another.
    /// </summary>
    /// <param name="one">One attribution.</param>
    /// <param name="other">The other attribution.</param>
    public static bool OneSide(string one, string other)
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(other);
        var (shorter, longer) = one.Length <= other.Length ? (one, other) : (other, one);
        return longer.StartsWith(shorter, StringComparison.Ordinal)
            && (longer.Length == shorter.Length || longer.AsSpan(shorter.Length) is [' ', ..] or ['\'', 's', ' ', ..] or ['’', 's', ' ', ..]);
    }

    /// <summary>
    /// Whether a denial names a figure of a hundred or more that the other position gives ("rejected the claim that it
    /// had killed more than 1,600 of them" against "More than 1,600 civilians were killed by coalition air strikes"): a
    /// figure that large names one count, so the denial answers that statement whatever act each is read as telling of.
    /// </summary>
    /// <param name="other">The position the denial may answer.</param>
    public bool DeniesFigureOf(Position other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Kind != PositionKind.Denies)
        {
            return false;
        }

        // Only a figure in the clause the cue opens is denied: "Amnesty, which had put the toll at 304, said the official
        // figure was not credible" gives its own, and "found no evidence that a missile had brought the plane down, and
        // ended its inquiry into the crash that killed all 230" names the event.
        // The denial's own figures first: most deny none, and then the other side's statements need not be read.
        var denied = Figures(Claims.Select(c => (c, DeniedClause(c))))
            .Where(figure => double.TryParse(figure, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 100).ToList();
        return denied.Count > 0 && Figures(other.Claims.Select(c => (c, Proposition(c)))).Overlaps(denied);

        static string DeniedClause(StatementClaim claim)
        {
            var cue = claim.Cue.Length > 0 ? claim.Sentence.IndexOf(claim.Cue, StringComparison.OrdinalIgnoreCase) : -1;
            if (cue < 0)
            {
                return "";
            }

            var proposition = Proposition(claim);
            var clause = proposition.Length < claim.Sentence.Length ? proposition : claim.Sentence[(cue + claim.Cue.Length)..];
            return ClauseEnd().Match(clause) is { Success: true } end ? clause[..end.Index] : clause;
        }
    }

    /// <summary>
    /// Whether the source denies having said what it is reported to have said ("denied that he had said radar tracked
    /// the plane", "denies making the remarks", "said his remarks had been misreported"): the denial answers the reports
    /// of its own words, so it stands against an assertion under the source's own name.
    /// </summary>
    public bool DisownsReport => Kind == PositionKind.Denies && Claims.Any(c => OwnWordsDisowned().IsMatch(c.Sentence));

    /// <summary>
    /// Whether two positions speak of the same proposition: they share a subject that names its agent; or one answers a
    /// statement of the other ("rejected that account"); or, the words of both sources' names set aside (a name says
    /// who speaks, not what), a statement of each shares two consecutive common words with one of the other ("live
    /// ammunition" in "denied that police had used live ammunition" and "confirmed that live ammunition had been
    /// used"), or two common words by their stems ("boat" and "tow" in "denied that the boat had been towed" and "tried
    /// to tow it"), or the two give one figure ("denied giving a toll of 11,300" and "11,300 people were killed"; years
    /// do not count). Names ("North Korean") are left out: two statements that name one country need not say one thing.
    /// </summary>
    /// <param name="other">
    /// The other position, under the same subject or one this position answers (<see cref="AnswersSubjectOf"/>).
    /// </param>
    public bool SharesPropositionWith(Position other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (NamesAgent && other.Subject == Subject)
        {
            return true;
        }

        // A statement that answers the one before it ("Beijing rejected that account") is about that statement.
        if (other.Claims.Any(c => Claims.Any(answer => answer.Answers.Length > 0 && answer.DocumentId == c.DocumentId && answer.Answers == c.Sentence)))
        {
            return true;
        }

        // "denied that the city had fallen" answers "his fighters had taken full control of Bakhmut": the coverage of a
        // battle speaks of the one place being fought for, which a denial names as "the city". So does a warning: "had
        // not received any warning" answers "had warned the authorities in October", whatever the warning said; intent:
        // "denied that the strike was deliberate" answers "the convoy had been targeted systematically"; and how
        // something was built: "denied that poor construction was to blame" answers "the schools had collapsed because
        // they were built with shoddy materials". So does a border or an airspace crossed: "denied that the plane had
        // ever crossed into Turkish airspace" answers "the bomber had been in its airspace for 17 seconds".
        if ((Subject == CaptureTopic || Subject == WarningTopic || Subject == IntentTopic || Subject == ConstructionTopic || Subject == IncursionTopic)
            && other.Subject == Subject)
        {
            return true;
        }

        // "denied that police had fired live ammunition" answers "most of the dead had died of gunshot wounds": the
        // wounds say that someone fired, in whatever words the denial puts the firing; so does gunfire that witnesses
        // heard.
        if (Subject.StartsWith(ShootingTopic, StringComparison.Ordinal) && other.Subject.StartsWith(ShootingTopic, StringComparison.Ordinal) && Claims.Any(c => c.Stance == Stance.Denied)
            && other.Claims.Any(c => c.Stance != Stance.Denied && SignsOfShots().IsMatch(c.Sentence)))
        {
            return true;
        }

        // "denied that the government was hiding the true number of dead" answers only those who say the toll is higher
        // ("residents said many more had died", "the real number of dead was much closer to 150") or hidden, not the
        // government's own count, whatever words they share.
        if (Claims.Any(c => c.Stance == Stance.Denied && TollConcealed().IsMatch(c.Sentence)))
        {
            return other.Claims.Any(c => HigherTollSaid().IsMatch(c.Sentence) || TollConcealed().IsMatch(c.Sentence));
        }

        // What each side's statements say, read once.
        var myName = NameWords(Attribution);
        var myPropositions = Claims.Select(c => (Claim: c, Text: Proposition(c))).Select(p => (p.Text, Name: OwnName(p.Claim, p.Text, myName))).ToList();
        var theirs = other.Claims.Select(Proposition).ToList();

        // A figure both sides give ("denied that it had given a toll of 11,300" against "11,300 people had been killed"),
        // also as a round figure ("3,000 people did not die" against "an estimate of 2,975 deaths").
        var myFigures = Figures(Claims.Zip(myPropositions, (c, p) => (c, p.Text)));
        var theirFigures = Figures(other.Claims.Zip(theirs));
        if (myFigures.Overlaps(theirFigures) || myFigures.Any(mine => theirFigures.Any(their => RoundsTo(their, mine) || RoundsTo(mine, their))))
        {
            return true;
        }

        // Each side's sentences without the words of its own name, which say who speaks.
        var otherName = NameWords(other.Attribution);

        // "denied that Crown Prince Mohammed bin Salman ordered the killing" answers "the crown prince had approved the
        // operation": where the blame falls on no country, the one it falls on, named by a person's or a group's name,
        // is the proposition, whatever words the act is put in.
        if (Subject == BlameTopic && other.Subject == Subject && BlamedByName(myPropositions) is { Count: > 0 } blamed
            && theirs.Any(t => ContentWords(t, otherName).Count(blamed.Contains) >= Math.Min(2, blamed.Count)))
        {
            return true;
        }

        var mine = myPropositions.SelectMany(p => ContentPhrases(p.Text, p.Name)).ToHashSet(StringComparer.Ordinal);
        if (theirs.Any(t => ContentPhrases(t, otherName).Any(mine.Contains)))
        {
            return true;
        }

        // "denied that he had been at fault" answers whoever blames him ("An inquiry has blamed the pilot"), whatever
        // words the blame is put in.
        if (FaultDeniedFor(myName) is { Count: > 0 } defended && theirs.Any(t => Accuses(t, defended)))
        {
            return true;
        }

        // "found no trace of poison": a search that came back empty denies the one thing it looked for, which "he had
        // been poisoned" asserts.
        if (FoundAbsent() is { Count: > 0 } absent && theirs.Any(t => ContentWords(t, otherName, commonOnly: true).Select(Stem).Any(absent.Contains)))
        {
            return true;
        }

        var myStems = myPropositions.SelectMany(p => ContentWords(p.Text, p.Name, commonOnly: true)).Where(w => !SpeakerWords.Contains(w)).Select(Stem).ToHashSet(StringComparer.Ordinal);
        var involved = DeniedInvolvement();
        var roleDenier = RoleDenier();
        if (roleDenier.Count > 0 && theirs.Any(t => Accusation().IsMatch(t) && ContentWords(t, []).Any(roleDenier.Contains)))
        {
            // "Gulen again denied any role in the attempt" answers "blamed supporters of the cleric Fethullah Gulen": a
            // statement that blames and names the one who denies a role needs no other word in common.
            return true;
        }

        // "No officer confronted the gunman" answers what says the act was done, not whatever else names the officers.
        var act = DeniedStems(NoneDidIt(), "act");
        return theirs.Any(t => ContentWords(t, otherName, commonOnly: true).Where(w => !SpeakerWords.Contains(w)).Select(Stem).Distinct(StringComparer.Ordinal) is var stems
            && (act.Count == 0 || stems.Any(act.Contains))
            && stems.Count(w => myStems.Contains(w) || involved.Contains(w))
                >= (Accuses(t, myName) || involved.Count > 0 || (roleDenier.Count > 0 && ContentWords(t, []).Any(roleDenier.Contains)) ? 1 : 2));
    }

    // The words of the names a position's statements hold (not those of its own name), lowercased.
    private static HashSet<string> BlamedByName(List<(string Text, HashSet<string> Name)> propositions)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, name) in propositions)
        {
            names.UnionWith(ContentWords(text, name));
            names.ExceptWith(ContentWords(text, name, commonOnly: true));
        }

        return names;
    }

    // Who a denial of fault defends: the denier ("denied that he had been at fault"), and what it names as not at fault
    // ("denied that the airline had been at fault"). Empty when no claim denies a fault.
    private HashSet<string> FaultDeniedFor(HashSet<string> myName)
    {
        var defended = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in Claims)
        {
            if (claim.Stance == Stance.Denied && OwnFaultDenied().Match(claim.Sentence) is { Success: true } denial)
            {
                defended.UnionWith(myName);
                defended.UnionWith(ContentWords(denial.Groups["defended"].Value, []));
            }
        }

        return defended;
    }

    // The stems of what a denial's search found absent ("found no poison in his body"), or none.
    private HashSet<string> FoundAbsent() => DeniedStems(SearchFoundNothing(), "thing");

    // "Bashir has denied any role in the attack": a statement that names the denier ("Judges said Bashir had given his
    // approval to the attack") needs only one word in common with the denial besides the name. The words of the
    // denier's name, or none.
    private HashSet<string> RoleDenier()
        => Claims.Any(c => c.Stance == Stance.Denied && OwnRoleDenied().IsMatch(c.Sentence)) ? PersonalName(Attribution) : [];

    // The name that ends an attribution: "abu", "bakar" and "bashir" in "Muslim cleric Abu Bakar Bashir", none in "police".
    private static HashSet<string> PersonalName(string attribution)
    {
        var words = attribution.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length;
        while (first > 0 && char.IsUpper(words[first - 1][0]))
        {
            first--;
        }

        return words[first..].Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }

    // What a denial denies, cut from after its cue, names its speaker only as what it is about: in "The club's chairman
    // denied that the club had been warned", "club" is what was warned, as in "found that the club had been warned".
    private static HashSet<string> OwnName(StatementClaim claim, string proposition, HashSet<string> name)
        => claim.Stance == Stance.Denied && proposition.Length < claim.Sentence.Length ? [] : name;

    // "denied that any submarine was involved": the one word it names is the whole of what it denies, so a statement that
    // gives the submarine a part ("a collision with a submarine sank the ship") needs no second word in common. The stems
    // of what is denied to have been involved, or none.
    private HashSet<string> DeniedInvolvement() => DeniedStems(InvolvementDenied(), "agent");

    // The stems of the words a pattern's group holds in this position's denials.
    private HashSet<string> DeniedStems(Regex pattern, string group)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in Claims)
        {
            if (claim.Stance == Stance.Denied && pattern.Match(claim.Sentence) is { Success: true } denial)
            {
                stems.UnionWith(ContentWords(denial.Groups[group].Value, [], commonOnly: true).Select(Stem));
            }
        }

        return stems;
    }

    // "accused local officials of allowing shoddy construction": the accused answer it, so one word they share with it
    // ("denied that poor construction was to blame") is enough.
    private static bool Accuses(string sentence, HashSet<string> accused)
    {
        for (var m = Accusation().Match(sentence); m.Success; m = m.NextMatch())
        {
            if (ContentWords(m.Groups["accused"].Value, []).Any(accused.Contains))
            {
                return true;
            }
        }

        return false;
    }

    // What a denial denies runs from its cue to a clause that sets the scene: in "denied that the plane had a history of
    // faults, after passengers posted about a delay", the delay is the denial's setting, not what it denies; "rejected
    // reports that hundreds were missing, and said that 600 had not died" denies both, but "denied any role and vowed to
    // respond" denies only the role. Other statements, a denial whose cue ends its sentence ("..., the ministry denied")
    // and one whose cue follows what it denies ("tear gas was not the cause", "the report is untrue") are their whole
    // sentence.
    // A denial by "no" ("found no evidence of gunfire or foul play in the crash that killed the president") denies what
    // its "no" governs, up to a relative clause, which only says which crash.
    private static string Proposition(StatementClaim claim)
    {
        var sentence = claim.Sentence;
        if (claim.Stance != Stance.Denied || claim.Cue.Length == 0)
        {
            // "Russia's Almaz-Antey, the maker of the Buk system, said ...": what stands beside the speaker's name says who
            // speaks, as the name does, and nothing the speaker asserts.
            if (SpeakerAppositive().Match(sentence) is { Success: true } appositive)
            {
                sentence = sentence.Remove(appositive.Index, appositive.Length);
            }

            // "..., the chief minister said, as rescue teams pulled survivors from the rubble": after its speaker the
            // sentence sets the scene in the outlet's words, which no one asserts.
            return SceneAfterSpeaker().Match(sentence) is { Success: true } scene ? sentence[..scene.Index] : sentence;
        }

        // "was unlikely to have been the work of an international group": what follows the cue is what is denied, as
        // after a verb; the subject before it ("the bombing that killed 20 people") is what both sides speak of.
        var verb = DenyingVerb().IsMatch(claim.Cue) || ClauseOpeningCue().IsMatch(claim.Cue);
        var cue = verb ? sentence.IndexOf(claim.Cue, StringComparison.OrdinalIgnoreCase)
            : claim.Cue.Equals("no", StringComparison.OrdinalIgnoreCase) && NegatedNoun().Match(sentence) is { Success: true } negation ? negation.Index : -1;
        if (cue < 0)
        {
            // "said the campus had not been locked down after the first shooting, in which two students were killed": a
            // negated verb denies its own clause, from after the verb of speaking to a relative clause, which only says
            // which shooting.
            var negated = NegatedVerb().IsMatch(claim.Cue) ? sentence.IndexOf(claim.Cue, StringComparison.OrdinalIgnoreCase) : -1;
            if (negated < 0)
            {
                return sentence;
            }

            var opening = SpeakingVerb().Match(sentence[..negated]);
            var from = opening.Success ? opening.Index + opening.Length : 0;
            var to = RelativeClause().Match(sentence, negated + claim.Cue.Length) is { Success: true } relative ? relative.Index : sentence.Length;
            var own = sentence[from..to];
            return ContentWords(own, [], commonOnly: true).Take(2).Count() == 2 ? own : sentence;
        }

        var start = cue + claim.Cue.Length;
        var setting = verb ? SettingClause().Match(sentence, start) : RelativeClause().Match(sentence, start);
        var clause = sentence[start..(setting.Success ? setting.Index : sentence.Length)];
        // "denied that freeway bridges that collapsed had been left unretrofitted": what the subject's relative clause
        // says both sides take as given; the denial is of the rest.
        clause = clause.Length > 0 && verb ? GivenOfSubject().Replace(clause, "") : clause;
        return ContentWords(clause, [], commonOnly: true).Take(2).Count() == 2 ? clause : sentence;
    }

    // A comma, a semicolon or a full stop that ends a clause (not the comma of "1,600"), or a second thing said ("disputed
    // the new figure and that the best estimate remained 1,000": the denier's own).
    [GeneratedRegex(@"[,;]\s|\.(?:\s|$)|\s(?:and|but)\s+(?:(?:said|says|added|insisted)\s+)?that\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();

    // "denied that he had said", "denies saying", "denied making the remarks", "his remarks had been misreported".
    [GeneratedRegex(@"\bden(?:y|ies|ied|ying)\s+(?:(?:that\s+)?(?:he|she|it|they|we|I)\s+(?:had\s+|has\s+|have\s+|ever\s+)*(?:said|stated|told|claimed|made\s+(?:the|such|those|these|any)\s+(?:remarks?|comments?|statements?))|(?:ever\s+)?(?:saying|having\s+said|making\s+(?:the|such|those|these|any)\s+(?:remarks?|comments?|statements?)))\b|\b(?:remarks|comments|words)\s+(?:had\s+been|have\s+been|were)\s+(?:misreported|misquoted|misinterpreted|taken\s+out\s+of\s+context)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnWordsDisowned();

    [GeneratedRegex(@"\b(?:hiding|hid|hidden|concealing|concealed|covering\s+up|covered\s+up|under-?reporting|under-?reported|under-?counting|under-?counted|playing\s+down|played\s+down)\s+(?:the\s+)?(?:true\s+|real\s+|actual\s+|full\s+)?(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|victims|people\s+killed)|scale\s+of\s+the\s+(?:deaths|disaster))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TollConcealed();

    [GeneratedRegex(@"\b(?:gunshot|bullet)\s+(?:wounds|injuries)\b|\b(?:heard|sounds?\s+of|bursts\s+of)\s+(?:gunfire|gunshots|shots|shooting)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignsOfShots();

    // "many more had died", "hundreds of people were killed", "the real toll was far higher", "the real number of dead
    // was much closer to 150".
    [GeneratedRegex(@"\b(?:(?:real|true|actual)\s+(?:number\s+of\s+(?:dead|deaths|victims)|(?:death\s+)?toll)\s+(?:was|is|were|could\s+be|may\s+be|would\s+be|had\s+been)|(?:many|far|much)\s+more\s+(?:had\s+|have\s+)?(?:died|dead|were\s+killed|had\s+been\s+killed|people)|(?:hundreds|thousands)\s+(?:of\s+people\s+)?(?:had\s+|have\s+|were\s+)?(?:died|dead|been\s+killed|killed)|(?:toll|number\s+of\s+(?:dead|deaths))\s+(?:was|is|were|could\s+be|may\s+be|would\s+be)\s+(?:much\s+|far\s+|considerably\s+)?higher)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HigherTollSaid();

    [GeneratedRegex(@"^(?:unlikely\s+to\s+have|impossible\s+that|lied\s+when\s+(?:he|she|they|it)\s+said)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseOpeningCue();

    // What a denial says was not involved: "denied that any submarine was involved", "denies its troops were involved",
    // "there was no evidence of Uyghur separatist involvement".
    [GeneratedRegex(@"\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:any|its|their|his|her)\s+(?<agent>(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\p{Ll}+ly\s+)?involved\b|\bno\s+(?:evidence|sign|proof)\s+of\s+(?:any\s+)?(?<agent>(?:[\p{L}-]+\s+)?[\p{Ll}-]+)\s+involvement\b", RegexOptions.CultureInvariant)]
    private static partial Regex InvolvementDenied();

    // What a search found absent: "found no poison in his body", "found no trace of explosives", "showed no sign of a
    // struggle".
    [GeneratedRegex(@"\b(?:found|find|finds|finding|showed|shows|revealed|detected)\s+no\s+(?:(?:traces?|signs?|evidence|indications?)\s+of\s+(?:an?\s+|any\s+)?)?(?!(?:traces?|signs?|evidence|indications?)\b)(?<thing>[\p{Ll}-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex SearchFoundNothing();

    // A denial that anyone did the act it names: "No officer confronted the gunman", "none of the guards had fired",
    // "No permission was ever requested or given".
    [GeneratedRegex(@"(?:^\W*|\b(?:said|says|stated|added|insisted|maintained|concluded|found)\s+(?:that\s+)?)(?:[Nn]o|[Nn]one\s+of\s+the|[Nn]ot\s+a\s+single)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:had\s+|has\s+|have\s+|was\s+|were\s+|ever\s+)?(?!been\b)(?<act>\p{Ll}{3,}ed(?:\s+(?:or|and|nor)\s+\p{Ll}{3,}(?:ed|en))?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NoneDidIt();

    // A denial of one's own fault, or of someone's it speaks for: "denied that he had been at fault", "denies it was to
    // blame", "denied any wrongdoing", "denied that the airline had been at fault".
    [GeneratedRegex(@"\bden(?:y|ies|ied|ying)\s+(?:(?:that\s+)?(?:he|she|it|they|we|I|(?:the|its|his|her|their)\s+(?<defended>[\p{Ll}-]+))\s+(?:(?:had|has|have|was|were|is|are|been)\s+){1,2}(?:at\s+fault|to\s+blame|responsible|negligent)|(?:any|all)\s+wrongdoing|(?:any|all)\s+blame)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnFaultDenied();

    // A denial of one's own part: "denied any role in", "denies involvement", "denied having any links to".
    [GeneratedRegex(@"\bden(?:y|ies|ied|ying)\s+(?:(?:any|all|an?|having\s+(?:had\s+)?(?:any|an?))\s+)?(?:direct\s+|personal\s+)?(?:role|part|involvement|responsibility|links?|connection|hand)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnRoleDenied();

    // Who is accused: the words after "accused" or "blamed", up to "of", "for" or the clause's end; the agent of a deed
    // said to have been planned ("the riots had been organised by the Dalai Lama's followers"); or the subject a
    // finding holds responsible, to blame or at fault ("that the airline, LaMia, and its pilot were responsible").
    [GeneratedRegex(@"\b(?:accused|accuses|accusing|blamed|blames|blaming)\s+(?<accused>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s+(?:of|for)\b|[,.;]|$)|\b(?:organi[sz]ed|orchestrated|instigated|incited|masterminded|engineered)\s+by\s+(?<accused>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s+(?:of|for|to|in|and|who|which)\b|[,.;]|$)|(?<!\bden(?:y|ies|ied|ying)\s+)\bthat\s+(?<accused>(?:[\w'’-]+,?\s+){0,6}?[\w'’-]+)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:partly|largely|solely|mainly|chiefly)\s+)?(?:responsible|to\s+blame|at\s+fault)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Accusation();

    // A speaker's verb, then a clause of the outlet's: ", as ...", ", while ...", ", amid ...".
    [GeneratedRegex(@"(?<=\b(?:said|says|added|told\s+\p{L}+))\s*,\s+(?:as|while|when|amid|after|before|following)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SceneAfterSpeaker();

    // Between a sentence's first name and its verb of speaking, a description of the speaker: ", the maker of the Buk
    // system,", ", Australia's second-largest telecommunications company,".
    [GeneratedRegex(@"(?<=^[^,]{1,60}),\s+(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}-]*['’]s)\s[^,]{1,80},(?=\s+(?:said|says|told|added|stated|claimed|insisted|announced)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerAppositive();

    // "no" before the noun it negates: "found no evidence of", "saw no sign of".
    [GeneratedRegex(@"\bno(?=\s+\p{Ll})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegatedNoun();

    // A relative clause after the noun a negation governs: "the crash that killed", "the ship, which"; or a clause of
    // time, which only says when: "no officer confronted the gunman before he entered".
    [GeneratedRegex(@"\s(?:that|which|who|whom|whose|before|after|when|while|until)\b|,\s", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClause();

    // A negated auxiliary: "had not", "was not", "didn't".
    [GeneratedRegex(@"^(?:was|were|is|are|had|has|have|did|does|do)(?:\s+not|n't)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegatedVerb();

    // The last verb of speaking before a clause it opens: "The university president said (that) ".
    [GeneratedRegex(@"\b(?:said|says|told\s+\p{L}+|added|insisted|stated|maintained)\s+(?:that\s+)?(?!.*\b(?:said|says|told|added|insisted|stated|maintained)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakingVerb();

    // A verb of denying, which takes what it denies after it.
    [GeneratedRegex(@"^(?:den(?:y|ies|ied|ying)|reject|refut|disput|dismiss|contest|(?:did|does|do|would)\s+not\s+accept|refused\s+to\s+accept|(?:did|does|do)\s+not\s+believe)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DenyingVerb();

    // "denied any role and promised to respond to the expulsions", "denied that it had broken the truce, and said Israel
    // had refused": a second verb of the denier's opens what it goes on to do or say.
    [GeneratedRegex(@"(?:[,;]\s+(?:after|before|as|when|while|whereas|saying|adding|citing|because|since|despite|amid|following|although|though)\b|;|,?\s+and\s+(?:promised|vowed|pledged|threatened|warned|urged|called|demanded|announced|accused|blamed|said|added|insisted|promises|vows|pledges|threatens|warns|urges|calls|demands|announces|accuses|blames|says|adds|insists)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SettingClause();

    // A relative clause between a subject and its verb: "that collapsed" in "bridges that collapsed had been left".
    [GeneratedRegex(@"(?<=\p{L}\s)(?:that|which|who)\s+(?:had\s+|has\s+|have\s+|were\s+|was\s+)?\p{Ll}{3,}ed\b(?=\s+(?:had|has|have|was|were|is|are)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex GivenOfSubject();

    // The figures in the statements' propositions, years left out: "11,300", "4.5", not "2023"; with the value of each
    // figure read in them, so that "One hundred and sixty-four people" gives 164. Written without group separators.
    private static HashSet<string> Figures(IEnumerable<(StatementClaim Claim, string Proposition)> propositions)
    {
        var figures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (claim, proposition) in propositions)
        {
            foreach (var raw in proposition.Split([' ', '(', ')', '"', '“', '”', ';', ':'], StringSplitOptions.RemoveEmptyEntries))
            {
                // "£350" and "$4.4" are the figures 350 and 4.4.
                var figure = raw.TrimStart('£', '$', '€', '¥').TrimEnd('.', ',', '%');
                if (figure.Length >= 2 && char.IsDigit(figure[0]) && figure.All(c => char.IsDigit(c) || c is ',' or '.') && !IsYear(figure))
                {
                    figures.Add(figure.Replace(",", "", StringComparison.Ordinal));
                }
            }

            foreach (var read in claim.Figures)
            {
                var figure = read.Value.ToString(CultureInfo.InvariantCulture);
                if (read.Value >= 10 && !IsYear(figure) && proposition.Contains(read.Text, StringComparison.Ordinal))
                {
                    figures.Add(figure);
                }
            }
        }

        return figures;
    }

    // Whether a figure is within a fortieth of a round one (with at least two closing zeros, "3,000"), which stands for it
    // in speech.
    private static bool RoundsTo(string figure, string round)
    {
        var digits = round.Replace(",", "", StringComparison.Ordinal);
        return digits.EndsWith("00", StringComparison.Ordinal) && !digits.Contains('.', StringComparison.Ordinal)
            && double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var whole) && whole > 0
            && double.TryParse(figure.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value - whole) <= whole / RoundingShare;
    }

    private const double RoundingShare = 40;

    private static bool IsYear(string figure) => figure.Length == 4 && figure.All(char.IsDigit) && figure[0] is '1' or '2';

    private static HashSet<string> NameWords(string attribution) => ContentWords(attribution, []).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> ContentPhrases(string sentence, HashSet<string> names)
    {
        string? previous = null;
        foreach (var word in ContentWords(sentence, names, commonOnly: true))
        {
            if (previous is not null)
            {
                yield return $"{previous} {word}";
            }

            previous = word;
        }
    }

    private static IEnumerable<string> ContentWords(string sentence, HashSet<string> names, bool commonOnly = false)
    {
        // A clause cut from after a denial's cue starts with its space: its first word opens no sentence.
        var opening = sentence.Length > 0 && !char.IsWhiteSpace(sentence[0]);
        foreach (var raw in sentence.Split([' ', ',', '.', ';', ':', '"', '“', '”', '(', ')', '!', '?'], StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = raw.Trim('\'', '’', '‘');
            // A capital names someone, except on the word that opens the sentence or follows its dateline's dash
            // ("LAGOS, Oct 21 (Wire) - Soldiers opened fire").
            var opens = opening;
            opening = trimmed is "-" or "–" or "—";
            if (commonOnly && trimmed.Length > 0 && char.IsUpper(trimmed[0]) && !(opens && trimmed.Skip(1).All(char.IsLower)))
            {
                continue;
            }

            var word = trimmed.ToLowerInvariant();
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            // A compound is one word: "self-defence", "cross-border".
            if (word.Length >= 3 && IsWord(word) && !FunctionWords.Contains(word) && !names.Contains(word))
            {
                yield return word;
            }
        }
    }

    private static bool IsWord(string word)
        => word.All(c => char.IsLetter(c) || c == '-') && char.IsLetter(word[0]) && char.IsLetter(word[^1]) && !word.Contains("--", StringComparison.Ordinal);

    // A crude stem, enough to meet "towed" with "tow" and "closed" with "closing": no suffix of a short word is cut.
    private static string Stem(string word)
    {
        var stem = word;
        foreach (var suffix in StemSuffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = word[..^suffix.Length];
                break;
            }
        }

        if (stem == word && word.Length >= 5 && word[^1] == 'e')
        {
            // "submarine" meets "submarines", whose "es" is cut.
            stem = word[..^1];
        }

        return Synonyms.GetValueOrDefault(stem, stem);
    }

    private static readonly string[] StemSuffixes = ["ing", "ed", "es", "s"];

    // Words news uses for one thing, by their stems: "its troops were fighting" denies "Rwandan soldiers are fighting".
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["soldier"] = "troop", ["forc"] = "troop", ["servicemen"] = "troop",
        // The irregular forms of verbs statements are made of: "had been given permission" and "gave the band permission".
        ["gave"] = "give", ["given"] = "give", ["giv"] = "give", ["took"] = "take", ["taken"] = "take", ["tak"] = "take",
        ["sank"] = "sink", ["sunk"] = "sink", ["shot"] = "shoot", ["knew"] = "know", ["known"] = "know",
        ["paid"] = "pay", ["payment"] = "pay", ["fought"] = "fight", ["sent"] = "send", ["sold"] = "sell", ["bought"] = "buy",
        ["lost"] = "lose", ["los"] = "lose",
        // "had fired on" and "opened fire on".
        ["fir"] = "fire",
    };

    // Words that name speakers or their ways of speaking, too common in statements to show two speak of one thing; so
    // are the words that name a figure ("a figure far higher" and "the group's figures"), which meet by the figure itself.
    private static readonly HashSet<string> SpeakerWords = new(StringComparer.Ordinal)
    {
        "officials", "official", "government", "authorities", "spokesman", "spokeswoman", "spokesperson", "minister", "ministry",
        "reporters", "state", "people", "statement", "television", "media", "news", "agency", "say", "saying", "stating", "telling",
        "figure", "figures",
        // "denied reports that a Saudi man was a suspect" and "news organisations reported that a suspect had been
        // arrested" share the reporting, not what is reported.
        "report", "reports", "reported", "reporting",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "and", "that", "this", "these", "those", "had", "has", "have", "was", "were", "been", "are", "not", "but", "for",
        "with", "from", "into", "its", "their", "his", "her", "they", "said", "says", "told", "who", "which", "would", "could",
        "also", "than", "there", "what", "when", "after", "before", "about", "over",
        // "any of the 118 men" and "any of their submarines" share how many, not what.
        "any", "all", "some", "none", "each",
        // "set off" in "pyrotechnics set off at the start" and "permission to set off fireworks" is no thing said; "shot
        // down" is.
        "off",
        // The words of a figure ("£350 million a week", "£161 million a week") say how much, not what: figures meet
        // only when both sides give the same one.
        "hundred", "thousand", "million", "billion", "trillion", "per", "cent", "percent", "day", "week", "month", "year",
    };

    /// <summary>How many distinct documents carry the position.</summary>
    public int Documents => Claims.Select(c => c.DocumentId).Distinct().Count();

    /// <summary>The position a stance takes, or null for a plan, which asserts nothing yet.</summary>
    /// <param name="stance">A statement's stance.</param>
    public static PositionKind? KindOf(Stance stance) => stance switch
    {
        Stance.Asserted or Stance.Reported => PositionKind.Affirms,
        Stance.Confirmed => PositionKind.Confirms,
        Stance.Denied => PositionKind.Denies,
        Stance.Unverified => PositionKind.Doubts,
        _ => null,
    };

    /// <summary>
    /// The grouping key of a statement: proposition, source and position. Denials that one side bears no blame
    /// ("blame:Pakistan") are one position whoever of that side speaks: "Pakistan denied any role" and "Pakistan's
    /// defence minister said his country had nothing to do with the attack" are one denial, not two.
    /// </summary>
    /// <param name="claim">A statement.</param>
    public static string KeyOf(StatementClaim claim)
        => IsDenialOfBlame(claim) ? $"{claim.Subject}|*|{KindOf(claim.Stance)}" : $"{claim.Subject}|{claim.Attribution}|{KindOf(claim.Stance)}";

    private static bool IsDenialOfBlame(StatementClaim claim)
        => claim.Stance == Stance.Denied && claim.Subject.StartsWith(BlameTopic, StringComparison.Ordinal) && SubjectNamesAgent(claim.Subject);

    private const string BlameTopic = "blame:";

    /// <summary>The position of a group of statements sharing proposition, source and position (its sources, when a side denies blame).</summary>
    /// <param name="claims">The statements.</param>
    public static Position Of(IEnumerable<StatementClaim> claims)
    {
        var ordered = claims.OrderBy(c => c, EvidenceOrder.Instance).ToList();
        return new Position
        {
            Subject = ordered[0].Subject,
            Attribution = string.Join(", ", ordered.Select(c => c.Attribution).Distinct(StringComparer.Ordinal)),
            Kind = KindOf(ordered[0].Stance) ?? PositionKind.Affirms,
            Claims = ordered,
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Attribution} {Kind.ToString().ToLowerInvariant()} {Subject} ({Claims.Count} statements, {Documents} articles)";
}
