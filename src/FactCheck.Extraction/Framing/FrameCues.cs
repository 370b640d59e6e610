using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Parsing;

namespace FactCheck.Extraction.Framing;

/// <summary>
/// Reads, around one figure of a sentence, what tells which quantity of which event it is: the earlier event it is
/// compared with ("up from 310,000 on March 3", "the deadliest since the 1934 quake"), the place inside the event
/// it is limited to ("64,000 of them in Marseille", "in the capital itself"), and whether it is a part of a figure or an
/// increment to one rather than a total ("of whom 30 were children", "another 64 bodies").
/// </summary>
internal static partial class FrameCues
{
    // What joins a second thing said to a first: "said ..., and that ...", "said ..., but that ...".
    internal const string SecondThingSaidJoint = @"(?:and|but)\s+(?:(?:also\s+)?(?:said|found|added|ruled|concluded|noted)\s+(?:that\s)?|that\s)";

    // What a country that opens a toll's sentence does with it: "Spain recorded", "Italy had", "Tonga's toll stood at".
    internal const string CountingVerb = @"(?:recorded|reported|registered|counted|logged|tallied|suffered|lost|had|has|saw|sees|stood\s+at|stands\s+at|rose\s+to|reached|accounted\s+for)";

    /// <summary>The qualifier a figure set off after its noun may take: "the troops at the base, an estimated 2,000 of them".</summary>
    internal const string SetOffQualifier = @"(?:(?:an?\s+)?estimated\s+|about\s+|some\s+|around\s+|nearly\s+|roughly\s+|more\s+than\s+)";

    /// <summary>A share of the victims set off before its figure: "Of the dead, 20 were children", "Most of the dead, 292, were".</summary>
    internal const string OfTheDead = @"of\s+(?:the|those)\s+(?:dead|killed|injured|wounded|hurt|missing),";

    /// <summary>
    /// Where the whole a share is taken from were when it happened, between the whole and the share's verb: "Twelve of the
    /// 13 miners| trapped for nearly two days in the mine| were found alive"; or what befell it: "123 of the people|
    /// killed in the unrest| had been shot by security forces".
    /// </summary>
    internal const string WholeWhereabouts = @"(?:\s+(?:trapped|caught|stranded|aboard|inside|underground|on\s+board|killed|injured|wounded)\b(?:\s+(?!(?:were|was|are|is|had|have|has|died|survived)\b)[\w'’-]+){0,14}?(?=\s+(?:were|was|are|is|had|have|has|died|survived)\b))?";

    // The figure of the next part in a list of parts: "and eight", "and 13 others".
    private const string NextCount = @"(?:\d[\d,]*|" + SmallNumberWords + @"|\w+teen|twenty|thirty|forty|fifty)";

    /// <summary>A number written in words, one to ninety: "Twelve of the 13 miners", "one of the 13".</summary>
    internal const string WrittenNumber = @"(?:" + SmallNumberWords + @"|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

    /// <summary>Where a clause a country or a body may open begins: the text's start, a joint such as ", while", or a semicolon.</summary>
    internal const string ClauseOpening = @"(?:^\W*|[,;]\s+(?:and|but|while|whereas)\s+|;\s+)";

    /// <summary>The numbers written in words from one to twelve, as alternatives in order: "one|two|...|twelve".</summary>
    internal const string SmallNumberWords = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

    /// <summary>Those who fight outside an army, as alternatives: "Forty-one rebels were killed" counts them apart.</summary>
    internal const string CombatantNouns = "rebels|militants|insurgents|terrorists|jihadists|separatists";

    /// <summary>The words after a figure that name who gave it: "reported by", "given by", "counted by".</summary>
    internal const string CreditedBy = @"(?:reported|given|cited|announced|published|claimed|counted|recorded|compiled|documented)\s+by";

    /// <summary>
    /// A count said to be higher than the one given before, up to the comma and guess that may follow: "the real number
    /// was far higher, possibly", "the toll is probably much higher, perhaps". The figure after it counts what the one
    /// before counted.
    /// </summary>
    internal const string CountRaised = @"\b(?:toll|number|figure|total|count)" + RaisedAfterCount;

    // What follows the count's noun in CountRaised: "was far higher, possibly".
    private const string RaisedAfterCount = @"\s+(?:was|is|were|could\s+be|may\s+be|must\s+be)\s+(?:probably\s+|likely\s+)?(?:far|much|considerably|significantly|many\s+times|even)\s+(?:higher|greater|larger),?\s+(?:possibly|perhaps|probably|likely|maybe)";

    // The qualifier a raised count's figure may take: "possibly more than 1,000".
    private const string RaisedFigureQualifier = @"(?:\s+(?:about|around|some|nearly|more\s+than|over|at\s+least|as\s+many\s+as))?";

    // A total's rise to a new figure: "rose to", "has risen to", "climbed to".
    private const string RiseTo = @"(?:rose|ris(?:en|es|ing)|climb(?:ed|s|ing)|increas(?:ed|es|ing)|jump(?:ed|s|ing)|went\s+up)\s+to";

    /// <summary>A word placing a region within or beside another: "in western Germany", "in neighbouring Rhineland-Palatinate".</summary>
    internal const string Bearing = @"(?:(?:neighbouring|neighboring|nearby|downtown|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|north|south|east|west)\s+)?";

    /// <summary>
    /// The kind of area a name is: "in the state of North Rhine-Westphalia", "the district of Ahrweiler", "the Ukrainian
    /// city of Dnipro", "the delta town of Bogale"; and a saint's or a mountain's abbreviation, left out of the name that
    /// follows ("In St. Martin" is in "martin").
    /// </summary>
    internal const string AreaOf = @"(?:(?:\p{Lu}[\p{L}'’-]+\s+|\p{Ll}[\p{Ll}-]+\s+)?" + AreaKind + @"\s+of\s+)?(?:(?:St|Ste|Mt)\.\s+(?=\p{Lu}))?";

    private const string AreaKind = @"(?:province|region|district|state|county|city|town|township|village|hamlet|suburb|neighbourhood|neighborhood|quarter|commune|borough|department|prefecture|municipality|governorate|oblast|island|centre|center|outskirts)";

    // Nouns that name an event after a place ("the Lahaina fire", "the Kyiv strike"): the place is the event's, not a
    // part of it.
    private const string EventNouns = @"(?:fire|fires|blaze|blazes|wildfire|wildfires|quake|quakes|earthquake|earthquakes|tornado|tornadoes|flood|floods|flooding|landslide|landslides|mudslide|mudslides|storm|storms|blizzard|blizzards|snowstorm|snowstorms|heatwave|heatwaves|hurricane|typhoon|cyclone|blast|blasts|explosion|explosions|attack|attacks|strike|strikes|airstrike|airstrikes|air\s+strikes?|raid|raids|operation|offensive|assault|incursion|invasion|siege|ambush|shelling|bombardment|missile|drone|crash|crashes|collapse|disaster|tragedy|shooting|shootings|stampede|crush|crushes|massacre|bombing|bombings|derailment|shipwreck|sinking|spill|spills|gas\s+leaks?|leak|leaks|eruption|eruptions|clash|clashes|seizure|standoff|incident|protests|uprising|riot|riots|unrest|crackdown|battle|battles)";

    // The kinds of site an event is named by with its place: "the Peshawar school attack", "the Soma mine disaster".
    private const string SiteNouns = @"(?:mine|pit|stadium|nightclub|club|mosque|school|hotel|mall|factory|plant|refinery|tunnel|bridge|dam|tower)";

    private const int PlaceWindow = 60;
    private const int OpeningClauseWindow = 100;

    // What a toll is from or blamed on, by a word or a name: "the toll from Cyclone Fani in Odisha", "deaths blamed on
    // Hurricane Ian in Florida", "the number of people killed by the floods in Kerala".
    private const string Cause = @"(?:the\s+)?(?:[\p{Ll}-]+|(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)";

    // The dead or hurt, and what killed or hurt them: "killed by Cyclone Fani"; deaths "blamed on Hurricane Ian".
    private const string KilledBy = @"(?:killed|dead|injured)(?:\s+by\s+" + Cause + @")?";
    private const string BlamedOn = @"(?:blamed\s+on|caused\s+by|attributed\s+to)\s+" + Cause;

    // The scope of a figure counted over the whole world.
    internal const string WorldPlace = "world";
    private const int MaxSubjectReach = 300;

    // Those a share is taken from: "of them", "of whom", "of the dead".
    internal const string ShareOfThem = @"of\s+(?:them|whom|those|the\s+(?:dead|victims|killed))";

