using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Framing;

namespace FactCheck.Extraction.Parsing;

/// <summary>
/// Reads quantities: a number (digits with separators, decimals with multipliers, written numbers, vague magnitudes,
/// or "a"/"an" before a singular unit), an optional qualifier before it, and a counted thing from the lexicon within a
/// few modifier words after it (listed ones, capitalized ones, and up to two other lowercase words). A bare number
/// counts what a tally phrase beside it names ("the death toll rose to 29", "3,381 dead"). Any other number is not a
/// claim (years, times, footnotes).
/// </summary>
internal sealed partial class QuantityReader
{
    private const int MaxModifiers = 4;
    private const int MaxUnlistedModifiers = 2;
    private const int TallyWindow = 110;
    private const int GoverningWindow = 160;

    // The unit of a candidate's share of the vote.
    private const string VoteShareUnit = "percent of the vote";

    /// <summary>The unit of the share of voters who voted: "turnout was 42.7 percent".</summary>
    internal const string TurnoutShareUnit = "percent turnout";

    // Counts of people that a country's name before them narrows to that country's people.
    private static readonly HashSet<string> PopulationUnits =
        ["people", "customers", "civilians", "refugees", "migrants", "evacuees", "passengers", "children", "victims", "hostages", "prisoners", "survivors", "casualties"];
    // The people a victim's age or role names, whom "and" joins into people: "women and children", "children and adults".
    private static readonly HashSet<string> KindsOfPeople = ["people", "children", "adults", "students"];

    // The kinds of people a toll can be of, apart from everyone's: "the death toll among the hostages".
    private static readonly HashSet<string> KindsOfVictims = ["children", "students", "adults", "hostages", "civilians", "passengers"];
    private readonly CompiledLexicon _lexicon;