    // A kind of people whose count among a whole is that kind's count: "children", "students".
    internal const string KindOfPeople = @"(?<noun>children|schoolchildren|students|pupils)";

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;:(");

    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create(";:(.");

    // A word that every local authority's name holds: the expression runs only where one is.
    private static readonly SearchValues<string> CorrectionWords = SearchValues.Create(["earlier", "previous", "initial", "originally", "corrected"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> AuthorityWords = SearchValues.Create(["police", "prefecture", "city", "mayor", "fire"], StringComparison.Ordinal);

    /// <summary>
    /// The other event a figure belongs to, or "" for the batch's own: a year before the batch's coverage nearest to
    /// the figure in its sentence, else "earlier" after a comparison cue.
    /// </summary>
    public static string Anchor(string sentence, int start, int end, int? eventYear)
    {
        // "200,000 additional deaths in Belarus, Russia and Ukraine between 1990 and 2004": a count over years of its
        // own is another quantity than the event's, met only by counts over the same years.
        var years = YearsAfter().Match(sentence, end);
        if (!years.Success)
        {
            years = YearsBefore().Match(sentence, 0, start);
        }

        if (years.Success && string.CompareOrdinal(years.Groups["from"].Value, years.Groups["to"].Value) < 0)
        {
            return years.Groups["from"].Value + "-" + years.Groups["to"].Value;
        }

        // "The fire killed 71 people in 2019, nine years after a fire nearby killed 124": a figure its own clause dates
        // to the batch's year is the batch's event, whatever occasion the sentence goes on to recall.
        var ownYear = false;
        if (eventYear is { } year)
        {
            Match? nearest = null;
            var distance = int.MaxValue;
            for (var match = Year().Match(sentence); match.Success; match = match.NextMatch())
            {
                if (match.Index < end && start < match.Index + match.Length)
                {
                    // The figure itself ("1800 troops"), not a year beside it.
                    continue;
                }

                // A year in another clause ("410 dead, the worst since a 1998 quake") dates that clause, unless it opens
                // the sentence ("In 2005, the storm killed 1,833").
                var (from, to) = match.Index < start ? (match.Index, start) : (end, match.Index);
                var between = sentence.AsSpan(from, to - from);
                var cut = between.IndexOfAny(",;");
                if (cut >= 0 && match.Index > 12 && !(match.Index < start && RelativeClause().IsMatch(between[cut..])))
                {
                    continue;
                }

                // "marched ... in the largest protest since the Orange Revolution of 2004": the year dates what the
                // figure is measured against.
                var since = match.Index > end ? between.LastIndexOf("since", StringComparison.OrdinalIgnoreCase) : -1;
                if (since >= 0 && IsComparisonDate(sentence, from + since))
                {
                    continue;
                }

                var d = match.Index >= end ? match.Index - end : Math.Max(0, start - (match.Index + match.Length));
                if (d < distance)
                {
                    (nearest, distance) = (match, d);
                }
            }

            if (nearest is not null && Parsing.DecimalDigits.ToInt(nearest.Value) < year)
            {
                return nearest.Value;
            }

            ownYear = nearest is not null && Parsing.DecimalDigits.ToInt(nearest.Value) == year;
        }

        if (OtherShock().IsMatch(sentence.AsSpan(0, start)) || OtherBomb().IsMatch(sentence.AsSpan(0, start)) || SeparateIncident().IsMatch(sentence.AsSpan(0, start)) || Retaliation().IsMatch(sentence.AsSpan(0, start)) || OtherShockAfter().IsMatch(sentence.AsSpan(end)) || DaysBeforeAfter().IsMatch(sentence.AsSpan(end)) || (!ownYear && LaterKilling().IsMatch(sentence.AsSpan(end))) || RescueCraftLost().IsMatch(sentence.AsSpan(end)) || PreviousContest().IsMatch(sentence.AsSpan(end)) || ElidedSecond().IsMatch(sentence.AsSpan(0, start))
            || (OtherBefore().IsMatch(sentence.AsSpan(0, start)) && ShockAfter().IsMatch(sentence.AsSpan(end)))
            || NumberedOccasion().IsMatch(sentence.AsSpan(0, start)) || LaterEngagement().IsMatch(sentence.AsSpan(0, start)) || SparkedUnrest().IsMatch(sentence.AsSpan(0, start))
            || (KilledByForces().IsMatch(sentence.AsSpan(0, start)) && AfterTheAttack().IsMatch(sentence.AsSpan(end)))
            || OccasionComparedWith().IsMatch(sentence.AsSpan(0, start)) || RankedBehind().IsMatch(sentence.AsSpan(0, start)))
        {
            return QuantityClaim.OtherEventAnchor;
        }

        var clause = OwnClauseStart(sentence, start);

        // "The previous deadliest disaster, a tsunami, killed 61", "Two weeks ago a crane fell, killing 107": another
        // occasion, not an earlier count of this one.
        // "62,000 barrels a day when the blowout began, falling to 53,000 by the time it was capped": the participle's
        // figure is the same quantity at another moment, compared with nothing, like one set against an earlier moment.
        return PreviousOccasion().IsMatch(sentence.AsSpan(0, start)) || IsEarlierDeed(sentence, start)
            || (EarlierOccasion().IsMatch(sentence.AsSpan(0, start)) && !ClosedTimeAfter().IsMatch(sentence.AsSpan(0, start))) ? QuantityClaim.OtherEventAnchor
            : Comparison().IsMatch(sentence.AsSpan(clause, start - clause)) || LaterState().IsMatch(sentence.AsSpan(0, start)) || EarlierGiven().IsMatch(sentence.AsSpan(0, start))
                || OpeningDays().IsMatch(sentence.AsSpan(end)) || GivenEarlierAfter().IsMatch(sentence.AsSpan(end)) || WhenVisiting().IsMatch(sentence.AsSpan(0, start))
                ? QuantityClaim.EarlierAnchor : "";
    }

    // Where a figure's clause begins when a relative clause of another speaker holds it: "Far fewer attended than the
    // organisers claimed, according to police documents, which put the crowd at no more than 400,000" compares nothing
    // in the documents' own clause; nor does the speaker's own estimate after it ("far fewer had been there than the
    // organisers claimed, putting the crowd at no more than 350,000").
    private static int OwnClauseStart(string sentence, int start)
    {
        var clause = 0;
        for (var match = SpeakerRelativeClause().Match(sentence, 0, start); match.Success; match = match.NextMatch())
        {
            clause = match.Index;
        }

        return clause;
    }

    /// <summary>
    /// Whether a sentence reports what a correction withdrew: "Correction: A previous version of this report gave the
    /// flood's date as May 2", "This article previously stated that 1,011 were injured".
    /// </summary>
    public static bool IsWithdrawn(string sentence)
        // Every wording has one of these words: most sentences need not run the expression.
        => sentence.AsSpan().IndexOfAny(CorrectionWords) >= 0 && WithdrawnByCorrection().IsMatch(sentence);

    /// <summary>Whether words set one moment against another: "against", "up from", "compared with", "than".</summary>
    public static bool Compares(ReadOnlySpan<char> words) => Comparison().IsMatch(words);

    /// <summary>
    /// Whether a figure is a forecast or a guess rather than a count: "could reach 10,000", "could go up to",
    /// "could be as high as", "whether 40,000 or 60,000", "is feared to top 1,000".
    /// </summary>
    public static bool IsForecast(string sentence, int start)
        => Forecast().IsMatch(sentence.AsSpan(0, start))
            && !(RealCountGuessed().Match(sentence, 0, start) is { Success: true } guess && RealCountBefore().IsMatch(sentence.AsSpan(0, guess.Index)));

    /// <summary>
    /// Whether what ends at <paramref name="end"/> raises the count given before: "Rights groups said the real number
    /// was far higher, possibly| more than 1,000", a figure's guess; "... possibly more than |1,000", the figure.
    /// </summary>
    public static bool IsCountRaised(string sentence, int end) => CountRaisedBefore().IsMatch(sentence.AsSpan(0, end));

    /// <summary>
    /// Whether the figure at <paramref name="start"/> raises a toll, so that it counts people even where no count came
    /// before it: "Church groups said the real toll was far higher, perhaps 2,000".
    /// </summary>
    public static bool IsTollRaised(string sentence, int start) => TollRaisedBefore().IsMatch(sentence.AsSpan(0, start));

    /// <summary>
    /// Whether the modal at <paramref name="modal"/> guesses at the real count rather than foresees a final one: "the
    /// real death toll from last week's clashes could be as high as 2,000" ("the final toll could be as high as 30,000"
    /// looks ahead).
    /// </summary>
    public static bool IsGuessAtRealCount(string sentence, int modal)
        => RealCountBefore().IsMatch(sentence.AsSpan(0, modal)) && RealCountGuessed().Match(sentence, modal) is { Success: true } guess && guess.Index == modal;

    /// <summary>
    /// Whether a figure counts in several countries together: "bringing the total in both countries to more than 74,500",
    /// "killed 1,500 people across the two countries".
    /// </summary>
    public static bool CountsCountriesTogether(string sentence, int start, int end)
        => CountriesTogetherBefore().IsMatch(sentence.AsSpan(0, start)) || CountriesTogetherAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a figure adds up the dead of several events of one kind months or years apart or in two places ("two
    /// crashes in five months that killed 346 people", "three attacks over two years killed 90", "the two shootings
    /// in El Paso and Dayton killed 31"): a sum over events, not the toll of any one of them; so does one killed
    /// "in three days of attacks" or "in the two nights of attacks". Twin blasts of one attack ("Two blasts killed 30
    /// people") are one event.
    /// </summary>
    public static bool SumsSeveralEvents(string sentence, int start, int end)
        => SeveralEventsKilled().IsMatch(sentence.AsSpan(0, start)) || DaysOfAttacksAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a figure adds up several days or nights: "133 people had been detained over the two nights", "a total of
    /// 400,000 marched over three weekends". Arrests and crowds are each day's, so such a sum is no one day's count.
    /// </summary>
    public static bool SumsSeveralDays(string sentence, int end) => SeveralDaysAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// The place a figure is limited to ("in Paris", "on Kilimanjaro", "in the capital"), "" for the event as a whole
    /// (countries, <paramref name="isCountry"/>, and "nationwide" name the whole), or null when the sentence names
    /// neither, so that the figure may take its paragraph's place.
    /// </summary>
    public static string? Place(string sentence, int start, int end, Func<string, bool> isCountry)
    {
        if (end < sentence.Length && sentence[end] == ',' && start >= 2 && sentence.AsSpan(0, start).EndsWith(", "))
        {
            // "Most of the dead, 292, were in Zhengzhou": a figure set off by commas has the clause after them.
            end++;
        }
        else if (ShareSetOff().Match(sentence, end) is { Success: true } share)
        {
            // "Twelve people, most of them civilians, were killed in Thailand": the clause goes on past its share.
            end += share.Length;
        }

        var window = Math.Min(PlaceWindow, sentence.Length - end);
        while (end + window < sentence.Length && char.IsLetter(sentence[end + window]))
        {
            // The window ends at a word's end: "in the Ikoyi district" cut after "Ik" is no place "ik".
            window++;
        }

        var after = sentence.AsSpan(end, window);
        var clauseEnd = after.IndexOfAny(ClauseBreaks);
        var clauseLength = clauseEnd < 0 ? after.Length : clauseEnd;
        if (AfterOpens().IsMatch(after) && RoseTo().IsMatch(sentence.AsSpan(0, start)))
        {
            // "has risen to 50 after investigators found another body at the Al Noor mosque": where the last one was found
            // is no place of the total.
            clauseLength = 0;
        }

        // "Worldwide, the agency put excess deaths at 14.9 million", "14.9 million deaths worldwide": the world's count, not
        // the event's country's.
        if (Worldwide().IsMatch(after[..clauseLength]) || WorldwideOpening().IsMatch(sentence.AsSpan(0, start)))
        {
            return WorldPlace;
        }

        if (Nationwide().IsMatch(after[..clauseLength]))
        {
            return "";
        }

        // "36 died at the scene and two more in hospital", "18 children died at the school and two at hospital": those who
        // died where it happened are a part of the toll.
        if (AtTheScene().IsMatch(sentence.AsSpan(end, clauseLength)) || HereAndInHospital().IsMatch(sentence.AsSpan(end)))
        {
            return "scene";
        }

        // "The coroner said the morgue had received more than 180 bodies": those a morgue or a hospital took in are a
        // part.
        if (ReceivedAt().Match(sentence, 0, start) is { Success: true } received)
        {
            return received.Groups["place"].Value.ToLowerInvariant();
        }

        // "the toll has reached 64, after 37 victims died in hospitals", "five more died in hospital": those who died of
        // their injuries later are the other part of it ("one man had died in hospital" alone is the whole toll).
        if (DiedInHospital().IsMatch(sentence.AsSpan(end, clauseLength)) && OfTheRest().IsMatch(sentence))
        {
            return "hospital";
        }

        // "Six bodies were pulled from basements", "nine bodies were brought to the morgue", "200 bodies lay in a
        // school": bodies counted where they were found, taken or kept are a part of the toll; the living taken
        // somewhere ("22 crew members were taken to the port") are all of themselves. A place after the figure is its
        // own even when the whole before it was national ("1.1 million nationwide, 64,000 of them in Marseille").
        // "killed in the Lahaina fire" names the event, not a place in it; "taken to the city's morgues" are all of them.
        var placeAfter = PlaceAfter().Match(sentence, end, clauseLength);
        if (placeAfter.Success && Calendar().IsMatch(placeAfter.Groups["place"].Value)
            && NamedAfterMonth().Match(sentence, placeAfter.Groups["place"].Index + placeAfter.Groups["place"].Length) is { Success: true } name)
        {
            // "were at the March for Our Lives in Washington": an event named like a month is no place; the place may
            // come after its name.
            var past = name.Index + name.Length;
            placeAfter = PlaceAfter().Match(sentence, past, Math.Max(0, end + clauseLength - past));
        }

        if (placeAfter.Success && (EpicentreBefore().IsMatch(sentence.AsSpan(end, placeAfter.Groups["place"].Index - end))
            || PathBefore().IsMatch(sentence.AsSpan(end, placeAfter.Groups["place"].Index - end))))
        {
            // "A magnitude 7.6 earthquake centred near Muzaffarabad": where a quake was centred is no scope of its
            // figures; nor is the path of a storm: "killed nearly 4,000 people when it tore across the Irrawaddy
            // delta".
            placeAfter = Match.Empty;
        }

        if (placeAfter.Success && ScaleNext().IsMatch(sentence.AsSpan(placeAfter.Groups["place"].Index + placeAfter.Groups["place"].Length)))
        {
            // "measured 7.7 on the Richter scale": a scale named after someone is no place.
            placeAfter = Match.Empty;
        }

        if (placeAfter.Success && SiteBefore().IsMatch(sentence.AsSpan(0, placeAfter.Groups["place"].Index)) && TollNamesEvent().IsMatch(sentence.AsSpan(0, start)))
        {
            // "the accident that killed 75 people at Sayano-Shushenskaya": an event named by its toll and its site is
            // the whole event, and the site where all of it happened is no part of it.
            return "";
        }

        // "took part in Saturday's People's Vote march", "at the Women's March": a name that holds a possessive names the
        // gathering, not where it was.
        var placeEnd = placeAfter.Groups["place"].Index + placeAfter.Groups["place"].Length;
        var namesEvent = placeAfter.Success && (EventNounNext().IsMatch(sentence.AsSpan(placeEnd))
            || (PossessiveInName().IsMatch(placeAfter.Groups["place"].Value) && (GatheringNounNext().IsMatch(sentence.AsSpan(placeEnd)) || GatheringNounLast().IsMatch(placeAfter.Groups["place"].Value))));
        if ((PlaceName(namesEvent ? Match.Empty : placeAfter, sentence, isCountry)
            ?? (Residents().IsMatch(sentence.AsSpan(start, end - start)) ? PlaceName(ResidentsOf().Match(sentence, end, clauseLength), sentence, isCountry) : null)
            ?? PlaceName(Recovered(sentence, start, end, clauseLength), sentence, isCountry)) is { } named)
        {
            return named;
        }

        // "At least 11 people were killed at the airport and about 20 at the metro station", "Seven were killed at the
        // bowling alley and eight at the bar, and three died in hospital": the sites of one attack, listed side by side,
        // each count their own dead.
        if (SiteAfter().Match(sentence, end, clauseLength) is { Success: true } site && SitesNamed().Matches(sentence).Count >= 2)
        {
            return site.Groups["site"].Value.ToLowerInvariant();
        }

        // "West Bengal's chief minister said 72 people had died in the state": the state is the one the sentence names as
        // someone's.
        if (InTheStateAfter().IsMatch(sentence.AsSpan(end, clauseLength)) && StateOwner().Match(sentence, 0, start) is { Success: true } owner)
        {
            return PlaceName(owner, sentence, isCountry);
        }

        // "The mayor of Pedernales said 400 people had died in his town alone, though the government had recorded fewer than
        // 200 deaths there": the town is the one whose office holder speaks.
        if ((OwnJurisdictionAfter().IsMatch(sentence.AsSpan(end, clauseLength)) || ThereAfter().IsMatch(sentence.AsSpan(end, clauseLength)))
            && OfficeHolderOf().Match(sentence, 0, start) is { Success: true } office)
        {
            return PlaceName(office, sentence, isCountry);
        }

        // "fired a rifle in the site's crowded cafe, killing 20 people there": "there" is the place named before the figure.
        if (ThereAfter().IsMatch(sentence.AsSpan(end, clauseLength)) && PlaceBeforeThere().Match(sentence, 0, start) is { Success: true } there)
        {
            return PlaceName(there, sentence, isCountry);
        }

        // "put the Tel Aviv crowd at 160,000", "Lyon's march drew 20,000": a gathering named by its place is there.
        if (PlaceName(GatheringOfPlace().Match(sentence, 0, start), sentence, isCountry) is { } gathering)
        {
            return gathering;
        }

        // "Nationwide, the interior ministry recorded 1.28 million": a sentence that opens on the whole country counts it.
        if (Nationwide().IsMatch(sentence.AsSpan(Math.Max(0, start - 30), Math.Min(30, start))) || TotalBroughtTo().IsMatch(sentence.AsSpan(0, start))
            || NationwideOpening().IsMatch(sentence.AsSpan(0, start)))
        {
            return "";
        }

        // "In La Faute-sur-Mer alone, where houses stood behind a sea wall on land below sea level, 29 people died": the
        // opening place is the figure's clause's however long the relative clause between them.
        if (PlaceName(OpeningPlaceBeforeRelative().Match(sentence, 0, start), sentence, isCountry) is { } beforeRelative)
        {
            return beforeRelative;
        }

        var from = Math.Max(0, start - PlaceWindow);
        if (from > 0 && start <= OpeningClauseWindow && sentence.AsSpan(0, start).IndexOfAny(ClauseBreaks) < 0
            && PlaceName(TollInPlaceOpening().Match(sentence, 0, start), sentence, isCountry) is { } tollPlace)
        {
            // "The number of people killed by Cyclone Fani in Odisha has risen to 64": a toll that opens the sentence's
            // single clause is placed where it says, however far back.
            return tollPlace;
        }

        var cut = sentence.AsSpan(from, start - from).LastIndexOfAny(SentenceBreaks);
        var own = cut < 0 ? from : from + cut + 1;

        // The place must open the figure's own clause ("In Toulouse the prefecture counted 31,000", "in Rennes, 17,000"),
        // not an earlier one ("Speaking at a summit in Brussels, he warned that ... 10,000 soldiers").
        var ownSpan = sentence.AsSpan(own, start - own);
        var trimmed = ownSpan.TrimEnd();
        var comma = (trimmed.EndsWith(',') ? trimmed[..^1] : ownSpan).LastIndexOf(',');
        // "On August 12 alone, 2,197 deaths were recorded": one day singled out counts that day's part of the toll,
        // compared only with another count of that day.
        if (ownSpan.IndexOf(',') is > 0 and var dayEnd && DayAlone().Match(sentence, own, dayEnd) is { Success: true } day)
        {
            return day.Groups["day"].Value.ToLowerInvariant();
        }

        if (comma > 0 && ownSpan[..comma].EndsWith(" alone", StringComparison.OrdinalIgnoreCase))
        {
            // "In Bhuj alone, officials say 8,000 were killed": a place singled out is the figure's, past the comma.
            comma = -1;
        }

        if (comma > 0 && TallyOpens().IsMatch(ownSpan[(comma + 1)..]))
        {
            // "In the Maule region, the toll was revised to 316": a tally after the opening place is that place's.
            comma = -1;
        }

        var ownClause = comma < 0 ? own : own + comma + 1;
        if (PlaceName(PlaceBefore().Match(sentence, ownClause, start - ownClause), sentence, isCountry) is { } opening)
        {
            return opening;
        }

        // "The largest march, in Philadelphia, drew about 100,000": a place set off just before the figure's verb.
        if (PlaceName(AppositivePlace().Match(sentence, own, start - own), sentence, isCountry) is { } setOff)
        {
            return setOff;
        }

        // "protested in Athens over the crash, which killed at least 57 people": the clause tells of the event, not of
        // the place the sentence is in.
        if (ownClause > own && TellsOfEventBefore(sentence, ownClause, start))
        {
            return "";
        }

        // "Most of the deaths were in the province of Al Haouz, where 394 people died": the clause's "where" is that place.
        if (ownClause > own && WhereOpens().IsMatch(sentence.AsSpan(ownClause, start - ownClause))
            && PlaceName(PlaceBeforeWhere().Match(sentence, own, ownClause - own), sentence, isCountry) is { } antecedent)
        {
            return antecedent;
        }

        // "the Marseille police put the march at 64,000": a local authority counts its own place.
        var head = ClauseStart(sentence, start);
        return sentence.AsSpan(head, start - head).IndexOfAny(AuthorityWords) >= 0
            ? PlaceName(LocalAuthority().Match(sentence, head, start - head), sentence, isCountry)
            : null;
    }

    /// <summary>
    /// Whether a figure's clause tells of an event named just before it, not of what the sentence is about: "fired 59
    /// missiles at the air base in response to the Khan Sheikhoun attack, which killed 86 people". Its place is the
    /// event's, which no later figure goes on with.
    /// </summary>
    public static bool InClauseOfEventBefore(string sentence, int start)
        => start > 0 && sentence.LastIndexOf(',', start - 1, Math.Min(start, PlaceWindow)) is > 0 and var comma && TellsOfEventBefore(sentence, comma + 1, start);

    private static bool TellsOfEventBefore(string sentence, int clause, int start)
        => WhichOpens().IsMatch(sentence.AsSpan(clause, start - clause)) && EventBeforeClause().IsMatch(sentence.AsSpan(0, clause));

    /// <summary>
    /// The country whose own people a figure counts, when the country itself gives it: "Jordan put its own toll at 41",
    /// "Egypt said 31 of its pilgrims had died", "..., while Cambodia put its dead at 13", "India says it lost five
    /// soldiers and 16 civilians". Null when the figure is not given so.
    /// </summary>
    public static string? OwnPeopleOf(string sentence, int start, int end)
    {
        var ofIts = sentence.AsSpan(end).StartsWith(" of its ", StringComparison.Ordinal);
        var own = sentence.AsSpan(0, start).Contains(" its ", StringComparison.Ordinal) ? OwnToll().Match(sentence, 0, start)
            : sentence.AsSpan(0, start).Contains(" it ", StringComparison.Ordinal) ? OwnLosses().Match(sentence, 0, start) : Match.Empty;
        if (!own.Success && ofIts)
        {
            own = CountrySays().Match(sentence, 0, start);
        }

        if (!own.Success)
        {
            return null;
        }

        // "Liberia's health ministry said its own count of deaths was": the country whose body it is.
        return WithoutPossessive(own.Groups["country"].Value);
    }

    /// <summary>A name without the possessive it ends in: "Liberia" for "Liberia's", "IOM" for "IOM’s".</summary>
    public static string WithoutPossessive(string name)
        => name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name;

    /// <summary>
    /// Whether a date is the day something began: "the eruption that began on December 18", "began shortly after 10
    /// p.m. on December 17", "broke out in March"; and the day someone went missing, which begins their being missing
    /// ("disappeared near Damascus in August 2012", as "missing since August 2012" says); and the day of the arrest
    /// that begins what runs since it ("held in Lefortovo prison since his arrest on March 29", as "in custody since
    /// March" says).
    /// </summary>
    public static bool IsBeginningDate(string sentence, int dateStart)
        => BeganOn().IsMatch(sentence.AsSpan(0, dateStart)) || VanishedOn().IsMatch(sentence.AsSpan(0, dateStart)) || SinceTakenOn().IsMatch(sentence.AsSpan(0, dateStart));

    /// <summary>
    /// Whether a date belongs to what the event is compared with, not to the event: "larger than the three eruptions at
    /// Fagradalsfjall since 2021", "the first measles death in the country since 2015".
    /// </summary>
    public static bool IsComparisonDate(string sentence, int dateStart)
        => sentence.AsSpan(dateStart).StartsWith("since", StringComparison.OrdinalIgnoreCase) && ComparedBefore().IsMatch(sentence.AsSpan(0, dateStart));

    /// <summary>
    /// Whether a figure is what something can hold or usually holds rather than what it held: "normally carries a crew
    /// of about 500", "can seat 180 passengers", "a capacity of 60,000", "licensed to carry 536 passengers", "the 580
    /// passengers it was licensed to carry", "a reception centre built for 250 people", "The stadium holds about 35,000
    /// people".
    /// </summary>
    public static bool IsCapacity(string sentence, int start, int end)
        => CapacityBefore().IsMatch(sentence.AsSpan(0, start)) || CapacityAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a figure is one side of a vote: "voted 204 to 85", "by 204 votes to 85", "a vote of 204 to 85". It counts
    /// votes, not people at the event.
    /// </summary>
    public static bool IsVoteTally(string sentence, int start, int end)
        => VoteBefore().IsMatch(sentence.AsSpan(0, start)) || VotesAfter().IsMatch(sentence.AsSpan(end))
            || (VotedFigure().IsMatch(sentence.AsSpan(0, start)) && VoteAfter().IsMatch(sentence.AsSpan(end)));

    /// <summary>Whether a figure counts bodies by whose they are: "the bodies of 410 civilians", "the bodies of some 40 members".</summary>
    public static bool FollowsBodiesOf(string sentence, int start) => BodiesOf().IsMatch(sentence.AsSpan(0, start));

    /// <summary>
    /// Whether a count of bodies says how many were recovered, identified or buried ("580 bodies had been recovered",
    /// "found the bodies of 40 people", "254 bodies had been identified", "3,166 bodies had been buried", "had cremated
    /// about 1,400 bodies", "a hospital had received the bodies of 29 children"): at least that many died, since not
    /// every body is found, named, buried or brought to one hospital yet.
    /// </summary>
    public static bool IsBodiesRecovered(string sentence, int start, int end)
        => RecoveredBefore().IsMatch(sentence.AsSpan(0, start)) || RecoveredAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a count says how far a search has got rather than how many died: "Only five bodies had been recovered by
    /// Sunday", "12 bodies have so far been pulled out".
    /// </summary>
    public static bool IsProgress(string sentence, int start, int end)
        => ProgressBefore().IsMatch(sentence.AsSpan(0, start)) || ProgressAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>The places a text names as neighbours of the event's: "In neighbouring New Mexico", "in nearby Ohio".</summary>
    public static IEnumerable<string> PlacesNamedApart(string text)
        => NeighbouringPlace().Matches(text).Select(m => m.Groups["name"].Value);

    /// <summary>
    /// The country names a text uses for a region of another country: one listed among more places that are no
    /// countries ("in Florida, Georgia, South Carolina and North Carolina").
    /// </summary>
    public static IEnumerable<string> CountryNamesOfRegions(string text, Func<string, bool> isCountry)
    {
        foreach (Match list in ListOfNames().Matches(text))
        {
            var names = list.Groups["name"].Captures.Select(c => c.Value).ToList();
            var countries = names.Where(isCountry).ToList();
            if (countries.Count > 0 && names.Count - countries.Count >= 2 && names.Count - countries.Count > countries.Count)
            {
                foreach (var country in countries)
                {
                    yield return country;
                }
            }
        }
    }

    /// <summary>
    /// The places a text counts side by side, lowercased: "rose to 118 in Louisiana and 211 in Mississippi". Each holds
    /// a part of the toll, so neither is the whole event, even where a headline names the event by one of them.
    /// </summary>
    public static IEnumerable<string> PlacesCountedSideBySide(string text)
        => PlaceCountsListed().Matches(text).SelectMany(m => new[] { m.Groups["first"].Value, m.Groups["second"].Value }).Select(place => place.ToLowerInvariant());

    /// <summary>
    /// The places an article names its event by, lowercased: "the Lahaina fire" or "the floods in Derna" in its text,
    /// "Kentucky tornado toll reaches 74" as its title. A figure placed there ("106 confirmed dead in Lahaina") counts
    /// the whole event.
    /// </summary>
    public static IEnumerable<string> EventPlaces(string title, string text)
        => EventNamedInTitle().Matches(title).Concat(EventPlacedInTitle().Matches(title)).Concat(TollNamedInTitle().Matches(title)).Concat(EventNamedInText().Matches(title)).Concat(EventNamedInText().Matches(text))
            .Select(m => Possessive().Replace(m.Groups["place"].Value, "").ToLowerInvariant());

    /// <summary>
    /// The regions a text names as holding one of <paramref name="eventPlaces"/>, lowercased, no country and no event
    /// place among them: "Kerala" in "Kerala's Wayanad district" and in "the Wayanad district of Kerala". A figure placed
    /// in such a region counts the event.
    /// </summary>
    public static IEnumerable<string> RegionsHolding(string text, IReadOnlySet<string> eventPlaces, Func<string, bool> isCountry)
        => eventPlaces.Count == 0 ? []
            : RegionHoldingPlace().Matches(text).Where(m => eventPlaces.Contains(m.Groups["place"].Value.ToLowerInvariant()) && !isCountry(m.Groups["wider"].Value))
                .Select(m => m.Groups["wider"].Value.ToLowerInvariant())
                .Where(region => !eventPlaces.Contains(region));

    /// <summary>
    /// The cities a text holds <paramref name="place"/> (lowercase) in, lowercased: "Kyiv" in "Independence Square in
    /// Kyiv", "Independence Square in central Kyiv" and "Kyiv's Independence Square".
    /// </summary>
    public static IEnumerable<string> CitiesHolding(string text, string place)
    {
        var escaped = Regex.Escape(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place));
        const string City = @"\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?";
        return Regex.Matches(text, $@"\b{escaped}\s+in\s+(?:central\s+|downtown\s+)?(?<city>{City})\b|(?<city>{City})['’]s\s+(?:central\s+)?{escaped}\b",
                RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            .Select(m => m.Groups["city"].Value.ToLowerInvariant());
    }

    /// <summary>
    /// Whether a text names someone by <paramref name="name"/> (any case): "President Alexander Lukashenko", "Lukashenko
    /// said", "Lukashenko told the rally" (not "Organisers in Minsk said").
    /// </summary>
    public static bool NamesPerson(string text, string name)
    {
        var escaped = Regex.Escape(name);
        return Regex.IsMatch(text, $@"\b(?:President|Prime\s+Minister|Mr|Mrs|Ms|Dr|leader)\.?\s+(?:\p{{Lu}}\p{{L}}+\s+)?{escaped}\b|(?<!\b(?:in|at|of|from|to|near|outside)\s+){escaped}\s+(?:said|says|told|tells|added)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// Whether a text names <paramref name="place"/> (lowercase) as a name of its own, capitalised and not the first word
    /// of a longer name ("in Kyiv", "the centre of Belgrade", "the Belgrade rally", a dateline "WASHINGTON, Oct 16"); a
    /// headline's "Countryside march" names no place where the articles write only of "the Countryside Alliance".
    /// </summary>
    public static bool NamesPlace(string text, string place)
    {
        var escaped = Regex.Escape(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place));
        var dateline = Regex.Escape(place.ToUpperInvariant());
        return Regex.IsMatch(text, $@"\b{escaped}\b(?!\s+\p{{Lu}})|^{dateline},", RegexOptions.CultureInvariant | RegexOptions.Multiline, TimeSpan.FromSeconds(1));
    }

    // Where the clause that holds the figure at start begins: just after the last comma, semicolon, colon or bracket before it.
    private static int ClauseStart(string sentence, int start) => sentence.AsSpan(0, start).LastIndexOfAny(ClauseBreaks) + 1;

    // Where the clause that holds a figure begins and ends: from the break before it to the break after it.
    private static (int Start, int End) OwnClause(string sentence, int start, int end)
        => (ClauseStart(sentence, start), sentence.AsSpan(end).IndexOfAny(ClauseBreaks) is >= 0 and var after ? end + after : sentence.Length);

    /// <summary>The words of a text, lowercased, possessives dropped.</summary>
    public static IEnumerable<string> LowercaseWords(string text)
        => WordPattern().Matches(text).Select(m => Possessive().Replace(m.Value, "").ToLowerInvariant());

    /// <summary>
    /// The name just before a figure, within its clause and a dozen words, of whoever acts on it ("Meta cut 11,000 jobs",
    /// "Microsoft's announcement on Wednesday that it would eliminate 10,000 positions", "and Amazon's plan to lay off
    /// more than 18,000"), lowercased; days and months are no names. Null when the clause names none.
    /// </summary>
    public static string? ActorNamedBefore(string sentence, int start)
    {
        var clauseStart = ClauseStart(sentence, start);
        string? named = null;
        for (var word = NameBefore().Match(sentence, clauseStart, start - clauseStart); word.Success; word = word.NextMatch())
        {
            var value = Possessive().Replace(word.Groups["name"].Value, "");
            if (!Calendar().IsMatch(value) && !FunctionWords.Contains(value) && Text.Words.Between(sentence, word.Index + word.Length, start) <= 12)
            {
                named = value.ToLowerInvariant();
            }
        }

        return named;
    }

    /// <summary>The place of a crowd at a gathering held against the event's own: "the pro-government rally drew 31,000".</summary>
    public const string CounterGatheringPlace = "counter-gathering";

    /// <summary>
    /// Whether a text tells of a gathering held against another: "a pro-government rally", "a counter-protest", "came to
    /// his rally", "a rally in support of the president", "the pro-Lukashenko rally". A rally for a country, a people
    /// or a bloc (<paramref name="isParty"/>: "a pro-Palestinian march") may be the story's own, so it is none.
    /// </summary>
    public static bool TellsOfCounterGathering(string text, Func<string, bool> isParty) => HoldsCounterGathering(text, isParty);

    /// <summary>
    /// Whether a figure's own clause puts its crowd at a gathering held against another: "The pro-government rally in
    /// Minsk drew 31,000 people", "said 65,000 people had come to his rally".
    /// </summary>
    public static bool IsCounterGathering(string sentence, int start, int end, Func<string, bool> isParty)
    {
        var (clauseStart, clauseEnd) = OwnClause(sentence, start, end);
        return HoldsCounterGathering(sentence[clauseStart..clauseEnd], isParty);
    }

    /// <summary>
    /// Whether a figure's own clause limits it to the ground one side holds: "32 people had died in the areas they
    /// control", "the occupied part of Kherson region said 59 people had died", "evacuated from the bank held by Russian
    /// forces". Each side of a front counts the ground it holds, which is not the other side's.
    /// </summary>
    public static bool InHeldGround(string sentence, int start, int end)
    {
        var (clauseStart, clauseEnd) = OwnClause(sentence, start, end);
        return HeldGround().IsMatch(sentence.AsSpan(clauseStart, clauseEnd - clauseStart));
    }

    /// <summary>
    /// Who carried out the attacks a figure of the dead or hurt says it came of, and whom they were aimed at, as the
    /// sentence names them (a people's or a country's name), or nulls: ("Pakistani", null) for "21 civilians had died in
    /// Pakistani shelling", ("Israeli", "Iran") for "Israeli air strikes on Iran have killed 224 people".
    /// </summary>
    public static (string? Attacker, string? Target) SidesOfAttack(string sentence, int start, int end)
    {
        var clauseStart = ClauseStart(sentence, start);
        if (AttackKilledBefore().Match(sentence, clauseStart, start - clauseStart) is { Success: true } before)
        {
            return (before.Groups["side"].Value, before.Groups["target"] is { Success: true } target ? target.Value : null);
        }

        return AttackKilledAfter().Match(sentence, end, sentence.Length - end) is { Success: true } after ? (after.Groups["side"].Value, null) : (null, null);
    }

    /// <summary>
    /// The sides a text says carried out attacks that killed or hurt people, as it names them: "Israeli" for "Israeli air
    /// strikes on Iran have killed 224 people", "Pakistani" for "21 civilians had died in Pakistani shelling".
    /// </summary>
    public static IEnumerable<string> AttackersOfTheDead(string text)
        => AttackerOfTheDead().Matches(text).Select(m => m.Groups["side"].Value);

    /// <summary>The fires a text names, lowercased: "palisades" for "the Palisades fire".</summary>
    public static IEnumerable<string> FiresNamed(string text)
        => NamedFire().Matches(text).Select(m => m.Groups["name"].Value.ToLowerInvariant());

    /// <summary>
    /// Which of <paramref name="fires"/> a figure's own clause names, the nearest if it names more ("16 of them in the
    /// Eaton fire and eight in the Palisades fire"), or null.
    /// </summary>
    public static string? FireOf(string sentence, int start, int end, IReadOnlySet<string> fires)
    {
        var (clauseStart, clauseEnd) = OwnClause(sentence, start, end);
        string? nearest = null;
        var distance = int.MaxValue;
        for (var fire = NamedFire().Match(sentence, clauseStart, clauseEnd - clauseStart); fire.Success; fire = fire.NextMatch())
        {
            var name = fire.Groups["name"].Value.ToLowerInvariant();
            var d = fire.Index >= end ? fire.Index - end : start - (fire.Index + fire.Length);
            if (fires.Contains(name) && d >= 0 && d < distance)
            {
                (nearest, distance) = (name, d);
            }
        }

        return nearest;
    }

    private static bool HoldsCounterGathering(string text, Func<string, bool> isParty)
    {
        for (var match = CounterGathering().Match(text); match.Success; match = match.NextMatch())
        {
            if (match.Groups["side"] is not { Success: true } side || !isParty(side.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The places a headline holds a gathering in, lowercased: "Hundreds of thousands march in London", "Students lead
    /// march for gun control in Washington", "Crowds fill Belgrade"; not the name of the protests ("Millions march in No
    /// Kings protests"). A name just before the gathering's noun ("Washington march draws huge crowd") is a place only
    /// where <paramref name="isPlace"/> says the articles name it as one: "Countryside march" is the march's cause, and
    /// "The march that stopped a law" names none.
    /// </summary>
    public static IEnumerable<string> GatheringPlaces(string title, Func<string, bool> isPlace)
    {
        foreach (Match match in GatheringPlacedInTitle().Matches(title))
        {
            var named = match.Groups["place"].Success ? match.Groups["place"].Value : match.Groups["modifier"].Value;
            var place = Possessive().Replace(named, "").ToLowerInvariant();
            if (match.Groups["place"].Success || isPlace(place))
            {
                yield return place;
            }
        }
    }

    /// <summary>
    /// The places a headline says people were killed in, lowercased: "about 300 civilians executed in Moura", "at least
    /// 500 killed by troops in Moura". One headline may single out a part of the event ("Two more dead in Lubbock"); a
    /// place several headlines kill in is the event's.
    /// </summary>
    public static IEnumerable<string> KilledInTitle(string title) => PlacesMatched(KillingPlacedInTitle().Matches(title));

    /// <summary>
    /// The areas a headline names by their kind or their officials, lowercased: "kursk" for "Russia's Kursk region" and for
    /// "Kursk governor says". An area several headlines name is the event's.
    /// </summary>
    public static IEnumerable<string> AreasInTitle(string title) => PlacesMatched(AreaNamedInTitle().Matches(title));

    /// <summary>
    /// The places an article's opening sentence puts the event's site in, lowercased: "hit a crowded funeral hall in
    /// the Yemeni capital Sanaa", "bombed the funeral hall in Sanaa". One article may open on a part of the event; a
    /// place several articles open on is the event's.
    /// </summary>
    public static IEnumerable<string> SitePlacedInOpening(string text)
    {
        var opening = LeadSentence().Match(text);
        return opening.Success ? PlacesMatched(SitePlacedIn().Matches(opening.Value)) : [];
    }

    // The "place" groups of a headline's matches, lowercased, without a possessive, each once.
    private static IEnumerable<string> PlacesMatched(MatchCollection matches)
        => matches.Select(m => Possessive().Replace(m.Groups["place"].Value, "").ToLowerInvariant()).Distinct(StringComparer.Ordinal);

    /// <summary>Whether the verb at <paramref name="verbIndex"/> says what began: "began supplying", "started sending".</summary>
    public static bool IsBeginning(string sentence, int verbIndex) => BeganBefore().IsMatch(sentence.AsSpan(0, verbIndex));

    /// <summary>
    /// Whether a sentence turns to another story: "Separately, a jet crashed...", "In a separate incident", "In other
    /// news". "Elsewhere" is left out: elsewhere in the country is often the same event.
    /// </summary>
    public static bool OpensOtherStory(string sentence) => OtherStory().IsMatch(sentence);

    /// <summary>
    /// Whether a sentence after the story's opening turns to the loss of another craft: "On Friday another boat
    /// capsized south of Lampedusa; at least 34 people died". Read only after the story has counted something: as its
    /// opening ("Another Boeing 737 Max crashed on Sunday, killing 157") the craft is the story's own.
    /// </summary>
    public static bool TellsOfOtherCraft(string sentence) => OtherCraftLost().IsMatch(sentence);

    /// <summary>The time of day a sentence gives its figures for ("by late evening", "as of 11 a.m."), lowercased, or "".</summary>
    public static string TimeOfDay(string sentence) => TimeOfDayCue().Match(sentence) is { Success: true } time ? time.Value.ToLowerInvariant() : "";

    // Where the counted were found, taken or kept, when that makes them a part: the dead anywhere, the living only in a
    // hospital or pulled from somewhere. The site or the wreckage of the event is all of it, no part, and so is what
    // buried or swept them away: "recovered from the rubble", "from the mudslide", "from the sea".
    private static Match Recovered(string sentence, int start, int end, int clauseLength)
    {
        var match = RecoveredFrom().Match(sentence, end, clauseLength);
        return !match.Success || match.Groups["found"].Success || NamesTheDead().IsMatch(sentence.AsSpan(start, end - start))
            || CareFor().IsMatch(match.Groups["place"].Value) ? match : Match.Empty;
    }

    /// <summary>
    /// Whether a count of dwellings gives a building's size ("a block of about 120 flats", "the tower's 129 flats", "its
    /// 120 flats") rather than some of them ("police spoke to residents of 106 flats").
    /// </summary>
    public static bool IsBuildingSize(string sentence, int start) => BuildingSize().IsMatch(sentence.AsSpan(0, start));

    /// <summary>
    /// Whether the words after a figure say it was counted twice ("because two bodies had been counted twice", "three
    /// victims were double-counted") or wrongly among the dead ("A miner who had been listed among the dead was found
    /// alive"): the size of an error in a tally, not a tally of its own.
    /// </summary>
    public static bool IsErrorInTally(string sentence, int end) => ErrorInTally().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether the words before a figure say a tally left it out ("officials had concealed 139 deaths", "failed to report
    /// 40 deaths"): the size of the gap in a tally, not a tally of its own.
    /// </summary>
    public static bool IsLeftOut(string sentence, int start) => LeftOut().IsMatch(sentence.AsSpan(0, start));

    /// <summary>
    /// Whether a count of the dead takes in those who did it: "the 28 people who died, including the gunman and his
    /// mother", "23 dead, including the bomber", "265, including 104 coup plotters". Such a toll counts more than the
    /// victims' toll and is compared only with tolls that also take in the attackers. Another figure between them is
    /// what takes them in: "revised the toll to 49, saying the earlier figure of 50 had included the gunman", and so does
    /// an earlier figure unnamed ("saying the earlier figure had included the gunman").
    /// </summary>
    public static bool CountsPerpetrators(string sentence, int end) => PerpetratorsCounted().IsMatch(sentence.AsSpan(end));

    /// <summary>Whether a count of people is of those who did it: "the four men who carried out the bombings".</summary>
    public static bool NamesPerpetrators(string sentence, int end) => Perpetrators().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a figure counts the deaths a charge or a conviction names: "charged with killing two federal employees",
    /// "convicted of the murders of three police officers". A charge may name only some of the dead.
    /// </summary>
    public static bool IsNamedInCharge(string sentence, int start) => ChargedWith().IsMatch(sentence.AsSpan(0, start));

    /// <summary>Whether a figure follows "by" as a passive's agent: "injured by the four suicide bombers".</summary>
    public static bool IsAgentOfPassive(string sentence, int start) => ByBefore().IsMatch(sentence.AsSpan(0, start));

    /// <summary>Whether a text counts people killed on the ground, under a crash: "and 11 on the ground", "11 killed on the ground".</summary>
    public static bool CountsOnTheGround(string text) => GroundToll().IsMatch(text);

    /// <summary>
    /// Whether a text counts the dead since a start ("the number of people killed since the coup had risen to 423",
    /// "killed since protests began"): a running total of many days, of which one day's dead are a part.
    /// </summary>
    public static bool CountsDeadSinceStart(string text) => DeadSinceStart().IsMatch(text);

    /// <summary>
    /// Where a figure's victims were when the sentence says: "ground" for "11 residents were killed on the ground",
    /// "aboard" for "killing all 259 people aboard" (<paramref name="aboardApart"/>: only when the batch counts the ground
    /// apart), else null.
    /// </summary>
    public static string? CrashScope(string sentence, int end, bool aboardApart)
        => OnTheGround().IsMatch(sentence.AsSpan(end)) ? "ground" : aboardApart && OnBoard().IsMatch(sentence.AsSpan(end)) ? "aboard" : null;

    /// <summary>
    /// The craft a figure's victims were aboard when the sentence names it by its operator ("All 248 people aboard the
    /// KLM plane", "335 of those on the Pan Am jet"): in a collision each craft's dead are a part of the toll, counted for
    /// that craft. Lowercased ("klm"); null when the sentence names none.
    /// </summary>
    public static string? NamedCraft(string sentence, int end)
        => AboardNamedCraft().Match(sentence, end) is { Success: true } craft ? craft.Groups["name"].Value.ToLowerInvariant() : null;

    /// <summary>
    /// Whether a figure counts people not caught ("with five suspects still at large", "three gunmen remain on the
    /// run"): not the arrests a sentence's verb counts.
    /// </summary>
    public static bool IsAtLarge(string sentence, int end) => AtLarge().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// The cause a figure's dead died of when its sentence sets two figures' causes side by side ("about 2,000 died in
    /// fighting and about 100 died of exhaustion", "12 died in landslides and 30 in floods"), lowercased: each counts a
    /// part of the toll, not the whole. Null when the sentence names one cause or none.
    /// </summary>
    public static string? CauseListed(string sentence, int end)
    {
        if (CausesListed().Match(sentence) is not { Success: true } listed || listed.Groups["first"].Value == listed.Groups["second"].Value)
        {
            return null;
        }

        var cause = DiedOf().Match(sentence, end);
        return cause.Success && (cause.Groups["cause"].Index == listed.Groups["first"].Index || cause.Groups["cause"].Index == listed.Groups["second"].Index)
            ? cause.Groups["cause"].Value
            : null;
    }

    /// <summary>
    /// The city whose authority a speaker is ("Paris police chief", "Lyon prefecture"), lowercased; null or "" when the
    /// speaker is none, or names a day or something <paramref name="isWhole"/> says is no city (a country, a nationality).
    /// </summary>
    public static string? AuthorityPlace(string speaker, Func<string, bool> isWhole) => PlaceName(SpeakingAuthority().Match(speaker), speaker, isWhole);

    /// <summary>
    /// How many days from the story's day a sentence places what it says: -7 for "A week earlier, organisers had
    /// counted...", -2 for "two days before", 7 for "A week later, organisers put the crowd at..."; null when it does not.
    /// </summary>
    public static int? DayShift(string sentence)
    {
        if (ShiftedBy().Match(sentence) is not { Success: true } shift)
        {
            return null;
        }

        var number = shift.Groups["n"].Value;
        var count = int.TryParse(DecimalDigits.ToAscii(number), CultureInfo.InvariantCulture, out var parsed) ? parsed : DateReader.WordNumber(number);
        var days = shift.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? count * 7 : count;
        return count == 0 ? null : shift.Groups["later"].Success ? days : -days;
    }

    /// <summary>
    /// The thing a length measures and which way, when the sentence names it: "its 93-metre spire" and "the spire stood
    /// 96 metres high" (the spire, lengthwise), "the alley is 3.2 metres wide" (the alley, "wide"), "Jezero Crater, 45
    /// kilometres wide"; null when it names none. Length and height are one extent; width and depth are told apart.
    /// </summary>
    public static (string Thing, string Dimension)? MeasuredThing(string sentence, int start, int end)
    {
        if (HyphenatedUnit().IsMatch(sentence.AsSpan(start, end - start)) && CompoundMeasure().Match(sentence, end, sentence.Length - end) is { Success: true } compound)
        {
            var named = compound.Groups["thing"].Value;
            return FunctionWords.Contains(named) ? null : (named.ToLowerInvariant(), Dimension(compound.Groups["dim"].Value));
        }

        if (DimensionAfter().Match(sentence, end, sentence.Length - end) is not { Success: true } dimension)
        {
            return null;
        }

        // The subject opens the sentence: a sentence too long for one ("... 40 metres long") is a list, not a description.
        var thing = start <= MaxSubjectReach && MeasuredSubject().Match(sentence, 0, start) is { Success: true } subject ? subject.Groups["thing"].Value
            : Appositive().Match(sentence, 0, start) is { Success: true } appositive ? appositive.Groups["thing"].Value
            : ThingBeforeMeasure().Match(sentence, 0, start) is { Success: true } before ? before.Groups["thing"].Value
            : null;
        return thing is null || FunctionWords.Contains(thing) ? null : (thing.ToLowerInvariant(), Dimension(dimension.Groups["dim"].Value));
    }

    /// <summary>
    /// The party a count of seats is won or held by, lowercased, without "the" or "party": "labour" in "The Labour Party
    /// won 412" and "whose Labour Party won 411", "conservatives" in "The Conservatives, with 121"; null when none is
    /// named just before the figure.
    /// </summary>
    public static string? SeatHolder(string sentence, int start)
    {
        if (SeatsWonBy().Match(sentence, 0, start) is not { Success: true } won)
        {
            return null;
        }

        var party = won.Groups["party"].Value;
        party = party.StartsWith("The ", StringComparison.Ordinal) ? party["The ".Length..] : party;
        party = party.EndsWith(" Party", StringComparison.Ordinal) ? party[..^" Party".Length] : party;
        return party.Length == 0 || FunctionWords.Contains(party) ? null : party.ToLowerInvariant();
    }

    /// <summary>
    /// Whether a length is how high above the ground something was: "dangling about 900 feet above a ravine", "hung
    /// about 274 metres above the ground", "stuck at a height of 1,200 feet". Not a height above the sea, which places a
    /// town.
    /// </summary>
    public static bool IsHeightAboveGround(string sentence, int start, int end)
        => AboveGroundAfter().IsMatch(sentence.AsSpan(end)) || AtHeightBefore().IsMatch(sentence.AsSpan(0, start));

    /// <summary>
    /// Whether a figure counts what someone did weeks or more before, inside the clause that tells of it: "three months
    /// after gunmen killed 145 people at a concert hall near Moscow". That deed is another event, and its place no
    /// place of this one's figures. "a day after security forces killed 19 demonstrators" is this story's, and "Three
    /// months after gunmen stormed the hotel, the inquiry put the toll at 22" counts past the clause.
    /// </summary>
    public static bool IsEarlierDeed(string sentence, int start) => EarlierDeed().IsMatch(sentence.AsSpan(0, start));

    /// <summary>
    /// Whether a figure's clause places it "there" ("The state had said 14 patients died there"), pointing back at a
    /// place named before, which may be in the paragraph before.
    /// </summary>
    public static bool PointsThere(string sentence, int end) => ThereAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// The candidate or party a share of the vote is given to, by the last word of their name, lowercased: "maduro" in
    /// "President Nicolas Maduro won 51.2 percent", "declared Maduro the winner ... with 51.2 percent", "against 30
    /// percent for Maduro", "to Maduro's 43.18 percent", "gave Maduro 62.8 percent"; null when the sentence tells of no
    /// vote or names no one the share is given to.
    /// </summary>
    public static string? VoteHolder(string sentence, int start, int end)
    {
        if (!ElectionWords().IsMatch(sentence) || SurveyWords().IsMatch(sentence))
        {
            // "A poll gave Remain 52 percent": a survey's share is a forecast of the vote, not a count of it.
            return null;
        }

        var holder = VoteWonBefore().Match(sentence, 0, start) is { Success: true } won ? won
            : VoteGivenAfter().Match(sentence, end, sentence.Length - end) is { Success: true } given ? given
            : null;
        if (holder is null)
        {
            // "96.77 percent of voters backed joining Russia", "55 percent of ballots rejected the plan": a
            // referendum's side, named as "Yes" and "No" are.
            return ReferendumSideAfter().Match(sentence, end) is { Success: true } side ? (side.Groups["no"].Success ? "no" : "yes") : null;
        }

        if (holder.Groups["pronoun"].Success)
        {
            // "Mondlane said his own count showed he had won 53 percent", "confirmed Chapo's victory on Monday but cut
            // his share to": the one who speaks of his own share, or whose victory the sentence names ("Maduro's rival
            // said he had won" names no one).
            return PronounsCandidate().Matches(sentence[..holder.Index]).LastOrDefault()?.Groups["name"].Value.ToLowerInvariant();
        }

        var name = Possessive().Replace(holder.Groups["name"].Value, "");
        name = name.EndsWith(" Party", StringComparison.Ordinal) ? name[..^" Party".Length] : name;
        var last = name[(name.LastIndexOf(' ') + 1)..];
        return FunctionWords.Contains(last) || IsCalendarName(last) ? null : last.ToLowerInvariant();
    }

    /// <summary>
    /// Whether a sentence gives a count still under way: "With 83.8 percent of votes counted in the quick count,
    /// Morales had 45.7 percent", "partial results". Its shares are updated by the final count, not contradicted by it.
    /// (A result declared "with 80 percent of ballots counted" is the authority's result.)
    /// </summary>
    public static bool IsCountUnderWay(string sentence) => CountUnderWay().IsMatch(sentence);

    /// <summary>
    /// The places a text names a vote as held by, lowercased: "Crimea's referendum", "the Crimea referendum",
    /// "a referendum in Crimea". A share of such a vote placed there counts the whole vote.
    /// </summary>
    public static IEnumerable<string> VotePlaces(string text)
        => VoteOfPlace().Matches(text).Concat(VoteNamedByPlace().Matches(text)).Select(m => m.Groups["name"].Value.ToLowerInvariant());

    /// <summary>
    /// Whether a place is the one whose vote the sentence names as a whole ("turnout in Crimea's referendum",
    /// "Scotland's independence vote"): a share of it counts the whole vote, not a part of some larger one.
    /// </summary>
    public static bool IsPlaceOfVote(string sentence, string place)
    {
        if (place.Length == 0)
        {
            return false;
        }

        for (var m = VoteOfPlace().Match(sentence); m.Success; m = m.NextMatch())
        {
            if (m.Groups["name"].Value.Equals(place, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a share counts the voters who voted: "turnout was 42.7 percent", "with turnout of 83.1 percent", "a 60
    /// percent turnout", "42 percent of registered voters cast ballots". Not a poll's forecast of it.
    /// </summary>
    public static bool IsTurnoutShare(string sentence, int start, int end)
        => !SurveyWords().IsMatch(sentence) && (TurnoutBefore().IsMatch(sentence.AsSpan(0, start)) || TurnoutAfter().IsMatch(sentence.AsSpan(end)));

    /// <summary>
    /// Whether a share of the vote is a runoff's, the clause that gives it naming the round before it: "won the runoff
    /// on Sunday with 52.2 percent", "In the second round, Erdogan took 52.2 percent", or setting it against the first
    /// round's: "Turnout was 84 percent, lower than in the first round". A runoff named after the figure ("..., so a
    /// runoff will be held") is another clause's.
    /// </summary>
    public static bool IsRunoffShare(string sentence, int start)
        => RunoffBefore().IsMatch(sentence.AsSpan(0, start)) || ThanFirstRound().IsMatch(sentence.AsSpan(start));

    /// <summary>
    /// Whether a length is how far one could see: "Visibility at the airfield was about 400 metres", "visibility was
    /// down to 200 metres", "in fog, with visibility of less than 100 metres". Not the least a rule asks for ("a
    /// minimum visibility of 1,000 metres", "required visibility of").
    /// </summary>
    public static bool IsVisibility(string sentence, int start) => VisibilityBefore().IsMatch(sentence.AsSpan(0, start));

    /// <summary>
    /// Whether a length is how far a vehicle fell: "The bus plunged about 200 metres into a gorge", "The Boeing 737
    /// fell about 35 feet into a gully", "the plane dropped more than 10,000 feet in less than a minute". Only a
    /// vehicle the sentence opens with or names just before the verb; a river or a share price falls otherwise.
    /// </summary>
    public static bool IsVehicleFall(string sentence, int start) => start <= MaxSubjectReach && VehicleFellBefore().IsMatch(sentence.AsSpan(0, start));

    /// <summary>
    /// The vehicle whose speed a figure gives, when the sentence says it was moving at it: "The train had been travelling
    /// at about 250 kilometres per hour", "the bus was going at 90 km/h"; "impact" for the speed something hit at ("it hit
    /// the surface at about 500 kilometres an hour"); null otherwise. Only vehicles and impacts: a storm's winds and its
    /// pace, a speed limit and a design speed are other figures.
    /// </summary>
    public static string? MovingThing(string sentence, int start) =>
        start > MaxSubjectReach ? null
            : MovingVehicle().Match(sentence, 0, start) is { Success: true } moving ? moving.Groups["thing"].Value.ToLowerInvariant()
            : ImpactAt().IsMatch(sentence.AsSpan(0, start)) ? "impact"
            : null;

    private static string Dimension(string word) => word.ToLowerInvariant() switch
    {
        "wide" or "across" => "wide",
        "deep" => "deep",
        _ => "",
    };

    /// <summary>
    /// The place a sentence opens with ("On Kilimanjaro, guides said..."), which the rest of its paragraph speaks of; ""
    /// when it opens with none or with a country.
    /// </summary>
    public static string OpeningPlace(string sentence, Func<string, bool> isCountry) => PlaceName(OpeningPlaceCue().Match(sentence), sentence, isCountry) ?? "";

    /// <summary>
    /// The name that opens a figure's sentence as the one whose count it is, for the caller to check it is a country or
    /// an area the articles name (<see cref="AreasNamed"/>): "Paiporta lost 45 people",
    /// "Spain recorded 11,324 deaths", "Italy had the highest toll, with 18,010", "Spain's monitoring system counted only
    /// 4,655", "Tonga's death toll stood at three". Null when the sentence opens otherwise, or when the verb says rather
    /// than counts ("Tonga's government said three people died" names a speaker). Alone says the name was followed by
    /// "alone" ("Bogo alone reported 30 deaths"), which makes its count a part wherever the name is.
    /// </summary>
    public static (string Name, bool Alone)? SubjectOfCount(string sentence, int start)
    {
        // "Sri Lanka reported more than 12,000 dead and Indonesia about 4,500": the second name counts with the first's verb.
        var match = CountingSubject().Match(sentence, 0, start) is { Success: true } opening ? opening : GappedCountingSubject().Match(sentence, 0, start);
        return match.Success ? (match.Groups["name"].Value, match.Groups["alone"].Success) : null;
    }

    /// <summary>
    /// The places a text names as areas, as written: "the town of Paiporta", "the province of Al Haouz", "Buncombe
    /// County", and what a figure may be placed in ("in North Carolina"). Days and months are left out ("in March").
    /// </summary>
    public static IEnumerable<string> AreasNamed(string text) => PlaceNames(AreaNamed().Matches(text));

    /// <summary>
    /// The area a figure's clause points back to by its kind ("Lee County's sheriff defended the decision. The county's
    /// toll rose to 55"), as written ("Lee County", "Puri" of "Puri district"): the last area of that kind named before
    /// the sentence, or null when the clause points back to none or none was named.
    /// </summary>
    public static string? AreaPointedBack(string text, int sentenceStart, string sentence, int start, int end)
    {
        var clauseStart = sentence.AsSpan(0, start).LastIndexOfAny(ClauseBreaks) + 1;
        var pointer = KindPointerBefore().Match(sentence, clauseStart, start - clauseStart);
        if (!pointer.Success)
        {
            pointer = KindPointerAfter().Match(sentence, end);
        }

        if (!pointer.Success)
        {
            return null;
        }

        var kind = pointer.Groups["kind"].Value;
        string? area = null;
        for (var named = AreaOfKind().Match(text, 0, sentenceStart); named.Success; named = named.NextMatch())
        {
            var namedKind = named.Groups["kind"].Value;
            if (namedKind.Equals(kind, StringComparison.OrdinalIgnoreCase))
            {
                // A capitalized kind is a part of the name ("Lee County"), a lowercase one is not ("Puri district").
                area = char.IsUpper(namedKind[0]) ? $"{named.Groups["name"].Value} {namedKind}" : named.Groups["name"].Value;
            }
        }

        return area;
    }

    /// <summary>The years a text's opening sentence names ("at Srebrenica in July 1995"), in the order written.</summary>
    public static IEnumerable<int> LeadYears(string text)
    {
        var lead = LeadSentence().Match(text).Value;
        for (var match = Year().Match(lead); match.Success; match = match.NextMatch())
        {
            yield return Parsing.DecimalDigits.ToInt(match.Value);
        }
    }

    /// <summary>The one-word places a text puts something in, on, at or near: "on Everest", "at Lekki", "in Bucha".</summary>
    public static IEnumerable<string> PlacesNamed(string text) => PlaceNames(PlaceNamed().Matches(text));

    /// <summary>
    /// The places a headline puts its event in: "Measles outbreak grows in West Texas". None when the title is a sentence
    /// of the text (a document with no headline of its own).
    /// </summary>
    public static IEnumerable<string> HeadlinePlaces(string title)
        => title.TrimEnd().EndsWith('.') ? [] : PlaceNames(PlaceIn().Matches(title));

    // The names the matches caught, less days and months ("in March").
    private static IEnumerable<string> PlaceNames(MatchCollection matches)
        => matches.Select(m => m.Groups["name"].Value).Where(name => !Calendar().IsMatch(name));

    /// <summary>Whether a capitalized word names a day, a month or a holiday rather than a place or a group.</summary>
    public static bool IsCalendarName(string word) => Calendar().IsMatch(word);

    // The place a cue found in text names: "" for a country (the whole), null for none or a day or month ("on Friday").
    private static string? PlaceName(Match match, string text, Func<string, bool> isCountry)
    {
        if (!match.Success)
        {
            return null;
        }

        var group = match.Groups["place"];
        if (PersonTitle().IsMatch(group.Value) || AtSomeonesRequest().IsMatch(text, group.Index + group.Length))
        {
            // "sent 2,000 troops to the country at Mr Tokayev's request": a person named after "at" is no place.
            return null;
        }

        if (JoinedNameOfGathering().IsMatch(text.AsSpan(group.Index + group.Length)))
        {
            // "had taken part in the Liberty and Livelihood march": words joined in a gathering's name are no places.
            return null;
        }

        if (OtherPlaceJoined().IsMatch(text.AsSpan(group.Index + group.Length)))
        {
            // "The combined toll in Turkey and Syria", "six people died in Tonga and Peru combined", "killed at Lekki and
            // at Alausa", "in Mozambique, Zimbabwe and Malawi": places together are the whole, not the first of them.
            return "";
        }

        // "Russia's Kursk region" and "the Kursk region" are one place; "the Tree of Life synagogue" is named by all of
        // "Tree of Life", not its first word.
        var named = NameGoesOn().Match(text, group.Index + group.Length) is { Success: true } more ? group.Value + more.Value : group.Value;
        var place = Possessive().Replace(OwnerOfPlace().Replace(named, ""), "");
        return Calendar().IsMatch(place) ? null : isCountry(place) ? "" : place.ToLowerInvariant();
    }

    /// <summary>
    /// Whether a figure counts one kind of people in a list that adds one more person: "two men and a woman who died",
    /// "a boy and three women", "was killed in a raid along with two other people"; the figure is not the number of
    /// those who died. (A kind counted in its own unit, "a police officer and three civilians", still counts its kind.)
    /// </summary>
    public static bool IsListedWithOnePerson(string sentence, int start, int end)
        => OnePersonAfter().IsMatch(sentence.AsSpan(end)) || OnePersonBefore().IsMatch(sentence.AsSpan(0, start))
            || (AlongWith().IsMatch(sentence.AsSpan(0, start)) && OthersCounted().IsMatch(sentence.AsSpan(start)));

    /// <summary>
    /// Whether a figure is a part of another ("of whom 30", "including 87,000", "30 of the 58", "N of them", "have each
    /// reported one"), or the rest of a whole some of which is told of elsewhere ("with its remaining 16 crew", "the
    /// two other survivors").
    /// </summary>
    public static bool IsPart(string sentence, int start, int end)
        => PartBefore().IsMatch(sentence.AsSpan(0, start)) || RestBefore().IsMatch(sentence.AsSpan(0, start))
            || (OwnerBefore().IsMatch(sentence.AsSpan(0, start)) && RestNumber().IsMatch(sentence.AsSpan(start, end - start))) || ListedPartBefore().IsMatch(sentence.AsSpan(0, start)) || (PartAfter().IsMatch(sentence.AsSpan(end)) && !AccountedFor().IsMatch(sentence.AsSpan(0, start)))
            || KilledByOwnStrikes().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether the sentence denies the figure it states: "3000 people did not die", "the 40 were never on board".
    /// </summary>
    public static bool IsNegated(string sentence, int end) => NegationAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether the words between two figures make the second a breakdown of the first: "passed 5,000, with 3,381 dead in
    /// Turkey", "including 19 children", "292 were in Zhengzhou, where 14 died on the subway", "the five killed were a
    /// boy and four women". A clause that sets another source against the first ("rose to 72, including 20 children, the
    /// Observatory said, while the health directorate put the toll at more than 100") gives a rival whole, not a part.
    /// </summary>
    public static bool IsBreakdown(ReadOnlySpan<char> between) => Breakdown().IsMatch(between) && !RivalClause().IsMatch(between);

    /// <summary>
    /// Whether a figure is the whole that a part before it refers back to: the 40 in "25 of the 40 had been identified"
    /// names a figure given before, whose measure this sentence does not say; the 90,000 in "30,000 of the city's
    /// 90,000 residents" is the whole the part is of. "All of its 3.9 million customers" is no part: what befell all of
    /// them befell that many. Nor is a whole that says what befell it: the 290 in "a funeral for some of the 290 people
    /// killed" is the toll.
    /// </summary>
    public static bool IsWholeReferredTo(string sentence, int start, int end)
    {
        var before = sentence.AsSpan(0, start);
        var whole = WholeOfPart().EnumerateMatches(before);
        return whole.MoveNext() && !before.Slice(whole.Current.Index, whole.Current.Length).StartsWith("all ", StringComparison.OrdinalIgnoreCase)
            && !WholeBefallen().IsMatch(sentence.AsSpan(end));
    }

    /// <summary>
    /// Whether a figure is a share of a whole that a participle says something befell, taken as the object of a verb in
    /// the past that reports nothing: "returned 104 of the schoolgirls abducted", where the participle is the whole's.
    /// </summary>
    public static bool IsShareOfWholeBefallen(string sentence, int start, int end)
        => ObjectOfVerb().IsMatch(sentence.AsSpan(0, start)) && ShareOfWholeBefallen().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a figure counts the bodies taken from one grave: "exhumed 68 bodies from a common grave", "12 bodies
    /// were found in a mass grave near the river" (one site's share of a toll). Graves in the plural ("exhumed 47
    /// bodies from shallow graves in the forest") may hold all the dead the story counts.
    /// </summary>
    public static bool IsFromOneGrave(string sentence, int end) => OneGraveAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>Whether a figure counts who was on board or down a mine: "750 people were on board", "400 migrants crammed onto the boat", "425 miners were underground".</summary>
    public static bool IsAboard(string sentence, int end) => Aboard().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a figure is what a vessel sank or crashed with: "sank with more than 1,000 people on board", whatever
    /// befell them later in the sentence ("and hundreds were feared dead").
    /// </summary>
    public static bool IsWithAboard(string sentence, int start, int end)
        => WithBefore().IsMatch(sentence.AsSpan(0, start)) && OnBoardNext().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether the figure's own verb says where the counted were when it happened, whatever the sentence goes on to:
    /// "140 guests were in the hotel when the blaze began, and 96 of them got out", "750 people were on board", "4,000
    /// had crowded inside", "about 120 people were on the footbridge", "About 200 people were believed to have been on
    /// board, and a number remain missing".
    /// </summary>
    public static bool IsPresent(string sentence, int end) => Present().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a figure says how many were in a building or a craft as "there were" tells it: "There were 40 people in
    /// the hotel when it was hit", "There were about 300 people inside the club".
    /// </summary>
    public static bool IsThereInside(string sentence, int start, int end)
        => ThereWereBefore().IsMatch(sentence.AsSpan(0, start)) && InsideAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a figure is how many live in a place: "fled the city of about 200,000 people", "a population of 90,000",
    /// "the town, home to 12,000 residents". No event befell them.
    /// </summary>
    public static bool IsPopulation(string sentence, int start) => Population().IsMatch(sentence.AsSpan(0, start));

    /// <summary>
    /// Whether the words between a whole and the figure after it make the figure those of one kind the whole includes:
    /// "60 people, including 37 children", "304 died, among them 250 students", "28 people had been killed in the Qana
    /// strike, including 16 children".
    /// </summary>
    public static bool IsIncludedKind(string sentence, int wholeEnd, int start)
        => start > wholeEnd && IncludedKind().IsMatch(sentence.AsSpan(wholeEnd, start - wholeEnd));

    /// <summary>
    /// Whether a figure is the part of a whole that one place holds, named as a part: "including 234 in Amatrice", "with
    /// 207 of the dead in Amatrice". Such a part stays its place's even where the articles name the event by that place.
    /// </summary>
    public static bool IsPartInPlace(string sentence, int start, int end)
        => PartOpening().IsMatch(sentence.AsSpan(0, start)) && PartPlacedAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>Whether a share of the dead follows a figure: "Forty-one of the dead", "12 of those killed".</summary>
    public static bool IsShareOfTheDead(string sentence, int end) => ShareOfTheDead().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a figure counts a kind among all the dead: "Among the dead were three children", "The victims included
    /// two children", "Three children were among the dead".
    /// </summary>
    public static bool IsAmongTheDead(string sentence, int start, int end)
        => AmongTheDeadBefore().IsMatch(sentence.AsSpan(0, start)) || AmongTheDeadAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>Whether a share's kind follows it: "37 of them children", "41 of the dead were children", "41 were children".</summary>
    public static bool IsKindShare(string sentence, int end) => KindShare().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// How many days before the article an occasion named after a span of time happened, when the figure's sentence
    /// counts it that way: 7 for "a week after a fire ... killed 60", 14 for "two weeks after an earthquake killed"; null
    /// otherwise. Whether that occasion is the story's own depends on when the coverage began.
    /// </summary>
    public static int? DaysSinceOccasion(string sentence, int start)
    {
        if (SpanAfterOccasion().Match(sentence, 0, start) is not { Success: true } span)
        {
            return null;
        }

        var number = span.Groups["n"].Value;
        var count = int.TryParse(DecimalDigits.ToAscii(number), CultureInfo.InvariantCulture, out var parsed) ? parsed : DateReader.WordNumber(number);
        var unit = span.Groups["unit"].Value;
        return count == 0 ? null
            : count * (unit.StartsWith("day", StringComparison.OrdinalIgnoreCase) ? 1 : unit.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 : 30);
    }

    /// <summary>
    /// Whether an article tells of gatherings in more than one place: "nationwide", "across the country", "in more than
    /// 200 towns", "around the world". Then a crowd it gives no place may be any of them.
    /// </summary>
    public static bool TellsOfManyPlaces(string text) => ManyPlaces().IsMatch(text);

    /// <summary>
    /// The wider scope a figure's clause gives it, when it counts many gatherings: "the whole world" for "took part in
    /// protests in about 60 countries", "in marches around the world"; "the whole country" for "in marches across the
    /// country", "in rallies in more than 800 cities". Null when it gives none. Only a story about one place's gathering
    /// sets such a total apart: across a country is its whole where the event is national.
    /// </summary>
    public static string? WiderScope(string sentence, int end)
    {
        var clause = sentence.AsSpan(end);
        var cut = clause.IndexOfAny(";.");
        var match = WiderScopeAfter().Match(sentence, end, cut < 0 ? clause.Length : cut);
        return !match.Success ? null : match.Groups["world"].Success ? "the whole world" : "the whole country";
    }

    /// <summary>
    /// The country a sentence opens by counting across ("Across the United States, the winter storm has killed at least
    /// 60 people", "Nationwide, ...") or whose toll it gives ("The death toll from days of heavy rain across the
    /// country rose to 37"): "country" when it names none. Null when the sentence does neither.
    /// </summary>
    public static string? CountryWideOpening(string sentence, int start)
        => CountryWideBefore().Match(sentence, 0, start) is { Success: true } opening
            ? opening.Groups["country"].Success ? opening.Groups["country"].Value : "country"
            : null;

    /// <summary>
    /// Whether a figure counts who watched from afar: "watched by an estimated one billion people", "2 billion people
    /// watched the rescue on television". An audience is no crowd at the event and nothing befell it.
    /// </summary>
    public static bool IsAudience(string sentence, int start, int end)
        => AudienceBefore().IsMatch(sentence.AsSpan(0, start)) || AudienceAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a figure counts who watched from the place itself: "About 300,000 spectators watched from the
    /// riverbanks", "was watched by 326,000 people from the quays". Such watchers are the event's crowd.
    /// </summary>
    public static bool IsWatchingOnSite(string sentence, int start, int end)
    {
        if (AudienceBefore().IsMatch(sentence.AsSpan(0, start)))
        {
            return OnSite().IsMatch(sentence.AsSpan(end));
        }

        return AudienceAfter().Match(sentence, end, sentence.Length - end) is { Success: true } watched
            && OnSite().IsMatch(sentence.AsSpan(watched.Index + watched.Length));
    }

    /// <summary>
    /// Whether a figure counts who did the act to someone named after it: "six police officers killed him", "two
    /// passengers overpowered the attacker", "Two people inside the club confronted and subdued the gunman". No one
    /// counted there befell it.
    /// </summary>
    public static bool IsDoerOfAct(string sentence, int end) => DoerOfAct().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a figure counts those left in need: "left about 650,000 in need of help", "2 million people in urgent
    /// need of aid". They are no toll and no crowd, whatever the sentence counted before.
    /// </summary>
    public static bool IsInNeed(string sentence, int end) => InNeedAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a figure counts who did something to a crowd: "about 15 men had sprayed a poisonous substance into the
    /// crowd", "three men threw stones at the crowd". They are not the crowd the sentence names.
    /// </summary>
    public static bool IsActingOnCrowd(string sentence, int end) => ActedOnCrowd().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a count of troops says how many are at a base: "the troops at the base, an estimated 2,000 of them",
    /// "some 2,500 troops at the garrison".
    /// </summary>
    public static bool IsGarrison(string sentence, int start, int end)
        => GarrisonBefore().IsMatch(sentence.AsSpan(0, start)) || GarrisonAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a sentence places who it counts at a gathering: "during the funeral", "at the concert", "attending the
    /// mass". Read only where no act is named: "killed at a funeral" counts the dead.
    /// </summary>
    public static bool IsAtGathering(string sentence) => AtGathering().IsMatch(sentence);

    /// <summary>Whether a sentence speaks of a fire: "the fire covered", "the blaze's area", "the wildfire".</summary>
    public static bool IsAboutFire(string sentence) => AboutFire().IsMatch(sentence);

    /// <summary>
    /// Whether a count of troops says how many are in a named country or region: "about 2,000 American troops are in
    /// Syria", "there were roughly 900 troops in Syria". A force present somewhere has been deployed there.
    /// </summary>
    public static bool IsStationedIn(string sentence, int start, int end)
        => StationedAfter().IsMatch(sentence.AsSpan(end))
            || (ThereBefore().IsMatch(sentence.AsSpan(0, start)) && InNamedPlace().IsMatch(sentence.AsSpan(end)));

    /// <summary>
    /// Whether a figure counts what a vehicle carried: "a jet carrying 181 people", "was carrying some 400 migrants",
    /// "the passengers included 35 Spaniards", "much of its cargo of 77,000 tonnes", and what a bridge or a stand bore:
    /// "swayed under the weight of about 8,000 people".
    /// </summary>
    public static bool IsCarrying(string sentence, int start) => Carrying().IsMatch(sentence.AsSpan(0, start));

    /// <summary>
    /// Whether an amount is what a bomb, a truck or a hold was filled with: "the device contained about 1,000 pounds of
    /// explosives", "the truck held 4,800 pounds", "the bomb weighed as much as 7,000 pounds".
    /// </summary>
    public static bool IsCharge(string sentence, int start) => Charge().IsMatch(sentence.AsSpan(0, start));

    /// <summary>
    /// Whether a figure adds to another rather than totals: "another 64 bodies", "a further 2,000", "12 more", "one more victim",
    /// "the toll rose to 61 after two people died in hospital", "revised the toll down by more than 100".
    /// </summary>
    public static bool IsIncrement(string sentence, int start, int end)
        => IncrementBefore().IsMatch(sentence.AsSpan(0, start)) || RiseCause().IsMatch(sentence.AsSpan(0, start)) || IncrementAfter().IsMatch(sentence.AsSpan(end))
            || (IncrementInside().IsMatch(sentence.AsSpan(start)) && !IsComparedWithBaseline(sentence, end)) || ChangeBy().IsMatch(sentence.AsSpan(0, start));

    /// <summary>
    /// Whether the clause from <paramref name="index"/> compares with a baseline ("more people than usual had died",
    /// "more people died in France than would have been expected"): excess deaths, a total, not an increment or a plan.
    /// "more than 500" is no baseline.
    /// </summary>
    public static bool IsComparedWithBaseline(string sentence, int index) => Baseline().IsMatch(sentence.AsSpan(index));

    /// <summary>
    /// Whether a figure counts others that bring a total the sentence goes on to give to it: "Twelve other people were hurt
    /// in the rush to escape, bringing the total of injured to 70". It adds to the total, whatever the others were hurt
    /// by. ("seven people are still missing, bringing the toll to 32" counts the missing themselves.)
    /// </summary>
    public static bool AddsOthersToTotal(string sentence, int start, int end)
        => CountsOthers(sentence, start, end) && BringingTotalAfter().IsMatch(sentence.AsSpan(end));

    /// <summary>
    /// Whether a day is given as a night that runs into the next day ("late on Sunday night", "on the night of Sept.
    /// 10": 1) or as the early hours that a night before runs into ("in the early hours of Monday", "before dawn on
    /// Monday": -1); 0 for a day given as a day.
    /// </summary>
    public static int NightOf(string sentence, int start, int end)
        => NightAfter().IsMatch(sentence.AsSpan(end)) || NightBefore().IsMatch(sentence.AsSpan(0, start)) ? 1
            : EarlyHoursBefore().IsMatch(sentence.AsSpan(0, start)) ? -1
            : 0;

    [GeneratedRegex(@"^\s+night\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NightAfter();

    [GeneratedRegex(@"\b(?:(?:on\s+)?the\s+night\s+of|overnight\s+(?:on|into))\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NightBefore();

    [GeneratedRegex(@"\b(?:(?:in\s+)?the\s+(?:early|small|pre-dawn)\s+hours\s+of|before\s+dawn\s+on|pre-dawn\s+on)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlyHoursBefore();

    /// <summary>
    /// Whether a figure counts others than someone the story has already named ("Four other people were killed in the
    /// raid"): for the dead, a part of the toll, which takes in the one named too.
    /// </summary>
    public static bool CountsOthers(string sentence, int start, int end) => OthersInside().IsMatch(sentence.AsSpan(start, end - start));

    [GeneratedRegex(@",\s*(?:(?:which|who)\s+(?:put|puts|estimated|estimates|counted|counts|gave|gives|said|says)|putting|estimating|counting)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerRelativeClause();

    // ", which killed 228,000", "accidents in 1961 and 1967, in which two people had died": the clause that holds the
    // year goes on to the figure.
    [GeneratedRegex(@"^[,;]\s*(?:(?:in|during|at|on)\s+which|which|that|who|whose|when|where)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClause();

    // Another shock than the batch's event: "an aftershock of magnitude 5.9", "a second strong quake, of magnitude 6.8",
    // "a second, stronger earthquake of magnitude 7.3", "a fresh 6.7 tremor", "a second wave of explosions ... killed
    // 20", "a further magnitude 6.3 quake struck the province on Wednesday, killing one person" (and "..., killing one
    // person and injuring about 120"); or one of several:
    // "the larger of the two blasts had a magnitude of 2.3".
    [GeneratedRegex(@"\b(?:aftershocks?|(?:second|another|new|fresh|later|further)(?:,?\s+(?:stronger|larger|bigger|smaller|weaker|more\s+powerful|deadlier))?,?\s+(?:(?:wave|round|series|set)\s+of\s+|(?:magnitude[\s-]+)?\d+(?:\.\d+)?[\s-]+|\w+\s+)?(?:quake|earthquake|tremor|shock|blast|explosion)s?|(?:larger|smaller|bigger|stronger|weaker|first|second)\s+of\s+the\s+(?:two|three|four|several)\s+(?:\w+\s+)?(?:quakes|earthquakes|tremors|shocks|blasts|explosions))\b(?:[^.;]{0,40}|[^.;,]{0,60},\s+(?:killing|injuring|wounding)\s+(?:[^.;,]{0,40}?\s+and\s+(?:injuring|wounding)\s+)?(?:(?:at\s+least|more\s+than|about|some)\s+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherShock();

    // "The party had won 303 seats in the last election": a result of another vote than the one the story is about.
    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:in|at)\s+the\s+(?:last|previous|preceding|prior|past)\s+(?:general\s+|national\s+|parliamentary\s+|presidential\s+|regional\s+|local\s+)?(?:election|elections|vote|poll|polls|race|contest|referendum)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreviousContest();

    // The subject of the figure's clause is another bomb: "A second device thrown from a bridge at a pier on Tuesday hurt
    // no one", "another bomb left at the station killed two".
    [GeneratedRegex(@"\b(?:second|another|third)\s+(?:\w+\s+)?(?:bomb|device)\b[^.;,]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherBomb();

    // The figure's sentence opens on an incident of its own: "A fire at a shoe factory in Lahore on the same day killed
    // 25 people", "In a separate attack, ...", "Separately, ...".
    [GeneratedRegex(@"^\W*(?:(?:In\s+)?an?\s+separate\s+[\p{Ll}-]+\b|Separately,|(?:An?|Another)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:fire|blaze|blast|explosion|attack|shooting|bombing|crash|collapse|stampede)\b[^.;]{0,80}?\b(?:on\s+the\s+same\s+day|the\s+same\s+day|that\s+same\s+day)\b)[^.;]{0,80}$", RegexOptions.CultureInvariant)]
    private static partial Regex SeparateIncident();

    // The figure's clause answers the event with an act of its own: "The United States and South Korea responded by
    // firing four missiles into the sea", "Israel retaliated with 50 air strikes".
    [GeneratedRegex(@"\b(?:responded|retaliated|hit\s+back|struck\s+back)\s+(?:by|with)\b[^.;,]{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex Retaliation();

    // "In the shootout that followed, the couple fired 76 rounds at officers": a later fight, not the attack itself.
    [GeneratedRegex(@"\b(?:in|during)\s+(?:the|a)\s+(?:(?:ensuing|subsequent|later)\s+(?:shootout|gunfight|firefight|gun\s+battle|exchange\s+of\s+fire|chase|pursuit)\b|(?:shootout|gunfight|firefight|gun\s+battle|exchange\s+of\s+fire|chase|pursuit)\s+(?:that|which)\s+followed\b)[^.;]{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LaterEngagement();

    // "The verdict set off riots in Port Said in which at least 30 people were killed": unrest the event or its aftermath
    // caused, another occasion.
    [GeneratedRegex(@"\b(?:set\s+off|sparked|triggered|touched\s+off|provoked|unleashed)\s+(?:(?:new|fresh|further|deadly|violent|days\s+of|weeks\s+of)\s+)*(?:riots|rioting|clashes|protests|unrest|violence|reprisals|fighting)\b[^.;]{0,60}?\b(?:in|during)\s+which\s+(?:[\w'’-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SparkedUnrest();

    // "Police shot dead five men ..., hours after the van attack": the forces' killing of the attackers, a later act.
    [GeneratedRegex(@"\b(?:police|officers|troops|soldiers|security\s+forces|commandos|special\s+forces)\s+(?:later\s+)?(?:shot\s+dead|killed|shot|gunned\s+down)\s+(?:at\s+least\s+|all\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KilledByForces();

    [GeneratedRegex(@"^[^.;]{0,100}?(?<!\bin\s+the\s+)\b(?:hours|days|a\s+day|the\s+day|weeks|a\s+week|shortly|soon)\s+after\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:attack|attacks|bombing|bombings|shooting|massacre|rampage|explosion|blast)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterTheAttack();

    // "measured the first quake at 7.7 and the second at 7.6": the second, its noun left out, is another shock.
    [GeneratedRegex(@"\bthe\s+(?:second|third|other|later|last)(?:\s+one)?\s+(?:at|as)\s+(?:magnitude\s+|[Mm]\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ElidedSecond();

    // "and Ian also killed two people in Cuba" opens a clause of its own: a name followed by an adverb or an auxiliary.
    [GeneratedRegex(@"^(?:\s*,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)*\s*,?\s+(?:and|&)\s+(?:(?:in|at)\s+)?(?!\p{Lu}[\p{L}'’-]*\s+(?:also|later|then|too|has|have|had|was|were|is|are|said|says)\b)\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex OtherPlaceJoined();

    // "Wildfires killed at least 41 people on Sunday and Monday, four months after the fire near Pedrogao Grande killed
    // 64", "13 people were killed when a missile hit the city on Saturday, officials said, a week after an earlier strike
    // killed 10": a killing weeks or more after another that killed too is an occasion of its own.
    [GeneratedRegex(@"^[^.;]{0,200}?,\s+(?:(?:about|some|nearly|almost|more\s+than|just|only)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)\s+(?:weeks?|months?|years?)\s+after\s+(?:the|a|an|another)\b[^.;]{0,80}?\b(?:killed|killing|claimed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LaterKilling();

    // "Twenty soldiers died when a helicopter crashed during the rescue": the crash of a craft sent to help is an
    // accident of its own, not the disaster's toll.
    [GeneratedRegex(@"^\s+(?:[\p{L}-]+\s+){0,3}?(?:died|were\s+killed|was\s+killed)\s+when\s+(?:an?|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:helicopter|plane|aircraft|boat|vessel|truck|vehicle)\s+(?:crashed|capsized|overturned|sank)\b[^.;]{0,40}?\b(?:during|in|on)\s+(?:the\s+|a\s+)?(?:rescue|relief|evacuation|search)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RescueCraftLost();

    // "Ten people had been killed in clashes at the mine in the week before the shooting", "About 250 men marched through
    // the campus on Friday night, the eve of the rally": days before the event are another occasion.
    [GeneratedRegex(@"^[^.;]{0,120}?\b(?:(?:in|during|over)\s+the\s+(?:days?|weeks?|months?)\s+(?:before|leading\s+up\s+to)\s+the|the\s+(?:eve|night\s+before|day\s+before|evening\s+before)\s+(?:of\s+)?the)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysBeforeAfter();

    // "a 5.9 aftershock", "2.1 was recorded for the second blast".
    [GeneratedRegex(@"^(?:(?:[\s-]+magnitude)?\s+(?:aftershocks?)\b|[^.;]{0,30}?\b(?:for|of|in)\s+(?:the|a)\s+(?:second|another|later)\s+(?:\w+\s+)?(?:quake|earthquake|tremor|shock|blast|explosion)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherShockAfter();

    // "a fresh 6.7 tremor", "a second 5.9 quake", "a further magnitude 6.3 quake".
    [GeneratedRegex(@"\b(?:second|another|new|fresh|later|further)\s+(?:magnitude[\s-]+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherBefore();

    [GeneratedRegex(@"^(?:[\s-]+magnitude)?\s+(?:quake|earthquake|tremor|shock|blast|explosion)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShockAfter();

    [GeneratedRegex(@",\s+(?:including|among\s+them|with)\s+(?:(?:about|some|nearly|at\s+least|more\s+than)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartOpening();

    [GeneratedRegex(@"^\s+(?:of\s+(?:the\s+dead|them|those\s+killed|the\s+victims)\s+)?in\s+(?:the\s+(?:town|city|village)\s+of\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex PartPlacedAfter();

    [GeneratedRegex(@"(?:\b(?:could|may|might|would|will|is\s+likely\s+to|are\s+likely\s+to|(?:is|are|was|were)\s+(?:feared|expected|projected|forecast)\s+to)\s+(?:\w+\s+){0,2}?(?:(?:reach|rise|climb|go|top|exceed|hit|surpass|pass|increase|grow|double)\w*|be(?=\s+as\s+(?:high|many)\s+as\b))(?:\s+up)?(?:\s+to|\s+as\s+high\s+as|\s+above|\s+beyond)?|\bwhether(?:\s+[\d,.]+\s+or)?)\s+(?:(?:about|around|some|more\s+than|over|as\s+many\s+as|at\s+least)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Forecast();

    // "the real death toll", "the true number of dead", then no break before the modal.
    [GeneratedRegex(@"\b(?:real|true|actual)\s+(?:death\s+)?(?:toll|number|figure|count)\b[^,;.]{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RealCountBefore();

    [GeneratedRegex(@"\b(?:could|may|might)\s+(?:well\s+)?be\s+as\s+(?:high|many)\s+as\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RealCountGuessed();

    [GeneratedRegex(CountRaised + RaisedFigureQualifier + @"\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountRaisedBefore();

    [GeneratedRegex(@"\btoll" + RaisedAfterCount + RaisedFigureQualifier + @"\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TollRaisedBefore();

    [GeneratedRegex(@"\b(?:two|three|four|five|six|both|\d+)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:crashes|attacks|bombings|earthquakes|quakes|storms|hurricanes|cyclones|typhoons|explosions|blasts|shootings|disasters|accidents|fires|floods|strikes)\s+(?:(?:in|over|within)\s+(?:the\s+(?:past|last)\s+)?(?:[\p{Ll}\d-]+\s+)?(?:months|years|weeks)|(?:months|years|weeks)\s+apart|in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*\s+and\s+\p{Lu}[\p{L}'’-]+)\b[^.;:]{0,40}?\b(?:killed|killing|claimed|left)\s+(?:a\s+combined\s+|a\s+total\s+of\s+)?(?:(?:at\s+least|more\s+than|nearly|about|some|over|almost)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeveralEventsKilled();

    [GeneratedRegex(@"^\s+(?:[\p{L}-]+\s+){0,2}?(?:were|was|have\s+been|had\s+been)\s+(?:killed|shot\s+dead|murdered)\s+(?:in|during|over)\s+(?:the\s+)?(?:two|three|four|five|six|seven|several|\d+)\s+(?:days|nights)\s+of\s+(?:[\p{Ll}-]+\s+)?(?:attacks|bombings|shootings|killings)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysOfAttacksAfter();

    [GeneratedRegex(@"^\s+(?:[\p{L}-]+\s+){0,3}?(?:over|during|in|across)\s+(?:the\s+)?(?:two|three|four|five|six|seven|several|\d+)\s+(?:nights|days|weekends)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeveralDaysAfter();

    [GeneratedRegex(@"\b(?:killed|died|dead|deaths)\b[^.;]{0,80}?\bsince\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:coup|protests?|demonstrations|uprising|unrest|crackdown|revolt|takeover)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeadSinceStart();

    // "both countries", "the two countries", "all the countries".
    private const string CountriesTogether = @"(?:both|the\s+two|the\s+three|all\s+(?:the\s+)?(?:\w+\s+)?)\s*countries\b";

    [GeneratedRegex(@"\b(?:in|across|for)\s+" + CountriesTogether + @"[^.;,]{0,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountriesTogetherBefore();

    [GeneratedRegex(@"^[^.;,]{0,30}?\b(?:in|across)\s+" + CountriesTogether, RegexOptions.CultureInvariant)]
    private static partial Regex CountriesTogetherAfter();

    [GeneratedRegex(@"(?<![\d,.])" + YearNumber + @"(?!\d|[,.]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    // A year in digits, from 1800 to 2099.
    private const string YearNumber = @"(?:1[89]\d\d|20\d\d)";

    [GeneratedRegex(@"\G[^;:.!?]{0,60}?\s(?:(?:between|from)\s+" + YearRange + @"|(?:in|during|over)\s+(?:the\s+(?:years|period)\s+)?(?<from>" + YearNumber + @")\s*[-–]\s*(?<to>" + YearNumber + @"))(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearsAfter();

    [GeneratedRegex(@"(?:^|[,;]\s)\W*(?:between|from)\s+" + YearRange + @",?\s+(?:[\p{L}'’-]+\s+){0,6}?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearsBefore();

    private const string YearRange = @"(?<from>" + YearNumber + @")\s+(?:and|to|through|until)\s+(?<to>" + YearNumber + @")(?!\d)";

    [GeneratedRegex(@"\bbodies\s+of\s+(?:some\s+|about\s+|around\s+|at\s+least\s+|more\s+than\s+|over\s+|nearly\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodiesOf();

    // "killing 20 people there", "12 people were killed there".
    [GeneratedRegex(@"^(?:\s+[\p{Ll}-]+){0,3}?\s+there\b(?!\s+(?:was|were|is|are|had|have|has)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ThereAfter();

    // The last place named in, at or inside before the figure, closed by a comma: "in the site's crowded cafe, killing".
    [GeneratedRegex(@"\b(?:in|at|inside)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}(?<place>[\p{L}-]+)(?=\s*,)(?![^.;]*\b(?:in|at|inside)\s+(?:the|a|an)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBeforeThere();

    // A text's first sentence: up to its first full stop before a capital, or its first line.
    [GeneratedRegex(@"\A[^\n]*?(?:[.!?](?=\s+\p{Lu})|(?=\n)|\z)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadSentence();

    // A cue before the figure that sets it against another moment: "up from", "compared with", "higher than on",
    // "against" a figure ("against 400 a year before"; not "a march against internment"), "the previous record", "the
    // largest since the", "to 97, from 115". "more than" and "fewer than" qualify a figure; they compare nothing; nor
    // does "last year" that dates the event a relative clause goes on to count ("the crush last year, in which 45
    // people were killed"), nor a start a running total counts from ("the number of people killed since the coup had
    // risen to 423").
    [GeneratedRegex(@"\b(?:up|down)\s+(?:from|on)\b|\bcompared\s+(?:with|to)\b|(?<!\b(?:more|less|fewer|no|rather|other)\s)\bthan\b|\bagainst\s+(?:the\s+|an?\s+)?(?=\d|(?:[\p{L}'’-]+\s+){0,3}?(?:figures?|estimates?|tolls?|counts?|tally|totals?|numbers?|forecasts?|high|low|record|peak|average)\b)|\bthe\s+previous\b|\blast\s+(?:year|time)\b(?!,\s+(?:in\s+which|which|when)\b)|\ba\s+year\s+(?:earlier|before|ago)\b|\brecord\b|\b(?:largest|biggest|highest|lowest|worst|deadliest|bloodiest|most|fewest|least|first|strongest|heaviest|greatest)\b[^,.;]{0,60}?\bsince\s+the\b|\bfor\s+comparison\b|\d,\s+from\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();

    [GeneratedRegex(@",\s+(?:in|at)\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*),\s+(?:\p{Ll}+\s+){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex AppositivePlace();

    // A figure the sentence says was given before the article's day: "The state had earlier put the number of injured
    // at 47", "officials had previously said", "saying the earlier figure of 103 had been reached".
    [GeneratedRegex(@"\bhad\s+(?:earlier|previously|initially|first)\s+(?:put|given|gave|said|reported|counted|estimated|announced|listed)\b|\b(?:an?|the|its|their)\s+(?:earlier|initial|original|preliminary)\s+(?:death\s+)?(?:figure|toll|count|tally|estimate)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EarlierGiven();

    // The figure's own clause sets it at the start of what the story follows: "300,000 reservists were called up in the
    // first days of the war", a figure of then, not of the article's day.
    [GeneratedRegex(@"^[^.;,]{0,40}?\b(?:in|during|within)\s+the\s+(?:first|opening|early)\s+(?:few\s+)?(?:hours|days|weeks|months)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningDays();

    // A sentence that sets its figure at a visit it opens with: "When I left the island, after the storm had hit, they had
    // anywhere from 6 to 18 deaths", a count of then.
    [GeneratedRegex(@"^\W*When\s+(?:[\p{L}'’-]+\s+){1,5}?(?:left|visited|toured|arrived|landed|flew)\b[^.;]*,\s+[^.;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex WhenVisiting();

    // A clause after the figure that says someone gave it before: "far below the 2,445 that the ministry had given on
    // Wednesday".
    [GeneratedRegex(@"^\s+(?:that|which)\s+(?:[\p{L}'’-]+\s+){1,5}?had\s+(?:earlier\s+|previously\s+|first\s+|initially\s+)?(?:given|reported|announced|put|cited|issued|estimated|published)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GivenEarlierAfter();

    // A participle clause after a figure that takes the same quantity to another moment: "62,000 barrels a day at
    // first, falling to".
    [GeneratedRegex(@"\d[^.;]*,\s+(?:falling|dropping|declining|easing|slowing|shrinking|rising|climbing|growing|increasing)\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LaterState();

    // Another occasion opened by when it was and what happened then: "Two weeks ago a crane toppled", "Last November a
    // fire at another factory killed 112", or set weeks apart from this one: "came a month after a fire in Shanxi
    // killed 26", or told as the one before this: "the second crash of the model in five months, after a Lion Air jet
    // went down"; or another side's attack it followed: "came a day after Russia launched one of its largest air
    // attacks, which killed 39". "Three weeks ago the same panel put the flow at 12,000" is an earlier figure of this
    // one.
    [GeneratedRegex(@"^\W*(?:(?:[\w-]+|\d+)\s+(?:weeks|months|years)\s+(?:ago|earlier|before)|[Ll]ast\s+(?:week|month|year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December))\s*,?\s+(?:a|an)\s[^;]*$|\b(?:weeks?|months?|years?)\s+(?:after|before)\s+(?:a|an|another)\s[^;.]*$|\b(?:a\s+day|days|hours|weeks?|months?)\s+(?:after|before)\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:had\s+)?(?:launched|carried\s+out|staged|mounted|fired)\s+(?:a|an|another|one\s+of)\s[^;.]*$|\b(?:second|third|fourth|fifth|latest)\s+(?:[\p{L}-]+\s+){0,3}?(?:crash|attack|disaster|accident|bombing|shooting|collapse|fire|explosion|incident|quake|earthquake|derailment|sinking)\b[^;.]*?\b(?:after|following)\s+(?:a|an|another)\s[^;.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EarlierOccasion();

    // A sentence that opens with the time since an occasion tells of now in its main clause: "A year after a truck drove
    // into the crowd, the city remembered the 86 people killed" counts the occasion's dead, not another's.
    [GeneratedRegex(@"^\W*(?:[\w-]+\s+)?(?:weeks?|months?|years?)\s+after\s+(?:a|an)\s[^,;]*,\s[^;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosedTimeAfter();

    [GeneratedRegex(@"\b(?:an?\s+)?(?:earlier|previous|initial)\s+(?:version|entry|edition|update|post|draft)\s+of\s+(?:this|the)\s+(?:article|story|post|report|entry|blog|page|piece)\s+(?:incorrectly\s+|mistakenly\s+|wrongly\s+)?(?:said|stated|gave|reported|misstated|put|listed|described|referred|included|identified)\b|\b(?:an?\s+)?earlier\s+(?:entry|update|post)\s+(?:incorrectly\s+|mistakenly\s+|wrongly\s+)?(?:said|stated|gave|reported|put)\b|\b(?:this|the)\s+(?:article|story|post|report)\s+(?:has\s+been\s+corrected|previously|originally|initially)\s+(?:said|stated|gave|reported|misstated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithdrawnByCorrection();

    // What the event is set against, told of in a relative clause: "killed more people than the sinking of the Titanic,
    // in which about 1,500 died". An earlier figure of the event itself ("higher than the first estimate, which was 900")
    // is no other occasion.
    [GeneratedRegex(@"\bthan\s+(?:(?:in|at|during|after|that\s+of|those\s+of)\s+)?(?:the|a|an)\s+(?![^,;.]*\b(?:estimates?|figures?|tolls?|counts?|numbers?|tall(?:y|ies)|totals?|reports?|forecasts?|projections?)\b)[^,;.]{2,60},\s+(?:in\s+which|which|when|where|whose)\b[^;.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OccasionComparedWith();

    // The event the story's is ranked behind, told of in a relative clause: "the second-costliest U.S. hurricane after
    // Katrina, which caused $161 billion".
    [GeneratedRegex(@"\b(?:second|third|fourth|fifth)[-\s](?:costliest|deadliest|worst|largest|biggest|strongest|most\s+\w+)\b(?:[^;.]|(?<=\b\p{Lu})\.){0,60}?\b(?:after|behind)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s+(?:of|in)\s+\d{4})?,\s+(?:which|when|in\s+which|that)\b[^;.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RankedBehind();

    // "the previous deadliest disaster", and another occasion of the kind: "A previous health march in November had drawn
    // 200,000 people".
    [GeneratedRegex(@"\b(?:the\s+previous|the\s+last)\s+(?:deadliest|worst|largest|biggest|most\s+\w+|record|highest)\b|\b(?:a|an|the)\s+(?:previous|earlier|prior)\s+(?:[\p{Ll}-]+\s+){0,2}(?:march|protest|rally|demonstration|strike|walkout|quake|earthquake|storm|hurricane|typhoon|cyclone|flood|eruption|attack|bombing|crash|fire|outbreak|election|vote)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreviousOccasion();

    // "killed 82 people in Bago, bringing its count of those killed since the coup to 701": the total the part adds to,
    // wherever the part was; a place named on the way ("bringing the toll in Bago to") keeps the figure there.
    [GeneratedRegex(@"\b(?:bringing|brought|raising|taking|pushing)\s+(?:the|its|their|his|her)\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){0,8}?to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|at\s+least\s+|more\s+than\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TotalBroughtTo();

    // "nationwide", "around the world", "in more than 200 towns": gatherings in many places.
    [GeneratedRegex(@"\b(?:nationwide|countrywide|(?:across|around|throughout)\s+the\s+(?:country|nation|world|globe)|in\s+(?:(?:more\s+than|over|about|some|nearly|at\s+least)\s+)?[\d,]+\s+(?:cities|towns|countries|provinces|localities))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ManyPlaces();

    // "in six states", "across several countries", "bringing the total to 76", "in the two attacks": all the places the event reached.
    [GeneratedRegex(@"\b(?:nationwide|nationally|national(?:ly)?\s+total|the\s+(?:overall\s+|combined\s+)?total\s+(?:to|at|of|stood|rose|climbed|reached)|in\s+(?:the\s+two|the\s+three|both|all\s+the)\s+(?:attacks|bombings|blasts|explosions|shootings)|across\s+the\s+(?:country|state|region)|countrywide|statewide|in\s+all|in\s+total|overall|(?:in|across)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)\s+(?:states|countries|nations|provinces|regions|counties)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Nationwide();

    [GeneratedRegex(@"^\W*(?:nationwide|countrywide|(?:across|around|throughout)\s+the\s+(?:country|nation))\s*,[^.;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NationwideOpening();

    [GeneratedRegex(@"^\W*" + WorldwidePhrase + @"\s*,[^.;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorldwideOpening();

    [GeneratedRegex(@"^(?:\s+[\p{Ll}-]+){0,3}?\s+" + WorldwidePhrase + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex Worldwide();

    private const string WorldwidePhrase = @"(?:worldwide|world-wide|globally|(?:across|around|throughout)\s+the\s+(?:world|globe))";

    [GeneratedRegex(@"^\W*(?:[Nn]ationwide|[Cc]ountrywide|(?:[Aa]cross|[Aa]round|[Tt]hroughout)\s+(?:the\s+)?(?<country>country|nation|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*))\s*,[^.;]*$|\b(?:[Tt]oll|[Nn]umber\s+of\s+(?:dead|deaths|people\s+killed))\b[^.;,]{0,60}?\s(?:across|around|throughout)\s+the\s+(?<country>country|nation)\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|reached|jumped|stood|stands|was|is)\b[^.;,]{0,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryWideBefore();

    [GeneratedRegex(@"[\p{L}\p{N}'’-]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}&-]*(?:['’]s)?)(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"\b(?:pro-government|pro-regime|loyalist|counter-?|pro-(?-i:(?!(?:EU|Europe|European|West|Western)\b)(?<side>\p{Lu}\p{Ll}+)))\s*(?:rally|rallies|protest|protests|demonstration|demonstrations|march|marches|crowd|crowds)\b|\b(?:his|her|their)\s+(?:own\s+)?(?:rally|rallies)\b|\brally\s+(?:in\s+support\s+of|of\s+(?:his|her|their|the\s+government['’]s)\s+supporters)\b|\bsupporters['’]?\s+rally\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CounterGathering();

    [GeneratedRegex(@"\b(?:areas?|territor(?:y|ies)|parts?|regions?|bank|side|zones?|districts?)\s+(?:(?:it|they|he|she|\p{Lu}[\p{L}-]+)\s+)?(?:controls?|holds?|(?:held|controlled|occupied)\s+by)\b|\bunder\s+(?:its|their|\p{Lu}[\p{L}-]+)\s+control\b|\b[\p{L}]+-(?:held|controlled|occupied)\s+(?:areas?|territor(?:y|ies)|parts?|regions?|bank|side|zones?|districts?)\b|\boccupied\s+(?:areas?|territor(?:y|ies)|parts?|regions?|bank|zones?|districts?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeldGround();

    private const string Attacks = @"(?:(?:air|missile|drone|rocket|artillery)\s+)?(?:strikes?|attacks?|shelling|missiles?|drones?|rockets?|bombardment|bombing|raids?)";

    // A side's attacks and the verb of killing they take, up to its object: "Israeli air strikes on Iran have killed ",
    // "Pakistani shelling across the Line of Control had killed ".
    private const string AttacksKilled = @"\b(?<side>\p{Lu}[\p{L}-]+)\s+" + Attacks + @"\s+(?:(?:on|against)\s+(?<target>\p{Lu}[\p{L}-]+)\s+)?(?:[\w'’-]+\s+){0,6}?(?:have\s+|has\s+|had\s+)?(?:killed|wounded|injured)\s+";

    // After a figure, the side whose attacks it died in: " had been killed in Indian attacks", " had died in Pakistani
    // shelling and drone strikes".
    private const string DiedInAttacks = @"(?:\s+[\w'’-]+){0,6}?\s+(?:killed|wounded|injured|died|dead)\s+(?:in|by|from)\s+(?:the\s+)?(?<side>\p{Lu}[\p{L}-]+)\s+" + Attacks + @"\b";

    [GeneratedRegex(AttacksKilled + @"(?:[\w'’-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex AttackKilledBefore();

    [GeneratedRegex(AttacksKilled + @"(?:[\w'’-]+\s+){0,2}?\d|\d[\d,]*" + DiedInAttacks, RegexOptions.CultureInvariant)]
    private static partial Regex AttackerOfTheDead();

    [GeneratedRegex("^" + DiedInAttacks, RegexOptions.CultureInvariant)]
    private static partial Regex AttackKilledAfter();

    private const string DeathVerb = @"(?:died|were\s+killed|perished)";

    private const string DiedOfCause = @"\s+(?:of|from|in)\s+(?:the\s+)?";

    // "died in fighting and about 100 died of exhaustion", "died in landslides and 30 in floods".
    [GeneratedRegex(@"\b" + DeathVerb + DiedOfCause + @"(?<first>\p{Ll}{3,})\s+and\s+(?:(?:about|some|around|nearly|another|at\s+least)\s+)?(?:\d[\d,]*|\p{Ll}+(?:-\p{Ll}+)?)(?:\s+(?:more|others?))?(?:\s+" + DeathVerb + @")?" + DiedOfCause + @"(?<second>\p{Ll}{3,})\b", RegexOptions.CultureInvariant)]
    private static partial Regex CausesListed();

    // The cause right after a figure: "100 died of exhaustion", "30 in floods".
    [GeneratedRegex(@"\G(?:\s+[\p{Ll}-]+){0,2}?(?:\s+" + DeathVerb + @")?" + DiedOfCause + @"(?<cause>\p{Ll}{3,})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DiedOf();

    [GeneratedRegex(@"\b[Tt]he\s+(?<name>\p{Lu}[\p{L}-]+)\s+(?:fire|wildfire|blaze)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedFire();

    // "in Toulouse", "on the bus in Tavistock Square", "near the summit of Mount Kenya", "killed by the Kenya mudslide",
    // "moved to Russia's Kursk region", "joined the Tel Aviv rally", "when they dispersed the Rabaa al-Adawiya sit-in",
    // "during the battle to drive Islamic State out of Raqqa", "in the siege of Mariupol"; "and shattering" opens another
    // clause, and "the Lebanese capital" is the capital.
    [GeneratedRegex(@"^(?:\s+(?!(?:and|or|but)\s+\w+ing\b)[\w'’-]+){0,5}?\s+(?:(?:on|aboard|inside)\s+(?:the|a)\s+(?:bus|train|tram|coach|carriage|plane|flight|ship|ferry|boat|vessel)\s+)?(?:(?:in|on|at|across|near|outside|inside|within|through)\s+(?:the\s+)?" + Bearing + AreaOf + @"(?:(?:base\s+camp|summit|slopes?|foot)\s+of\s+)?(?:Mount\s+|Mt\.?\s+)?(?:\p{Lu}[\p{L}'’-]+\s+(?=capital\b))?(?<place>capital|city|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)|(?:by|in)\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}'’-]+)\s+(?:avalanche|landslide|mudslide|rockslide)|(?:to|into)\s+(?:the\s+)?(?:\p{Lu}\p{L}+['’]s\s+)?(?<place>capital|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:region|province|oblast|district|governorate)\b|(?:joined|attended|at|to)\s+the\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+(?:rally|march|protest|demonstration|vigil|gathering)\b|(?:dispersed|cleared|stormed|raided|broke\s+up)\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)(?:(?:\s+[\p{L}'’-]+){0,2}?\s+(?:sit-in|camp|protest\s+camp|encampment|square)\b|(?<=\sSquare))|(?:battle|fight|offensive|siege|assault)\s+(?:for|of|on|to\s+(?:re)?(?:take|capture|liberate)|to\s+drive\s+(?:[\p{L}-]+\s+){1,3}?out\s+of)\s+(?:the\s+city\s+of\s+)?(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*))", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfter();

    [GeneratedRegex(@"^(?:Mr|Mrs|Ms|Dr)\.?\s", RegexOptions.CultureInvariant)]
    private static partial Regex PersonTitle();

    // Right after a name, with its possessive inside the name or after it: "Tokayev's request".
    [GeneratedRegex(@"\G(?:(?<=['’]s)|['’]s)\s+(?:request|invitation|behest|orders?|urging|insistence|command|suggestion)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AtSomeonesRequest();

    [GeneratedRegex(@"\b(?:centred|centered|epicentre|epicenter)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EpicentreBefore();

    [GeneratedRegex(@"\bwhen\s+(?:it|the\s+(?:storm|cyclone|hurricane|typhoon|tornado|tornadoes|storms))\s+(?:tore|swept|ripped|slammed|barrelled|barreled|roared|ploughed|plowed|smashed|raced|rolled)\s+(?:across|through|over|into)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PathBefore();

    private const string Site = @"(?:airport|(?:metro|railway|train|bus|subway|underground)\s+station|station|stadium|concert\s+hall|terminal|bowling\s+alley|bar|restaurant|nightclub|cafe|supermarket|hotel|mosque|church|synagogue)";

    // "... and about 20 at the metro station", "... and three died in hospital" (those who died after the attack, a part).
    [GeneratedRegex(@"\G(?:(?:\s+(?!and\b)[\w'’-]+){0,4}?\s+(?:at|in|inside)\s+the\s+(?<site>" + Site + @")\b|\s+(?:later\s+)?died\s+(?:later\s+)?in\s+(?<site>hospital)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SiteAfter();

    [GeneratedRegex(@"\b(?:at|in|inside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]+\s+)*" + Site + @"\b|\bdied\s+(?:later\s+)?in\s+hospital\b", RegexOptions.CultureInvariant)]
    private static partial Regex SitesNamed();

    private const string OnePerson = @"(?:an?|one)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:man|woman|boy|girl|child|baby|infant|toddler|teenager|student|pupil|teacher|officer|policeman|policewoman|soldier|worker|driver|guard|tourist|resident|pilot|nurse|doctor|journalist|civilian|firefighter|passenger|person)";

    [GeneratedRegex(@"^\s+and\s+" + OnePerson + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnePersonAfter();

    [GeneratedRegex(@"\b" + OnePerson + @"\s+and\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnePersonBefore();

    [GeneratedRegex(@"\b(?:along|together)\s+with\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlongWith();

    [GeneratedRegex(@"^[\w,.-]+\s+others?\b", RegexOptions.CultureInvariant)]
    private static partial Regex OthersCounted();

    // "The five people killed were a boy and four women": the figure's own predicate lists its parts; so does a list set
    // after it ("Five people were killed, four women and a boy"). "with" opens a part right before it ("passed 5,000,
    // with 3,381 dead in Turkey"), not far from it ("a train carrying 350 people collided with a freight train ...,
    // killing at least 32").
    [GeneratedRegex(@"\bwith\s+(?:[\w-]+\s+){0,2}$|\b(?:including|among them|of whom|of which|of those|among|where)\b|^\s+(?:(?:\w+ed|dead|hurt|who\s+died)\s+)?(?:were|are)\s+(?:(?:an?|\d[\d,]*|" + SmallNumberWords + @")\b[^.;:]*?(?:,|\band)\s+)?$|^\s+(?:died|(?:were|have\s+been|had\s+been)\s+(?:killed|injured|wounded|hurt))\s*,\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Breakdown();

    [GeneratedRegex(@",\s+(?:while|whereas|but)\s", RegexOptions.CultureInvariant)]
    private static partial Regex RivalClause();

    [GeneratedRegex(@"\b(?:\d[\d,.]*(?:\s+(?:tonnes|tons|barrels|gallons|litres|liters))?|some|most|many|all|none|any|each|both|several|few|half|" + WrittenNumber + @"|dozens|hundreds)\s+of\s+(?:the|its|their|(?:the\s+)?[\p{L}-]+['’]s)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeOfPart();

    // "of the 290 people killed", "of the 40 who died": what befell the whole, said right after it.
    [GeneratedRegex(@"^\s+(?:(?:who|that)\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?)?(?:killed|dead|died|injured|wounded)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeBefallen();

    // "Francis's first visit drew an estimated 1.2 million": a numbered occasion of someone's is another event;
    // "Haiti's first estimate" is an earlier count of this one.
    [GeneratedRegex(@"\p{Lu}\p{L}+['’]s\s+(?:first|second|third|fourth|previous|last|earlier|1st|2nd|3rd)\s+(?!(?:estimate|count|tally|figure|report|toll|assessment|statement|update|reading|number)s?\b)\p{Ll}+[^,;.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedOccasion();

    [GeneratedRegex(@"^\W*(?:Separately|In\s+a\s+separate\s+(?:incident|development|attack)|In\s+other\s+news)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OtherStory();

    // "On Friday another boat capsized 60 miles south of Lampedusa": after the story's own craft, another one's loss.
    [GeneratedRegex(@"^\W*(?:(?:On|Early\s+on|Late\s+on)\s+\p{Lu}\p{Ll}+,?\s+|(?:Later|Days\s+later|A\s+day\s+later),?\s+)?(?:[Aa]nother|[Aa]\s+second)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:boat|ship|vessel|ferry|dinghy|raft|trawler|plane|jet|airliner|aircraft|helicopter|bus|train)\s+(?:carrying\s+[^,;.]{1,40}?\s+)?(?:had\s+)?(?:capsized|sank|crashed|overturned|went\s+down|derailed|caught\s+fire|ran\s+aground|foundered)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OtherCraftLost();

    [GeneratedRegex(@"\b(?:by|as\s+of|at)\s+(?:(?:early|late|mid)[\s-]?)?(?:morning|midday|noon|afternoon|evening|nightfall|night|midnight|\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDayCue();

    [GeneratedRegex(@"(?:\b(?:block|tower|building|complex|estate|high-rise|development)\s+of|\p{L}['’]s|\b(?:its|the|has|had|have|with|contains|contained|containing|comprising|housed|houses))\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BuildingSize();

    [GeneratedRegex(@"^(?:\s+\w+){0,2}?\s+(?:(?<found>recovered|retrieved|pulled|removed|found)\s+(?:out\s+)?(?:from|in)|(?:taken|brought)\s+to|(?:lay|lie|lying|laid\s+out|kept)\s+in)\s+(?:(?:the|a|an)\s+)?(?!(?:the|a|an|site|scene|area|wreckage|wreck|crash|rubble|ruins|debris|mud|sludge|mudslide|landslide|floodwaters|flood|water|waters|sea|ocean)\b|(?:city|town|country|region|capital|province|state)['’]s\b)(?<place>\p{L}[\p{L}-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex RecoveredFrom();

    // Not those who were at the site ("100,000 people were at the site"): all of a crowd is there; nor one who counted
    // there ("estimated at 5,000 by one reporter at the scene").
    [GeneratedRegex(@"^(?:\s+[\w'’-]+){0,4}?(?<!\b(?:were|was|been|are|is))(?<!\bby(?:\s+[\w'’-]+){1,3})\s+(?:at\s+the\s+(?:scene|site)|on\s+the\s+spot|instantly|on\s+impact)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtTheScene();

    [GeneratedRegex(@"^(?:\s+[\w'’-]+){0,2}?\s+(?:died|succumbed(?:\s+to\s+(?:their|his|her)\s+(?:injuries|wounds))?)\s+(?:later\s+)?in\s+(?:a\s+|the\s+)?hospitals?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DiedInHospital();

    [GeneratedRegex(@"^(?:\s+[\w'’-]+){0,3}?\s+(?:died|were\s+killed|were\s+pronounced\s+dead)\s+(?:at|in|inside)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+and\s+(?:[\w'’-]+\s+){1,3}?(?:in|at)\s+(?:a\s+|the\s+)?hospitals?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HereAndInHospital();

    [GeneratedRegex(@"\b(?:toll|more|another|further|others|at\s+the\s+scene)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfTheRest();

    [GeneratedRegex(@"\b(?:bod(?:y|ies)|remains|corpses|dead)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamesTheDead();

    [GeneratedRegex(@"\b(?:the|a|one|its|city['’]s|main)\s+(?<place>morgue|mortuary|hospital)\s+(?:had\s+|has\s+)?(?:received|taken\s+in|took\s+in|admitted|registered|counted)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReceivedAt();

    [GeneratedRegex(@"^(?:hospitals?|clinics?|morgues?|mortuar(?:y|ies))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CareFor();

    // "On Kilimanjaro,", "In the delta town of Bogale,", and a named venue: "At the Bataclan concert hall,".
    [GeneratedRegex(@"^\W*(?:In|On|At)\s+(?:the\s+)?" + Bearing + AreaOf + @"(?:Mount\s+)?(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)(?:\s+(?:concert\s+hall|hall|stadium|arena|theatre|theater|nightclub|club|hotel|hospital|airport|station|market|school|church|mosque|synagogue|temple|air\s+base|base|camp|plant|factory|mine|port|mall))?,", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningPlaceCue();

    // "In Lyon the prefecture counted", "and in Syria about 6,000", "the final toll in Turkey was", "officials in Syria
    // put their toll at", "Police in Berlin put the crowd in the capital at", "the number of people killed on Utoya
    // down to 68", "the number killed in Oslo to eight", "the number of sailors killed at Golcuk to 420", "put the
    // figure for Paris at", "put the crowd in Seoul at", "the march in Paris drew", "the death toll from floods in
    // Germany rose to", "the death toll from Cyclone Amphan in West Bengal rose to", "the count of the dead at
    // Jallianwala Bagh is", "the number of people known to have died in Louisiana has risen to": a place that opens the
    // figure's clause, or that its toll, its crowd, its gathering or its counters are in ("dead in the Lahaina fire"
    // names the event, not a place, and so does "the toll in the Air India Express crash", whose name is not cut short
    // to find one, though "Germany's floods" places them in "Germany"); or an incident of its own that a relative
    // clause counts ("charged over a fire at Churchill that killed 11 people"), or the one blast of several that killed
    // them ("the bomb on the bus in Tavistock Square had killed 13 people").
    [GeneratedRegex(@"^\W*(?:and\s+|but\s+|while\s+)?(?:[Ii]n|[Oo]n|[Aa]t|[Aa]cross)\s+(?:the\s+)?" + Bearing + AreaOf + @"(?<place>capital|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)[^.;]*$|\b(?:(?:toll(?:\s+from\s+" + Cause + @")?|deaths(?:\s+" + BlamedOn + @")?|dead|[Oo]fficials|[Aa]uthorities|[Pp]olice|crowd|crowds|[Tt]urnout|attendance|march|rally|protest|demonstration|procession|vigil)\s+in|number\s+(?:of\s+(?:\p{L}+\s+)?)?" + KilledBy + @"\s+(?:in|on|at)|number\s+of\s+(?:people|victims|residents)\s+(?:who\s+(?:have\s+|had\s+)?|(?:known|confirmed|reported|believed)\s+to\s+have\s+)(?:died|been\s+killed)\s+(?:in|on|at)|(?:toll|figure|count|total|tally|estimate|number)\s+for(?!\s+(?:the\s+)?(?:Hurricane|Typhoon|Cyclone|Storm|Tropical|Operation)\b)|(?:deaths|dead)\s+at)\s+(?:the\s+)?(?<place>capital\b|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\b(?!\s+\p{Lu})(?!\s+" + EventNouns + @")[^,.;]*$|\b(?:a|an|another)\s+(?:[\p{Ll}-]+\s+)?" + EventNouns + @"\s+(?:at|in|near)\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:that|which)\s+(?:[\p{Ll}-]+\s+){1,2}$|\b(?:bomb|blast|explosion)\s+(?:(?:on|aboard)\s+(?:the|a)\s+(?:bus|train|tram|coach|carriage|plane|flight|ship|ferry|boat|vessel)\s+)?(?:in|at|near|on)\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+(?:(?:had|has|have)\s+)?(?:killed|injured|wounded)\s+$|\b(?:shooting|stabbing|massacre)\s+(?:in|at|on)\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+(?:(?:had|has|have)\s+)?(?:killed|injured|wounded)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBefore();

    // One of an attack's sites named by what happened there: "the bomb in Oslo", "the shooting on Utoya".
    private const string AttackOnSite = @"(?:bomb|blast|explosion|shooting|stabbing|massacre)\s+(?:in|at|on)";

    // "The county's toll rose to", "the district's dead numbered": the figure's own clause names its area by kind alone.
    [GeneratedRegex(@"\b[Tt]he\s+(?<kind>county|district|province|prefecture)['’]s\s+(?:[\p{Ll}-]+\s+)?(?:toll|dead|deaths|count|tally)\b[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KindPointerBefore();

    // "55 people died in the county": the figure's own clause, after it.
    [GeneratedRegex(@"\G[^,;.]*?\bin\s+the\s+(?<kind>county|district|province|prefecture)\b(?!\s+(?:of|seat|town|capital)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex KindPointerAfter();

    // "Lee County", "Puri district", "Sindh province"; "Seoul's Itaewon district" is Itaewon.
    [GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?<kind>[Cc]ounty|[Dd]istrict|[Pp]rovince|[Pp]refecture)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AreaOfKind();

    // A toll or a number of the dead that opens a sentence, in one named place (not "in Turkey and Syria", nor a thing
    // named by a place: "in the Moscow theatre siege").
    [GeneratedRegex(@"^\W*(?:[Tt]he\s+)?(?:(?:death\s+)?toll\s+from\s+" + Cause + @"|number\s+(?:of\s+(?:\p{L}+\s+)?)?(?:" + KilledBy + @"|(?:known|confirmed|reported|believed)\s+to\s+have\s+died|who\s+(?:have\s+|had\s+)?died)|number\s+of\s+deaths\s+" + BlamedOn + @")\s+in\s+(?<the>the\s+)?(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\b(?!\s+\p{Lu})(?!\s+(?:and|or)\s+\p{Lu})(?!\s+" + EventNouns + @")(?(the)(?=\s*$|\s+(?:has|have|had|rose|risen|was|were|is|are|stood|stands|reached|climbed|passed|hit|topped|now|to|on|at|by|because|after|since|as)\b))[^,.;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TollInPlaceOpening();

    [GeneratedRegex(@"^\W*(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)(?:\s+alone)?,\s+(?:where|which|whose)\s+[^,;.]{1,150},\s+(?:[^,;.]*\s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningPlaceBeforeRelative();

    [GeneratedRegex(@"^(?:\s+(?!(?:and|or|but)\b)[\w'’-]+){0,4}?\s+in\s+the\s+(?:state|province|region|county|prefecture)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InTheStateAfter();

    [GeneratedRegex(@"(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)['’]s\s", RegexOptions.CultureInvariant)]
    private static partial Regex StateOwner();

    // "in his town alone", "in their own city": the place of whoever the sentence names as holding office there.
    [GeneratedRegex(@"^(?:\s+(?!(?:and|or|but)\b)[\w'’-]+){0,4}?\s+in\s+(?:his|her|their|its)\s+(?:own\s+)?(?:town|city|village|district|state|province|region|county|municipality)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnJurisdictionAfter();

    // "The mayor of Pedernales", "the governor of Nuevo Leon": an office and its place.
    [GeneratedRegex(@"\b(?:mayor|governor|prefect|sheriff|administrator|police\s+chief|chief\s+minister)\s+of\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeHolderOf();

    // A speaker who is a city's authority: "Paris police chief"; "Riot police" and "State police" name no city, nor
    // does a force's name ("Carabineros police force").
    [GeneratedRegex(@"^(?!(?:The|A|An|On|In|At|By|For|From|After|Before|Since|Last|This|That|Riot|Military|State|Federal|Local|National|Traffic)\b)(?<place>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)\s+(?:police(?!\s+force\b)|prefecture|police\s+prefecture|fire\s+brigade|city\s+hall|mayor)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakingAuthority();

    // "the Paris police prefecture", "Los Angeles police said"; a capitalized first word alone ("Riot police") is no
    // place, nor is the name of a force ("The Carabineros police force put").
    [GeneratedRegex(@"(?:(?<!^\W*)\b(?<place>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)|^\W*(?!(?:The|A|An|On|In|At|By|For|From|After|Before|Since|Last|This|That|Each|Every|Some|Many|Most|Other|Riot|Military|State|Federal|Local)\b)(?<place>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+))\s+(?:police(?!\s+force\b)|prefecture|police\s+prefecture|city\s+hall|city\s+council|mayor['’]s\s+office|fire\s+brigade)\b[^.;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalAuthority();

    [GeneratedRegex(@"['’]s?$", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^\p{Lu}[\p{L}-]*['’]s\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerOfPlace();

    [GeneratedRegex(@"^\s*(?:which|that)\s", RegexOptions.CultureInvariant)]
    private static partial Regex WhichOpens();

    // The event itself, with no place of its own or named by it, just before the clause's comma: "over the crash,", "in
    // response to the Khan Sheikhoun attack,".
    [GeneratedRegex(@"\b(?:over|after|in|from|by|of|to)\s+(?:the|this|that|a|an)\s+(?:[\p{Ll}-]+\s+|(?:\p{Lu}[\p{L}'’-]+\s+){1,3})?(?:crash|collision|disaster|quake|earthquake|fire|blaze|attack|blast|explosion|flood|floods|flooding|storm|derailment|collapse|stampede|crush|shooting|bombing|eruption|tsunami|accident|sinking)\s*,\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EventBeforeClause();

    // A name (alone: "Bogo alone reported 30 deaths"; "The southern province of Sindh has been the worst hit, with 347
    // deaths"; set off after its kind: "The worst-hit town, Kinglake, lost 38 residents"), its possessive's noun phrase
    // ("Spain's official monitoring system"), a verb of counting or a toll's verb, then at most a few words (and one comma
    // before "with") up to the figure. A relative clause may come between the place and its verb: "Lee County, where the
    // storm made landfall, accounted for 42 of the deaths".
    [GeneratedRegex(@"(?:^\W*(?:[Tt]he\s+(?:[\p{Ll}-]+\s+)?(?:province|state|region|district|county|city|town|village)(?:\s+of\s+|(?<apposed>,\s+)))?|[,;]\s+(?:and|but|while|whereas)\s+)(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?(apposed),)(?:,\s+(?:where|which|whose)\s+[^,;.]{1,100},)?(?<alone>\s+alone)?(?:['’]s(?:\s+[\p{Ll}-]+){1,4})?\s+(?:" + CountingVerb + @"|was|is|has\s+been|have\s+been)(?:\s+[\p{Ll}-]+){0,5}?(?:,\s+with)?(?:\s+(?:only|just|about|some|nearly|almost|around|roughly|more\s+than|at\s+least|over))?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex CountingSubject();

    [GeneratedRegex(@"^\W*\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+" + CountingVerb + @"\s+[^,;.]*?\d[\d,.]*(?:\s+[\p{Ll}-]+)?,?\s+(?:and|while|but|whereas)\s+(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?:\s+(?:only|just|about|some|nearly|almost|around|roughly|more\s+than|at\s+least|over))?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex GappedCountingSubject();

    // "the town of Paiporta", "the worst-hit town, Kinglake,", "Buncombe County" (the kind is a part of the name), "in
    // western North Carolina".
    [GeneratedRegex(@"\b(?:province|region|district|county|city|town|village|department|municipality|governorate|oblast)(?:\s+of\s+|,\s+(?=\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,))(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)|(?<name>\p{Lu}[\p{L}'’-]+\s+(?:County|Province|District|Prefecture|Governorate|Oblast|Parish))\b|" + In, RegexOptions.CultureInvariant)]
    private static partial Regex AreaNamed();

    [GeneratedRegex(@"\b(?:[Ii]n|[Oo]n|[Aa]t|[Nn]ear)\s+(?:Mount\s+)?(?<name>\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}'’-])", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceNamed();

    [GeneratedRegex(In, RegexOptions.CultureInvariant)]
    private static partial Regex PlaceIn();

    [GeneratedRegex(@"^(?:(?!\b(?:earlier|previous|initial|original|first)\s+(?:death\s+)?(?:figure|toll|count|tally|number)\b)[^.;:\d]){0,100}?\b" + PartsFollow + @"\s+(?:the|both|all|one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:of\s+the\s+)?(?:[\p{Ll}\d-]+\s+)?(?:gunman|gunmen|attackers?|bombers?|shooters?|assailants?|hijackers?|perpetrators?|knifeman|plotters?|putschists?|mutineers?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PerpetratorsCounted();

    [GeneratedRegex(@"\b(?:charged|indicted|convicted|found\s+guilty)\b[^.;]{0,80}?\b(?:with|of|for|on\s+charges\s+of)\s+(?:the\s+)?(?:premeditated\s+|deliberate\s+|unlawful\s+)?(?:killing|killings|murdering|murders?|deaths?|manslaughter)\s+(?:of\s+)?(?:[\p{Ll}-]+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ChargedWith();

    [GeneratedRegex(@"^\s+(?:who|that)\s+(?:had\s+|have\s+)?(?:carried\s+out|staged|launched|committed|perpetrated|planned|were\s+behind|was\s+behind|killed|shot|stabbed|murdered|attacked|stormed|bombed|hijacked|opened\s+fire|gunned\s+down)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Perpetrators();

    [GeneratedRegex(@"\bby\s+(?:the\s+|all\s+|its\s+|their\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByBefore();

    [GeneratedRegex(@"\b(?:killed|killing|died|dead)\b[^.;]{0,60}?\bon\s+the\s+ground\b|\bon\s+the\s+ground\b[^.;]{0,30}?\b(?:killed|died|dead)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroundToll();

    [GeneratedRegex(@"^(?:\s+(?!(?:and|or|but)\b)[\p{L}-]+){0,6}?\s+on\s+the\s+ground\b", RegexOptions.CultureInvariant)]
    private static partial Regex OnTheGround();

    [GeneratedRegex(@"^(?:\s+(?:people|passengers|persons))?\s+(?:on\s+board|aboard)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OnBoard();

    [GeneratedRegex(@"\G(?:\s+(?:people|passengers|persons|of\s+those))?\s+(?:on\s+board|aboard|on)\s+the\s+(?<name>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:plane|jet|aircraft|airliner|flight|train|ship|vessel|ferry|bus)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AboardNamedCraft();

    // The figure's own noun, a verb of being, then "at large" or "on the run".
    [GeneratedRegex(@"^(?:\s+[\p{Ll}-]+){0,2}?(?:\s+(?:were|was|are|is|remain|remained|remains))?(?:\s+still)?\s+(?:at\s+large|on\s+the\s+run)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AtLarge();

    // The figure's own noun and verb, then "counted twice" or "double-counted" ("was found to have been counted
    // twice"); the noun may say what they were listed as ("four people listed as dead had been counted twice"). Or
    // those listed as dead who were found alive ("A miner who had been listed among the dead was found alive").
    [GeneratedRegex(@"^(?:\s+[\p{Ll}-]+){0,4}?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?:found|shown|discovered)\s+to\s+have\s+been\s+)?(?:(?:counted|recorded|listed|included)\s+twice|double[- ]counted|counted\s+more\s+than\s+once)\b|^(?:\s+[\p{Ll}-]+){0,4}?(?:\s+(?:who|that))?(?:\s+(?:had\s+been|has\s+been|have\s+been|was|were))?\s+(?:listed|counted|reported|recorded|thought|believed|presumed|feared)\s+(?:among\s+the\s+dead|as\s+dead|dead|killed|to\s+have\s+died|to\s+have\s+been\s+killed)\b[^.;]{0,80}?\b(?:found|turned\s+up|discovered|(?:was|were|is|are)\s+still)\s+alive\b", RegexOptions.CultureInvariant)]
    private static partial Regex ErrorInTally();

    [GeneratedRegex(@"\b(?:concealed|concealing|conceals|hid|hidden|hiding|hides|covered\s+up|covering\s+up|(?:failed|failing|fails)\s+to\s+(?:report|count|record|disclose)|(?:did\s+not|didn['’]t)\s+(?:report|count|record|disclose)|under-?reported|under-?counted|omitted|left\s+out)\s+(?:(?:at\s+least|more\s+than|about|some|nearly|almost|another|a\s+further)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeftOut();

    private const string In = @"\b[Ii]n\s+" + Bearing + @"(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}'’-])";

    private const string Garrison = @"(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:base|air\s+base|airbase|garrison|outpost|barracks)\b";

    [GeneratedRegex(@"\b(?:at|on|in)\s+" + Garrison + @",\s+" + SetOffQualifier + @"?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GarrisonBefore();

    [GeneratedRegex(@"^\s+(?:are|were|remain|remained|have\s+been|had\s+been)\s+(?:now\s+|still\s+|currently\s+|already\s+)?(?:in|inside)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex StationedAfter();

    [GeneratedRegex(@"\b(?:during|at|attending)\s+(?:the|a|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:funeral|mass|ceremony|vigil|inauguration|parade|concert|festival|match|celebrations?|commemoration)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtGathering();

    [GeneratedRegex(@"\b(?:fire|fires|blaze|blazes|wildfire|wildfires|bushfire|bushfires|forest\s+fire|inferno)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutFire();

    [GeneratedRegex(@"\bthere\s+(?:are|were|have\s+been|had\s+been)\s+(?:now\s+|still\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThereBefore();

    [GeneratedRegex(@"^\s+(?:in|inside)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex InNamedPlace();

    [GeneratedRegex(@"^(?:\s+[\p{L}.-]+){0,3}?\s+(?:at|on)\s+" + Garrison + @"(?!\s+(?:were|was|had\s+been|have\s+been)\s+\w+ed\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GarrisonAfter();

    [GeneratedRegex(@"\b(?:only|just|so\s+far|thus\s+far|to\s+date)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProgressBefore();

    [GeneratedRegex(@"\b(?:(?:normally|usually|typically|ordinarily|can|could|(?:designed|built|licensed|certified|permitted|rated|allowed)\s+to|able\s+to)\s+(?:carry|carries|hold|holds|seat|seats|accommodate|accommodates|take|takes)\b(?:\s+[\p{L}-]+){0,4}?|capacity\s+of(?:\s+(?:up\s+to|about|some|around|nearly|more\s+than))?|\b(?:stadium|arena|hall|venue|ground|theatre|theater|auditorium|church|mosque|temple|boat|ship|ferry|vessel|bus|plane|aircraft)\s+(?:holds|seats|accommodates)(?:\s+(?:up\s+to|about|some|around|nearly|more\s+than|only|just))?|(?:designed|built|meant|intended)\s+(?:only\s+)?for(?:\s+(?:up\s+to|about|some|around|nearly|just|only))?)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CapacityBefore();

    [GeneratedRegex(@"^\s+(?:it|she|the\s+[\p{L}-]+)\s+(?:was|is|had\s+been|has\s+been)\s+(?:licensed|designed|built|certified|permitted|rated|allowed)\s+to\s+(?:carry|hold|take|seat|accommodate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CapacityAfter();

    [GeneratedRegex(@"^[^,;.]{0,30}?\b(?:so\s+far|thus\s+far|to\s+date|as\s+yet)\b[^,;.]{0,20}?\b(?:recovered|retrieved|found|pulled|removed|identified)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProgressAfter();

    [GeneratedRegex(@"^(?:\W*\p{Lu}\p{Ll}+\s+)?(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+(?:" + SiteNouns + @"\s+)?" + EventNouns + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex EventNamedInTitle();

    // A headline that names its toll by a place: "Christchurch toll rises to 50", "Turkish man dies, Christchurch toll reaches 51",
    // "Peshawar school toll stands at 149", "Erie County puts blizzard toll at 44".
    [GeneratedRegex(@"(?:^|[,:;]\s+)(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+(?:(?:puts|raises|lowers|revises|confirms)\s+(?:its\s+)?(?:[\p{Ll}-]+\s+)?|" + SiteNouns + @"\s+)?(?:death\s+)?toll\b", RegexOptions.CultureInvariant)]
    private static partial Regex TollNamedInTitle();

    // A headline that places its event, without the article a sentence would use: "Several feared dead in crush at Kumbh Mela",
    // "Three sailors hurt in Kerch clash".
    [GeneratedRegex(@"\b" + EventNouns + @"\s+(?:in|at)\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)|\b(?:in|at|after|over)\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+" + EventNouns + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex EventPlacedInTitle();

    // "300 civilians executed in Moura", "500 killed by troops in Moura", "Scores dead in Mocoa".
    [GeneratedRegex(@"\b(?:killed|kills|dead|die|dies|died|executed|massacred|slain)(?:\s+(?:by|as)\s+\p{Ll}+)?\s+(?:in|at)\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex KillingPlacedInTitle();

    [GeneratedRegex(@"\b(?<place>\p{Lu}[\p{L}-]+)\s+(?:region|province|oblast|governorate|prefecture|district|county|governor|mayor)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AreaNamedInTitle();

    // A name's words after "of": " of Life" in "the Tree of Life synagogue", " of Bengal" in "the Bay of Bengal".
    // "the Tel Aviv crowd at ", "Lyon's march drew "; not a gathering's own name ("the Women's March crowd").
    [GeneratedRegex(@"\b(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|One|Another|Each|Every|In|On|At|For|By|From|After|Before|During|Of|To|With|Across|Throughout|Near|Outside|Inside|Last|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?<place>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})(?<![Mm]arch|[Rr]ally|[Pp]arade|[Pp]rotest|[Ww]alk|[Pp]ride|[Dd]ay)(?:['’]s)?\s+(?:crowd|crowds|march|rally|protest|demonstration|turnout)\s+(?:at|was|were|numbered|of|to|drew|reached)\b[^.;,]{0,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex GatheringOfPlace();

    // "of the Kursk region", "of Life", and a name's particle: "da Oficina", "de Janeiro", "van Diemen".
    [GeneratedRegex(@"\G\s+(?:of\s+(?:the\s+)?|(?:da|das|de|del|della|di|do|dos|du|des|la|van|von|der|den)\s+)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex NameGoesOn();

    // "a crowded funeral hall in the Yemeni capital Sanaa", "the beach hotel near Sousse", "a school in the town of
    // Beslan"; a town named as one: "in the western German city of Hanau"; and a site named for itself: "at the
    // Puttingal temple", "through the AZF fertiliser plant", "at Charles University".
    [GeneratedRegex(@"\bin\s+the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:\p{Lu}[\p{L}-]+\s+)?(?:city|town|village|port)\s+of\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)|\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:hall|school|hospital|hotel|market|mosque|church|synagogue|temple|mall|stadium|station|prison|factory|nightclub|club|theatre|theater|camp|museum|office|offices)\s+(?:in|near|outside)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]+\s+)?(?:capital|city|town|village|port)(?:\s+of)?,?\s+)?(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)|\b(?:at|in|inside|through)\s+the\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]+)?)\s+(?:[\p{Ll}-]+\s+)?(?:temple|mosque|church|synagogue|school|hospital|hotel|market|mall|stadium|nightclub|club|factory|plant|refinery|depot|warehouse|mine|theatre|theater)\b|\b(?:at|in|inside)\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:University|College|School|Hospital|Stadium|Mall|Market|Mosque|Church|Temple|Cathedral|Airport|Station))\b", RegexOptions.CultureInvariant)]
    private static partial Regex SitePlacedIn();

    [GeneratedRegex(@"\b(?:recovered|retrieved|found|pulled\s+out|exhumed|dug\s+out|identified|buried|cremated|received)\s+(?:the\s+)?(?:bodies\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecoveredBefore();

    [GeneratedRegex(@"^\s+(?:magnitude\s+|intensity\s+)?scale\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScaleNext();

    // "voted 204 to ", "by 204 votes to ", "a vote of 204 to ", "204 in favour and "; not "from 5,300 to ".
    [GeneratedRegex(@"\b(?:voted|vote\s+of|votes?\s+of|margin\s+of)\s+[\d,]+\s+(?:votes\s+)?(?:to|against)\s+$|\b[\d,]+\s+votes\s+(?:to|against)\s+$|\b[\d,]+\s+(?:votes\s+)?in\s+favou?r\s+(?:and|to|with)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VoteBefore();

    [GeneratedRegex(@"\b(?:voted|vote\s+of|votes?\s+of|margin\s+of)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VotedFigure();

    [GeneratedRegex(@"^\s+(?:to|against)\s+[\d,]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VoteAfter();

    // "by 204 votes to 85", "204 votes in favour"; not "rose by 20 to 150".
    [GeneratedRegex(@"^\s+votes\s+(?:to|against|in\s+favou?r)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VotesAfter();

    [GeneratedRegex(@"^(?:\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+(?:had|have|has|were|was)\s+(?:now\s+|since\s+|also\s+)?(?:been\s+)?(?:recovered|retrieved|found|pulled|exhumed|dug\s+out|identified|buried|cremated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecoveredAfter();

    // "49,000 residents of the nearby town of Pripyat", "the 3,000 people of Chiang Rai".
    [GeneratedRegex(@"\b(?:residents|inhabitants|villagers|townspeople|people)$", RegexOptions.CultureInvariant)]
    private static partial Regex Residents();

    [GeneratedRegex(@"^\s+of\s+(?:the\s+)?" + Bearing + AreaOf + @"(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex ResidentsOf();

    [GeneratedRegex(@"^\s+" + EventNouns + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex EventNounNext();

    // A possessive inside a name, not a day's: "People's" in "People's Vote", not "Saturday's" in "Saturday's London".
    [GeneratedRegex(@"(?<!\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tonight))['’]s\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveInName();

    [GeneratedRegex(@"^\s+(?:march|rally|protest|demonstration|vigil|gathering)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GatheringNounNext();

    [GeneratedRegex(@"\s(?:March|Rally|Protest|Demonstration|Vigil)$", RegexOptions.CultureInvariant)]
    private static partial Regex GatheringNounLast();

    [GeneratedRegex(@"^\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:march|marches|rally|rallies|protest|protests|demonstration|vigil|parade)\b", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedNameOfGathering();

    [GeneratedRegex(@"\b(?:at|on)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteBefore();

    // "the accident that killed ", and its hurt: "the attack that killed five people and injured ".
    [GeneratedRegex(@"\b(?:that|which)\s+(?:had\s+)?(?:killed|left)\s+(?:[^.;,]{1,40}?\s+and\s+(?:injured|wounded|hurt)\s+)?(?:(?:at\s+least|more\s+than|about|some|nearly|almost)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TollNamesEvent();

    // "the Lahaina fire", "the floods in Derna", "stranded by floods in Uttarakhand", "the battle for Mosul", "the
    // siege of Mariupol", "the Sago mine explosion" (a site named by its kind between), "the stampede on the Koh Pich
    // bridge", "the crush at the Meron festival", "Saturday's crush at the Estadio Central".
    [GeneratedRegex(@"\bthe\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+(?:" + SiteNouns + @"\s+)?" + EventNouns + @"\b|(?:\bthe|['’]s|\b(?:by|after))\s+" + EventNouns + @"\s+(?:in|for|of)\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)|\b[Tt]he\s+" + EventNouns + @"\s+(?:on|at)\s+the\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+(?:bridge|festival|stadium|station|mine|pit|club|nightclub|mall|factory|plant|hotel|school|mosque|temple|shrine|market|concert|pilgrimage)\b|(?:\b[Tt]he|['’]s)\s+" + EventNouns + @"\s+at\s+the\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)", RegexOptions.CultureInvariant)]
    private static partial Regex EventNamedInText();

    // A figure in one place, then another in the next: "118 in Louisiana and 211 in Mississippi", "40 people in
    // Kerala, 12 in Karnataka"; or two attacks' tolls: "The bomb in Oslo killed eight people, and the shooting on Utoya
    // killed 69".
    [GeneratedRegex(@"\b\d[\d,.]*(?:\s+(?:people|dead|deaths|victims))?\s+in\s+(?<first>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),?\s+(?:and\s+)?(?:another\s+)?\d[\d,.]*(?:\s+(?:people|dead|deaths|victims|more))?\s+in\s+(?<second>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)|\b" + AttackOnSite + @"\s+(?<first>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:had\s+)?killed\s+(?:[\w,-]+\s+){1,4}?and\s+(?:the\s+)?" + AttackOnSite + @"\s+(?<second>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:had\s+)?killed\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceCountsListed();

    [GeneratedRegex(@"\b[Ii]n\s+(?:neighbouring|neighboring|nearby|adjacent|adjoining)\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex NeighbouringPlace();

    [GeneratedRegex(@"(?:\bthan\b|\b(?:first|worst|deadliest|largest|biggest|strongest|highest|lowest|most\s+\w+)\b)[^,;.]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparedBefore();

    [GeneratedRegex(@"\b(?:began|begun|started|broke\s+out)\s+(?:(?:shortly|just|soon|late|early|after|before|around|about|at|[\d:.]+|a\.m\.|p\.m\.|am|pm)\s+){0,5}(?:on|in|at)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BeganOn();

    [GeneratedRegex(@"\b(?:disappeared|vanished|went\s+missing|gone\s+missing)\b[^,;.]{0,40}?\b(?:on|in)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VanishedOn();

    [GeneratedRegex(@"\bsince\s+(?:his|her|their|its|the)\s+(?:arrest|detention|capture|abduction|kidnapping|disappearance|imprisonment|jailing)\s+(?:on|in)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceTakenOn();

    [GeneratedRegex(@"\b(?:began|begun|begin|begins|started|start|starts)\s+(?:to\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BeganBefore();

    [GeneratedRegex(ClauseOpening + @"(?<country>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+(?:[\w'’-]+\s+){1,3}?its\s+(?:own\s+(?:death\s+)?(?:toll|dead|count|tally|figure)|dead)\b[^.;,\d]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnToll();

    [GeneratedRegex(@"\G,\s+(?:most|many|all|some|half|several|nearly\s+all|\d[\d,]*|" + SmallNumberWords + @")\s+of\s+(?:them|whom)\s+[^,;.]{1,40},", RegexOptions.CultureInvariant)]
    private static partial Regex ShareSetOff();

    [GeneratedRegex(@"^\W*(?<country>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+(?:said|says|reported|confirmed|announced)\s+(?:that\s+)?(?:(?:at\s+least|about|some|more\s+than)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CountrySays();

    // "India says it lost five soldiers and |16 civilians".
    [GeneratedRegex(ClauseOpening + @"(?<country>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+(?:said|says|reported|confirmed|announced|admitted|acknowledged)\s+(?:that\s+)?it\s+(?:had\s+|has\s+)?lost\s+(?:[^.;:]*?\s)?(?:(?:at\s+least|about|some|more\s+than)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnLosses();

    [GeneratedRegex(@"^\W*(?<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d{1,2})\s+(?<unit>days?|weeks?)\s+(?:earlier|before|(?<later>later|after))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShiftedBy();

    [GeneratedRegex(@"^\s*where\b", RegexOptions.CultureInvariant)]
    private static partial Regex WhereOpens();

    [GeneratedRegex(@"^\W*(?:[Oo]n|[Ii]n)\s+(?:the\s+)?(?<day>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:first|second|third|fourth|fifth|last|final)\s+day)\s+alone$", RegexOptions.CultureInvariant)]
    private static partial Regex DayAlone();

    // "in the province of Al Haouz, ", and a name set off after a thing: "at a dormitory, West Ambler Johnston Hall, ";
    // over where it lies: "in Pandeglang, on the western tip of Java, ".
    [GeneratedRegex(@"\b(?:(?:in|at)\s+(?:the\s+)?" + AreaOf + @"|the\s+" + AreaKind + @"\s+of\s+|(?:in|at)\s+(?:a|an|the)\s+[\p{Ll}-]+,\s+)(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)(?:\s+(?:province|region|district|state|county))?\s*,(?:\s+(?:on|in|at|near|off)\s+the\s+[\p{L}\s'’-]{1,40},)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBeforeWhere();

    // "93-metre spire", "400-metre-long vessel", "5,500-mile pipeline": the figure is joined to its unit by a hyphen.
    [GeneratedRegex(@"\G(?:-(?<dim>long|tall|high|wide|deep))?\s+(?<thing>\p{Ll}[\p{Ll}-]+)\b(?!-)", RegexOptions.CultureInvariant)]
    private static partial Regex CompoundMeasure();

    [GeneratedRegex(@"\d-\p{L}+$", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenatedUnit();

    [GeneratedRegex(@"\G\s+(?<dim>high|tall|long|wide|deep|across|in\s+diameter)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DimensionAfter();

    // "The spire, a later addition, stood", "The alley where the victims died is about": the sentence's subject, then a
    // linking verb right before the figure.
    [GeneratedRegex(@"^\W*(?:The|Its|Their)\s+(?:[\p{Ll}-]+\s+)??(?<thing>\p{Ll}[\p{Ll}-]+)(?=,|\s+(?:where|which|that|who|of|in|on|is|was|are|were|stood|stands|measures|measured|reaches|reached|rises|rose)\b)[^.;]*?\s(?:is|was|are|were|stood|stands|measures|measured|reaches|reached|rises|rose)\s+(?:(?:about|around|some|nearly|almost|roughly|just|only|more\s+than|over|less\s+than|under)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MeasuredSubject();

    // "The train had been travelling at about", "the ferry was sailing at a speed of": a vehicle, then its motion right
    // before the figure. The vehicle may be its driver's ("The driver of the train was travelling at"), have a relative
    // clause of its own ("The train that derailed in Philadelphia was travelling at"), or be "it" after its own
    // possessive ("The train's black box showed that it was travelling at").
    [GeneratedRegex(@"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:driver|captain|pilot|engineer)\s+of\s+the\s+)?(?:[\p{L}-]+\s+){0,2}?(?<thing>train|tram|locomotive|bus|coach|car|lorry|truck|van|plane|aircraft|airliner|jet|helicopter|ferry|ship|vessel|boat|tanker|freighter)(?:['’]s\s+[^.;]{0,60}?\bit|\s+(?:that|which)\s+[^,.;]{1,60}?)?\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?(?:travell?ing|going|moving|running|speeding|hurtling|racing|flying|sailing|steaming)\s+(?:at\s+)?(?:a\s+speed\s+of\s+)?(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MovingVehicle();

    // "it hit the surface at about 500 kilometres an hour", "struck the seawall at 106 knots".
    [GeneratedRegex(@"\b(?:hit|struck|slammed\s+into|crashed\s+into|smashed\s+into|ploughed\s+into|plowed\s+into)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?at\s+(?:a\s+speed\s+of\s+)?(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ImpactAt();

    // "tearing a gash about 70 metres long in its hull", "a crater 30 metres wide": a thing the figure right after it
    // measures.
    [GeneratedRegex(@"\b(?:a|an)\s+(?:[\p{Ll}-]+\s+)??(?<thing>(?!(?:about|around|some|nearly|almost|roughly|more|over)\b)\p{Ll}[\p{Ll}-]+)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThingBeforeMeasure();

    // Three or more names in one list: "Florida, Georgia, South Carolina and North Carolina".
    [GeneratedRegex(@"(?<![\p{L}'’-])(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)(?:,\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)){1,},?\s+and\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex ListOfNames();

    // "the toll was revised to", "the number of dead stood at", "officials put the toll at".
    [GeneratedRegex(@"^\s*(?:the\s+)?(?:(?:death|official)\s+)?(?:toll|number\s+of\s+(?:dead|deaths|victims|fatalities|people\s+killed))\s+(?:(?:has|had|was|is)\s+)?(?:been\s+)?(?:rose|risen|climbed|reached|stood|stands|revised|raised|lowered|cut|put)\b[^,;]*$|^\s*(?:officials|authorities|the\s+authorities|the\s+government|police|the\s+police)\s+(?:have\s+|had\s+)?(?:put|puts|raised|lowered|revised)\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|count|number\s+of\s+(?:dead|deaths))\b[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TallyOpens();

    // "Kerala's Wayanad district", "the Wayanad district of Kerala".
    [GeneratedRegex(@"(?<wider>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)['’]s\s+(?<place>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)|(?<place>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)\s+(?:district|province|county|region|prefecture|state)\s+(?:of|in)\s+(?<wider>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex RegionHoldingPlace();

    // "Jezero Crater, 45 kilometres wide": a thing named right before the figure, set off by a comma.
    [GeneratedRegex(@"(?<thing>\p{L}[\p{L}-]+),\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Appositive();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Calendar();

    // The rest of a name that opens with a month: "March| for Our Lives", "March| for Science".
    [GeneratedRegex(@"\G\s+(?:for|of|on|against)\s+(?:(?:our|the|a)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex NamedAfterMonth();

    // "of whom 30", "Of them, 115", "including 87,000", "including health claims of about 480,000", "counting two
    // deaths from wounds", "Of the dead, 20 were children", and the next of a list of parts: "included at least 17
    // teenagers and about 400 women", "including three city officials and six employees", "included 60 children under
    // 18 and 29 women".
    [GeneratedRegex(@"\b(?:of\s+(?:whom|which|those|them),?|" + OfTheDead + @"|including|includes|included|counting|among\s+(?:them|those|the)|each)\s+(?:(?:\w+\s+){0,2}(?:\d[\d,.]*|" + SmallNumberWords + @")\s+(?:[\p{L}-]+\s+){1,2}(?:under\s+\d+\s+)?and\s+)?(?:\w+\s+){0,2}$|\bincluding\s+(?:[\p{Ll}-]+\s+){1,2}of\s+(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartBefore();

    // The whole a rest is of, and the word that makes it the rest: "the remaining 16", "its other", "the two other".
    private const string RestOwner = @"\b(?:the|its|their|his|her)\s+";
    private const string RestWord = "(?:remaining|other)";

    [GeneratedRegex(RestOwner + RestWord + @"\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RestBefore();

    [GeneratedRegex(RestOwner + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerBefore();

    // "two other", "12 remaining": a number the rest of a whole follows.
    [GeneratedRegex(@"^[\p{L}\d,.-]+\s+" + RestWord + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex RestNumber();

    // A later count of a list of parts with commas: "including 94 militants, 31 soldiers and police and 60 civilians".
    // The list runs on to the figure itself ("including 12 children, and injuring more than 200" ends it).
    [GeneratedRegex(@"\b" + PartsFollow + @"\s+(?:" + ListedCount + @"(?:,\s+(?:and\s+)?|\s+and\s+)){2,5}" + ListRunsOn + @"|\b" + PartsFollow + @"\s+" + ListedCount + @",\s+" + ListRunsOn, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListedPartBefore();

    // The words after which a sentence lists parts of a whole: "including", "among them".
    private const string PartsFollow = @"(?:including|includes|included|among\s+them)";

    // One count of such a list, with what it counts: "94 militants", "31 soldiers and police".
    private const string ListedCount = @"(?:\w+\s+){0,2}(?:\d[\d,.]*|" + SmallNumberWords + @")\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+";

    // The list running on to the figure, a qualifier at most between: "..., and about ".
    private const string ListRunsOn = @"(?:(?:about|around|some|nearly|almost|over|at\s+least|more\s+than)\s+)?$";

    // "326 civilians had been killed by its strikes", "killed by their own fire": the dead one side owns to, a share of
    // the toll of a fight that others fought too.
    [GeneratedRegex(@"^(?:\s+[\w'’-]+){0,4}?\s+(?:killed|died)\s+(?:by|in|from|under)\s+(?:its|their|our)\s+(?:own\s+)?(?:air\s+)?(?:strikes|airstrikes|bombing|bombardment|bombs|fire|shelling|raids)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KilledByOwnStrikes();

    [GeneratedRegex(@"^(?:\s+[\w'’-]+){0,4}?\s+(?:from|in|at|out\s+of)\s+(?:a|one|the|a\s+single)\s+(?:[\w'’-]+\s+){0,2}?(?:mass|common|shallow|unmarked)\s+grave\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneGraveAfter();

    // "30 of them", "38,000 of the dead", "150 of the deaths", "136 of its citizens", "32 Kenyans were among the dead",
    // "12 were killed directly by the flood", "9 from indirect causes": a share of a total. So is the first of a count
    // site by site: "Seven people were killed at the bowling alley and eight at the bar", or cause by cause: "14 were
    // wounded by gunfire and 13 others injured as people fled".
    [GeneratedRegex(@"^(?:(?:\s+(?!(?:after|before|when|as|because|since|while|and|but)\b)[\w-]+){0,2}?\s+of\s+(?:them|those|whom|the\s+[\d,]+|these|the\s+(?:dead|victims|injured|wounded|deaths|fatalities|survivors|missing|rescued)|(?:its|their)\s+(?:own\s+)?(?:citizens|nationals))\b|(?:\s+[\w'’-]+){0,5}?\s+(?:are|were|is|was)\s+(?:also\s+)?among\s+the\s+(?:dead|victims|killed|injured|wounded|missing)\b|(?:\s+[\w'’-]+){0,5}?\s+(?:as\s+a\s+)?(?:direct|indirect)(?:ly)?\s+(?:result|causes?|consequences?|related|attributable|linked|from|of|by)\b|(?:\s+[\w'’-]+){0,4}?\s+(?:at|in)\s+the\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+and\s+" + NextCount + @"\s+(?:more\s+|others\s+)?(?:at|in)\s+the\b|(?:\s+[\w'’-]+){0,4}?\s+(?:wounded|injured|hurt|hit|struck|killed)\s+by\s+[\w-]+(?:\s+[\w-]+)?,?\s+and\s+" + NextCount + @"\s+(?:more|others)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartAfter();

    // "North Carolina accounted for 95 of the deaths": a place's share, which the place it is counted in says.
    [GeneratedRegex(@"\baccount(?:ed|s)?\s+for\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountedFor();

    // "3000 people did not die"; "a ransom of $4.4 million because executives did not know" and "a child who was not
    // vaccinated died" negate another clause. "Two bodies have never been found" counts the missing. A place or list
    // may stand between: "one person on the passenger list had not boarded".
    [GeneratedRegex(@"^(?:\s+(?!(?:because|since|while|although|though|but|when|after|before|if|as|and|or|who|which|that|whose)\b)[\w'’-]+){0,2}?(?:\s+(?:on|in|at|from)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+)?[\w'’-]+)?\s+(?:did\s+not|didn['’]t|never|were\s+not|weren['’]t|was\s+not|wasn['’]t|have\s+not|haven['’]t|had\s+not|hadn['’]t)\s+(?!only\b|just\b|(?:yet\s+)?(?:been\s+)?(?:found|recovered|located|accounted\s+for)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegationAfter();

    // "a jet carrying 181 people", "the number of people on board the Sewol was revised to 475", "the passengers included
    // 72 Germans and 35 Spaniards", "the flight had 126 passengers".
    [GeneratedRegex(@"(?:\bnumber\s+of\s+(?:people|passengers)\s+(?:on\s+board|aboard)\b[^,;.]{0,60}?\b(?:to|at|is|was|stands\s+at|stood\s+at|rose\s+to|reached)\s+|\b(?:passengers|people\s+on\s+board|those\s+on\s+board)\s+(?:included|including|were)\s+(?:(?:\d[\d,]*|\w+)\s+\p{Lu}[\p{L}-]+,?\s+(?:and\s+)?){0,6}|\b(?:carrying|carried|transporting|ferrying)\s+|\bcargo\s+of\s+|\bunder\s+the\s+(?:sheer\s+)?weight\s+of\s+|\b(?:plane|flight|jet|aircraft|airliner|ship|ferry|boat|vessel|bus|train)\s+(?:had|has)\s+(?:had\s+)?)(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|up\s+to|as\s+many\s+as|an\s+estimated)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Carrying();

    // A thing that merely weighs so much is its own size ("the lander, weighing about 1,750 kg"); only a bomb's weight
    // is its charge.
    [GeneratedRegex(@"(?:\b(?:contain(?:s|ed|ing)?|held|holding|(?:packed|loaded|filled|rigged)\s+with)|\b(?:bomb|explosives?|device|warhead)\b[^.;]{0,40}?\bweigh(?:s|ed|ing)?)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|up\s+to|as\s+much\s+as|an\s+estimated)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charge();

    [GeneratedRegex(@"^[^,;.]{0,40}?\b(?:on\s+board|aboard|onboard|underground|(?:crammed|packed|squeezed)\s+(?:onto|into))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Aboard();

    [GeneratedRegex(@"\bwith\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithBefore();

    [GeneratedRegex(@"^(?:\s+[\p{Ll}-]+)?\s+(?:on\s+board|aboard|onboard)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OnBoardNext();

    [GeneratedRegex(@"^\s+(?:(?:had\s+|have\s+)?(?:crowded|packed|crammed|squeezed)\s+inside\b|(?:had\s+been|have\s+been|were|was|(?:were|was|are|is)\s+(?:believed|thought|estimated|said|reported|known)\s+to\s+have\s+been)\s+(?:on\s+board|aboard|onboard|inside|underground|on\s+the\s+(?:[\p{L}-]+\s+)?(?:boat|ship|vessel|plane|jet|flight|aircraft|ferry|bus|train|bridge|footbridge|walkway|overpass|platform|pier|jetty|deck|stairs|staircase|stairway)\b|in\s+the\s+(?:[\p{L}-]+\s+)?(?:tower|building|block|club|nightclub|venue|stadium|hall|arena|theatre|theater|church|mosque|school|mall|hotel|mine|plant|factory)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Present();

    [GeneratedRegex(@"\b[Tt]here\s+(?:were|had\s+been|have\s+been)\s+(?:(?:about|some|around|roughly|nearly|almost|at\s+least|more\s+than|over|up\s+to)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThereWereBefore();

    [GeneratedRegex(@"^\s+(?:on\s+board|aboard|inside|(?:in|at)\s+the\s+(?:[\p{L}-]+\s+)?(?:tower|building|block|club|nightclub|venue|hall|theatre|theater|church|mosque|school|mall|hotel|mine|plant|factory|boat|ship|vessel|plane|jet|aircraft|ferry|bus|train)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InsideAfter();

    [GeneratedRegex(@"\b(?!(?:said|reported|added|stated|announced|confirmed|estimated|believed|feared|expected|warned|claimed|insisted|noted|acknowledged|admitted|revealed|suggested|indicated|explained|argued|stressed|emphasi[sz]ed|counted|recorded|registered|listed|tallied|numbered|totalled|totaled|reached|exceeded|surpassed|passed|topped)\b)\p{Ll}{3,}ed\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|all|only)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectOfVerb();

    [GeneratedRegex(@"^\s+of\s+(?:the|its|their|those)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+\p{Ll}+(?:ed|en)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShareOfWholeBefallen();

    [GeneratedRegex(@"(?:\b(?:city|town|village|country|nation|island|district|province|region|state|community|municipality|capital|port|camp)\s+of|\bpopulation\s+of|\bhome\s+to|\binhabited\s+by)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|fewer\s+than|less\s+than|an\s+estimated)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Population();

    [GeneratedRegex(@"^(?:\s+[\p{L}'’-]+){0,8}?,?\s+(?:(?:including|among\s+them|among\s+the\s+dead|of\s+whom)\s+)(?:(?:at\s+least|about|around|some|more\s+than|nearly|almost)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncludedKind();

    [GeneratedRegex(@"^\s+(?:" + ShareOfThem + @"\s+)?(?:(?:were|was|are)\s+)?(?:all\s+)?" + KindOfPeople + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindShare();

    [GeneratedRegex(@"\b(?<n>a|one|two|three|four|five|six|\d{1,2})\s+(?<unit>days?|weeks?|months?)\s+after\s+(?:a|an)\s[^;.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanAfterOccasion();

    [GeneratedRegex(@"\b(?:march|marches|marched|rally|rallies|rallied|protest|protests|protested|demonstrate|demonstrated|gather|gathered)(?:\s+[\p{Ll}-]+){0,4}?\s+(?:in|at)\s+(?:the\s+)?(?<place>(?>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}))(?!\s+(?:protests?|rallies|rally|marches|march|demonstrations?|movement)\b)|(?<modifier>(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Another|Millions|Thousands|Hundreds|Tens|Dozens|Crowds|Huge|Mass|Massive|Big|Giant|Record|Largest|Second|Third|First|Final|Peace|Women|Students|Workers|Unions|Protesters|Farmers|Teachers|Climate|Student|Youth|Union|National|General)\b)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+(?=(?:march|rally|protest|demonstration|vigil)\b)|\b(?:march|marchers|rally|protest|protesters|demonstrators|crowds?)\s+(?:fills?|filled|floods?|flooded|packs?|packed)\s+(?:the\s+)?(?:(?:central|downtown)\s+)?(?<place>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)", RegexOptions.CultureInvariant)]
    private static partial Regex GatheringPlacedInTitle();

    [GeneratedRegex(@"^[^,;.]{0,60}?\b(?:marches|protests|rallies|demonstrations|vigils)\b[^,;.]{0,40}?\b(?:(?<world>(?:across|around|throughout)\s+the\s+(?:world|globe)|worldwide|in\s+(?:(?:about|some|more\s+than|over|nearly|at\s+least)\s+)?(?:\d+|\w+)\s+countries)|(?:across|around|throughout)\s+the\s+(?:country|nation)|nationwide|in\s+(?:(?:about|some|more\s+than|over|nearly|at\s+least)\s+)?[\d,]+\s+(?:cities|towns))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WiderScopeAfter();

    [GeneratedRegex(@"\b(?:watched|viewed|seen|followed)\s+(?:live\s+)?(?:(?:on\s+)?(?:television|TV|online)\s+)?(?:around\s+the\s+world\s+)?by\s+(?:(?:an\s+estimated|about|around|some|more\s+than|over|nearly|almost|up\s+to|as\s+many\s+as)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AudienceBefore();

    [GeneratedRegex(@"^(?:\s+(?:people|viewers|television\s+viewers|TV\s+viewers))?\s+(?:(?:had|have|were|are)\s+)?(?:watched|tuned\s+in|watching|viewers)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AudienceAfter();

    // "from the riverbanks", "along the route", "lining the streets", "from the stands": watchers on the spot.
    [GeneratedRegex(@"^\s+(?:(?:from|on|along|lining)\s+(?:the\s+)?(?:river\s*banks?|banks|quays?|quayside|stands|streets|bridges|route|pavements?|sidewalks?|balconies|embankments?|seafront|shore)|in\s+person)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnSite();

    [GeneratedRegex(@"^\s+(?:high\s+)?above\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:ground|ravine|valley|river|gorge|canyon|floor|street|road|water)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AboveGroundAfter();

    // The party opens its clause: not the last of a list ("His coalition of Social Democrats, Greens and Free Democrats
    // holds 416 seats") nor the end of a longer name.
    [GeneratedRegex(@"(?<!(?:\b(?:and|of|or|with|for)|\p{Lu}[\p{L}'’-]*),?\s)(?<party>(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)(?:\s+[Pp]arty)?,?\s+(?:(?:had|has|have)\s+)?(?:won|wins|took|takes|secured|secures|captured|gained|holds|held|retained|kept|with)\s+(?:(?:about|some|nearly|almost|just|only|more\s+than|over|at\s+least)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SeatsWonBy();

    [GeneratedRegex(@"\bat\s+a\s+height\s+of\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AtHeightBefore();

    [GeneratedRegex(@"(?<!\b(?:minimum|required|needed|necessary|permitted|allowed)\s+)\b[Vv]isibility\s+(?:(?:at|on|over|around|near|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,2}?)?(?:(?:was|were|is|had\s+been|has\s+been|stood\s+at)\s+(?:(?:down|reduced|cut|limited)\s+to\s+)?|(?:fell|had\s+fallen|has\s+fallen|dropped|had\s+dropped|was\s+down)\s+to\s+|of\s+)(?:(?:only|just|about|around|some|nearly|almost|roughly|less\s+than|under|below|barely|no\s+more\s+than|little\s+more\s+than)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VisibilityBefore();

    [GeneratedRegex(@"\b(?:vote|votes|voters|ballots|election|elections|candidate|candidates|poll|polls|runoff|run-off|tally|count|result|results|referendum|referendums|plebiscite|victory)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ElectionWords();

    // "Mondlane said", "Chamisa still says", "Chapo's victory", and the one whose party speaks: "Tsvangirai's Movement
    // for Democratic Change said", "Wine's party said" (not "Maduro's rival said").
    [GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}-]*)['’]s\s+(?:(?:\p{Lu}[\p{L}-]*|for|of|the|and)\s+){0,4}?(?:\p{Lu}[\p{L}-]*|party|campaign|movement|alliance|coalition)\s+(?:said|says|claimed|claims|insisted|insists|maintained|maintains)\b|\b(?<name>\p{Lu}[\p{L}-]*)(?:\s+(?:still|also|again|later|now))?(?:\s+(?:said|says|claimed|claims|insisted|insists|maintained|maintains)\b|['’]s\s+(?:victory|win|re-?election|share)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PronounsCandidate();

    // "Crimea's referendum", "Scotland's independence vote".
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:referendum|election|vote|plebiscite|ballot)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VoteOfPlace();

    // "the Crimea referendum", "Crimea referendum" (a headline), "a referendum in Crimea".
    [GeneratedRegex(@"(?<![\p{Lu}][\p{L}-]*\s)(?<name>\p{Lu}[\p{L}-]+)\s+(?:referendum|plebiscite)\b|\b(?:referendum|plebiscite)\s+(?:held\s+)?in\s+(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex VoteNamedByPlace();

    // " of voters had backed", " of those who voted in the referendum rejected", " of ballots cast were in favour": the
    // side a referendum's share took.
    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?(?:voters|those\s+who\s+(?:voted|cast\s+(?:a\s+)?ballots?)|(?:ballots|votes)(?:\s+cast)?|participants)(?:\s+(?:in|at)\s+[^,.;]{1,40}?)?\s+(?:had\s+|have\s+|were\s+|was\s+)?(?:(?<yes>backed|backing|supported|supporting|approved|approving|endorsed|favou?red|voted\s+(?:for|yes|in\s+favou?r)|voting\s+(?:for|yes|in\s+favou?r)|said\s+yes|in\s+favou?r)|(?<no>rejected|rejecting|opposed|opposing|voted\s+(?:against|no)|voting\s+(?:against|no)|said\s+no|against))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReferendumSideAfter();

    [GeneratedRegex(@"\b(?:quick|rapid)\s+count\b|\bpartial\s+(?:results|count|returns|tally)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountUnderWay();

    [GeneratedRegex(@"\b(?:polls?(?!\s+stations?)|polling(?!\s+stations?)|opinion|survey|surveys|surveyed|forecast|forecasts|projected|projection|projections|predicted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SurveyWords();

    [GeneratedRegex(@"\b(?:runoff|run-off|second\s+round|second-round)\b(?:[^.;]|\.\d)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RunoffBefore();

    [GeneratedRegex(@"^[^.;]*?\b(?:than|from)\s+(?:in\s+)?the\s+first\s+round\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThanFirstRound();

    /// <summary>The low end of a range of shares, up to the high end's figure: "30 and ", "30% to ", "30-".</summary>
    internal const string ShareRangeLow = @"(?<low>\d{1,2}(?:\.\d{1,2})?)\s*(?:%|per\s?cent|percent)?\s*(?:and|to|-|–)\s*";

    private const string Candidate = @"(?<name>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})";
    private const string ShareQualifier = @"(?:(?:about|around|nearly|almost|some|just\s+over|just\s+under|more\s+than|less\s+than|over|under|only)\s+)?";

    // "Yoweri Museveni won", "Morales had", "the singer Bobi Wine, won", "Venancio Mondlane, who got", "showed Fayulu
    // winning", "Museveni won a sixth term with", "declared Maduro the winner of Sunday's election with", "declared
    // Daniel Chapo of the ruling Frelimo party the winner", "to Gonzalez's", "gave Fayulu", "and the ruling coalition's
    // candidate Emmanuel Ramazani Shadary", "the ruling Georgian Dream party won", "Georgian Dream's official share of
    // the vote was"; and a candidate named by a pronoun, "he had won", "cut his share to", "his own count gave him",
    // whom VoteHolder finds.
    [GeneratedRegex(Candidate + @"(?:\s+(?:party|coalition|alliance|bloc))?(?:,\s+(?:the|a|an|his|her|their|its)\s+[^,.;]{1,40}|,\s+who)?,?\s+(?:had\s+|has\s+)?(?:won|received|got|took|secured|garnered|obtained|polled|had|winning|receiving|getting|taking|securing)\s+" + ShareQualifier + "$"
        + @"|" + Candidate + @"\s+(?:won|was\s+re-?elected|was\s+elected|was\s+declared\s+(?:the\s+)?winner|retained\s+power|kept\s+power)\b(?:[^.;]|\.\d){0,80}?\bwith\s+" + ShareQualifier + "$"
        + @"|\bdeclared\s+(?:[\p{L}-]+\s+){0,2}?" + Candidate + @"(?:\s+of\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:party|Party|alliance|Alliance|coalition|Coalition|movement|Movement))?\s+(?:the\s+)?winner\b(?:[^.;]|\.\d){0,80}?\bwith\s+" + ShareQualifier + "$"
        + @"|\b(?<pronoun>he|she)\s+(?:had\s+|has\s+)?(?:won|received|got|took|secured|garnered|obtained|polled)\s+" + ShareQualifier + "$"
        + @"|\bgave\s+(?<pronoun>him|her)\s+" + ShareQualifier + "$"
        + @"|\b(?<pronoun>his|her)\s+(?:own\s+)?share(?:\s+of\s+the\s+vote)?\s+(?:to|at|was|of|is|stood\s+at)\s+" + ShareQualifier + "$"
        + @"|" + Candidate + @"['’]s\s+(?:official\s+|final\s+|own\s+)?share(?:\s+of\s+the\s+vote)?\s+(?:was|is|stood\s+at)\s+" + ShareQualifier + "$"
        + @"|\bto\s+" + Candidate + @"['’]s?\s+" + ShareQualifier + "$"
        + @"|\bgave\s+" + Candidate + @"\s+" + ShareQualifier + "$"
        + @"|\b(?:and|while)\s+(?:the\s+)?(?:[\p{Ll}'’-]+\s+){0,5}?" + Candidate + @"\s+" + ShareQualifier + "$", RegexOptions.CultureInvariant)]
    private static partial Regex VoteWonBefore();

    // "turnout was ", "turnout in the referendum stood at about ", "Turnout in the Kurdistan region's independence
    // referendum was ", "with turnout of between 30 and ", "a turnout of 40-".
    [GeneratedRegex(@"\b[Tt]urnout\b(?:\s+(?:in|at|for|of)\s+[^.;,]{1,60}?)?\s+(?:(?:was|is|had\s+been|has\s+been|stood\s+at|reached|hit|came\s+to|rose\s+to|fell\s+to|was\s+put\s+at|was\s+estimated\s+at|was\s+officially\s+\p{Ll}+\s+at)\s+|of\s+|at\s+)(?:(?:only|just|about|around|some|nearly|almost|roughly|barely|over|under|above|below|more\s+than|less\s+than|fewer\s+than|just\s+over|just\s+under)\s+)?(?:(?:between\s+)?" + ShareRangeLow + @")?$", RegexOptions.CultureInvariant)]
    private static partial Regex TurnoutBefore();

    // " turnout", " of registered voters cast ballots", " of eligible voters took part".
    [GeneratedRegex(@"^(?:\s+(?:voter\s+)?turnout\b|\s+of\s+(?:the\s+)?(?:eligible|registered)\s+voters\s+(?:had\s+|have\s+)?(?:voted|cast\s+(?:their\s+)?(?:ballots|votes)|turned\s+out|took\s+part))", RegexOptions.CultureInvariant)]
    private static partial Regex TurnoutAfter();

    // "44.2 percent for opposition candidate Edmundo Gonzalez", "30 percent of the vote for Maduro".
    [GeneratedRegex(@"^(?:\s+of\s+the\s+(?:vote|votes|ballots))?\s+(?:for|to)\s+(?:(?:the\s+)?[\p{Ll}'’-]+\s+){0,3}?" + Candidate + @"(?![\p{L}'’-])", RegexOptions.CultureInvariant)]
    private static partial Regex VoteGivenAfter();

    [GeneratedRegex(@"\b(?:weeks?|months?|years?)\s+(?:after|before)\s+(?:[\p{L}-]+\s+){1,2}?(?:had\s+)?(?:killed|attacked|stormed|bombed|massacred)\s[^;.,]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EarlierDeed();

    [GeneratedRegex(@"^\W*(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]|[Aa]n)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:train|tram|carriage|carriages|bus|minibus|coach|car|cars|lorry|truck|van|plane|aircraft|airliner|jet|helicopter|cable\s+car|gondola|(?:Boeing|Airbus|Embraer|Tupolev|Antonov|Ilyushin|Bombardier|ATR|Cessna)(?:\s+[\p{L}\d-]+)?)\s+(?:then\s+|had\s+|has\s+)?(?:fell|dropped|plunged|plummeted|tumbled|rolled)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|as\s+much\s+as)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VehicleFellBefore();

    [GeneratedRegex(@"^\s+of\s+(?:the\s+(?:dead|victims|killed|fatalities)|those\s+(?:killed|who\s+died))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareOfTheDead();

    [GeneratedRegex(@"(?:\b[Aa]mong\s+(?:the\s+(?:dead|victims|fatalities)|those\s+(?:killed|who\s+died))\s+(?:were|was)|\b[Tt]he\s+(?:dead|victims)\s+(?:included|include|includes))\s+(?:at\s+least\s+|about\s+|some\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmongTheDeadBefore();

    [GeneratedRegex(@"^\s+(?:were|was)\s+among\s+(?:the\s+(?:dead|victims|fatalities)|those\s+(?:killed|who\s+died))\b", RegexOptions.CultureInvariant)]
    private static partial Regex AmongTheDeadAfter();

    [GeneratedRegex(@"^\s+(?:people\s+)?(?:(?:were|are|was|is|remain|remained)\s+)?(?:still\s+)?in\s+(?:urgent\s+|immediate\s+|desperate\s+)?need\s+of\b", RegexOptions.CultureInvariant)]
    private static partial Regex InNeedAfter();

    // "had sprayed a poisonous substance into the crowd": a verb of the figure's own, then what was done, then the
    // crowd.
    [GeneratedRegex(@"^\s+(?:had\s+|have\s+)?(?:\p{Ll}{3,}ed|threw|thrown|drove|driven|shot|fired|hurled|flung)\b[^.;,]{0,60}?\b(?:into|at|on|towards?)\s+(?:the\s+)?crowds?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ActedOnCrowd();

    [GeneratedRegex(@"^(?:\s+(?!(?:were|was|are|is|had|have|has|and|or|died|before|after|when|as|until|while|by)\b)[\p{L}-]+){0,4}?\s+(?:(?:had|have)\s+)?(?:(?:confronted|chased|grabbed)\s+and\s+)?(?:killed|shot\s+dead|shot|gunned\s+down|wounded|overpowered|tackled|subdued|disarmed|restrained|confronted|arrested)\s+(?:him|her|them|the\s+(?:gunman|gunmen|attacker|attackers|shooter|suspect|suspects|assailant|assailants|driver|bomber|bombers|knifeman))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoerOfAct();

    // "another 12", "a further 40"; "recovered the last two bodies, bringing the toll to 301": the ones that closed the count.
    [GeneratedRegex(@"\b(?:another|a\s+further|an\s+additional|additional|further)\s+(?:\w+\s+)?$|\bthe\s+(?:last|final)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncrementBefore();

    [GeneratedRegex(@"^\s+after\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterOpens();

    [GeneratedRegex(@"\b" + RiseTo + @"\s+(?:about\s+|at\s+least\s+|more\s+than\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoseTo();

    // "rose to 61 on Tuesday after two people died": what made a total rise is an increment.
    [GeneratedRegex(@"\b" + RiseTo + @"\b[^.;]*\bafter\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RiseCause();

    [GeneratedRegex(@"^\s+more\b(?!\s+than)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncrementAfter();

    [GeneratedRegex(@"^[^.;\d]*?,\s+bringing\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,4}?(?:total|toll|number|count|tally)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BringingTotalAfter();

    [GeneratedRegex(@"\s+other\s+\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex OthersInside();

    [GeneratedRegex(@"^[^,;.]{0,90}?\b(?<!\b(?:more|less|fewer|rather|other)\s+)than\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Baseline();

    // The size of a change, not a total: "revised the number killed down by more than 100", "the toll rose by 12",
    // "raising its estimate by more than 50,000".
    [GeneratedRegex(@"\b(?:up|down|rose|risen|rises|fell|fallen|falls|dropped|increased|decreased|grew|lowered|revised|reduced|(?:rais|increas|lower|reduc|revis)(?:ed|es|ing)(?:\s+(?:its|their|the|his|her|an?)\s+(?:[\p{L}-]+\s+){0,2}?(?:estimate|figure|toll|count|tally|total|number))?)\s+by\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeBy();

    // "one more victim", "two further bodies", "four new cases", "about 5,000 new cases", "Forty-one more people"; not
    // "860 more deaths than usual", nor "3,783 new cars" (cars never driven are no increment).
    [GeneratedRegex(@"^(?:(?:about|around|some|nearly|almost|roughly|approximately|an\s+estimated|more\s+than|over|at\s+least)\s+)?(?:\d+(?:,\d{3})*(?:\.\d+)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(?:more|further|additional|new(?!\s+(?:cars|vehicles|trucks|homes|houses|buildings|ships|aircraft|planes|jets|tanks|drones)\b))\s+(?!than\b)[\p{L}-]+\b(?!\s+than\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncrementInside();
}