    public QuantityReader(CompiledLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The quantities of a sentence.</summary>
    /// <param name="tokens">The sentence, cut into tokens once for all the readers.</param>
    /// <param name="elided">
    /// What the story is counting when a sentence leaves it out: a bare number that a reporting verb governs ("The union
    /// said 90,000", "put the nationwide total at 1.9 million") counts it. Null when nothing is being counted.
    /// </param>
    public List<QuantityMatch> Read(TokenizedText tokens, string? elided)
    {
        var sentence = tokens.Text;
        var result = new List<QuantityMatch>();
        var taken = -1;
        foreach (var measure in Measures(sentence))
        {
            result.Add(measure);
        }

        foreach (var candidate in Numbers(tokens))
        {
            // "treated at a hospital", "taken to a village": where, not how many; "42 days without a new case", "shot
            // dead by a police officer": none, and the one who acted, not one of those counted.
            // "died at the age of 88": an age counts no one.
            if (candidate.Start < taken || Covers(result, candidate.Start)
                || (candidate.Indefinite && (PlacePreposition().IsMatch(sentence.AsSpan(0, candidate.Start)) || AbsenceOrAgent().IsMatch(sentence.AsSpan(0, candidate.Start))
                    || DescribesOneNamed().IsMatch(sentence.AsSpan(0, candidate.Start))))
                || IsAge(sentence, candidate.Start) || AgeAfter().IsMatch(sentence, candidate.End) || IsAgeLimit(sentence, candidate)
                || (candidate.Value == 1 && NoBefore().IsMatch(sentence.AsSpan(0, candidate.Start))))
            {
                continue;
            }

            string canonical;
            int end;
            string? nationality = null;
            var elidedUnit = false;
            var unit = FindUnit(sentence, candidate.End, candidate.Indefinite);
            // A plain figure with no unit of its own: what it counts is read from the words around it.
            var unitless = unit is null && !candidate.Indefinite && candidate.Vague is null && !candidate.Year;
            if (unit is { } found && (!candidate.Indefinite || (_lexicon.Lexicon.SingularUnits.Contains(found.Key) && EndsNounPhrase().IsMatch(sentence.AsSpan(found.End))
                && !Ordinal().IsMatch(sentence.AsSpan(candidate.End, found.Index - candidate.End)))))
            {
                (canonical, end) = (CanonicalUnit(found.Key), found.End);
                if (canonical == "pounds" && !WeighsPounds(sentence, candidate.Start, found.End))
                {
                    // Pounds that weigh nothing are money ("paid 40 million British pounds"), read as a sum or not at all.
                    continue;
                }

                if (canonical == "personnel" && found.Key.StartsWith("fighter", StringComparison.OrdinalIgnoreCase)
                    && AircraftModel().IsMatch(sentence.AsSpan(candidate.End, found.Index - candidate.End)))
                {
                    // "lost one MiG-21 fighter", "two F-16 fighters": a model's fighters are planes, not those who fight.
                    canonical = "aircraft";
                }

                if (PopulationUnits.Contains(canonical) || found.Key.StartsWith("worker", StringComparison.OrdinalIgnoreCase))
                {
                    // "143 million US consumers", "400,000 UK consumers", "60 Afghan civilians", "five Norwegian workers",
                    // "fewer than 100 Palestinian casualties": that country's people alone. A force's own ("13 American
                    // service members") names who the force is, not whose people are counted.
                    nationality = ModifierNationality(sentence, candidate.End, found.Index);
                }

                if (UnitJoint().Match(sentence, found.End) is { Success: true } joint)
                {
                    var joined = joint.Index + joint.Length;
                    if (_lexicon.Units.MatchAt(sentence, joined) is { } second && _lexicon.Lexicon.Units[second.Key] is var secondUnit && secondUnit != canonical)
                    {
                        // "300 drones and missiles" counts both together, so it is no count of drones; "26 children and
                        // adults" counts people.
                        (canonical, end) = KindsOfPeople.Contains(canonical) && KindsOfPeople.Contains(secondUnit) ? ("people", second.End)
                            : (string.CompareOrdinal(canonical, secondUnit) < 0 ? $"{canonical} and {secondUnit}" : $"{secondUnit} and {canonical}", second.End);
                    }
                    else if (KindsOfPeople.Contains(canonical) && StaffNoun().Match(sentence, joined) is { Success: true } staff)
                    {
                        // "the 26 children and staff killed": the people of both, not the children alone.
                        (canonical, end) = ("people", staff.Index + staff.Length);
                    }
                }

                if (canonical == "people" && DataOf().IsMatch(sentence.AsSpan(0, candidate.Start)))
                {
                    // "exposed the data of 76.6 million people": those whose data a service held are its customers.
                    canonical = "customers";
                }

                if (Rate().Match(sentence, found.End) is { Success: true } rate)
                {
                    // "1,000 barrels a day", "5,000 barrels (210,000 gallons) a day": a rate is never a total.
                    canonical = RateUnit(canonical, rate.Groups["per"].Success ? rate.Groups["per"].Value.ToLowerInvariant() : "hour");
                }
            }
            else if (unitless && Tallied(sentence, candidate, result, out var talliedNationality) is { } tallied)
            {
                // A bare number still counts what a tally phrase names: "the death toll rose to 29", "3,381 dead".
                (canonical, end, nationality) = (tallied, candidate.End, talliedNationality);
            }
            else if (unitless && NamedVictims(sentence, candidate) is (> 0 and var victimsEnd, var victims))
            {
                // Whatever plural the dead and the hurt go by ("717 pilgrims were killed", "12 miners died"), they are
                // people; a nationality ("80 Americans killed") counts that country's people alone. Those who fought
                // ("Forty-one rebels were killed") are counted apart from the people they fought among. Members of a
                // body the sentence names, killed ("killing seven members of the Revolutionary Guards"), are that
                // body's dead, a part of the toll, counted apart as members.
                (canonical, end, nationality) = (Combatants().IsMatch(sentence.AsSpan(candidate.End, victimsEnd - candidate.End)) ? "militants"
                    : sentence.AsSpan(candidate.End, victimsEnd - candidate.End).EndsWith("members", StringComparison.Ordinal) && MembersOfBody().IsMatch(sentence, victimsEnd)
                        && CasualtyVerbJustBefore().IsMatch(sentence.AsSpan(0, candidate.Start)) ? "members"
                    : "people", victimsEnd, victims);
            }
            else if (unitless && DataOf().IsMatch(sentence.AsSpan(0, candidate.Start)) && PluralNoun().Match(sentence, candidate.End) is { Success: true } owners
                && owners.Groups["noun"].Value is var owner && !char.IsUpper(owner[0]) && NamesPeople(owner))
            {
                // "taken the information of up to 500 million guests": whatever a service calls those whose data it
                // held, they are its customers.
                (canonical, end) = ("customers", owners.Index + owners.Length);
            }
            else if (unitless && FrameCues.FollowsBodiesOf(sentence, candidate.Start) && PluralNoun().Match(sentence, candidate.End) is { Success: true } dead
                && !MeasureNoun().IsMatch(dead.Groups["noun"].Value) && !FunctionWords.Contains(dead.Groups["noun"].Value))
            {
                // "found the bodies of 409 members of the sect": whoever they were, they are bodies; but "the bodies of about
                // 1,500 militants" are of those who fought.
                (canonical, end) = (Combatants().IsMatch(dead.Value) ? "militants" : "bodies", dead.Index + dead.Length);
            }
            else if (unitless && KindOfShare().Match(sentence, candidate.End) is { Success: true } kindShare)
            {
                // "60 people, 37 of them children", "Forty-one of the dead were children": all of one kind among them.
                (canonical, end) = (CanonicalUnit(kindShare.Groups["noun"].Value), candidate.End);
            }
            else if (unitless && ShareOf().Match(sentence, candidate.End) is { Success: true } share)
            {
                // "31 of the 33 engines had ignited", "25 of the cars were electric": a share counts what its whole
                // counts, and nothing when that is no unit, whatever the paragraph was counting before ("27 of its
                // campers had died" is a part of no count the story keeps).
                // "Twelve of the 13 miners were found alive": people named by what they do are people when a verb of what
                // befell them follows, as "12 miners died" are.
                var noun = share.Groups["noun"].Value;
                // "50 of the hostage takers": a unit of two words is read from its first.
                if ((share.Groups["modifier"].Success && _lexicon.Units.MatchAt(sentence, share.Groups["modifier"].Index) is { } named
                        && named.End == share.Index + share.Length ? named : _lexicon.Units.MatchAt(sentence, share.Groups["noun"].Index)) is { } whole)
                {
                    (canonical, end) = (CanonicalUnit(whole.Key), candidate.End);
                }
                else if (NamesPeople(noun) && VictimVerbAfter(sentence, share.Index + share.Length) > 0)
                {
                    (canonical, end) = ("people", candidate.End);
                }
                else
                {
                    continue;
                }
            }
            else if (unitless && CollectiveOf().Match(sentence, 0, candidate.Start) is { Success: true } collective)
            {
                // "with a crew of 23", "a contingent of about 1,500": the group's size counts its members.
                // A crew counts what the lexicon says crew count; a force or a contingent, troops.
                (canonical, end) = (_lexicon.Units.MatchAt(sentence, collective.Groups["noun"].Index) is { } member ? CanonicalUnit(member.Key) : "personnel", candidate.End);
            }
            else if (unitless && AllOfThem().IsMatch(sentence.AsSpan(candidate.End))
                && AppositiveOpens().Match(sentence, 0, candidate.Start) is { Success: true } opens && UnitBefore(sentence, opens.Index) is { } appositive)
            {
                // "the troops at the base, an estimated 2,000 of them, were screened": the figure counts the noun it is set
                // off after.
                (canonical, end) = (appositive, candidate.End);
            }
            else if (unitless && IsBare(sentence, candidate.End) && GatheringDrew().IsMatch(sentence.AsSpan(0, candidate.Start)))
            {
                // "Police said the rally had drawn about 100,000": what a gathering draws is people.
                (canonical, end) = ("people", candidate.End);
            }
            else if (unitless && IsBare(sentence, candidate.End) && FrameCues.IsTollRaised(sentence, candidate.Start) && (elided ?? LastCounted(result)) is null)
            {
                // "Church groups said the real toll was far higher, perhaps 2,000", with no count before it: a toll
                // counts people.
                (canonical, end) = ("people", candidate.End);
            }
            else if (unitless && IsBare(sentence, candidate.End) && NamedCount(sentence, candidate.Start) is { } named)
            {
                // "The state's fish count went from 3,500 to 43,700": the count names what its figures count.
                (canonical, end) = (named, candidate.End);
            }
            else if (unitless && (IsBare(sentence, candidate.End) || GivenBy().IsMatch(sentence.AsSpan(candidate.End)) || PlacedAfter().IsMatch(sentence.AsSpan(candidate.End))
                    || TookPart().IsMatch(sentence.AsSpan(candidate.End)))
                && !CountsUnknownNoun(sentence, candidate.Start) && ElidedUnit(sentence, candidate, elided, result) is { } counted)
            {
                (canonical, end, elidedUnit) = (counted, candidate.End, true);
            }
            else
            {
                continue;
            }

            if (nationality is null && end == candidate.End && _lexicon.Lexicon.PersonUnits.Contains(canonical)
                && PredicateNationality().Match(sentence, end) is { Success: true } said)
            {
                // "Of those killed, 193 were Dutch citizens", "Of the dead, 27 were Australian": the nationality said of a
                // bare figure is its people's.
                nationality = Nationality(said.Groups["name"].Value);
            }
            else if (end == candidate.End && canonical == "people" && PredicateKind().Match(sentence, end) is { Success: true } kind)
            {
                // "Of the dead, 41 were children": the kind said of a bare figure is what it counts.
                canonical = CanonicalUnit(kind.Groups["noun"].Value);
            }

            if (Informed().IsMatch(sentence.AsSpan(end)))
            {
                // "two people familiar with the matter said": who speaks, not a count.
                continue;
            }

            if (candidate.Value <= 120 && AgeLimitBefore().IsMatch(sentence.AsSpan(0, candidate.Start)))
            {
                // "Nine of the dead were children under 10", "people over 65": an age, not a count.
                continue;
            }

            var (start, precision, low, high, value) = Qualify(sentence, candidate);
            var isTotal = Total().IsMatch(sentence.AsSpan(Math.Max(0, start - 20), Math.Min(20, start))) || TotalAfter().IsMatch(sentence.AsSpan(end));
            if (canonical == "magnitude" && (value >= 10 || (unit is null && !sentence.AsSpan(candidate.Start, candidate.End - candidate.Start).Contains('.'))))
            {
                // No earthquake or blast is stronger than 10: "magnitude ... 80 km away" measures a distance; and a
                // magnitude read from its context ("the quake at 8.1") is written with its decimal.
                continue;
            }

            if (precision == QuantityPrecision.Range)
            {
                // "from under 100 to more than 2,000", "killed about 7,000 to 8,000 people": a low end read as a figure
                // of its own, with its qualifier, is a part of the range.
                result.RemoveAll(m => m.Start < end && m.End > start);
            }

            result.Add(new QuantityMatch(start, end, value, low, high, precision, canonical, isTotal, elidedUnit, nationality, candidate.Indefinite));
            taken = end;
        }

        result.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    // What a bare figure that names no unit goes on counting, or null: what the story counts when a reporting verb
    // governs it ("The union said 90,000"), or the count before it in the sentence when it is one place's share of that
    // count ("806,000 in total, including 65,000 in Paris", "1.5 million took part, 250,000 of them in the capital").
    private static string? ElidedUnit(string sentence, NumberCandidate candidate, string? elided, List<QuantityMatch> found)
    {
        var last = LastCounted(found);
        if (candidate.Value < 10 && (elided ?? last) != "magnitude" && sentence.AsSpan(candidate.Start, candidate.End - candidate.Start).Contains('.'))
        {
            // "The U.S. Geological Survey measured it at 7.9": a figure with a decimal below ten counts no one; one that
            // is measured is a shock's magnitude.
            return MeasuringVerbBefore().IsMatch(sentence.AsSpan(0, candidate.Start)) ? "magnitude" : null;
        }

        if ((elided ?? last) is { } counted && (counted != "magnitude" || candidate.Value < 10) && IsGoverned(sentence.AsSpan(0, candidate.Start)))
        {
            return counted;
        }

        var after = sentence.AsSpan(candidate.End);
        if (((ComparedWith().IsMatch(sentence.AsSpan(0, candidate.Start)) && CreditedAfter().IsMatch(after)) || ComparedWithFigure().IsMatch(sentence.AsSpan(0, candidate.Start)))
            && found.LastOrDefault(m => GoesOnCounting(m) && !PartNamed().IsMatch(sentence.AsSpan(0, m.Start)))?.Unit is { } compared)
        {
            // "confirmed 1,294 deaths, fewer than the 2,445 announced by the ministry": another source's figure set
            // against the one before it counts what that one counts, not a part named between ("15 people had died,
            // including the two gunmen, far fewer than the 25 he had estimated"). One no one gives ("fewer than the 2.5
            // million who took part in 2019", "far more than the 200,000 they had expected") is left alone. So does the
            // official figure set against it, or someone's: "as high as 2,000, far above the official figure of 191",
            // "far below the organisers' figure of 800,000".
            return compared;
        }

        // "240,000 people had rallied in Tel Aviv and about 380,000 nationwide": a figure joined to the count before it
        // and placed counts what that one counts, somewhere else or in all. So does one joined to it and given by
        // another source: "1.28 million people, according to police, or more than 3 million according to the organisers".
        if ((last ?? elided) is { } whole && whole != "magnitude"
            && (PartInPlace().IsMatch(after) || (IncludedInPlace().IsMatch(after) && Including().IsMatch(sentence.AsSpan(0, candidate.Start)))
                || (last is not null && JoinedBefore().IsMatch(sentence.AsSpan(0, candidate.Start)) && PlacedAfter().IsMatch(after))
                || (last is not null && AlternativeBefore().IsMatch(sentence.AsSpan(0, candidate.Start)) && AccordingTo().IsMatch(after))))
        {
            return whole;
        }

        // "but more than 250,000 attended": whoever came to something are people, whatever the sentence counted before.
        return TookPart().IsMatch(after) ? "people" : null;
    }

    // A unit counted per unit of time: "barrels a day".
    private static string RateUnit(string unit, string per) => $"{unit} a {per}";

    /// <summary>Whether a unit is itself a rate ("barrels a day"), as <see cref="Read"/> names one.</summary>
    public static bool IsRateUnit(string unit) => unit.Contains(" a ", StringComparison.Ordinal);

    // The unit a unit phrase the lexicon matched counts: a single unit's, or a compound's ("service members").
    private string CanonicalUnit(string key) => _lexicon.Lexicon.Units.GetValueOrDefault(key) ?? _lexicon.Lexicon.CompoundUnits[key];

    // The unit of the nearest noun that ends before the given index, within its clause.
    private string? UnitBefore(string sentence, int index)
    {
        var from = sentence.AsSpan(0, index).LastIndexOfAny(",;:") + 1;
        for (var i = index - 1; i >= from; i--)
        {
            if (char.IsLetter(sentence[i]) && (i == 0 || !char.IsLetter(sentence[i - 1])) && _lexicon.Units.MatchAt(sentence, i) is { } match && match.End <= index)
            {
                return CanonicalUnit(match.Key);
            }
        }

        return null;
    }

    // Within a sentence, a bare figure counts what the figure before it counted: "confirmed 17 deaths, then 30".
    // "a factory building ... has risen to 304": a thing named with "a" is no count a bare number goes on with.
    private static string? LastCounted(List<QuantityMatch> found) => found.LastOrDefault(GoesOnCounting)?.Unit;

    private static bool GoesOnCounting(QuantityMatch m) => !QuantityClaim.IsMoneyUnit(m.Unit) && m.Unit != "magnitude" && !m.Indefinite;

    // Quantities whose unit stands before the number or is a symbol: earthquake magnitudes ("magnitude 7.8",
    // "a 7.8-magnitude quake") and sums of money ("$3 billion", "between $2.1 billion and $2.9 billion", "$10-15 billion",
    // "£150 million", "€2 billion"), each in its own currency.
    private IEnumerable<QuantityMatch> Measures(string sentence)
    {
        for (var m = Magnitude().Match(sentence); m.Success; m = m.NextMatch())
        {
            // A tenth of the rounding step: 7.8 and 7.9 must not touch, since two scales' readings are a disagreement.
            var value = Amount(m.Groups["num"].Value);
            var margin = 0.05 * Math.Pow(10, -Decimals(m.Groups["num"].Value));
            yield return new QuantityMatch(m.Index, m.Index + m.Length, value, value - margin, value + margin, QuantityPrecision.Exact, "magnitude", false);
        }

        // "Maduro won 51.2 percent of the vote", "against 30 percent for Maduro": a candidate's share of the vote,
        // which is the one share read as a figure. Half the rounding step either side: 58.6 is 58.64 rounded, but 34.8
        // and 35.08 disagree.
        for (var m = Percentage().Match(sentence); m.Success; m = m.NextMatch())
        {
            if (FrameCues.VoteHolder(sentence, m.Index, m.Index + m.Length) is { } holder)
            {
                yield return Share(sentence, m, VoteShareUnit) with { VoteHolder = holder };
            }
            else if (FrameCues.IsTurnoutShare(sentence, m.Index, m.Index + m.Length))
            {
                yield return Share(sentence, m, TurnoutShareUnit);
            }
            else if (StruckShareOf().Match(sentence, m.Index + m.Length) is { Success: true } struck)
            {
                // "38.5 percent of primary school teachers had stopped work" against "75 percent of primary teachers
                // were on strike": the share of one group that struck, which only the same group's share meets;
                // "school" in the group's name says nothing of who it is.
                var group = string.Join(' ', struck.Groups["group"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "school"));
                yield return Share(sentence, m, $"percent of {group.ToLowerInvariant()} on strike");
            }
        }

        // "No Americans were harmed", "there were no casualties", "no one was killed": a count of zero.
        for (var m = Zero().Match(sentence); m.Success; m = m.NextMatch())
        {
            var noun = m.Groups["noun"];
            var unit = noun.Success && _lexicon.Units.MatchAt(sentence, noun.Index) is { } found ? _lexicon.Lexicon.Units[found.Key] : "people";
            var nationality = ZeroNationality().Match(m.Value) is { Success: true } named ? Nationality(named.Groups["name"].Value) : null;
            yield return new QuantityMatch(m.Index, m.Index + m.Length, 0, 0, 0, QuantityPrecision.Exact, unit, false, Nationality: nationality);
        }

        // "A third girl has died": the count the death brings the toll to.
        for (var m = OrdinalDeath().Match(sentence); m.Success; m = m.NextMatch())
        {
            var value = Array.IndexOf(Ordinals, m.Groups["ordinal"].Value.ToLowerInvariant()) + 2;
            var unit = m.Groups["noun"].Value.ToLowerInvariant() switch { "girl" or "boy" or "child" or "baby" => "children", "student" or "pupil" => "students", _ => "people" };
            yield return new QuantityMatch(m.Index, m.Groups["noun"].Index + m.Groups["noun"].Length, value, value, value, QuantityPrecision.Exact, unit, false);
        }

        for (var m = Money().Match(sentence); m.Success; m = m.NextMatch())
        {
            var currency = m.Groups["currency"].Value switch { "£" => "GBP", "€" => "EUR", _ => "USD" };
            var multiplier = _lexicon.Lexicon.Multipliers.GetValueOrDefault(m.Groups["mult"].Value, 1);
            var high = Amount(m.Groups["high"].Value) * multiplier;
            if (m.Groups["low"].Success)
            {
                var low = Amount(m.Groups["low"].Value) * multiplier;
                yield return new QuantityMatch(m.Index, m.Index + m.Length, high, low, high, QuantityPrecision.Range, currency, false);
                continue;
            }

            yield return QualifiedSum(sentence, m, high, currency);
        }

        // "3 billion Swiss francs", "192 million euros", "8 billion dollars": a sum whose currency is written out.
        for (var m = WrittenMoney().Match(sentence); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["currency"].Value.ToLowerInvariant();
            if (name.StartsWith("pound", StringComparison.Ordinal) && WeighsPounds(sentence, m.Index, m.Index + m.Length))
            {
                continue;
            }

            var currency = CurrencyCode(name);
            var multiplier = _lexicon.Lexicon.Multipliers.GetValueOrDefault(m.Groups["mult"].Value, 1);
            var high = Amount(m.Groups["high"].Value) * multiplier;
            if (m.Groups["low"].Success)
            {
                var low = Amount(m.Groups["low"].Value) * multiplier;
                if (low < high)
                {
                    yield return new QuantityMatch(m.Index, m.Index + m.Length, high, low, high, QuantityPrecision.Range, currency, false);
                }

                continue;
            }

            yield return QualifiedSum(sentence, m, high, currency);
        }
    }

    // A share of a vote, with its range or qualifier: "between 30 and 50 percent", "about 60 percent", "more than 52
    // percent". Half the rounding step either side of an exact share: 58.6 is 58.64 rounded, but 34.8 and 35.08
    // disagree. A share given roughly is a point either way, not a tenth of itself: "about 52 percent" is not 47.
    private QuantityMatch Share(string sentence, Match share, string unit)
    {
        const double RoughShare = 1;
        var value = Amount(share.Groups["num"].Value);
        var margin = 0.5 * Math.Pow(10, -Decimals(share.Groups["num"].Value));
        var end = share.Index + share.Length;
        if (PercentRangeBefore().Match(sentence, 0, share.Index) is { Success: true } range && Amount(range.Groups["low"].Value) is var low && low < value)
        {
            return new QuantityMatch(range.Index, end, value, low, value, QuantityPrecision.Range, unit, false);
        }

        if (Qualified(sentence, share.Index, value, margin) is not var (start, precision, _, _))
        {
            return new QuantityMatch(share.Index, end, value, value - margin, value + margin, QuantityPrecision.Exact, unit, false);
        }

        var (lowest, highest) = precision switch
        {
            QuantityPrecision.Approximate => (value - RoughShare - margin, value + RoughShare + margin),
            QuantityPrecision.AtLeast => (value - margin, 100),
            QuantityPrecision.UpTo => (value - RoughShare - margin, value + margin),
            _ => (0, value + margin),
        };
        return new QuantityMatch(start, end, value, lowest, highest, precision, unit, false);
    }

    // A sum bounded by the qualifiers of counts: "up to $15 billion", "more than 2 billion euros".
    private QuantityMatch QualifiedSum(string sentence, Match sum, double value, string currency)
    {
        var (start, precision, low, high) = Qualified(sentence, sum.Index, value, halfStep: 0) ?? (sum.Index, QuantityPrecision.Exact, value, value);
        return new QuantityMatch(start, sum.Index + sum.Length, value, low, high, precision, currency, false);
    }

    // "1,000 pounds of explosives", "weighed 7,000 pounds": pounds that weigh something, not pounds paid.
    private static bool WeighsPounds(string sentence, int start, int end)
        => WeightOf().IsMatch(sentence.AsSpan(end)) || Weighing().IsMatch(sentence.AsSpan(0, start));

    // The code of a currency written out: "Swiss francs" CHF, "euros" EUR, "dollars" USD unless another country's.
    private static string CurrencyCode(string name) => name switch
    {
        _ when name.StartsWith("swiss", StringComparison.Ordinal) || name == "francs" => "CHF",
        _ when name.StartsWith("euro", StringComparison.Ordinal) => "EUR",
        _ when name.StartsWith("pound", StringComparison.Ordinal) => "GBP",
        _ when name.StartsWith("hong kong", StringComparison.Ordinal) => "HKD",
        _ when name.StartsWith("australian", StringComparison.Ordinal) => "AUD",
        _ when name.StartsWith("canadian", StringComparison.Ordinal) => "CAD",
        _ when name.StartsWith("singapore", StringComparison.Ordinal) => "SGD",
        "yen" => "JPY",
        "yuan" or "renminbi" => "CNY",
        "rupees" => "INR",
        "roubles" or "rubles" => "RUB",
        "won" => "KRW",
        "lira" or "liras" => "TRY",
        "rand" => "ZAR",
        "shekels" => "ILS",
        _ => "USD",
    };

    private static double Amount(ReadOnlySpan<char> digits)
    {
        Span<char> ascii = digits.Length <= 64 ? stackalloc char[digits.Length] : new char[digits.Length];
        var length = 0;
        foreach (var c in digits)
        {
            if (c != ',')
            {
                ascii[length++] = DecimalDigits.ToAscii(c);
            }
        }

        return double.Parse(ascii[..length], CultureInfo.InvariantCulture);
    }

    private static bool Covers(List<QuantityMatch> found, int position)
    {
        foreach (var match in found)
        {
            if (match.Start <= position && position < match.End)
            {
                return true;
            }
        }

        return false;
    }

    private static int Decimals(ReadOnlySpan<char> digits) => digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;

    private List<NumberCandidate> Numbers(TokenizedText tokens)
    {
        var sentence = tokens.Text;
        var candidates = new List<NumberCandidate>();
        foreach (var match in Digits().EnumerateMatches(sentence))
        {
            if ((match.Index > 0 && sentence[match.Index - 1] is '$' or '€' or '£' or ':' or '/' or '#' or '[')
                || (match.Index + match.Length < sentence.Length && sentence[match.Index + match.Length] is '/' or ']')
                || TimeOrRatio(sentence, match.Index + match.Length) || Share().IsMatch(sentence, match.Index + match.Length))
            {
                continue;
            }

            if (IsModelNumber(sentence, match.Index, match.Index + match.Length) || IsNameNumber(sentence, match.Index, match.Index + match.Length)
                || GradeBefore().IsMatch(sentence.AsSpan(0, match.Index)) || AllBut().IsMatch(sentence.AsSpan(0, match.Index)) || IsRatioTerm(sentence, match.Index, match.Index + match.Length))
            {
                continue;
            }

            // The expression's digits, then its multiplier ("5m", "1.9 million") if any.
            var matched = sentence.AsSpan(match.Index, match.Length);
            var digitsLength = 0;
            while (digitsLength < matched.Length && (char.IsDigit(matched[digitsLength]) || matched[digitsLength] is ',' or '.'))
            {
                digitsLength++;
            }

            var digits = matched[..digitsLength];
            var multiplierText = matched[digitsLength..].TrimStart() is { Length: > 0 } after ? after.ToString() : null;
            var number = Amount(digits);
            var multiplier = multiplierText is null ? 1 : _lexicon.Lexicon.Multipliers.GetValueOrDefault(multiplierText, 1);
            var halfStep = multiplierText is null ? 0 : 0.5 * Math.Pow(10, -Decimals(digits)) * multiplier;
            var year = multiplierText is null && digits.Length == 4 && number is >= 1800 and <= 2100;
            candidates.Add(new NumberCandidate(match.Index, match.Index + match.Length, number * multiplier, halfStep, Vague: null, Indefinite: false, year));
        }

        var numberWords = _lexicon.NumberWords.FindAll(tokens);
        var wordsEnd = 0;
        foreach (var word in numberWords)
        {
            // "one of the", "two of them", "Ninety of the victims were killed at the club", "Eighteen of the crew are
            // Indian": a written number before "of" is a phrase or a part, except where it says how many of those
            // present died or were hurt ("four of its crew were killed", "Two of the passengers died", "Six of the attackers
            // were killed").
            // "Only one of the 13 miners survived" names its whole, which "one of the worst" does not.
            if (word.Index < wordsEnd || (Of().IsMatch(sentence.AsSpan(word.End)) && !KindOfShare().IsMatch(sentence, word.End) && SharePresentHurt().Match(sentence, word.End) is var share
                && (!share.Success || (_lexicon.Lexicon.NumberWords[word.Key] < 2 && !share.Groups["whole"].Success))))
            {
                continue;
            }

            if (IsNameWord(sentence, word.Index) || AllBut().IsMatch(sentence.AsSpan(0, word.Index)) || IsRatioTerm(sentence, word.Index, word.End))
            {
                continue;
            }

            var (value, end) = WrittenNumber(sentence, word, numberWords);
            wordsEnd = end;
            if (Share().IsMatch(sentence, end))
            {
                continue;
            }

            candidates.Add(new NumberCandidate(word.Index, end, value, 0, Vague: null, Indefinite: false));
        }

        for (var hyphen = sentence.IndexOf('-'); hyphen > 0; hyphen = sentence.IndexOf('-', hyphen + 1))
        {
            // "an eight-storey building": a written number joined to its unit is one word. "zero" so joined names an aim,
            // no count: "the state's zero-casualty approach".
            var start = hyphen;
            while (start > 0 && char.IsLetter(sentence[start - 1]))
            {
                start--;
            }

            if (start < hyphen && (start == 0 || sentence[start - 1] != '-') && hyphen + 1 < sentence.Length && char.IsLower(sentence[hyphen + 1])
                && _lexicon.Lexicon.NumberWords.TryGetValue(sentence[start..hyphen], out var value) && value > 0 && Compound(sentence, hyphen + 1) is not null)
            {
                candidates.Add(new NumberCandidate(start, hyphen, value, 0, Vague: null, Indefinite: false));
            }
        }

        foreach (var vague in _lexicon.Vague.FindAll(tokens))
        {
            candidates.Add(new NumberCandidate(vague.Index, vague.End, 0, 0, _lexicon.Lexicon.VagueQuantities[vague.Key], Indefinite: false));
        }

        foreach (var article in Indefinite().EnumerateMatches(sentence))
        {
            candidates.Add(new NumberCandidate(article.Index, article.Index + article.Length, 1, 0, Vague: null, Indefinite: true));
        }

        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        return candidates;
    }

    // A number that ends a name is no count: "the Expedition 70 crew", "Apollo 11 astronauts", "Flight 370 passengers"; not
    // "In Gaza 40 people", where a preposition opens the name, nor "On Saturday 12 people", nor a figure with a separator.
    private static bool IsNameNumber(string sentence, int start, int end)
    {
        if (end - start > 4 || sentence.AsSpan(start, end - start).ContainsAnyExceptInRange('0', '9') || start < 2 || sentence[start - 1] != ' ')
        {
            return false;
        }

        var wordStart = start - 1;
        while (wordStart > 0 && sentence[wordStart - 1] != ' ')
        {
            wordStart--;
        }

        if (wordStart == 0 || !char.IsUpper(sentence[wordStart]))
        {
            return false;
        }

        return FollowsName(sentence, start);
    }

    // "9:02", "3:1": a colon joins the figure to another; "the toll stands at 148: 142 students, ..." opens a list. A time
    // of day however written is no count either: "at about 10.31pm", "at 6 p.m.".
    private static bool TimeOrRatio(string sentence, int end)
        => (end + 1 < sentence.Length && sentence[end] == ':' && char.IsDigit(sentence[end + 1])) || ClockTime().IsMatch(sentence, end);

    [GeneratedRegex(@"\G(?:[.:]\d{2})?\s?[ap]\.?m\.?(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    // A number that grades or labels what follows is no count: "the category 5 storm flattened buildings", "a level 4
    // alert", "reactor 4", "runway 34".
    [GeneratedRegex(@"\b(?:category|level|grade|phase|stage|class|type|platform|gate|terminal|reactor|runway|no\.)\s$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GradeBefore();

    // A capitalized written number after a name ends the name: "School Number One", "Air Force One", "World War Two".
    private static bool IsNameWord(string sentence, int start) => start >= 2 && char.IsUpper(sentence[start]) && FollowsName(sentence, start);

    private static bool FollowsName(string sentence, int start)
    {
        var name = NameBeforeNumber().Match(sentence, 0, start);
        return name.Success && !FrameCues.IsCalendarName(name.Groups["name"].Value) && !RangeOpener().IsMatch(name.Groups["name"].Value);
    }

    // A model or product name is no count: "F-35", "C-17", "Boeing 737-800", "A320" (the letters make it one word).
    // "12-30 deaths" after a lowercase word, or opening the sentence, is a range.
    private static bool IsModelNumber(string sentence, int start, int end)
    {
        var joinedBefore = start >= 2 && sentence[start - 1] == '-' && char.IsLetterOrDigit(sentence[start - 2]);
        var joinedAfter = end + 1 < sentence.Length && sentence[end] == '-' && char.IsDigit(sentence[end + 1]);
        if (!joinedBefore && !joinedAfter)
        {
            return false;
        }

        var first = start;
        if (joinedBefore && char.IsDigit(sentence[start - 2]))
        {
            first = start - 1;
            while (first > 0 && (char.IsDigit(sentence[first - 1]) || sentence[first - 1] == ','))
            {
                first--;
            }
        }
        else if (joinedBefore)
        {
            return true;
        }

        if (first > 0 && !char.IsWhiteSpace(sentence[first - 1]))
        {
            return true;
        }

        var word = WordBeforeNumber().Match(sentence, 0, first);
        return word.Success && char.IsUpper(word.Value[0]) && (word.Index > 0 || !RangeOpener().IsMatch(word.Value));
    }

    private PhraseMatch? FindUnit(string sentence, int position, bool indefinite)
    {
        var unlisted = 0;
        var lastUnlisted = false;
        for (var words = 0; words <= MaxModifiers; words++)
        {
            var space = position;
            while (space < sentence.Length && sentence[space] == ' ')
            {
                space++;
            }

            if (words == 0 && position + 1 < sentence.Length && sentence[position] == '-' && Compound(sentence, position + 1) is { } compound)
            {
                // "a 24-storey block", "six-storey".
                return compound;
            }

            if (words > 0 && ModifiersListed().Match(sentence, position) is { Success: true } listed)
            {
                // "47.8 million current, former and prospective customers": modifiers listed before one noun.
                position = listed.Index + listed.Length;
                continue;
            }

            if (space == position && position < sentence.Length && !indefinite)
            {
                // "12,000soldiers" is no quantity; "1.5K" has its multiplier inside the number already.
                return null;
            }

            if (_lexicon.UnitLookalikes.MatchAt(sentence, space) is not null)
            {
                // "two display cases", "300 criminal cases": the unit's word names something else here.
                return null;
            }

            var unit = _lexicon.Units.MatchAt(sentence, space);
            if (unit is not null)
            {
                return unit;
            }

            if (words == 0 && OtherAt().Match(sentence, space) is { Success: true } other)
            {
                // "Twelve other children were wounded": those besides the ones already told of, counted by the noun after.
                position = other.Index + other.Length;
                continue;
            }

            if (words > 0 && !lastUnlisted && ModifierJoint().Match(sentence, space) is { Success: true } joint)
            {
                // "1,500 U.S. and coalition personnel", "200 Iraqi and Kurdish troops": two who-modifiers of one noun.
                position = joint.Index + "and".Length;
                continue;
            }

            var modifier = _lexicon.Modifiers.MatchAt(sentence, space);
            if (modifier is { Key: "of" } && lastUnlisted)
            {
                // "more than 50 sightings of drones", "three waves of missiles": the figure counts the noun before "of".
                return null;
            }

            var next = modifier?.End ?? CapitalizedWordEnd(sentence, space, keepAbbreviation: words == 0);
            if (modifier is { Key: "of" } && OwnersAfterOf().Match(sentence, modifier.Value.End) is { Success: true } owners)
            {
                // "25,000 of his men", "3,000 of its troops": whose they are, not which of them.
                next = owners.Index + owners.Length;
            }

            if (next <= space && unlisted < MaxUnlistedModifiers)
            {
                // Any other adjective or noun may describe the counted thing ("three army helicopters"), but a
                // function word ends the phrase: "12 were evacuated", "5 and wounded 12 soldiers".
                next = LowercaseWordEnd(sentence, space);
                if (indefinite && lastUnlisted && next > space + 2 && sentence[next - 1] == 's' && sentence[next - 2] != 's')
                {
                    // After "a" and a noun, a word in -s is a verb, not a modifier: "before a doctor confirms death" counts
                    // no death ("a French munitions ship" still counts a ship).
                    return null;
                }

                unlisted++;
                lastUnlisted = next > space;
            }
            else
            {
                lastUnlisted = false;
            }

            if (next <= space)
            {
                return null;
            }

            position = next;
        }

        return null;
    }

    private PhraseMatch? Compound(string sentence, int start)
    {
        var end = start;
        while (end < sentence.Length && char.IsLetter(sentence[end]))
        {
            end++;
        }

        var word = sentence[start..end];
        return end > start && (_lexicon.Lexicon.Units.ContainsKey(word) || _lexicon.Lexicon.CompoundUnits.ContainsKey(word)) ? new PhraseMatch(start, end - start, word) : null;
    }

    private static int LowercaseWordEnd(string sentence, int start)
    {
        var end = start;
        while (end < sentence.Length && (char.IsLower(sentence[end]) || (sentence[end] == '-' && end > start)))
        {
            end++;
        }

        return end - start >= 2 && end < sentence.Length && sentence[end] == ' ' && !FunctionWords.Contains(sentence.AsSpan(start, end - start))
            && !MeasureNoun().IsMatch(sentence.AsSpan(start, end - start)) ? end : start;
    }

    // The unit of the last figure before the index that counts things other than people in general ("two attackers",
    // "three soldiers"), or null.
    private string? CountedBefore(string sentence, int index)
    {
        string? counted = null;
        for (var m = SmallCount().Match(sentence, 0, index); m.Success; m = m.NextMatch())
        {
            if (_lexicon.Units.MatchAt(sentence, m.Index + m.Length) is { } unit && _lexicon.Lexicon.Units[unit.Key] is var canonical)
            {
                counted = canonical == "people" ? null : canonical;
            }
        }

        return counted;
    }

    // The canonical unit a bare number counts through a tally phrase: right after it ("3,381 dead", "12 injured"), right
    // before it, over a qualifier ("killing at least 1,000"), or shortly before it with a linking word or qualifier
    // between ("the death toll has risen to 29", "the toll has passed 5,000"). A number followed by a noun of its
    // own ("arrested 5 days ago") is not bare. A plural demonym before a tally phrase linked to the number names whose
    // dead they are (<paramref name="nationality"/>).
    private string? Tallied(string sentence, NumberCandidate number, List<QuantityMatch> found, out string? nationality)
    {
        nationality = null;
        // "3,381 dead", and over an auxiliary, "2,104 were injured".
        var auxiliary = Auxiliary().Match(sentence, number.End);
        var next = auxiliary.Success ? _lexicon.TallyPhrases.MatchAt(sentence, auxiliary.Index + auxiliary.Length) : null;
        if (next is { } after)
        {
            // "two attackers had entered the building and one had been killed": "one" is one of the things counted
            // before it, not a person the story's toll counts.
            if (sentence.AsSpan(number.Start, number.End - number.Start).Equals("one", StringComparison.OrdinalIgnoreCase)
                && CountedBefore(sentence, number.Start) is { } counted)
            {
                return counted;
            }

            // "put the number of hostages who died at 130, but a group of relatives says at least 174 died": a toll set
            // against another one counts the same people.
            return DeathTally().IsMatch(after.Key) && found.Count > 0 && found[^1] is { } prior && KindsOfVictims.Contains(prior.Unit)
                && DeathTally().IsMatch(sentence.AsSpan(0, prior.End)) && ContrastedToll().IsMatch(sentence.AsSpan(prior.End, number.Start - prior.End))
                ? prior.Unit
                : _lexicon.Lexicon.TallyPhrases[after.Key];
        }

        // "killed 59 people and injured 155 others": the others are all the injured, not a part of a figure before them.
        if (OthersAt().IsMatch(sentence, number.End) && InjuredBefore().IsMatch(sentence.AsSpan(0, number.Start)))
        {
            return "people";
        }

        // "61 were confirmed dead, and 74 others were missing": the others, beside a figure before them, are people counted
        // by a tally of their own. Others of the same kind add to the figure before ("14 wounded by gunfire and 13 others
        // injured as people fled"): a part, counted by no tally.
        if (OthersAt().Match(sentence, number.End) is { Success: true } others && FigureBefore().IsMatch(sentence.AsSpan(0, number.Start))
            && Auxiliary().Match(sentence, others.Index + others.Length) is var verb
            && _lexicon.TallyPhrases.MatchAt(sentence, verb.Index + verb.Length) is { } tally
            && _lexicon.Lexicon.TallyPhrases[tally.Key] == "people"
            && !Array.Exists(TallyKinds, kind => Array.Exists(kind, tally.Key.Contains) && Array.Exists(kind, stem => sentence.AsSpan(0, number.Start).Contains(stem, StringComparison.OrdinalIgnoreCase))))
        {
            return "people";
        }

        if (!IsBare(sentence, number.End) && !GivenBy().IsMatch(sentence.AsSpan(number.End)))
        {
            return null;
        }

        if ((ShareOf().Match(sentence, number.End) is { Success: true } share ? share : OwnersShareOf().Match(sentence, number.End)) is { Success: true } of
            && _lexicon.Units.MatchAt(sentence, of.Groups["noun"].Index) is { } whole
            && !_lexicon.Lexicon.PersonUnits.Contains(_lexicon.Lexicon.Units[whole.Key]))
        {
            // "had been displaced, and floods had hit 425 of the state's 497 municipalities": a share of things counts
            // those things, whatever tally came before.
            return null;
        }

        // A range's high end is linked to its tally through the range's opening: "the toll was between 2,000 and 2,500".
        var range = RangeBefore(sentence, number);
        var numberStart = range.Success ? range.Index : number.Start;
        var windowStart = Math.Max(0, numberStart - TallyWindow);
        var before = sentence.AsSpan(windowStart, numberStart - windowStart);
        var beforeTokens = new TokenizedText(sentence, windowStart, numberStart);
        var tallies = _lexicon.TallyPhrases.FindAll(beforeTokens);

        // "The death toll from the 2023 earthquake reached 50": a whole number is no magnitude, so the toll counts it.
        if (!sentence.AsSpan(number.Start, number.End - number.Start).Contains('.'))
        {
            tallies = Array.FindAll(tallies, t => _lexicon.Lexicon.TallyPhrases[t.Key] != "magnitude");
        }

        if (tallies.Length == 0)
        {
            return null;
        }

        var last = tallies[^1];
        var qualifier = _lexicon.Qualifiers.FindAll(beforeTokens).LastOrDefault();
        var qualified = qualifier.Length > 0 && qualifier.Index >= last.End && sentence.AsSpan(qualifier.End, numberStart - qualifier.End).Trim().Length == 0;
        var gap = sentence.AsSpan(last.End, (qualified ? qualifier.Index : numberStart) - last.End);
        var adjacent = gap.Trim().Length == 0;
        var linked = (qualified || TallyLink().IsMatch(before) || (range.Success && TallyLink().IsMatch(sentence.AsSpan(windowStart, (range.Groups["over"].Success ? range.Groups["over"].Index : number.Start) - windowStart))))
            && gap.IndexOfAny(";:!?") < 0;
        if (!adjacent && linked && _lexicon.Lexicon.TallyPhrases[last.Key] == "people" && WordBeforeNumber().Match(sentence, 0, RelativeBefore().Match(sentence, 0, last.Index) is { Success: true } relative ? relative.Index : last.Index) is { Success: true } doers
            && _lexicon.Lexicon.Units.GetValueOrDefault(doers.Value.ToLowerInvariant()) is { } kind && kind is "attackers" or "civilians" or "children" or "students" or "hostages")
        {
            // "revised the number of attackers killed down to three": those who attacked are counted apart; "put the
            // number of civilians killed at 264" counts civilians, and "the number of foreign hostages killed stands at
            // 39" and "the number of hostages who died" hostages, not everyone killed.
            return kind;
        }

        if (!adjacent && linked && _lexicon.Lexicon.TallyPhrases[last.Key] == "people" && TollAmong().Match(sentence, last.End) is { Success: true } among
            && among.Index + among.Length <= numberStart && _lexicon.Units.MatchAt(sentence, among.Groups["noun"].Index) is { } amongUnit
            && _lexicon.Lexicon.Units[amongUnit.Key] is var amongKind && KindsOfVictims.Contains(amongKind))
        {
            // "The death toll among the hostages rose to 117": the toll of those it names.
            return amongKind;
        }

        if (!adjacent && linked && _lexicon.Lexicon.TallyPhrases[last.Key] == "people" && WordBefore().Match(sentence, 0, last.Index) is { Success: true } word
            && word.Groups["word"].Value is [.., 's'] and var people && !_lexicon.IsCountry(people))
        {
            // "the number of Afghans killed had risen to 90": that country's dead alone. Not "Russians killed 12": the
            // figure right after the verb has a nationality of doers, not of victims; nor "the German toll", which
            // places the dead rather than naming whose they are.
            nationality = Nationality(people);
        }

        return adjacent || linked ? _lexicon.Lexicon.TallyPhrases[last.Key] : null;
    }

    // The end of an unlisted noun after a number that an auxiliary and a casualty or flight verb follow, or -1:
    // "717 pilgrims were killed", "4,700 foreign pilgrims died", "313,000 Rohingya have fled"; and for a nationality
    // ("80 Americans killed"), the country whose people alone it counts. "others" adds to a figure before it.
    private (int End, string? Nationality) NamedVictims(string sentence, NumberCandidate number)
    {
        var noun = PluralNoun().Match(sentence, number.End);
        var word = noun.Groups["noun"].Value;
        if (!noun.Success || MeasureNoun().IsMatch(word) || FunctionWords.Contains(word) || word == "others" || (char.IsUpper(word[0]) && FrameCues.IsCalendarName(word)))
        {
            return (-1, null);
        }

        if (!char.IsUpper(word[0]) && !NamesPeople(word) && !CountsPeople(word))
        {
            // "Eight objects are still missing", "300 cattle died": things and animals are no one's toll.
            return (-1, null);
        }

        var modifier = noun.Groups["modifier"].Value;
        var nationality = char.IsUpper(word[0]) ? Nationality(word) : modifier.Length > 0 && char.IsUpper(modifier[0]) ? Nationality(modifier) : null;
        var end = noun.Index + noun.Length;

        // "killing 13 service members and at least 60 Afghans": a second victim named after a casualty verb's first.
        var struckBefore = nationality is not null && CasualtyVerbBefore().IsMatch(sentence.AsSpan(0, number.Start));
        // "Gunmen killed more than 460 patients": people struck by the verb before them, named by what they were.
        struckBefore |= !char.IsUpper(word[0]) && CasualtyVerbJustBefore().IsMatch(sentence.AsSpan(0, number.Start));
        // "Among the dead were 32 Kenyans", "51 Spaniards had been on board": a people named by their country are people
        // whatever verb the sentence has; not an adjective before a noun ("Two British cave divers").
        var demonym = char.IsUpper(word[0]) && modifier.Length == 0 && nationality is not null && DemonymNoun().IsMatch(word)
            && (word[^1] == 's' || !NounAfter().IsMatch(sentence.AsSpan(end)));
        // "More than 150,000 teachers and supporters marched through Lisbon": people named by what they do, counted by
        // the protest they joined ("19 divers took part in the final phase" joined no protest).
        return (struckBefore || demonym ? end : VictimVerbAfter(sentence, end) is > 0 and var struck ? struck
            : !char.IsUpper(word[0]) && GatheredAfter().IsMatch(sentence.AsSpan(end)) ? end : -1, nationality);
    }

    [GeneratedRegex(@"^(?:\s+and\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+s)?\s+(?:(?:had|have|has)\s+)?(?:marched|rallied|protested|demonstrated|walked\s+out|went\s+on\s+strike|gathered\s+(?:for|at|in|outside)|turned\s+out)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GatheredAfter();

    // A plural that names people by what they do ("rescuers") or by a word the lexicon lists ("pilgrims", "guests").
    private bool NamesPeople(string word) => AgentNoun().IsMatch(word) || _lexicon.Lexicon.PeopleNouns.Contains(word);

    // A unit the lexicon counts people in: troops set off from their number by a quote (60 “American troops” had died).
    private bool CountsPeople(string word)
        => _lexicon.Lexicon.Units.TryGetValue(word, out var unit)
            && (_lexicon.Lexicon.PersonUnits.Contains(unit) || PopulationUnits.Contains(unit) || unit is "personnel" or "police" or "crew" or "rescuers");

    // The country a capitalized modifier between a number and its unit names ("US" in "143 million US consumers"), or null.
    private string? ModifierNationality(string sentence, int start, int end)
    {
        for (var word = CapitalizedWord().Match(sentence, start, end - start); word.Success; word = word.NextMatch())
        {
            if (Nationality(word.Value) is { } country)
            {
                return country;
            }
        }

        return null;
    }

    // The country a demonym names ("Americans", "American"), or null.
    private string? Nationality(string word)
        => _lexicon.Lexicon.Actors.TryGetValue(word, out var actor) ? actor : _lexicon.Lexicon.Demonyms.GetValueOrDefault(word);

    // Where a noun that a casualty or flight verb follows ends ("... were killed", "... have fled"), or -1.
    private int VictimVerbAfter(string sentence, int end)
    {
        // "15 members of the Kosovo Liberation Army had been killed", "40 members of India's Central Reserve Police Force
        // were killed": the group they belong to, or where they were, comes before the verb.
        var group = GroupOf().Match(sentence, end);
        var verbFrom = group.Success ? group.Index + group.Length : end;
        // "40,000 members of the Yazidi minority, many of them children, are trapped": an aside on who they were.
        if (WhoTheyWere().Match(sentence, verbFrom) is { Success: true } aside)
        {
            verbFrom = aside.Index + aside.Length;
        }

        // "50 militants and eight soldiers had been killed": a second count joined to the first shares its verb.
        if (JoinedCount().Match(sentence, verbFrom) is { Success: true } joined)
        {
            verbFrom = joined.Index + joined.Length;
        }

        var auxiliary = Auxiliary().Match(sentence, verbFrom);
        if (SingularAuxiliary().IsMatch(auxiliary.ValueSpan))
        {
            // "Not one of the six party leaders is absent": the verb agrees with another subject.
            return -1;
        }

        var verbAt = auxiliary.Success ? auxiliary.Index + auxiliary.Length : end + 1;
        if (verbAt > sentence.Length)
        {
            return -1;
        }

        var tally = _lexicon.TallyPhrases.MatchAt(sentence, verbAt);
        return (tally is { } found && _lexicon.Lexicon.TallyPhrases[found.Key] == "people" && found.Key is not ("toll" or "death toll")) || Died().IsMatch(sentence, verbAt)
            || WalkedOut().IsMatch(sentence, verbAt) ? end : -1;
    }

    // Whether "put the number of intruders at" names, just before a bare figure, a plural the lexicon does not count in:
    // the figure counts that, not what the story counted before.
    private bool CountsUnknownNoun(string sentence, int start)
    {
        var from = Math.Max(0, start - TallyWindow);
        var named = NumberOfNamed().Match(sentence, from, start - from);
        // The noun is the last word before "at" or "to": "the number of intruders at", "the number of Indian intruders at".
        var noun = !named.Success ? null
            : NumberPutAt().IsMatch(sentence.AsSpan(named.Index + named.Length, start - named.Index - named.Length)) ? named.Groups["noun"]
            : named.Groups["first"] is { Success: true } first && NumberPutAt().IsMatch(sentence.AsSpan(first.Index + first.Length, start - first.Index - first.Length)) ? first
            : null;
        var word = noun?.Value.ToLowerInvariant();
        return word is [.., 's'] && !_lexicon.Lexicon.Units.ContainsKey(word) && !_lexicon.Lexicon.TallyPhrases.ContainsKey(word) && !_lexicon.Lexicon.PeopleNouns.Contains(word);
    }

    // The unit a count named before a bare figure counts ("the fish count went from 3,500 to", "the number of confirmed
    // cases stood at"), or null. A count named by who makes it ("the police count") says nothing of what it counts.
    private string? NamedCount(string sentence, int start)
    {
        var from = Math.Max(0, start - TallyWindow);
        return Counted(NumberOfNamed().Match(sentence, from, start - from)) ?? Counted(CountNamed().Match(sentence, from, start - from));

        string? Counted(Match count)
        {
            for (; count.Success; count = count.NextMatch())
            {
                // "the number of girls abducted": the noun may come before a participle as well as after an adjective.
                if (_lexicon.Lexicon.Units.TryGetValue(count.Groups["first"].Value.ToLowerInvariant(), out var unit)
                    || _lexicon.Lexicon.Units.TryGetValue(count.Groups["noun"].Value.ToLowerInvariant(), out unit))
                {
                    return !_lexicon.Lexicon.PersonUnits.Contains(unit) && unit is not ("personnel" or "police" or "rescuers") ? unit : null;
                }
            }

            return null;
        }
    }

    private static bool IsBare(string sentence, int end)
    {
        var start = end;
        while (start < sentence.Length && sentence[start] == ' ')
        {
            start++;
        }

        var wordEnd = start;
        while (wordEnd < sentence.Length && char.IsLetter(sentence[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd == start)
        {
            // "26 \"armed criminals\"": the words in quotation marks are what the figure counts (not in "reached 64 \"over
            // many months\"").
            return start == sentence.Length || !(char.IsLetterOrDigit(sentence[start]) || QuotedNoun().IsMatch(sentence.AsSpan(start)));
        }

        // "one other explosion", "two more ships": the noun after "other" or "more" is what the figure counts.
        return FunctionWords.Contains(sentence.AsSpan(start, wordEnd - start))
            && !(OtherOrMore().IsMatch(sentence.AsSpan(start, wordEnd - start)) && !IsBare(sentence, wordEnd));
    }

    private static int CapitalizedWordEnd(string sentence, int start, bool keepAbbreviation)
    {
        if (start >= sentence.Length || !char.IsUpper(sentence[start]))
        {
            return start;
        }

        var end = start;
        while (end < sentence.Length && (char.IsLetterOrDigit(sentence[end]) || sentence[end] is '-' or '.' or '\'' or '’'))
        {
            end++;
        }

        // Right after the number, "U.S." keeps its last dot, which belongs to the abbreviation as the others do
        // ("143 million U.S. consumers"); further on it ends the phrase ("two outposts housing U.S. troops").
        var abbreviation = keepAbbreviation && end - start >= 3 && sentence[end - 1] == '.' && sentence.AsSpan(start, end - start - 1).Contains('.');
        while (!abbreviation && end > start && sentence[end - 1] is '.' or '\'' or '’')
        {
            end--;
        }

        if (end + 1 < sentence.Length && sentence[end] is '\'' or '’' && sentence[end + 1] == 's')
        {
            return start;
        }

        return end;
    }

    private (int Start, QuantityPrecision Precision, double Low, double High, double Value) Qualify(string sentence, NumberCandidate number)
    {
        if (number.Vague is { } vague)
        {
            return (number.Start, QuantityPrecision.Vague, vague.Low, vague.High, vague.Low);
        }

        var value = number.Value;
        var range = RangeBefore(sentence, number);
        if (range.Success
            && !Change().IsMatch(sentence.AsSpan(Math.Max(0, range.Index - 60), Math.Min(60, range.Index)))
            && RangeLow(range) is { } lowBound
            && (lowBound *= _lexicon.Lexicon.Multipliers.GetValueOrDefault(range.Groups["lowmult"].Value, 1)) < value)
        {
            // "between 3.3 million and 4.6 million" names its own multiplier; "between 6 and 7 million" shares one.
            var rangeLow = range.Groups["lowmult"].Success ? lowBound : SharedMultiplier(sentence, number, lowBound);
            return (range.Index, QuantityPrecision.Range, range.Groups["under"].Success ? 0 : rangeLow,
                range.Groups["over"].Success ? double.PositiveInfinity : value, value);
        }

        if (Qualified(sentence, number.Start, value, number.HalfStep) is var (start, precision, low, high))
        {
            return (start, precision, low, high, value);
        }

        if (FloorAfter().IsMatch(sentence, number.End))
        {
            // "France put the toll at 281 at least", "300 people or more": the bound comes after the figure.
            return (number.Start, QuantityPrecision.AtLeast, value - number.HalfStep, double.PositiveInfinity, value);
        }

        var halfStep = number.HalfStep == 0 && !number.Year ? RoundFigureHalfStep(value) : number.HalfStep;
        return (number.Start, QuantityPrecision.Exact, value - halfStep, value + halfStep, value);
    }

    // A plain figure of a thousand or more that ends in three zeros or more was probably rounded, but to one digit more
    // than it shows: "put the toll at 4,000" holds 3,958 (3,950 to 4,050), not 3,900; "12,000" holds 11,980. Figures
    // with fewer zeros ("1,500", "300") are taken as written, and a bound ("more than 4,000") means what it says.
    private static double RoundFigureHalfStep(double number) => number >= 1000 && number % 1000 == 0 ? RoundingStep(number) / 20 : 0;

    /// <summary>The unit of the last digit a figure gives: 1 for "305", 1,000 for "12,000", 0.1 for "2.5".</summary>
    public static double RoundingStep(double value)
    {
        var step = 1.0;
        while (value >= step * 10 && value % (step * 10) == 0)
        {
            step *= 10;
        }

        while (Math.Abs(value / step - Math.Round(value / step)) > 1e-9 && step > 1e-6)
        {
            step /= 10;
        }

        return step;
    }

    // The kind of those a share or a bare figure counts: " of them children", " of the dead were children".
    [GeneratedRegex(@"\G\s+" + FrameCues.ShareOfThem + @"\s+(?:(?:were|was|are)\s+)?" + FrameCues.KindOfPeople + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindOfShare();

    [GeneratedRegex(@"\G\s+(?:were|are)\s+(?:all\s+)?" + FrameCues.KindOfPeople + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex PredicateKind();

    // A nationality said of a figure: " were Dutch", " are all British".
    [GeneratedRegex(@"\G\s+(?:were|are)\s+(?:all\s+)?(?<name>\p{Lu}[\p{L}-]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PredicateNationality();

    [GeneratedRegex(@"\G\s+(?:and|or|and/or)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex UnitJoint();

    [GeneratedRegex(@"\G(?:staff\s+members|staff|teachers|educators|employees|workers|parents|others)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StaffNoun();

    // A number written in words, scaled and added up as far as it goes: "eight million", "two hundred and forty-one",
    // "two thousand five hundred". After a scale word, a smaller number goes on (with "and" or without); anything else ends it.
    private (double Value, int End) WrittenNumber(string sentence, PhraseMatch first, PhraseMatch[] numberWords)
    {
        var (total, current, end) = (0.0, _lexicon.Lexicon.NumberWords[first.Key], first.End);
        var lastScale = double.PositiveInfinity;
        if (_lexicon.Lexicon.Multipliers.TryGetValue(first.Key[(first.Key.LastIndexOf(' ') + 1)..], out var named))
        {
            // "a hundred and fifty", "a thousand and one": the word names its scale.
            lastScale = named;
            (total, current) = named >= 1000 ? (current, 0.0) : (0.0, current);
        }

        while (true)
        {
            if (WordMultiplier().Match(sentence, end) is { Success: true } scale
                && _lexicon.Lexicon.Multipliers[scale.Groups["mult"].Value.ToLowerInvariant()] is var multiplier && multiplier < lastScale && current is > 0 and < 1000)
            {
                if (multiplier == 100)
                {
                    current *= 100;
                }
                else
                {
                    (total, current) = (total + (current * multiplier), 0);
                }

                (lastScale, end) = (multiplier, scale.Index + scale.Length);
                continue;
            }

            if (double.IsFinite(lastScale) && NumberWordJoint().Match(sentence, end) is { Success: true } joint
                && Array.Find(numberWords, w => w.Index == joint.Index + joint.Length) is { Key: not null } next
                && _lexicon.Lexicon.NumberWords[next.Key] is var more && more < Math.Min(lastScale, current == 0 ? 1000 : 100))
            {
                (current, end) = (current + more, next.End);
                continue;
            }

            if (total == 0 && current is > 1 and < 100 && Dozen().Match(sentence, end) is { Success: true } dozen)
            {
                // "two dozen people": so many twelves.
                return (current * 12, dozen.Index + dozen.Length);
            }

            return (total + current, end);
        }
    }

    [GeneratedRegex(@"\G\s+dozen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dozen();

    [GeneratedRegex(@"\G(?:\s+and)?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWordJoint();

    // A floor written after the figure, and its unit if any, at the end of a clause: " at least.", " people or more,".
    [GeneratedRegex(@"\G(?:\s+\p{Ll}+)?\s+(?:at\s+least|or\s+more)(?=\s*(?:[,.;:)]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex FloorAfter();

    // The first half of a range the figure ends ("between 46,000 and", "from 793 to"), in the 40 characters before it.
    private Match RangeBefore(string sentence, NumberCandidate number)
    {
        var window = Math.Min(40, number.Start);
        var range = RangeStart().Match(sentence, number.Start - window, window);
        return range.Success && RangeLow(range) is not null ? range : Match.Empty;
    }

    // A range's low end as written: a figure ("between 5 and") or a number word ("between five and", "twenty-one to").
    private double? RangeLow(Match range)
        => range.Groups["lowword"] is { Success: true } word
            ? _lexicon.Lexicon.NumberWords.TryGetValue(word.Value, out var written) ? written : null
            : DecimalDigits.TryParseFigure(range.Groups["low"].Value, out var figure) ? figure : null;

    // A range's low end that a multiplier after the high end also scales: "between 6 and 7 million" runs from 6 million,
    // but "between 500 and 1 million" from 500.
    private static double SharedMultiplier(string sentence, NumberCandidate number, double low)
    {
        var head = LeadingFigure().Match(sentence, number.Start, number.End - number.Start);
        if (!head.Success || !DecimalDigits.TryParseFigure(head.Value, out var written)
            || written <= 0 || written >= number.Value)
        {
            return low;
        }

        var multiplier = number.Value / written;
        return multiplier >= 1000 && low * multiplier <= number.Value ? low * multiplier : low;
    }

    // The interval a qualifier right before the figure ("about", "more than", "up to") gives it, with where it starts;
    // null when none does. Qualifiers are short: the 40 characters before the figure hold any that applies.
    private (int Start, QuantityPrecision Precision, double Low, double High)? Qualified(string sentence, int numberStart, double value, double halfStep)
    {
        var qualifier = _lexicon.Qualifiers.FindAll(new TokenizedText(sentence, Math.Max(0, numberStart - 40), numberStart)).LastOrDefault();
        if (qualifier.Length == 0 || sentence.AsSpan(qualifier.End, numberStart - qualifier.End).Trim().Length != 0)
        {
            return null;
        }

        var precision = _lexicon.Lexicon.Qualifiers[qualifier.Key];
        if (precision == QuantityPrecision.UpTo && qualifier.Key.StartsWith("up", StringComparison.OrdinalIgnoreCase) && MovedUp().IsMatch(sentence.AsSpan(0, qualifier.Index)))
        {
            // "has been revised up to 264", "rose up to 40": the way a figure moved, no ceiling.
            return null;
        }

        var tolerance = _lexicon.Lexicon.ApproximateTolerance;
        var start = qualifier.Index;
        return precision switch
        {
            QuantityPrecision.Approximate => (start, precision, Math.Min(value * (1 - tolerance), value - halfStep), Math.Max(value * (1 + tolerance), value + halfStep)),
            QuantityPrecision.AtLeast => (start, precision, value - halfStep, double.PositiveInfinity),
            QuantityPrecision.UpTo => (start, precision, (value * 0.6) - halfStep, value + halfStep),
            _ => (start, precision, 0, value + halfStep),
        };
    }

    [GeneratedRegex(@"\b(?:revised|revises|revise|raised|raises|rose|risen|climbed|jumped|moved|gone|went|bumped|pushed|ticked|crept|shot)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MovedUp();

    // What follows a unit when it is counted per unit of time: "a day", "per hour", "of oil a day", "(210,000 gallons) a
    // day", and the hour of "km/h".
    [GeneratedRegex(@"\G(?:(?:\s+of\s+\p{Ll}+)?(?:\s*\([^()]{1,40}\))?\s+(?:a|an|per|each|every)\s+(?<per>day|hour|minute|week|month|year)\b|/h\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rate();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(?<mult>[kKmM]|mn|bn)\b|\s+(?<mult>thousand|million|billion|lakhs?|crores?)\b)?(?![\p{L}\p{N}]|,\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    // The words that say how many are none; the victims' verb after them ("were harmed") or before them ("had killed no
    // one") names the event.
    [GeneratedRegex(@"\b(?:[Nn]o\s+one|[Nn]obody|[Nn]o\s+(?:[\p{Lu}][\p{L}.]*\s+(?:(?:or|and)\s+[\p{Lu}][\p{L}.]*\s+)?)?(?<noun>casualties|deaths|fatalities|injuries|people|civilians|troops|soldiers|service\s+members|personnel|residents|passengers|lives|\p{Lu}\p{Ll}+ans))(?=\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|hurt|harmed|injured|wounded|lost|missing|trapped|unaccounted\s+for)|(?:died|was\s+lost|were\s+lost))\b|(?<=casualties|deaths|fatalities|injuries)\b)|(?<=\b(?:killed|injured|wounded|hurt|harmed)\s+)(?:no\s+one|nobody)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Zero();

    // The ordinals from the second on, the n-th at index n - 2.
    private const string OrdinalWords = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth";
    private static readonly string[] Ordinals = OrdinalWords.Split('|');

    // "A third girl has died", "a fourth victim died in hospital on Sunday".
    [GeneratedRegex(@"\b[Aa]\s+(?<ordinal>" + OrdinalWords + @")\s+(?<noun>person|girl|boy|child|baby|man|woman|victim|patient|student|pupil|officer|soldier|firefighter|worker|passenger|miner|climber)\s+(?:(?:has|had)\s+(?:now\s+|also\s+)?)?died\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalDeath();

    [GeneratedRegex(@"^\s+of\s+\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex WeightOf();

    [GeneratedRegex(@"\bweigh(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weighing();

    // The "one" of "no one" is none, whatever follows: "no one was left" counts no one.
    [GeneratedRegex(@"\b[Nn]o\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex NoBefore();

    // "2,104 were injured", "96 of them escaped", "40 had also escaped", "10,100 remain missing".
    [GeneratedRegex(@"\G (?:of\s+(?:them|those|whom|these)\s+)?(?:(?:now|also|reportedly)\s+)?(?:(?:were|was|are|is|have\s+been|had\s+been|has\s+been|had|have|has|remain|remained|remains)\s+)?(?:also\s+|still\s+)?[""“]?", RegexOptions.CultureInvariant)]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"^\d+(?:,\d{3})*(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingFigure();

    [GeneratedRegex(@"\b(?:at|to|in|into|inside|outside|near|from|toward|towards)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlacePreposition();

    [GeneratedRegex(@"\b(?:without|by)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbsenceOrAgent();

    // "The man, a German citizen, opened fire": an appositive says who someone already named is; it counts no one.
    [GeneratedRegex(@"(?:^\W*|[,;]\s+|\b(?:and|but)\s+)(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}+,\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex DescribesOneNamed();

    // "No Americans", not "No American or Iraqi personnel" (nobody of either).
    [GeneratedRegex(@"^[Nn]o\s+(?<name>\p{Lu}\p{L}+)(?!\s+(?:or|and)\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ZeroNationality();

    [GeneratedRegex(@"\G\s+(?:his|her|its|their|our)(?=\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnersAfterOf();

    // "717 pilgrims", "4,700 foreign pilgrims", "313,000 Rohingya", "80 'American terrorists'", "13 Ukrainian border
    // guards", "11,500 film and television writers" (the first modifier names whose people they are), "208 fishermen";
    // not "50 militants and eight soldiers", two counts.
    [GeneratedRegex(@"\G\s+[""'“‘]?(?:(?<modifier>\p{L}[\p{L}-]+)\s+(?:(?:and\s+)?(?!(?:of|the|a|an|and|or|in|on|at|to|for|from|with|by|were|are|had|have|their|his|her|its|our|some|other|many|" + FrameCues.WrittenNumber + @")\s)[a-z][a-z-]+\s+(?=[a-z]{3,}s\b))?)?(?<noun>[a-z]{3,}s|[a-z]{2,}men|\p{Lu}\p{Ll}[\p{L}-]+)[""'”’]?(?=[\s,.;:]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PluralNoun();

    // An opening quotation mark before a word that is no function word: "\"armed criminals\"".
    [GeneratedRegex(@"^[""“‘](?!(?:the|a|an|and|or|of|to|in|on|at|by|for|with|from|over|under|about|after|before|since|than|as|more|less|all|some|many)\b)\p{L}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotedNoun();

    // "the information of", "the personal data of up to": whose data a figure counts follows.
    [GeneratedRegex(@"\b(?:data|information|details|records|files)\s+of\s+(?:(?:up\s+to|about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least|as\s+many\s+as)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DataOf();

    // "of the Kosovo Liberation Army", "on Zmiinyi Island in the Black Sea", "from the state": whose or where they
    // were, before the verb.
    [GeneratedRegex(@"\G\s+(?:of\s+(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.-]*['’]s)(?:\s+[\p{L}'’-]+){1,5}?|(?:on|in|at|aboard|from)(?:\s+[\p{L}'’-]+){1,7}?|and\s+(?:their|his|her)\s+[\p{Ll}-]+)(?=(?:" + WhoTheyWereAside + @")?\s(?:had|have|were|are)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex GroupOf();

    // ", many of them children,", ", most of whom were women,": who the counted were, between them and their verb.
    private const string WhoTheyWereAside = @",\s+(?:many|most|some|all|half|several|nearly\s+all|almost\s+all)\s+of\s+(?:them|whom)\s[^,.;]{1,40},";

    [GeneratedRegex(@"\G" + WhoTheyWereAside + @"(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex WhoTheyWere();

    [GeneratedRegex(@"\G,?\s+and\s+(?:\d[\d,]*|" + FrameCues.WrittenNumber + @")\s+(?:[\p{Ll}-]+\s+){0,2}?(?!(?:were|was|are|is|had|have|has|died|killed)\b)\p{Ll}[\p{Ll}-]+(?=\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinedCount();

    // How the names of a country's people end ("Kenyans", "Danes", "Swiss", "Chinese", "British", "Dutch"), which an
    // organisation's name ("Hamas") does not.
    [GeneratedRegex(@"(?:(?<!a)s|ese|ish|ch)$", RegexOptions.CultureInvariant)]
    private static partial Regex DemonymNoun();

    // A lowercase word that no auxiliary or function word is: "interior" in "three Iranian interior ministry officials".
    [GeneratedRegex(@"^\s+(?!(?:were|was|had|have|has|are|is|and|or|in|on|at|of|from|who|among|aboard|died|killed)\b)\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex NounAfter();

    // A plural ending as nouns for people do: "campers", "sailors", "tourists", "civilians", "migrants", "residents",
    // "employees", "volunteers".
    [GeneratedRegex(@"(?:[eo]rs|ists|ians|ants|ents|ees)$", RegexOptions.CultureInvariant)]
    private static partial Regex AgentNoun();

    // "the fish count went from", "the building tally rose to".
    [GeneratedRegex(@"\b(?<noun>\p{L}+)\s+(?:count|tally|total|number)\b(?=[^.;:]*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountNamed();

    // "the number of confirmed cases stood at".
    [GeneratedRegex(@"\bnumber\s+of\s+(?:(?<first>[\p{L}-]+)\s+)?(?<noun>\p{L}+)\b(?=[^.;:]*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberOfNamed();

    // Between "the number of intruders" and its figure: "at about", "had risen to".
    [GeneratedRegex(@"^\s+(?:(?:[\p{Ll}-]+\s+){0,3}?(?:at|to|was|is|stood\s+at|stands\s+at)\s+)(?:(?:about|around|some|nearly|more\s+than|at\s+least|over)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPutAt();

    [GeneratedRegex(@"\b(?:is|was|has)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SingularAuxiliary();

    [GeneratedRegex(@"\G(?:have\s+|had\s+)?(?:now\s+)?(?:died|perished|drowned|fled|crossed|executed|massacred|murdered|slain|slaughtered|shot\s+dead|shot\s+and\s+killed|shot\s+to\s+death|gunned\s+down|(?:stabbed|beaten|burned|burnt|hacked|crushed|trampled)\s+to\s+death)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Died();

    // "30,000 nurses went on strike", "12,700 members of the United Auto Workers walked off the job", "40,000 members of the
    // RMT union walked out", "20,000 teachers in West Virginia walked off the job", "33,000 teachers and school staff
    // remained on strike", "26,000 teachers and support staff in the city's public schools went on strike": workers who
    // stopped work.
    [GeneratedRegex(@"\G(?:and\s+(?:\p{Ll}+\s+){1,2})?(?:(?:of|in|at|across)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,5}|(?:of|in)\s+(?:the|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:unions?|guild|federation|confederation|association)\s+|(?:in|at|across)\s+(?:[\p{L}'’-]+\s+){1,5}?)?(?:and\s+(?:\p{Ll}+\s+){1,2})?(?:have\s+|had\s+)?(?:(?:(?:went|gone|were|are|been|remained|remain|stayed)\s+)?(?:(?:now|still|already)\s+)?on\s+strike|walked\s+off\s+the\s+job|walked\s+out\b(?!\s+of\b)|stopped\s+work|downed\s+tools|joined\s+the\s+(?:first\s+)?(?:strike|walkouts?))\b", RegexOptions.CultureInvariant)]
    private static partial Regex WalkedOut();

    // "measured it at 7.9", "rated the shock at 6.1", "registered 5.8", "put it at 7.8".
    [GeneratedRegex(@"\b(?:measured|measures|rated|rates|registered|registers|put|puts|pegged|placed)(?:\s+[\w'’-]+){0,3}?(?:\s+at)?\s+(?:about\s+|around\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MeasuringVerbBefore();

    // Words that name who gave a figure ("given by", "counted by") or put it out ("released by", "issued by").
    private const string CreditedOrIssuedBy = @"(?:(?:released|issued|provided)\s+by|" + FrameCues.CreditedBy + ")";

    // "the official toll of about 400 given by the military", "or 3 million according to the organisers": the words name
    // who gives the figure, not what it counts.
    [GeneratedRegex(@"^\s+(?:" + CreditedOrIssuedBy + @"|according\s+to)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GivenBy();

    [GeneratedRegex(@"\G\s+(?<mult>hundred|thousand|million|billion|lakhs?|crores?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordMultiplier();

    // ", former and ", ", former, and ", ", retired or ", " or ": the rest of a list of modifiers after its first, up
    // to its last ("and" alone opens another count: "12 Palestinians and one Israeli soldier").
    [GeneratedRegex(@"\G(?:,\s+[\p{Ll}-]+(?:,\s+[\p{Ll}-]+)*,?\s+(?:and|or)|\s+or)(?=\s+[\p{Ll}-]+\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ModifiersListed();

    [GeneratedRegex(@"(?<![\d.,])(?<num>\d{1,2}(?:\.\d{1,2})?)\s*(?:%|per\s?cent\b|percent\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Percentage();

    [GeneratedRegex(@"\G\s+of\s+(?:(?:all|the)\s+)?(?<group>(?:[\p{Ll}-]+\s+){0,3}?(?:teachers|workers|staff|employees|civil\s+servants|doctors|nurses|drivers|pilots|controllers|dockers|miners|members))(?:\s+and\s+\d[^,;]{0,60}?)?,?\s+(?:(?:were|was|had|have|are)\s+)?(?:(?:on|out\s+on)\s+strike|striking|struck|stopped\s+work|walked\s+out|downed\s+tools|(?:went|gone)\s+on\s+strike|joined\s+the\s+(?:strike|walkout)|(?:took|taken)\s+part\s+in\s+the\s+(?:strike|walkout))\b", RegexOptions.CultureInvariant)]
    private static partial Regex StruckShareOf();

    // The low end of a range of shares: "between 30 and ", "30 to ", "30%-".
    [GeneratedRegex(@"(?:\bbetween\s+)?(?<![\d.,])" + FrameCues.ShareRangeLow + "$", RegexOptions.CultureInvariant)]
    private static partial Regex PercentRangeBefore();

    [GeneratedRegex(@"\bmagnitude(?:\s+of)?[\s-]+(?<num>\d(?:\.\d)?)(?![\d.]\d)|(?<![\d.])(?<num>\d\.\d)[\s-]+magnitude\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Magnitude();

    [GeneratedRegex(@"(?:\bbetween\s+)?(?<currency>(?:US)?\$|£|€)\s?(?:(?<low>\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*[$£€]?\s?|\s*(?:billion|million|bn|mn)\s+(?:to|and)\s+[$£€]\s?))?(?<high>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?<mult>trillion|billion|million|bn|mn|m)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    // A sum with its currency written out after it: "3 billion Swiss francs", "between 2 and 3 billion euros", "8 billion
    // US dollars", "40 million pounds sterling".
    [GeneratedRegex(@"(?:\bbetween\s+(?<low>\d+(?:\.\d+)?)\s+and\s+|\b(?<low>\d+(?:\.\d+)?)\s*(?:-|–|to)\s*)?(?<![\d.,$£€])\b(?<high>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?<mult>trillion|billion|million|bn|mn)?\s+(?<currency>(?:US\s+|U\.S\.\s+)?dollars|(?:Hong\s+Kong|Australian|Canadian|Singapore)\s+dollars|(?:Swiss\s+)?francs|euros?|pounds(?:\s+sterling)?|yen|yuan|renminbi|rupees|roubles|rubles|won|lira|liras|rand|shekels)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenMoney();

    // What governs a number whose counted thing the sentence leaves out: a reporting or counting verb, "put ... at", or
    // the date of a timeline's entry ("Jan. 28 - 50."). The verb ends the text before the number, so only its last
    // words are searched, from the start of a word: no wording is anywhere near that long.
    private static bool IsGoverned(ReadOnlySpan<char> before)
    {
        var from = Math.Max(0, before.Length - GoverningWindow);
        while (from > 0 && !char.IsWhiteSpace(before[from - 1]))
        {
            from--;
        }

        return TimelineEntry().IsMatch(before) || GoverningVerb().IsMatch(before[from..]);
    }

    [GeneratedRegex(@"^\W*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*[-–—:]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimelineEntry();

    [GeneratedRegex(@"^\s+of\s+(?:them|those|whom)\s+(?:[\p{Ll}]+\s+){0,2}?(?:in|to|into)\s+(?:the\s+)?(?:capital\b|\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex PartInPlace();

    // Just before a figure, words that set it against the figure before: "fewer than the", "far below the", "up from the".
    [GeneratedRegex(@"\b(?:(?:more|fewer|less|lower|higher|greater)\s+than|below|above|(?:up|down)\s+from)\s+the\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex ComparedWith();

    // "far above the official figure of", "far below the organisers' figure of", "far more than the police count of": a
    // figure named as another's count.
    [GeneratedRegex(@"\b(?:(?:more|fewer|less|lower|higher|greater)\s+than|below|above)\s+the\s+(?:official\s+|(?:police|government|army|military|ministry|state)\s+|[\p{L}-]+['’]s?\s+(?:own\s+|official\s+)?)(?:death\s+)?(?:toll|count|figure|tally|number|estimate)\s+of\s+(?:(?:about|around|some|nearly)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ComparedWithFigure();

    // After a figure, who gave it: "announced by the ministry", "that the ministry had given", "it reported last month".
    [GeneratedRegex(@"^\s+(?:" + CreditedOrIssuedBy + @"\b|(?:(?:that|which)\s+)?(?:[\p{L}'’-]+\s+){1,5}?(?:had\s+|has\s+|have\s+)?(?:earlier\s+|previously\s+|first\s+|initially\s+)?(?:given|gave|reported|announced|cited|issued|estimated|published|put\s+forward)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CreditedAfter();

    [GeneratedRegex(@"^\s+in\s+(?:the\s+)?(?:capital\b|\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex IncludedInPlace();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}]{0,3}-\d{1,3}\p{Lu}?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex AircraftModel();

    // The words that may qualify a figure joined to another: "and about 380,000", "or more than 3 million".
    private const string JoinedQualifier = @"(?:(?:about|around|some|roughly|nearly|almost|over|at\s+least|more\s+than|up\s+to)\s+)?$";

    [GeneratedRegex(@"\band\s+" + JoinedQualifier, RegexOptions.CultureInvariant)]
    private static partial Regex JoinedBefore();

    [GeneratedRegex(@"\b(?:and|or)\s+" + JoinedQualifier, RegexOptions.CultureInvariant)]
    private static partial Regex AlternativeBefore();

    [GeneratedRegex(@"^,?\s+according\s+to\b", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^\s+(?:nationwide|countrywide|across\s+the\s+(?:country|nation)|around\s+the\s+country|elsewhere|in\s+(?:the\s+)?(?:capital\b|rest\s+of\b|\p{Lu}))", RegexOptions.CultureInvariant)]
    private static partial Regex PlacedAfter();

    // "organisers said more than 15,000 took part", "police said more than 200,000 had come to the area": a bare figure
    // whose verb says who it counts came.
    [GeneratedRegex(@"^\s+(?:had\s+|have\s+)?(?:took\s+part|taken\s+part|marched|attended|joined\s+(?:the|in)|rallied|protested|demonstrated|gathered|turned\s+out|turned\s+up|showed\s+up|(?:come|came)\s+to\s+the\s+(?:area|capital|city|square|stadium|streets?|rally|march|protest))\b", RegexOptions.CultureInvariant)]
    private static partial Regex TookPart();

    // "including 65,000 in Paris", and each place of a list that breaks a figure down: "at least 50: 19 in Jamaica, 30
    // in Haiti and one in the Dominican Republic".
    [GeneratedRegex(@"(?:\b[Ii]ncluding|:)\s+(?:[\w,.]+\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+|\s+and\s+|,\s+and\s+))*$", RegexOptions.CultureInvariant)]
    private static partial Regex Including();

    [GeneratedRegex(@"\b(?:died|dead|killed|deaths|perished|death\s+toll)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeathTally();

    // A second toll set against the first: ", but a group representing survivors says at least", ", while relatives say".
    [GeneratedRegex(@"^[^;:.]*?,\s+(?:but|while|whereas|though|although)\s+[^;:]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContrastedToll();

    // "the rally had drawn about 100,000"; not another gathering the sentence names: "a week after a march they said drew
    // more than a million".
    [GeneratedRegex(@"(?<!\b(?:after|before|since|than|like)\s+(?:an?|the|its|their|last\s+week's)\s+)\b(?:rally|rallies|march|marches|protest|protests|demonstration|demonstrations|vigil|gathering|parade|procession)\b[^,;.]{0,40}?\b(?:drew|drawn|draws|draw|attracted|attracts|attract)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|as\s+many\s+as|an\s+estimated|only|just|fewer\s+than|no\s+more\s+than)\s+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GatheringDrew();

    // Whose toll a tally phrase counts: "the death toll among the hostages".
    [GeneratedRegex(@"\G\s+among\s+(?:the\s+)?(?<noun>\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TollAmong();

    // A part named in a count: "including the two gunmen", "among them 12 children".
    [GeneratedRegex(@"\b(?:including|among\s+them|of\s+whom)\s+(?:the\s+|its\s+|their\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartNamed();

    [GeneratedRegex(@"\b(?:said|says|claimed|claims|counted|counts|recorded|estimated|estimates|reported|came\s+out\s+at|stood\s+at|stands\s+at|(?:up|down)\s+from(?:\s+the)?|(?:puts?|measured|rated|placed|pegged|set)\s+(?:[\w'’-]+\s+){0,6}at|reached|rose\s+to|risen\s+to|climbed\s+to|bring(?:s|ing)?\s+(?:the\s+)?(?:total|toll|tally|count|number)\s+to|revised\s+(?:it\s+)?(?:down|up)?\s*to|(?:revis|lower|rais|cut)\w*\s+(?:it\s+)?(?:down|up)?\s*from|(?:closer|close|nearer)\s+to|went\s+from|from\s+[\d.,]+\s+to|[\d.,]+,\s+from|settled\s+on|[\d,]+\s+\w+,\s+then|had\s+been|(?:said|says|claimed|claims|estimated|estimates|reported|believed)\s+(?:that\s+)?there\s+(?:were|are|had\s+been|have\s+been)|the\s+(?:number|figure|total|count)\s+(?:was|is)|" + FrameCues.CountRaised + @")(?:\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|as\s+many\s+as|up\s+to))?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoverningVerb();

    // "a fourth-floor flat", "a 21st-century ship", "an eleventh victim": which one, not how many.
    [GeneratedRegex(@"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth|\d+(?:st|nd|rd|th))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:a|an)\s+(?=\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Indefinite();

    // After "a ... ship" the noun phrase must end, or "a rocket attack" would count a rocket.
    [GeneratedRegex(@"^(?:\s*$|\s*[,.;:!?)\]'""”’—–-]|\s+(?:between|to|from|in|on|at|with|for|of|and|or|that|which|who|carrying|was|is|were|are|had|has|near|off|into|through|by|during|after|before|last|earlier|over|above|along|across|toward|towards|at)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsNounPhrase();

    // A share is no count: "84.6 per cent", "30 to 40%", "two percentage points", "ten per cent".
    [GeneratedRegex(@"\G(?:\s*(?:-|–|to)\s*\d[\d.,]*)?\s*(?:%|per\s?cent\b|percent\b|percentage\s+points?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Share();

    // Nouns that head a phrase of their own: "3 hours", "15 percent", "two times".
    [GeneratedRegex(@"^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|percent|times)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeasureNoun();

    [GeneratedRegex(@"\b(?:to|at|as|of|(?:down|up)\s+from|reached|reaches|hit|hits|is|was|stands at|stood at|now|climbed to|rose to|risen to|rises to|jumped to|ranged|ranges|ranging|be|been|are|were|measured|measuring|registered|registering|totalled|totaled|totalling|totaling|numbered)\s+$|\b" + FrameCues.OfTheDead + @"\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TallyLink();

    [GeneratedRegex(@"^\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Of();

    [GeneratedRegex(@"\G\s+of\s+(?:the|its|their)\s+(?<whole>\d[\d,]*\s+)?(?:[\p{Ll}-]+\s+)??(?:crew|passengers|people\s+on\s+board|people|residents|workers|miners|soldiers|sailors|guests|students|pupils|children|climbers|hikers|divers|fishermen|attackers|gunmen|assailants|militants|hostages)" + FrameCues.WholeWhereabouts + @"\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:now\s+)?(?:(?:known|confirmed|reported|believed)\s+to\s+have\s+been\s+)?(?:killed|shot\s+dead|dead|injured|wounded|hurt|missing|rescued|found\s+alive)|died|survived|(?:had|have)\s+(?:died|survived))\b", RegexOptions.CultureInvariant)]
    private static partial Regex SharePresentHurt();

    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex MembersOfBody();

    // Every number is tested, so the expressions over the words before it run only where they end in "of", "aged", "to",
    // "from", "was", "is" or "been".
    private static bool IsAge(string sentence, int start)
    {
        var before = sentence.AsSpan(0, start).TrimEnd();
        return ((before.EndsWith("of", StringComparison.OrdinalIgnoreCase) || before.EndsWith("aged", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("to", StringComparison.OrdinalIgnoreCase) || before.EndsWith("from", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("and", StringComparison.OrdinalIgnoreCase) || before.EndsWith("between", StringComparison.OrdinalIgnoreCase))
                && AgeBefore().IsMatch(sentence.AsSpan(0, start)))
            || ((before.EndsWith("was", StringComparison.OrdinalIgnoreCase) || before.EndsWith("is", StringComparison.OrdinalIgnoreCase)
                    || before.EndsWith("been", StringComparison.OrdinalIgnoreCase))
                && EldestOrYoungestBefore().IsMatch(sentence.AsSpan(0, start)));
    }

    // "four of the dead were under 18": an age the counted were below or above, with nothing counted after it. Only
    // after a plural verb: "the toll was over 100" is a count.
    private static bool IsAgeLimit(string sentence, NumberCandidate candidate)
        => candidate.Value <= 120 && WereAgedBefore().IsMatch(sentence.AsSpan(0, candidate.Start)) && ClauseEnds().IsMatch(sentence.AsSpan(candidate.End));

    [GeneratedRegex(@"\b(?:were|are)\s+(?:all\s+)?(?:aged\s+)?(?:under|over|below|above|younger\s+than|older\s+than)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WereAgedBefore();

    [GeneratedRegex(@"^\s*(?:[,.;:)]|$|(?:and|or|years?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnds();

    // "The youngest of the dead was 14", "the oldest victim is 82", "the youngest of the dead had been 14".
    [GeneratedRegex(@"\b(?:youngest|oldest)\b[^,.;:]{0,40}?\s(?:was|is|(?:had|has)\s+been)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EldestOrYoungestBefore();

    // An age after the figure: its own ("killing 13-year-old Hector", "a 22-month-old girl"), whatever follows, or a
    // second one after it ("six or seven years old", "five to 10-year-olds"), of which the first figure is an age too.
    [GeneratedRegex(@"\G(?:[\s-]*(?:years?|months?|weeks?|days?)|\s*(?:or|to|and|-|–)\s*(?:\d+|\p{L}+)[\s-]+years?)[\s-]+olds?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeAfter();

    // "one in six of its people were killed", "1 in 4 homes", "one in every five adults": a ratio's terms count no one.
    private static bool IsRatioTerm(string sentence, int start, int end)
        => RatioDenominator().IsMatch(sentence.AsSpan(0, start)) || RatioNumerator().IsMatch(sentence, end);

    [GeneratedRegex(@"(?:^|[^\w,.])(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+(?:every\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatioDenominator();

    [GeneratedRegex(@"\G\s+in\s+(?:every\s+)?(?:\d{1,3}(?![\d,.])|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|attacks?|strikes?|incidents?|cities|towns|villages|places|provinces|states|countries|districts|regions)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatioNumerator();

    // "all but one were killed" counts those left out, not those killed.
    [GeneratedRegex(@"\ball\s+but\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllBut();

    // "at the age of", "aged", the ages of a range ("aged from five months to 86", "aged between 18 and 25", "ranging
    // in age from 3 to 70", "between the ages of 16 and 19"), and an age moved: "raise the pension age from 62 to 64",
    // "lowered the voting age to 16".
    [GeneratedRegex(@"\b(?:(?:at\s+)?the\s+age\s+of|(?:aged|ranging\s+in\s+age|ages\s+(?:ranged|ranging|range))(?:\s+from)?(?:\s+" + AgeTerm + @"\s+to)?|aged\s+between(?:\s+" + AgeTerm + @"\s+and)?|(?:between\s+)?the\s+ages\s+of(?:\s+" + AgeTerm + @"\s+(?:to|and))?|age\s+(?:by\s+\S+\s+years?\s+)?(?:from\s+\d+\s+)?(?:to|from))\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeBefore();

    // The first age of a range: "18", "five months", "six weeks".
    private const string AgeTerm = @"(?:\d{1,3}|\p{Ll}+(?:-\p{Ll}+)?)(?:\s+(?:months?|weeks?|days?|years?))?";

    // "a total of 1,500", "In all, 376 officers".
    [GeneratedRegex(@"\b(?:total\s+of|in\s+all,?|in\s+total,?|altogether,?)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Total();

    // "about 1,500 people had been detained in all": the words closing the figure's clause say it is the whole.
    [GeneratedRegex(@"^[^,.;:]{0,60}?\s(?:in\s+all|in\s+total|altogether)(?=\s*(?:[,.;:]|$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalAfter();

    [GeneratedRegex(@"\p{L}+(?=\s+$)", RegexOptions.CultureInvariant)]
    private static partial Regex WordBeforeNumber();

    [GeneratedRegex(@"^(?:About|Around|Some|Roughly|Nearly|Almost|Between|From|Only|Perhaps|Approximately)$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeOpener();

    // The first half of a range: "between 46,000 and", "between 3.3 million and", "from 793 to", "6-", "10 to", "50
    // million to", "between five and", "five to", and an alternative, "four or" (five shots) (a word is a low end
    // only if it is a number: RangeBefore checks); open at either end in "ranged from under 100 to more than 2,000".
    [GeneratedRegex(@"(?:\bbetween\s+(?:(?<under>under|below|fewer\s+than|less\s+than)\s+)?(?:(?<low>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)|(?<lowword>\p{L}+(?:-\p{L}+)?))(?:\s+(?<lowmult>thousand|million|billion))?\s+and(?:\s+(?<over>more\s+than|over|above))?|\bfrom\s+(?:(?<under>under|below|fewer\s+than|less\s+than)\s+)?(?:(?<low>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)|(?<lowword>\p{L}+(?:-\p{L}+)?))(?:\s+(?<lowmult>thousand|million|billion))?\s+to(?:\s+(?<over>more\s+than|over|above))?|(?<![\p{L}\p{N}.,-])(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)(?:(?<low>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?<lowmult>thousand|million|billion)(?=\s+to))?(?:\s*[-–]|\s+to|\s+or)|(?<lowword>\p{L}+(?:-\p{L}+)?)\s+(?:to|or)))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeStart();

    // A change ends a sentence's "from 16 to 34": the toll rose from one figure to the other, it is not a range.
    [GeneratedRegex(@"\b(?:(?:ris|rose|rais|climb|increas|jump|grew|grow|fell|fall|drop|declin|decreas|revis|lower|lift|soar|surg|swell|swoll|doubl|tripl|chang|push|bump)\w*|cut|cuts|went|gone|up|down)\b[^.;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Change();

    private readonly record struct NumberCandidate(int Start, int End, double Value, double HalfStep, (double Low, double High)? Vague, bool Indefinite, bool Year = false);

    // "killing 13 service members and at least ", "wounding 18 Marines and ": the clause names a second group of victims.
    [GeneratedRegex(@"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+[^,;:.()]{1,60}?\s+and\s+(?:(?:at\s+least|more\s+than|nearly|about|some|over|almost|around)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CasualtyVerbBefore();

    // "killed more than ", "wounding ": the figure is the verb's object.
    [GeneratedRegex(@"\b(?:killing|killed|kills|wounding|wounded|injuring|injured|massacred|executed|murdered)\s+(?:(?:at\s+least|more\s+than|nearly|about|some|over|almost|around|up\s+to)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CasualtyVerbJustBefore();

    [GeneratedRegex(@"(?<word>\p{Lu}[\p{L}.]*)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}.]*", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalizedWord();

    [GeneratedRegex(@"^(?:other|more)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherOrMore();

    [GeneratedRegex(@"\Gother(?=\s+\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex OtherAt();

    // Tallies of one kind, by the stems of their words: the injured and the wounded are counted together.
    private static readonly string[][] TallyKinds =
    [
        ["injur", "wound", "hurt", "hospitali"], ["kill", "dead", "died", "death", "perish"], ["missing", "unaccounted"], ["arrest", "detain"],
        ["rescu", "found alive"], ["evacuat", "displac"], ["trapped"],
    ];

    [GeneratedRegex(@"\b(?:\d[\d,]*|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SmallCount();

    [GeneratedRegex(@"\G\s+others\b", RegexOptions.CultureInvariant)]
    private static partial Regex OthersAt();

    [GeneratedRegex(@"\d|\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Dd]ozens?|[Hh]undreds?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FigureBefore();

    [GeneratedRegex(@"\b(?:injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?)\s+(?:(?:at\s+least|more\s+than|nearly|about|some|over|another)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex InjuredBefore();

    [GeneratedRegex(@"\b(?:children|kids|boys|girls|babies|infants|people|those|anyone|men|women|adults|residents|aged)\s+(?:under|over|below|above|(?:older|younger)\s+than)\s+(?:the\s+age\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeLimitBefore();

    [GeneratedRegex(@"^\s+(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|close\s+to|briefed\s+on)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Informed();

    // A capitalized word that is not the sentence's first and follows no preposition, just before a number.
    [GeneratedRegex(@"(?<!\b(?:[Ii]n|[Aa]t|[Oo]n|[Ff]rom|[Tt]o|[Oo]f|[Bb]y|[Ff]or|[Ww]ith|[Nn]ear|[Ii]nto|[Aa]cross)\s)(?<=\S\s)(?<name>\p{Lu}[\p{L}'’-]+)\s$", RegexOptions.CultureInvariant)]
    private static partial Regex NameBeforeNumber();

    // "31 of the 33 engines", "2 of the 181 people", "25 of the cars", "12 of the 13 coal miners": a noun that may be
    // plural after the whole's figure ("22 of the 40 had been confirmed" names none).
    [GeneratedRegex(@"\G\s+of\s+(?:the|its|their|his|her|our)\s+(?<whole>\d[\d,.]*\s+)?(?<modifier>[\p{Ll}-]+\s+)??(?<noun>(?!(?:says|does|goes|has|was|is)\b)(?:(?:\p{L}+-)?\p{L}+s|(?:\p{L}+-)?\p{Ll}+men|people|crew|aircraft|personnel)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ShareOf();

    // "of the state's 497 municipalities", "of the town's schools".
    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?\p{Ll}+['’]s?\s+(?:\d[\d,.]*\s+)?(?<noun>\p{L}+)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnersShareOf();

    // A group named by its size: "a crew of 23", "its contingent of some 1,500", "a force of about 5,000".
    [GeneratedRegex(@"\b(?:a|an|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+)?(?<noun>crew|contingent|force)\s+of\s+" + FrameCues.SetOffQualifier + @"?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CollectiveOf();

    [GeneratedRegex(@"^\s+of\s+them\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex AllOfThem();

    // ", an estimated" / ", some" / ", about" right before the figure: a figure set off after a noun.
    [GeneratedRegex(@",\s+(?:" + FrameCues.SetOffQualifier + @"|perhaps\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveOpens();

    // "and" between two modifiers of one noun, never before a count of its own: "12 Palestinians and one Israeli soldier"
    // are two counts.
    [GeneratedRegex(@"\Gand\s+(?=\p{L})(?!(?:" + FrameCues.WrittenNumber + @"|a|an|another|dozens|hundreds|thousands)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModifierJoint();

    [GeneratedRegex(@"\b(?:" + FrameCues.CombatantNouns + @")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Combatants();

    [GeneratedRegex(@"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeBefore();
}
