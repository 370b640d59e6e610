using System.Text.RegularExpressions;
using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;
using FactCheck.Extraction.Framing;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Parsing;

/// <summary>
/// One document being read, sentence by sentence: who speaks (<see cref="SpeakerFinder"/>), about which event
/// (<see cref="EventFinder"/>), in which frame (<see cref="ParagraphFrame"/>, <see cref="FrameCues"/>); then the
/// quantities, dates and statements of each sentence become claims with subjects and attributions. Holds the state a
/// reading needs across sentences (the last agency, person and topic named).
/// </summary>
internal sealed partial class DocumentReading
{
    private const int MaxWordsToDateVerb = 10;
    private const string AnsweredTopic = "statement:";

    // Whom a statement blames or clears: "blame:Russia".
    private const string BlameTopic = "blame:";

    // Whether anyone fired on a crowd or a place.
    private const string ShootingTopic = "shooting";

    // Sums that are estimated, never planned: "the damage could cost $5 billion" is an estimate of what happened.
    private static readonly string[] EstimatedEvents = ["damage", "heavy damage", "losses"];

    // Events that happen on one day, so that figures of two days count two of them: two marches, two rallies, the
    // strikers out on two days of a strike.
    private static readonly string[] OneDayEvents = ["turnout", "walkout"];

    // What some of a group did, counted on its own: "Of the 140 in the hotel, 96 escaped".
    private static readonly string[] SharedEvents = ["escape", "rescue", "incursion"];

    // Events no count of people can be: what a nearer cue of one of these says is not what the people did ("the toll
    // could exceed 10,000 people, and economic losses could reach ..." counts no losses).
    private static readonly string[] PeopleSkip = ["loss", "strength", "spill", "collapse", "losses", "damage", "heavy damage", "reconstruction", "payment", "eruption", "capture"];

    // Those who take ground are not the ground taken: "his 25,000 fighters had taken control of military sites".
    private static readonly string[] ForceSkip = ["collapse", "capture"];

    // A collapse dates a structure's failure; the figures beside it count what it killed, trapped or destroyed.
    private static readonly string[] CountSkip = ["collapse"];

    // Nor are things or distances trapped: "feared trapped when an eight-storey building collapsed", "trapped about 800
    // metres underground"; nor found alive: "inside the 24-storey block ... did not expect anyone else to be found alive".
    private static readonly string[] ThingSkip = ["collapse", "trapped", "release", "rescue"];

    // But buildings are what collapses: "At least 20 buildings collapsed in the city" counts the buildings lost; not
    // those that "had collapsed or been badly damaged", which the damage counts.
    private static readonly string[] BuildingSkip = ["trapped", "release", "rescue"];

    // An amount may be released, as a spill is: "the dam released 40 million cubic metres of waste".
    private static readonly string[] AmountSkip = ["collapse", "trapped", "rescue"];

    // What only people are counted in, never money.
    private static readonly HashSet<string> PeopleOnlyEvents = new(StringComparer.Ordinal) { "missing", "displacement", "homeless", "arrest", "turnout", "abduction", "stranded", "walkout" };

    // Volumes let out: a weight released may be grain from a reserve.
    private static readonly HashSet<string> SpilledUnits = new(StringComparer.Ordinal) { "cubic meters", "barrels", "liters", "gallons" };

    // A base holding troops is a state, not something that happened on a day: "bases housing U.S. troops early on Wednesday".
    private static readonly string[] DateSkip = ["release", "garrison"];

    // Events that happen at one moment, which starts them: "the bridge collapsed on Monday night" dates the collapse,
    // not one of many moments a story tells.
    private static readonly string[] MomentEvents = ["collapse", "explosion"];

    // What sizes, the land a fire burns and cargo are measured in.
    private static readonly string[] LengthUnits = ["meters", "kilometers", "miles", "feet", "centimeters", "millimeters"];
    private static readonly string[] AreaUnits = ["hectares", "acres", "square kilometers", "square miles"];
    private static readonly string[] WeightUnits = ["tonnes", "kilograms", "pounds"];

    // People who are carried, fled or were caught up, never sent or fighting: "175 passengers" on a jet "arriving from
    // Bangkok" were not deployed.
    private static readonly string[] CarriedUnits = ["passengers", "migrants", "refugees", "evacuees", "survivors", "children", "families", "civilians", "hostages", "prisoners"];

    private readonly QuantityReader _quantities;
    private readonly DateReader _dates;
    private readonly Document _document;
    private readonly DateOnly? _reference;
    private readonly bool _referenceAssumed;
    private readonly List<string> _warnings;
    private readonly CompiledLexicon _lexicon;
    private readonly SpeakerFinder _speakers;
    private readonly EventFinder _events;
    private readonly ParagraphFrame _frame;

    // Whether a place named is the event's whole: a country, unless the batch counts the event in several apart.
    private readonly Func<string, bool> _isWhole;
    private readonly IReadOnlySet<string> _regionsOfEventPlaces;

    // The articles name their event by a place smaller than a country ("the Buffalo blizzard").
    private readonly bool _eventPlacedLocally;
    private readonly bool _counterGatheringsApart;
    private readonly IReadOnlySet<string> _firesNamedApart;
    private readonly IReadOnlySet<string> _headlineWords;
    private readonly string? _capital;
    private readonly IReadOnlySet<string> _placesNamedApart;
    private readonly IReadOnlySet<string> _countriesCountedApart;
    private readonly IReadOnlySet<string> _eventPlaces;
    private readonly IReadOnlySet<string> _votePlaces;
    // A headline holds the gathering in a place smaller than a country: a total of marches across the country is another scope.
    private readonly bool _gatheringPlaced;
    // The one city a headline holds the gathering in, whose crowd an unplaced crowd is.
    private readonly string? _gatheringPlace;
    private readonly IReadOnlySet<string> _citiesOfGatheringPlace;
    private readonly bool _groundCounted;

    // Whether the article tells of a collision, whose craft each count their own dead.
    private readonly bool _collision;
    private readonly IReadOnlySet<string> _areasNamed;

    // Whether the article tells of hostages, so that people "being held" are held by captors.
    private readonly bool _hostageStory;
    private readonly bool _abductionStory;
    // Whether the story's rebels or militants are those who attacked: they held hostages or stormed somewhere ("killed
    // 72 militants after they stormed government buildings").
    private readonly bool _combatantsAttack;
    private string? _previousSpeaker;
    private int _previousParagraph;
    private string? _lastAgency;
    private string? _lastPerson;
    private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);
    private string? _lastTopic;
    private string? _lastTopicSpeaker;
    private readonly int? _eventYear;

    // The day of the first one-day event (a march) this document dated a figure of: its later undated figures' day.
    private DateOnly? _occasion;

    // The day the article's opening sentence puts a gathering on, when it does.
    private DateOnly? _leadDay;

    // The wider events the article has set the story's event in: "carried out the attack as part of a campaign against
    // the country's Kurds" makes "the campaign ... killed at least 50,000" the campaign's toll, not the attack's.
    private readonly HashSet<string> _wholes = new(StringComparer.OrdinalIgnoreCase);
    private readonly DateOnly? _batchEarliest;
    private readonly bool _deadCountedSinceStart;

    public DocumentReading(CompiledLexicon lexicon, QuantityReader quantities, DateReader dates, Document document, BatchContext batch, List<string> warnings)
    {
        var referenceDate = batch.Latest;
        _eventYear = batch.EventYear ?? (batch.Earliest ?? document.Published ?? referenceDate)?.Year;
        _batchEarliest = batch.Earliest;
        _deadCountedSinceStart = batch.DeadCountedSinceStart;
        _quantities = quantities;
        _dates = dates;
        _document = document;
        _lexicon = lexicon;
        _reference = document.Published ?? referenceDate;
        _referenceAssumed = document.Published is null && referenceDate is not null;
        _warnings = warnings;
        _speakers = new SpeakerFinder(lexicon, document.Publisher);
        _events = new EventFinder(lexicon);
        Func<string, bool> isCountryWhole = batch.CountriesCountedApart.Count > 0 ? name => lexicon.IsCountry(name) && !batch.CountriesCountedApart.Contains(name)
            // (A caller's lexicon that does not know the main country keeps every country whole.)
            : batch.MainCountry is { } main ? name => lexicon.IsCountry(name) && (name == main || !lexicon.IsCountry(main))
            : lexicon.IsCountry;
        // "In neighbouring Thailand, a tower collapsed, killing 10": a country named as the event's neighbour is apart.
        _isWhole = batch.PlacesNamedApart.Count == 0 ? isCountryWhole : name => isCountryWhole(name) && !batch.PlacesNamedApart.Contains(name);
        // A document read alone names its own places.
        _frame = new ParagraphFrame(lexicon.Lexicon, _isWhole,
            batch.PlacesNamed.Count > 0 ? batch.PlacesNamed : FrameCues.PlacesNamed(document.CleanText).ToHashSet(StringComparer.Ordinal));
        _capital = batch.Capital?.ToLowerInvariant();
        _placesNamedApart = batch.PlacesNamedApart;
        _countriesCountedApart = batch.CountriesCountedApart;
        _eventPlaces = batch.EventPlaces;
        _votePlaces = batch.VotePlaces;
        _eventPlacedLocally = batch.EventPlaces.Any(place => !lexicon.IsCountry(place));
        _regionsOfEventPlaces = batch.RegionsOfEventPlaces;
        _gatheringPlaced = batch.GatheringPlaces.Count > 0;
        _gatheringPlace = batch.GatheringPlace;
        _citiesOfGatheringPlace = batch.CitiesOfGatheringPlace;
        _counterGatheringsApart = batch.CounterGatheringsApart;
        _firesNamedApart = batch.FiresNamedApart;
        _headlineWords = batch.HeadlineWords.Count > 0 ? batch.HeadlineWords : FrameCues.LowercaseWords(document.Title).ToHashSet(StringComparer.Ordinal);
        _groundCounted = batch.GroundCounted || FrameCues.CountsOnTheGround(document.CleanText);
        _collision = Collision().IsMatch(document.CleanText);
        _areasNamed = batch.AreasNamed;
        _hostageStory = Hostages().IsMatch(document.Title ?? "") || Hostages().IsMatch(document.CleanText);
        _combatantsAttack = _hostageStory || CombatantsAttacked().IsMatch(document.CleanText);
        _abductionStory = _hostageStory || Abducted().IsMatch(document.Title ?? "") || Abducted().IsMatch(document.CleanText);
    }

    public List<Claim> Read(CancellationToken cancellationToken)
    {
        var sentences = _lexicon.Splitter.Split(_document.CleanText);
        if (sentences.Count == 0)
        {
            _warnings.Add($"{_document.Id}: no article text left after removing page furniture");
            return [];
        }

        if (_document.Published is null)
        {
            _warnings.Add(_referenceAssumed
                ? $"{_document.Id}: no publication date; relative dates read against the batch's latest date {_reference:yyyy-MM-dd}"
                : $"{_document.Id}: no publication date; relative dates and dates without a year are left unresolved");
        }

        var facts = new List<SentenceFacts>(sentences.Count);
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            facts.Add(Analyze(sentence));
        }

        _events.ChooseMainActors(facts);
        var claims = new List<Claim>();
        for (var i = 0; i < facts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadClaims(facts, i, claims);
        }

        return claims;
    }

    private SentenceFacts Analyze(Sentence sentence)
    {
        var text = sentence.Text;
        var tokens = new TokenizedText(text);
        List<PhraseMatch> sources = [.. _lexicon.Sources.FindAll(tokens)];

        // A capitalized word before a listed institution's name makes it another institution: "Iran's Supreme National
        // Security Council" is not the "National Security Council" of the list.
        sources.RemoveAll(s => Institution().IsMatch(text.AsSpan(s.Index, s.Length)) && NamePrefix().IsMatch(text.AsSpan(0, s.Index)));

        // What an act was done on or over is no one who speaks: "the drone attack on the Kremlin, U.S. officials said".
        sources.RemoveAll(s => TargetBefore().IsMatch(text.AsSpan(0, s.Index)));
        for (var i = 0; i < sources.Count; i++)
        {
            sources[i] = sources[i] with { Key = _lexicon.Lexicon.Sources[sources[i].Key] };
        }

        foreach (var anaphor in _lexicon.AgencyAnaphora.FindAll(tokens))
        {
            if (_lastAgency is not null && !sources.Any(s => s.Index <= anaphor.Index && anaphor.Index < s.End))
            {
                sources.Add(anaphor with { Key = _lastAgency });
            }
        }

        for (var pronoun = Pronoun().Match(text); pronoun.Success; pronoun = pronoun.NextMatch())
        {
            if (_lastPerson is not null)
            {
                sources.Add(new PhraseMatch(pronoun.Index, pronoun.Length, _lastPerson));
            }
        }

        sources.Sort((a, b) => a.Index.CompareTo(b.Index));
        List<PhraseMatch> actors = [.. _lexicon.Actors.FindAll(tokens)];
        actors.RemoveAll(a => sources.Exists(s => a.Index < s.End && s.Index < a.End) || CompanyAfter().IsMatch(text, a.End) || text.AsSpan(0, a.Index).EndsWith("Air ", StringComparison.Ordinal)
            || IsRouteEnd(text, a.Index, a.End));
        for (var i = 0; i < actors.Count; i++)
        {
            actors[i] = actors[i] with { Key = _lexicon.Lexicon.Actors[actors[i].Key] };
        }

        var lookalikes = _lexicon.EventLookalikes.FindAll(tokens);
        var verbs = Array.FindAll(_lexicon.EventVerbs.FindAll(tokens), v => IsNotCalendarName(v) && !Array.Exists(lookalikes, l => l.Index <= v.Index && v.End <= l.End)
            && !IsLaunchOfUndertaking(text, v));
        var nouns = Array.FindAll(_lexicon.EventNouns.FindAll(tokens), n => IsNotCalendarName(n) && !Array.Exists(lookalikes, l => l.Index <= n.Index && n.End <= l.End));
        var cues = new List<PhraseMatch>(verbs.Length + nouns.Length);
        cues.AddRange(verbs);
        cues.AddRange(nouns);
        cues.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        var facts = new SentenceFacts { Sentence = sentence, Tokens = tokens, Sources = sources, Actors = actors, EventCues = cues };
        _speakers.Find(facts);
        if (_previousSpeaker is { } prior && sentence.Paragraph - _previousParagraph <= 1)
        {
            SpeakForPrevious(facts, prior);
        }

        if ((facts.StanceSpeaker ?? facts.Speaker) is { } speaking)
        {
            (_previousSpeaker, _previousParagraph) = (speaking, sentence.Paragraph);
        }

        var cueEnd = facts.StanceCue?.End ?? facts.SpeakerCueEnd;
        facts.Topic = _events.TopicOf(facts, cueEnd, verbs, nouns) ?? (Anaphora().IsMatch(text) ? _lastTopic : null);
        if (facts.Topic is not null)
        {
            (_lastTopic, _lastTopicSpeaker) = (facts.Topic, facts.Speaker);
        }
        else if (!SpeakerGoesOn().IsMatch(text) && (facts.SpeakerCueEnd == 0 || facts.Speaker != _lastTopicSpeaker))
        {
            // "Police said 15 had died. Burkhardt said the engineer had failed to set the brakes. The engineer's lawyer
            // rejected the accusation": the accusation is what was said since, which counted nothing, not the toll, and
            // so is what a sentence of narration since has turned to. The same speaker going on ("He said the factories
            // were running at full capacity") keeps it.
            _lastTopic = null;
        }

        foreach (var source in sources)
        {
            if (_lexicon.Lexicon.PersonSources.Contains(source.Key))
            {
                _lastPerson = source.Key;
            }
            else
            {
                _lastAgency = source.Key;
            }
        }

        foreach (Match name in FirstAndLastName().Matches(text))
        {
            if (PersonName().IsMatch(name.Value))
            {
                _surnames.Add(name.Groups["surname"].Value);
            }
        }

        // A speaker the lexicon does not list but who is named as a person ("Foreign Minister Boris Petrov", "the
        // captain, Lee Joon-seok"), or by the surname of one named so far ("President Donald Trump's inauguration ...
        // Trump said"), is whom a later "he said" means.
        if ((facts.StanceSpeaker ?? facts.Speaker) is { } speaker && !sources.Exists(s => s.Key == speaker) && (PersonName().IsMatch(speaker) || _surnames.Contains(speaker)))
        {
            _lastPerson = speaker;
        }

        return facts;

        // "since March", "by March 2024", "in early March"; the Women's March is a march.
        bool IsNotCalendarName(PhraseMatch cue) => !(char.IsUpper(text[cue.Index]) && FrameCues.IsCalendarName(text.Substring(cue.Index, cue.Length))
            && (MonthLead().IsMatch(text.AsSpan(0, cue.Index)) || MonthTail().IsMatch(text.AsSpan(cue.Index + cue.Length))));
    }

    // What is launched may be an undertaking, not a weapon: "launched its largest peacetime repatriation to fly home
    // about 150,000 customers", "launched an investigation".
    private static bool IsLaunchOfUndertaking(string text, PhraseMatch verb)
        => text.AsSpan(verb.Index, verb.Length).StartsWith("launch", StringComparison.OrdinalIgnoreCase) && LaunchedUndertaking().IsMatch(text, verb.End);

    // A sentence that names its speaker only through whoever spoke just before (prior, in the same or the next
    // paragraph).
    private static void SpeakForPrevious(SentenceFacts facts, string prior)
    {
        if (!BareSpokesperson().IsMatch(prior))
        {
            // "Nigeria's Defence Headquarters said the number killed had been exaggerated. \"The number has not exceeded
            // 150,\" a spokesman, Major General Chris Olukolade, said": a spokesperson who names no one else speaks for
            // whoever spoke just before.
            facts.Speaker = facts.Speaker is { } spokesperson && BareSpokesperson().IsMatch(spokesperson) ? prior : facts.Speaker;
            facts.StanceSpeaker = facts.StanceSpeaker is { } stanceSpokesperson && BareSpokesperson().IsMatch(stanceSpokesperson) ? prior : facts.StanceSpeaker;
        }

        var text = facts.Sentence.Text;
        if (facts.Speaker is null && ThingSpeaks().IsMatch(text) && PronounSpeaks().Match(text) is { Success: true } itSpoke)
        {
            // "A report by the UN human rights office said that 48 people died .... It found no evidence that the building
            // had been set on fire deliberately": "it" is whoever spoke just before.
            facts.Speaker = prior;
            facts.SpeakerStance = Stance.Asserted;
            facts.SpeakerCueEnd = itSpoke.Index + itSpoke.Length;
            facts.StanceSpeaker = facts.StanceCue is null ? null : facts.StanceSpeaker ?? prior;
        }
    }

    private void ReadClaims(List<SentenceFacts> all, int index, List<Claim> claims)
    {
        var facts = all[index];
        var sentence = facts.Sentence;
        var (attribution, inferred) = AttributionOf(all, index);
        var sentenceSpan = Span(sentence, 0, sentence.Text.Length);
        _frame.Enter(sentence);
        if (FrameCues.IsWithdrawn(sentence.Text))
        {
            // "Correction: A previous version of this report said 1,011 people were hurt": no one claims it any more.
            return;
        }

        var dates = _dates.Read(sentence.Text, _reference, _referenceAssumed);
        var quantities = _quantities.Read(facts.Tokens, _frame.Antecedent.Unit);
        if (index == 0 && Gathering().IsMatch(sentence.Text)
            && dates.Find(d => d.From is { } day && d.To == day && !d.ReferenceAssumed && d.Role != DateRole.Start && !IsReportedOn(facts, quantities, d)
                && !(day > _reference)) is { } lead)
        {
            // "Protesters filled the streets of Hong Kong on Sunday": the day of the gathering the article reports, for
            // any of its crowd figures that names no day of its own; not a day still to come ("will resign on
            // Wednesday, a day after protesters occupied his residence").
            _leadDay = lead.From;
        }

        if (quantities.Count > 0)
        {
            ReadQuantities(facts, quantities, dates, attribution, inferred, sentenceSpan, claims);
        }

        foreach (Match whole in PartOfWhole().Matches(sentence.Text))
        {
            _wholes.Add(whole.Groups["whole"].Value);
        }

        foreach (var date in dates)
        {
            if (IsReportDate(facts, date) || FrameCues.IsComparisonDate(facts.Sentence.Text, date.Start))
            {
                claims.Add(DateClaimOf(date, subject: "", Stance.Asserted, facts, sentenceSpan, attribution, inferred));
                continue;
            }

            // "The report, released at the end of January": a release dates no one's freedom unless someone is counted.
            var (@event, planned, verbIndex) = _events.Governing(facts, date.Start, date.End, MaxWordsToDateVerb, preferBefore: true, skipEvents: DateSkip);
            if (@event is not null && !EventFinder.VictimEvents.Contains(@event) && TallyMovedBefore().IsMatch(facts.Sentence.Text.AsSpan(0, date.Start)))
            {
                // "The number of people killed when the dam burst rose to 84 on Tuesday": the day the tally moved, not the
                // day of the act its clause names.
                claims.Add(DateClaimOf(date, subject: "", Stance.Asserted, facts, sentenceSpan, attribution, inferred));
                continue;
            }

            var momentNoun = MomentNounOf(facts.Sentence.Text, date);
            if (momentNoun is not null)
            {
                // "The explosion on April 21 killed 11 workers": the date is the explosion's, and the explosion a moment.
                (@event, verbIndex) = (momentNoun, -1);
            }
            else if (@event == "conviction" && date.Role == DateRole.Start)
            {
                // "has been jailed since August 2020" against "has been in custody since December 2020": what runs
                // since a day is the custody, whether or not a court has ruled yet.
                @event = "arrest";
            }
            else if (@event is "loss" or "breach" && IsStructureFailing(facts.Sentence.Text, verbIndex))
            {
                // "The dam was destroyed early on Tuesday", "the levee was breached on Monday night": the structure failed.
                @event = "collapse";
            }
            else if (@event is not null && MomentEvents.Contains(@event) && verbIndex > 0 && Attributive().IsMatch(facts.Sentence.Text.AsSpan(0, verbIndex)))
            {
                // "pulled 41 workers out of a collapsed tunnel on Tuesday": the participle describes; it dates nothing.
                (@event, verbIndex) = (null, -1);
            }

            // "the first patient began showing symptoms on December 8", "the first person to contract the virus, on November
            // 17": the first case dates the outbreak's start, whatever verb tells of it.
            var firstCase = FirstCaseBefore().IsMatch(facts.Sentence.Text.AsSpan(0, date.Start));
            if (firstCase)
            {
                (@event, verbIndex) = ("outbreak", -1);
            }

            // "A second ship, the High Flyer, exploded early on Thursday": the day of another explosion than the story's.
            var otherOccasion = SecondOccasion().IsMatch(facts.Sentence.Text.AsSpan(0, date.Start));
            if (otherOccasion)
            {
                (@event, verbIndex) = (null, -1);
            }

            // Without a verb near it, a date belongs to the sentence's event only when a counted thing names it
            // ("13,000 containers ... since August"); a date near a reporting verb ("alleged on Friday") has none.
            @event ??= otherOccasion ? null : quantities.Select(q => _lexicon.Lexicon.UnitEvents.GetValueOrDefault(q.Unit)).FirstOrDefault(e => e is not null);
            var subject = _events.SubjectOf(@event, facts, date.Start, date.End, verbIndex);
            var stance = planned ? Stance.Planned : facts.Denies ? Stance.Denied : Stance.Asserted;

            // "began supplying Russia with shells in September 2023" dates the start, as "since August 2023" does.
            var started = date.Role == DateRole.Point && @event is not null
                && (momentNoun is not null || firstCase || (verbIndex > 0 && FrameCues.IsBeginning(facts.Sentence.Text, verbIndex)) || FrameCues.IsBeginningDate(facts.Sentence.Text, date.Start)
                    || IsMomentDate(facts.Sentence.Text, @event, verbIndex, date.Start));
            // "late on Sunday night" and "in the early hours of Monday" are one night, which runs over two days.
            var dated = date.From is { } day && date.To == day
                ? FrameCues.NightOf(facts.Sentence.Text, date.Start, date.End) switch
                {
                    > 0 => date with { To = day.AddDays(1) },
                    < 0 => date with { From = day.AddDays(-1) },
                    _ => date,
                }
                : date;
            claims.Add(DateClaimOf(started ? dated with { Role = DateRole.Start } : dated, subject, stance, facts, sentenceSpan, attribution, inferred));
        }

        ReadStatement(all, index, sentenceSpan, claims);
    }

    // A wire dateline ("NAIROBI, June 2 -") dates the report, and a date right after the attribution verb ("said on
    // Tuesday") the statement: neither is the date of the event the sentence describes. "said the June 9 march" names
    // the march's day.
    private static bool IsReportDate(SentenceFacts facts, DateMatch date)
    {
        var text = facts.Sentence.Text;
        facts.DatelineEnd ??= Dateline().Match(text) is { Success: true } dateline ? dateline.Index + dateline.Length : 0;
        return date.Start < facts.DatelineEnd
            || (facts.SpeakerCueEnd > 0 && date.Start >= facts.SpeakerCueEnd && Words.Between(text, facts.SpeakerCueEnd, date.Start) <= 1
                && !DeterminerBefore().IsMatch(text.AsSpan(facts.SpeakerCueEnd, date.Start - facts.SpeakerCueEnd)));
    }

    // The one day the sentence dates a figure's event on, the nearest such date to it with no other figure or comparison
    // between ("31,000 marchers, against 27,000 on March 3": the 3rd is the 27,000's); null when it gives none, or
    // only a weekday or relative date read against an assumed publication date.
    private static DateOnly? DayOf(SentenceFacts facts, List<DateMatch> dates, List<QuantityMatch> quantities, QuantityMatch quantity)
        => dates.Where(d => d.From is { } from && d.To == from && (!d.ReferenceAssumed || NamesItsDay(facts, d)) && !IsReportedOn(facts, quantities, d)
                && !quantities.Exists(other => other != quantity && other.Start < Math.Max(d.Start, quantity.Start) && other.End > Math.Min(d.End, quantity.End))
                && !FrameCues.Compares(Between(facts.Sentence.Text, d.Start, d.End, quantity.Start, quantity.End)))
            .OrderBy(d => Math.Abs(d.Start - quantity.Start))
            .Select(d => d.From)
            .FirstOrDefault();

    // The first day of the week or so a sentence dates its figure to ("two weeks ago", "last week"), or null.
    private static DateOnly? WeekOf(List<DateMatch> dates, QuantityMatch quantity)
        => dates.Where(d => d.From is { } from && d.To is { } to && to.DayNumber - from.DayNumber is > 0 and <= 7)
            .OrderBy(d => Math.Abs(d.Start - quantity.Start))
            .Select(d => d.From)
            .FirstOrDefault();

    // Whether a date is the day something was said or given rather than the day of what happened: the report's date
    // (IsReportDate), or the day a figure of the sentence was put at ("The unions put nationwide turnout at 1.3 million
    // on Thursday, and said 350,000 had marched"), for any figure of the sentence.
    private static bool IsReportedOn(SentenceFacts facts, List<QuantityMatch> quantities, DateMatch date)
        => IsReportDate(facts, date) || quantities.Exists(q => IsDayItWasPut(facts.Sentence.Text, q, date));

    private static bool IsDayItWasPut(string text, QuantityMatch quantity, DateMatch date)
        => date.Start >= quantity.End && Words.Between(text, quantity.End, date.Start) <= 1 && PutAtBefore().IsMatch(text.AsSpan(0, quantity.Start));

    // "the June 16 march" in an undated article is that day, in whatever year the batch's dates lend it, and stays apart
    // from the series' other days; "on Sunday" read against a date the article does not give is no day at all.
    private static bool NamesItsDay(SentenceFacts facts, DateMatch date)
        => facts.Sentence.Text.AsSpan(date.Start, date.End - date.Start).IndexOfAnyInRange('0', '9') >= 0;

    // Whether the figure is set against a cargo just before it, in the same unit: ", far less than the 350 kilograms".
    private static bool ComparedWithCargo(string sentence, List<QuantityMatch> quantities, string?[] events, int q)
        => q > 0 && events[q - 1] == "cargo" && quantities[q - 1].Unit == quantities[q].Unit
            && ComparisonAfter().Match(sentence, quantities[q - 1].End) is { Success: true } comparison
            && comparison.Index < quantities[q].Start && ComparedThe().IsMatch(sentence.AsSpan(comparison.Index + comparison.Length, quantities[q].Start - comparison.Index - comparison.Length));

    // A figure the sentence denies: after the denial ("denied that 40 soldiers died"), or before a passive one ("reports
    // of 40 dead were denied"); "lowered its count to 3,958 after the Red Crescent denied that..." denies only what follows.
    // "dismissed reports that thousands had died as lies, and said the toll remained at two": what is said after a second
    // verb of saying is asserted, unless that is refuted too ("and said speculation that 600 had died was not true").
    private static bool Denied(SentenceFacts facts, QuantityMatch quantity)
    {
        if (facts.StanceCue is not { } cue)
        {
            return true;
        }

        var text = facts.Sentence.Text;
        if (quantity.Start >= cue.End)
        {
            var afterCue = text.AsSpan(cue.End, quantity.Start - cue.End);
            if (ThatAfterVerdict().IsMatch(afterCue))
            {
                return false;
            }

            // "rejected any link to Thursday's bombing, which killed 44 soldiers": the clause tells of the event the denial
            // is about; its toll is not what is denied.
            if (!(SaidAgain().IsMatch(afterCue) && !Refuted().IsMatch(text.AsSpan(quantity.End))) && !SaidInRelativeClause().IsMatch(afterCue)
                && !EventsToll().IsMatch(afterCue))
            {
                return true;
            }
        }

        if (facts.SpeakerCueEnd > 0 && quantity.End <= facts.SpeakerCueEnd && facts.SpeakerCueEnd <= cue.Index
            && SpeakersRelativeClause().IsMatch(text.AsSpan(0, quantity.Start)))
        {
            // "Amnesty International, which had put the toll at 304, said the official figure was not credible": what
            // the speaker calls false is said after its verb; its own figure, in a clause that describes the speaker,
            // stands. ("About 1,300 were unaccounted for, but officials said the number was inflated" still denies it.)
            return false;
        }

        // "said reports of dozens of deaths were false": the cue's own verb says what it calls false, just before it; so
        // of a figure named as such, further off ("the figure of 164 dead published by state media on Sunday was a
        // technical mistake").
        return PassiveDenial().IsMatch(text.AsSpan(0, cue.Index))
            || (SpeakerFinder.CopulaLength(cue.Key) > 0 && quantity.End <= cue.Index
                && Words.Between(text, quantity.End, cue.Index) <= (FigureNamed().IsMatch(text.AsSpan(0, quantity.Start)) ? 12 : 6))
            || (SpeakerFinder.CalledFalse().Match(text, 0, cue.Index) is { Success: true } called && called.Index < quantity.Start);
    }

    // "Nine people were killed on Tuesday night when gunmen attacked a village", weeks after the batch's first article
    // told of the violence: a later day's toll, a part of the running one. The date must be the killing's own, right
    // after its verb: not the day a toll rose or was given ("The toll rose to 78 on Friday").
    private DateOnly? LaterDayOf(SentenceFacts facts, List<DateMatch> dates, List<QuantityMatch> quantities, QuantityMatch quantity)
        => _batchEarliest is { } first && BefallenDayOf(facts, dates, quantities, quantity) is { } day && day.DayNumber - first.DayNumber > 1 ? day : null;

    // The day the sentence says its figure's people were killed or hurt on ("killed at least 114 people on Saturday").
    private DateOnly? BefallenDayOf(SentenceFacts facts, List<DateMatch> dates, List<QuantityMatch> quantities, QuantityMatch quantity)
        => DayOf(facts, dates.FindAll(d => IsDayBefallen(facts.Sentence.Text, quantity, d)), quantities, quantity);

    private static bool IsDayBefallen(string sentence, QuantityMatch quantity, DateMatch date)
        => (date.Start > quantity.End && (DayBefallen().IsMatch(sentence.AsSpan(quantity.End, date.Start - quantity.End))
                    // "Security forces killed at least 114 people on Saturday": the active verb's object and its day.
                    || (OnRightAfter().IsMatch(sentence.AsSpan(quantity.End, date.Start - quantity.End)) && KilledJustBefore().IsMatch(sentence.AsSpan(0, quantity.Start))))
                && !TallyWords().IsMatch(sentence.AsSpan(0, date.Start)))
            // "Monday's attack on the bridge, which killed two people": the attack of that day, and its dead.
            || (date.End < quantity.Start && DaysActBefore().IsMatch(sentence.AsSpan(date.End, quantity.Start - date.End)));

    // "875 people had been arrested overnight", "79 officers were injured overnight": that night's figure, of the night
    // before the article, not a running total ("the toll rose overnight to 300").
    // Every toll is tested, so the expression runs only where the sentence says "overnight".
    private DateOnly? NightBefore(string sentence, List<DateMatch> dates)
        => dates.Count == 0 && sentence.Contains("overnight", StringComparison.OrdinalIgnoreCase) && NightFigure().IsMatch(sentence)
            && _document.Published is { } day ? day.AddDays(-1) : null;

    // Only a date in the moment verb's own clause after it is the moment's: not "pulled out alive on Friday, 17 days after
    // the building collapsed".
    private static bool IsMomentDate(string sentence, string @event, int verbIndex, int dateStart)
        => MomentEvents.Contains(@event) && verbIndex >= 0 && verbIndex < dateStart && sentence.AsSpan(verbIndex, dateStart - verbIndex).IndexOfAny(",;") < 0;

    // The moment noun a date is joined to: "the explosion on April 21", "the blast of August 4", "the April 21 explosion",
    // "Tuesday's blast"; null when there is none.
    private string? MomentNounOf(string sentence, DateMatch date)
    {
        var before = NounBeforeDate().Match(sentence, 0, date.Start);
        if (before.Success && _lexicon.Lexicon.MomentNouns.TryGetValue(before.Groups["noun"].Value, out var @event))
        {
            return @event;
        }

        var after = NounAfterDate().Match(sentence, date.End);
        return after.Success && _lexicon.Lexicon.MomentNouns.TryGetValue(after.Groups["noun"].Value, out @event) ? @event : null;
    }

    // A structure is the passive verb's subject in its clause: "The dam on the river was destroyed", not "the attack
    // destroyed 40 homes near the dam".
    private bool IsStructureFailing(string sentence, int verbIndex)
    {
        if (verbIndex <= 0 || Passive().Match(sentence, 0, verbIndex) is not { Success: true } passive)
        {
            return false;
        }

        var clauseStart = sentence.AsSpan(0, passive.Index).LastIndexOfAny(",;") + 1;
        foreach (var word in sentence[clauseStart..passive.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (_lexicon.Lexicon.StructureNouns.Contains(word.TrimEnd('.', '\'', '’')))
            {
                return true;
            }
        }

        return false;
    }

    // Three significant figures: "41 million acres" is 16,600,000 hectares, not 16,592,111.33.
    private static double Significant(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        var scale = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(value))) - 2);
        return Math.Round(value / scale) * scale;
    }

    private static ReadOnlySpan<char> Between(string text, int start, int end, int otherStart, int otherEnd)
        => end <= otherStart ? text.AsSpan(end, otherStart - end) : otherEnd <= start ? text.AsSpan(otherEnd, start - otherEnd) : [];

    private void ReadQuantities(SentenceFacts facts, List<QuantityMatch> quantities, List<DateMatch> dates, string attribution, bool inferred, TextSpan sentenceSpan, List<Claim> claims)
    {
        var sentence = facts.Sentence;
        // A day of the month is no count: "since March 10 rescuers have..." counts no rescuers.
        quantities.RemoveAll(q => dates.Any(d => d.Start <= q.Start && q.Start < d.End));
        // Nor is a speaker: "One survivor said there were 3,000 people on board" counts no survivors.
        quantities.RemoveAll(q => !inferred && attribution.Length >= q.End - q.Start && sentence.Text.AsSpan(q.Start).StartsWith(attribution, StringComparison.Ordinal)
            && SpeakerVerb().IsMatch(sentence.Text.AsSpan(q.Start + attribution.Length)));
        // A participle between the number and the counted thing names the event: "more than 100 missing people"; a bare
        // verb there is a noun that names what they are ("500 polling station workers died").
        var inner = quantities.Select(q => facts.EventCues.Where(c => c.Index > q.Start && c.End <= q.End && _lexicon.Lexicon.EventVerbs.ContainsKey(c.Key)
                && (c.Key.EndsWith("ed", StringComparison.Ordinal) || c.Key.EndsWith("ing", StringComparison.Ordinal) || c.Key.EndsWith("en", StringComparison.Ordinal)))
            .Select(_events.EventOf).FirstOrDefault()).ToList();
        facts.EventCues.RemoveAll(c => quantities.Any(q => c.Index < q.End && q.Start < c.End));
        // Where the whole a share is taken from ends ("one| of the 13 miners trapped in the mine| survived"), else the
        // figure's own end: a cue in the whole is the whole's, and the whole is no part of the share's distance to its verb.
        var wholeEnds = quantities.Select(q => WholeOfShare().Match(sentence.Text, q.End) is { Success: true } whole ? whole.Index + whole.Length : q.End).ToList();
        var governed = quantities.Select((q, i) =>
        {
            // "raised the death toll to 769, with 934 people injured": past the next figure's clause, "injured" is its.
            var next = i + 1 < quantities.Count ? quantities[i + 1].Start : -1;
            // A part or a corrected figure set off inside the figure's own clause is no clause of its own: "16 people,
            // including seven children, were injured", "62 people, not 61, had been on board".
            // So is a breakdown set off between commas: "13 of its people, eight civilians and five soldiers, had been killed".
            var afterLimit = next > q.End && sentence.Text.AsSpan(q.End, next - q.End).IndexOfAny(',', ';') >= 0
                && !PartSetOff().IsMatch(sentence.Text.AsSpan(q.End, next - q.End)) && !BreakdownSetOff().IsMatch(sentence.Text.AsSpan(q.End)) ? next : int.MaxValue;
            // "The death toll from the attacks rose to 130 on Friday after one of the wounded died", "rose to 51, as several
            // of those taken to hospital died", "rose to 12 as two more victims died": a clause that sets the scene after the
            // figure has events of its own.
            if (SettingClauseAfter().Match(sentence.Text, q.End) is { Success: true } setting)
            {
                afterLimit = Math.Min(afterLimit, setting.Index);
            }

            // "put the number of dead and missing at about 138,000: 84,537 dead and 53,836 missing": a list after a colon
            // breaks the figure down; its words are its parts'.
            if (sentence.Text.AsSpan(q.End).TrimStart(' ').StartsWith(":", StringComparison.Ordinal))
            {
                afterLimit = Math.Min(afterLimit, q.End);
            }

            // "said 1,312 passengers and 98 crew had been aboard, and that 388 people had been rescued": a second thing
            // said has its own verbs.
            if (SecondThingSaid().Match(sentence.Text, q.End) is { Success: true } secondSaid)
            {
                afterLimit = Math.Min(afterLimit, secondSaid.Index);
            }

            // People are not lost as ships are, nor an army's strength: "the toll from the fire that destroyed the town rose
            // to 80" and "the army says 400 people have been killed" count the dead.
            var skip = _lexicon.Lexicon.PersonUnits.Contains(q.Unit) ? PeopleSkip
                : q.Unit is "personnel" or "crew" ? ForceSkip
                : q.Unit is "animals" || CarriedUnits.Contains(q.Unit) ? CountSkip
                : SpilledUnits.Contains(q.Unit) ? AmountSkip
                : q.Unit is "buildings" && !CollapsedOrWorse().IsMatch(sentence.Text) ? BuildingSkip : ThingSkip;
            // "killed 1,186 people, and more than 18,000 have been treated", "..., and about 28,000 people were living in
            // tents": a figure with a verb of its own after a clause joint is that clause's subject, which no verb before
            // the joint governs.
            var beforeLimit = OwnVerbAfter().IsMatch(sentence.Text.AsSpan(q.End)) && ClauseJoint().Match(sentence.Text, 0, q.Start) is { Success: true } clause
                ? clause.Groups["joint"].Index + clause.Groups["joint"].Length : 0;
            // "seized 63.7 bitcoins, valued at about $2.3 million, from the ransom paid": a worth counts what the thing
            // worth it counts, so the verb before it governs, not one after, nor a noun or a participle that only
            // describes one in between ("recovered 63.7 bitcoin of the ransom paid by the company, worth about $2.3
            // million"); with no such verb, the noun does ("Colonial's payment of 75 bitcoin, worth about $5 million").
            var worth = WorthOfThingBefore().IsMatch(sentence.Text.AsSpan(0, q.Start));
            if (worth)
            {
                afterLimit = q.End;
            }

            // "..., fewer than the 2.5 million who took part in 2019", "far more than the 50,000 they had planned for": what
            // the figure is compared with is the same kind of thing, but its plans and times are its own.
            var compared = ComparisonAfter().Match(sentence.Text, q.End) is { Success: true } comparison && comparison.Index < afterLimit ? comparison.Index : -1;
            (string? Event, bool Planned, int VerbIndex) Govern(bool mainVerbOnly, int limit)
                => _events.Governing(facts, q.Start, wholeEnds[i], int.MaxValue, preferBefore: false, limit, skip, beforeLimit, mainVerbOnly);
            (string? Event, bool Planned, int VerbIndex) GovernOwn(bool mainVerbOnly)
            {
                var own = Govern(mainVerbOnly, compared < 0 ? afterLimit : compared);
                return compared >= 0 && own.Event is null ? own with { Event = Govern(mainVerbOnly, afterLimit).Event } : own;
            }

            var governing = worth && GovernOwn(mainVerbOnly: true) is { Event: not null } byVerb ? byVerb : GovernOwn(mainVerbOnly: false);
            // "had killed as many as 770 captured recruits": those a verb before killed are dead, whatever befell them
            // first.
            var killedBefore = governing.Event == "casualties" && governing.VerbIndex >= 0 && governing.VerbIndex < q.Start;
            return governing with { Event = killedBefore ? governing.Event : inner[i] ?? governing.Event };
        }).ToList();
        string? timeOfDay = null;
        var events = new string?[quantities.Count];
        for (var q = 0; q < quantities.Count; q++)
        {
            var quantity = quantities[q];
            if (quantity.Unit == "people" && FrameCues.NamesPerpetrators(facts.Sentence.Text, quantity.End))
            {
                // "the four men who carried out last Thursday's bombings ... had died in the blasts": attackers, not victims.
                quantity = quantity with { Unit = "attackers" };
            }
            else if (quantity.Unit is "people" or "victims" && FrameCues.CountsPerpetrators(facts.Sentence.Text, quantity.End))
            {
                quantity = quantity with { Unit = "people and attackers" };
            }

            if (quantity.Unit == "militants" && !_combatantsAttack)
            {
                // "more than 250 militants had been killed" in an air strike on their camp: the strike's dead, whoever
                // they were; only where the militants attacked are they counted apart from those they attacked.
                quantity = quantity with { Unit = FrameCues.FollowsBodiesOf(sentence.Text, quantity.Start) ? "bodies" : "people" };
            }

            if (quantity.Unit != "bodies" && FrameCues.FollowsBodiesOf(sentence.Text, quantity.Start)
                && (_lexicon.Lexicon.PersonUnits.Contains(quantity.Unit) || CarriedUnits.Contains(quantity.Unit) || quantity.Unit is "crew" or "personnel" or "students" or "adults"))
            {
                // "the bodies of 410 civilians had been recovered" counts 410 bodies; "the bodies of the four trapped
                // miners" are some already counted.
                quantity = quantity with { Unit = "bodies" };
            }

            if (quantity.Unit == "bodies" && quantity.Precision is QuantityPrecision.Exact or QuantityPrecision.Approximate
                && FrameCues.IsBodiesRecovered(sentence.Text, quantity.Start, quantity.End))
            {
                // "580 bodies had been recovered": a floor of the toll, so below an earlier toll it contradicts nothing.
                quantity = quantity with { Precision = QuantityPrecision.AtLeast, High = double.PositiveInfinity };
            }

            var unitEvent = _lexicon.Lexicon.UnitEvents.GetValueOrDefault(quantity.Unit);
            var (cueEvent, planned, verbIndex) = governed[q];
            var countsPeople = _lexicon.Lexicon.PersonUnits.Contains(quantity.Unit);
            if (countsPeople && cueEvent is not null && EventFinder.VictimEvents.Contains(cueEvent) && PassiveAgent().IsMatch(sentence.Text.AsSpan(0, quantity.Start)))
            {
                // "The gunman, who was later found dead, was chased by two residents": who did what a passive verb
                // tells of are not what befell anyone.
                cueEvent = null;
            }

            if (q > 0 && events[q - 1] is { } revised && quantities[q - 1].Unit == quantity.Unit && EarlierFigureBefore().IsMatch(sentence.Text.AsSpan(0, quantity.Start)))
            {
                // "revised the death toll down to 279, saying the earlier figure of 802 had included people reported missing":
                // the figure a revision replaced counts what the revised one does.
                cueEvent = revised;
            }
            else if (cueEvent == "displacement" && quantity.Unit == "prisoners")
            {
                // Prisoners who fled broke out: "more than 4,000 prisoners fled the penitentiary".
                cueEvent = "escape";
            }
            else if (cueEvent == "arrest" && verbIndex >= quantity.End && Words.Between(sentence.Text, quantity.End, verbIndex) == 0
                && ArrestOutcome().Match(sentence.Text, verbIndex) is { Success: true } outcome)
            {
                // "six protesters arrested on coronation day would face no further action": the clause's own verb after the
                // participle tells what befell them, and that is what the figure counts, not the day's arrests.
                cueEvent = outcome.Groups["charged"].Success ? "charge" : "release";
            }
            else if (cueEvent == "arrest" && _hostageStory && verbIndex >= 0 && HeldBy().IsMatch(sentence.Text.AsSpan(verbIndex)))
            {
                // "354 people were being held" in a story of hostages: held by captors, not by police.
                cueEvent = "abduction";
            }
            else if (cueEvent != "abduction" && _abductionStory && (countsPeople || CarriedUnits.Contains(quantity.Unit) || quantity.Unit is "students" or "adults")
                && TakenAway().IsMatch(sentence.Text.AsSpan(quantity.End)))
            {
                // "The head teacher said 287 were taken", in a story of pupils abducted: those the captors took.
                cueEvent = "abduction";
            }
            else if (cueEvent != "abduction" && quantity.Unit == "hostages" && (HostagesHeldAfter().IsMatch(sentence.Text.AsSpan(quantity.End))
                || HostagesHeldBefore().IsMatch(sentence.Text.AsSpan(0, quantity.Start))))
            {
                // "About 850 hostages were held in the theatre", "the number of hostages held was about 850": those held,
                // whatever verb a later clause of the sentence has ("and 41 hostage-takers were killed").
                cueEvent = "abduction";
            }
            else if (cueEvent is null or "release" && (countsPeople || quantity.Unit == "hostages") && TookHostage().IsMatch(sentence.Text.AsSpan(0, quantity.Start))
                && (quantity.Unit == "hostages" || HostageAfter().IsMatch(sentence.Text.AsSpan(quantity.End))))
            {
                // "Hamas took about 250 people hostage, ..., of whom 105 were freed", "was holding about 150 hostages": those
                // taken, whatever befell a share of them later.
                cueEvent = "abduction";
            }
            else if (cueEvent is "turnout" or "displacement" && quantity.Unit == "personnel" && !Workers().IsMatch(sentence.Text.AsSpan(quantity.Start, quantity.End - quantity.Start)))
            {
                // "8,000 fighters took part in the march", "1,000 troops crossed into the region": a force sent, not a
                // crowd or people fleeing ("3,000 workers rallied outside the plant" are a crowd).
                cueEvent = "deployment";
            }
            else if (cueEvent == "strike" && verbIndex >= 0 && verbIndex < quantity.Start && Dismissed().IsMatch(sentence.Text.AsSpan(verbIndex))
                && Staff().IsMatch(sentence.Text.AsSpan(quantity.Start, quantity.End - quantity.Start)))
            {
                // "The bank said it had fired about 5,300 employees": dismissed from their jobs, not shot at.
                cueEvent = "layoffs";
            }
            else if (cueEvent == "gunshot wounds" && GunfireOrOtherCause().IsMatch(sentence.Text.AsSpan(quantity.End)))
            {
                // "48 were injured by gunfire or in the rush to flee": hurt by either, so all the hurt.
                cueEvent = "injuries";
            }
            else if (cueEvent == "release" && FreedFromRubble().IsMatch(sentence.Text))
            {
                // "Rescuers freed 12 people from the rubble": freed by rescuers, not by captors.
                cueEvent = "rescue";
            }
            else if (cueEvent == "release" && (quantity.Unit == "attackers" || !(countsPeople || CarriedUnits.Contains(quantity.Unit) || quantity.Unit is "crew" or "personnel")))
            {
                // "An investigation released on Friday found a single bomber": only captives are released. A volume let
                // out is a spill: "the burst dam released 40 million cubic metres of waste".
                cueEvent = SpilledUnits.Contains(quantity.Unit) ? "spill" : null;
            }
            else if (countsPeople && cueEvent is not ("casualties" or "presumed") && DeathTollBefore().IsMatch(sentence.Text.AsSpan(0, quantity.Start)))
            {
                // "The death toll from Thursday's shooting near the aid convoy rose to 112": a death toll counts the dead,
                // whatever the words between name.
                cueEvent = "casualties";
            }
            else if (countsPeople && NumberOfDoneBefore().Match(sentence.Text, 0, quantity.Start) is { Success: true } numberOf
                && _lexicon.Lexicon.EventVerbs.TryGetValue(numberOf.Groups["done"].Value, out var done) && done.Event != cueEvent)
            {
                // "The number of people arrested during the protests in London rose to 682": what the tally counts is
                // what its participle says was done, whatever the words between name.
                cueEvent = done.Event;
            }
            else if (cueEvent == "casualties" && PresumedBefore().IsMatch(sentence.Text.AsSpan(0, quantity.Start)))
            {
                // "Police now presume that 58 people who were in the tower are dead": presumed, not confirmed, dead.
                cueEvent = "presumed";
            }
            else if (cueEvent == "casualties" && !countsPeople && _lexicon.Lexicon.CountUnits.Contains(quantity.Unit))
            {
                // "it had lost one MiG-21 fighter", "lost two ships": planes and ships are lost, not killed.
                cueEvent = "loss";
            }
            else if (StruckUnits.Contains(quantity.Unit) && (StruckBefore().IsMatch(sentence.Text.AsSpan(0, quantity.Start))
                || StruckAfter().IsMatch(sentence.Text.AsSpan(quantity.End))))
            {
                // "its drones had struck 41 Russian aircraft", "20 warplanes were hit": what a strike hit is damaged (some
                // of it destroyed), whatever verb follows in the sentence.
                cueEvent = "damage";
            }
            else if (cueEvent == "burned" && !AreaUnits.Contains(quantity.Unit))
            {
                // "The fire burned 300 homes": what burns that is no land is lost.
                cueEvent = "loss";
            }
            else if (cueEvent is not null && LengthUnits.Contains(quantity.Unit) && Position().IsMatch(sentence.Text.AsSpan(quantity.End)))
            {
                // "sank about 50 miles off the coast", "struck 80 km north of the capital": where it happened, not how much.
                cueEvent = null;
            }
            else if (QuantityClaim.IsMoneyUnit(quantity.Unit) && SumsPurpose().Match(sentence.Text, quantity.End) is { Success: true } purpose)
            {
                // "far more than the 6 billion rupees in central aid announced so far": a sum that says what it is counts
                // that, not the damage the sentence began with.
                cueEvent = purpose.Groups["aid"].Success ? "aid" : "payment";
            }
            else if (cueEvent == "flooding")
            {
                // "150 million gallons of water flooded the mine" is let out; "4,000 homes were flooded" counts no spill.
                cueEvent = SpilledUnits.Contains(quantity.Unit) ? "spill" : null;
            }
            else if (cueEvent == "escape" && !countsPeople && !CarriedUnits.Contains(quantity.Unit)
                && quantity.Unit is not ("crew" or "personnel" or "crew and passengers" or "students" or "adults" or "police" or "attackers"))
            {
                // "3,000 barrels of oil per day were escaping": what escapes that is no one is a spill.
                cueEvent = "spill";
            }

            // A breakdown of a figure named before it ("passed 5,000, with 3,381 dead in Turkey") is a part, not a
            // rival count of the same thing, so it is compared with nothing.
            // A part with a place of its own ("806,000 in total, including 65,000 in Paris") is that place's whole.
            var namedPlace = _counterGatheringsApart && FrameCues.IsCounterGathering(sentence.Text, quantity.Start, quantity.End, _lexicon.Lexicon.NamesParty)
                ? FrameCues.CounterGatheringPlace
                : FrameCues.Place(sentence.Text, quantity.Start, quantity.End, _isWhole);
            if (quantity.Unit == "customers" && namedPlace == FrameCues.WorldPlace)
            {
                // "affected 29 million users worldwide": a service's users the world over are all of them, the whole of
                // the breach or outage, where a pandemic's toll worldwide is apart from any one country's.
                namedPlace = "";
            }

            var widerScope = namedPlace is not { Length: > 0 } && _gatheringPlaced ? FrameCues.WiderScope(sentence.Text, quantity.End)
                : CountryWideToll(sentence.Text, quantity.Start, namedPlace, cueEvent);
            if (widerScope is not null)
            {
                // "1.2 million people took part in marches across the country" beside the one march in Washington the
                // story is about: a total of many places, not a count of that one. So is "Across the United States, the
                // winter storm has killed at least 60 people" where the articles write of "the Buffalo blizzard".
                namedPlace = widerScope;
            }

            // So is a part of one country's people: "including 32 Kenyans" is Kenya's toll.
            // "Australia said at least 14 of its citizens had been killed", "Georgia said 228 of its civilians had
            // died": the speaking country's own people.
            // The clause's own speaker, where it has one: "Mexico said 27 of its citizens were among the dead, and Honduras
            // said 14 of its nationals had died".
            var owner = _speakers.OwnerOf(facts, quantity.Start, quantity.End);
            var clauseSpeaker = owner ?? attribution;
            var nationalPlace = quantity.Nationality?.ToLowerInvariant()
                ?? (_lexicon.IsCountry(clauseSpeaker) && OwnCitizens().IsMatch(sentence.Text.AsSpan(quantity.Start, quantity.End - quantity.Start)) ? clauseSpeaker.ToLowerInvariant() : null);
            var ownPlace = nationalPlace ?? namedPlace;
            // A share that a verb of its own follows counts that event: "96 of them escaped" counts those who escaped.
            // So does a share of those aboard that a verb of killing takes: "killing 179 of the 181 people on board".
            // Its whole, named between them, is no part of the distance: "Twelve of the 13 coal miners were found alive".
            var shareEnd = wholeEnds[q] <= verbIndex ? wholeEnds[q] : quantity.End;
            // Munitions said to have landed are fewer than those fired, and a count of their own: "58 of the 59 missiles
            // destroyed their targets" against "only 23 of the missiles reached the base". So are those brought down:
            // "16 of the 18 missiles were shot down", "air defences intercepted 30 missiles".
            var landed = unitEvent == "supply" && cueEvent is null or "strike" or "loss" && MunitionsLanded().IsMatch(sentence.Text.AsSpan(wholeEnds[q]));
            var downed = unitEvent == "supply" && !landed && (MunitionsDowned().IsMatch(sentence.Text.AsSpan(wholeEnds[q])) || Intercepting().IsMatch(sentence.Text.AsSpan(0, quantity.Start)));
            var ownEvent = landed || downed || (verbIndex > quantity.End && cueEvent is not null && SharedEvents.Contains(cueEvent)
                && Words.Between(sentence.Text, shareEnd, verbIndex) <= 3)
                || (verbIndex >= 0 && verbIndex < quantity.Start && cueEvent == "casualties" && Words.Between(sentence.Text, verbIndex, quantity.Start) <= 2
                    && Killing().IsMatch(sentence.Text.AsSpan(verbIndex)) && ShareOfFigure().IsMatch(sentence.Text.AsSpan(quantity.End)));
            // "the troops at the base, an estimated 2,000 of them": all of the force stationed there, not a part of it.
            var garrison = quantity.Unit == "personnel" && FrameCues.IsGarrison(sentence.Text, quantity.Start, quantity.End);
            // "killing 76 of the 81 people on board": the whole a share is taken from is no count of what befell the share,
            // but those on board are a count of their own.
            var wholeReferredTo = FrameCues.IsWholeReferredTo(sentence.Text, quantity.Start, quantity.End);
            var kindOfWhole = IsKindOfWhole(sentence.Text, quantities, q);
            var aboardWhole = (countsPeople || CarriedUnits.Contains(quantity.Unit)) && wholeReferredTo && FrameCues.IsAboard(sentence.Text, quantity.End);
            // "three prisoners for every hostage" and "five new cases were reported each day" are rates, no counts; "Early
            // reports of the toll ranged from 17 to 22" is the spread of others' figures, none of its own.
            var comparable = !PerEach().IsMatch(sentence.Text.AsSpan(quantity.End)) && !(PerPeriod().IsMatch(sentence.Text.AsSpan(quantity.End)) && !QuantityReader.IsRateUnit(quantity.Unit)) && !SpreadOfFigures().IsMatch(sentence.Text.AsSpan(0, quantity.Start)) && !(IsBreakdown(sentence.Text, quantities, governed, q, ownPlace) || (ownPlace is not { Length: > 0 } && FrameCues.IsPart(sentence.Text, quantity.Start, quantity.End) && !ownEvent && !garrison && !kindOfWhole)
                || IsKindInList(sentence.Text, quantities, q) || IsPeopleBesideAKind(sentence.Text, quantities, q) || IsLastOfCountries(sentence.Text, quantities, q)
                || (quantity.Unit == "people" && FrameCues.IsListedWithOnePerson(sentence.Text, quantity.Start, quantity.End))
                || (FrameCues.IsIncrement(sentence.Text, quantity.Start, quantity.End) && !CountsAnotherEvent(quantities, governed, q, _frame.Antecedent.Event))
                || FrameCues.AddsOthersToTotal(sentence.Text, quantity.Start, quantity.End)
                || ((countsPeople || quantity.Unit == "bodies") && FrameCues.IsFromOneGrave(sentence.Text, quantity.End))
                || (wholeReferredTo && !SentOrFired().IsMatch(sentence.Text.AsSpan(quantity.End)) && !aboardWhole));
            var @event = !comparable ? null
                // "authorities moved about 1.2 million people to shelters": people taken to safety, no troops sent.
                : countsPeople && cueEvent == "deployment" && TakenToShelter().IsMatch(sentence.Text.AsSpan(quantity.End)) ? "displacement"
                : countsPeople && cueEvent is "deployment" or "combat" or "explosion" or "garrison" ? null // "895,000 people moved into camps": no troops
                : unitEvent == "casualties" && cueEvent == "missing" && quantity.Unit == "bodies" ? cueEvent // "two bodies were never found"
                : unitEvent == "casualties" ? unitEvent // "no casualties", "12 bodies": the dead, whatever verb is near
                // "All 171 passengers and six crew members landed safely"; not "One passenger, an American officer,
                // survived".
                : quantity.Unit == "passengers" && quantity.Value <= 1 ? cueEvent
                : quantity.Unit is "crew" or "passengers" ? (cueEvent is null or "deployment" or "combat" or "loss" ? unitEvent : cueEvent) // "396 crew members were rescued"; a jet "arriving from Bangkok" deploys no crew
                : countsPeople ? cueEvent ?? unitEvent // "arrested 37 protesters": an arrest
                : cueEvent is null && unitEvent is null && quantity.Unit == "personnel" && ForceNumbered().IsMatch(sentence.Text.AsSpan(0, quantity.Start)) ? "deployment" // "the column numbered about 5,000 fighters"
                : landed ? "hits" // "76 missiles had struck the centre"
                : downed ? "interceptions"
                : cueEvent == "strike" ? cueEvent // "fired 16 missiles": an attack, not a delivery
                : unitEvent == "response" && cueEvent is not null && EventFinder.VictimEvents.Contains(cueEvent) ? cueEvent // "one firefighter was injured"
                : unitEvent ?? cueEvent;

            if (@event == "loss" && quantity.Unit is "missiles" or "rockets" or "drones" or "shells"
                && !facts.Actors.Exists(a => a.Index >= quantity.Start && a.End <= quantity.End))
            {
                // "Air defences shot down 52 of the drones": munitions brought down are interceptions, whoever speaks;
                // "shot down 30 Ukrainian drones" stays the loss of the side that owned them.
                @event = "interceptions";
            }

            if (quantity.Indefinite && (@event is "turnout" or "damage" or "heavy damage" || quantity.Unit == "bodies" || WhoDied().IsMatch(sentence.Text.AsSpan(quantity.End))))
            {
                // "counting a protester who fell to his death": one person is no count of a crowd, and "trying to hide
                // a body" none of the dead; nor is "suspected a Danish crew member, who died in the fire, of setting
                // it": one person whose death a clause of its own tells is someone described, not a toll; nor "hit an
                // office building and damaged apartment blocks" a count of the damaged.
                @event = null;
            }

            if (Attempted().IsMatch(sentence.Text.AsSpan(quantity.End)))
            {
                // "23 migrants died when about 2,000 people tried to climb the fence": the figure's own verb is an
                // attempt, so an event another clause names is not its. A crowd that tried is still a crowd: "Police
                // said about 9,000 protesters had tried to take the airport".
                @event = unitEvent == "turnout" ? unitEvent : null;
            }

            if (@event == "casualties" && sentence.Text.AsSpan(quantity.Start, quantity.End - quantity.Start).EndsWith("casualties", StringComparison.OrdinalIgnoreCase)
                && DeadAmongThem().IsMatch(sentence.Text.AsSpan(quantity.End)))
            {
                // "received 179 casualties, 21 of whom were declared dead": the dead and the hurt together, no toll.
                @event = null;
            }

            if (@event == "injuries" && HurtInMind().IsMatch(sentence.Text.AsSpan(quantity.End)))
            {
                // "More than 800 people were hurt physically or psychologically": a wider count than the injured.
                @event = null;
            }

            if (FrameCues.IsVoteTally(sentence.Text, quantity.Start, quantity.End))
            {
                // "lawmakers voted 204 to 85 to impeach": votes cast, not people at the rally outside.
                @event = null;
            }

            if (FrameCues.IsCapacity(sentence.Text, quantity.Start, quantity.End))
            {
                // "The cruiser normally carries a crew of about 500": what it holds on any day, not on the day of the event.
                @event = null;
            }

            if (quantity.Unit == "bodies" && FrameCues.IsProgress(sentence.Text, quantity.Start, quantity.End))
            {
                // "Only five bodies had been recovered by Sunday": how far the search has got, not the toll.
                @event = null;
            }

            if (@event is "payment" or "recovery" && !QuantityClaim.IsMoneyUnit(quantity.Unit))
            {
                // Only money is paid or got back: "recovered the bodies of 14 of them" counts no money.
                @event = null;
            }
            else if (@event == "payment" && CostBefore().IsMatch(sentence.Text.AsSpan(0, quantity.Start)))
            {
                // "The breach will cost the bank $100 million to $150 million, mostly for ... paying for credit
                // monitoring": what something costs is no one sum paid.
                @event = null;
            }

            if (@event is "deployment" or "combat" or "loss" or "garrison" && CarriedUnits.Contains(quantity.Unit))
            {
                @event = null;
            }

            if ((@event is null || EventFinder.VictimEvents.Contains(@event)) && Words.Between(sentence.Text, 0, quantity.Start) <= 1
                && AttackerSubject().IsMatch(sentence.Text.AsSpan(quantity.End)))
            {
                // "Two students dressed in black trench coats opened fire ..., killing as many as 25": those who attacked,
                // not those the attack befell; "Seven gunmen stormed the school" counts the attack's party, as "six
                // gunmen attacked" does.
                @event = quantity.Unit == "attackers" ? "strike" : null;
            }
            else if (@event == "casualties" && quantity.Unit == "attackers" && AllOf().IsMatch(sentence.Text.AsSpan(0, quantity.Start)))
            {
                // "all seven attackers had been killed": every one of them, so the count of the attack's party.
                @event = "strike";
            }
            else if (@event is not null && EventFinder.VictimEvents.Contains(@event) && WoundedAndDetained().IsMatch(sentence.Text.AsSpan(quantity.End)))
            {
                // "one woman was wounded and detained": a suspect taken, not one of those the attack befell.
                @event = null;
            }

            if (@event is not null && verbIndex > quantity.End && FrameCues.IsShareOfWholeBefallen(sentence.Text, quantity.Start, quantity.End)
                && !facts.EventCues.Exists(c => c.End <= quantity.Start && Words.Between(sentence.Text, c.End, quantity.Start) <= 1))
            {
                // "returned 104 of the schoolgirls abducted": the participle says what befell the whole; the share's own
                // verb names no event the lexicon knows.
                @event = null;
            }

            if (@event is "conviction" or "charge" && FrameCues.IsNamedInCharge(sentence.Text, quantity.Start))
            {
                // "convicted of the murders of three police officers": the figure is of the dead the verdict names, not of
                // those convicted.
                @event = "casualties";
            }

            if (@event is not null && EventFinder.VictimEvents.Contains(@event) && quantity.Unit is not ("people" or "victims")
                && FrameCues.IsNamedInCharge(sentence.Text, quantity.Start))
            {
                // "was charged with killing two federal employees": the deaths of one kind a charge names, often only some of
                // the toll ("the man charged with killing 17 people" names the toll).
                @event = null;
            }

            if (quantity.Unit == "attackers" && @event is not null && FrameCues.IsAgentOfPassive(sentence.Text, quantity.Start))
            {
                // "more than 770 injured by the four suicide bombers": who did it, not a count of the injured.
                @event = null;
            }

            if ((@event is "deployment" or "garrison" && QuantityClaim.IsMoneyUnit(quantity.Unit))
                || (@event is not null && (EventFinder.VictimEvents.Contains(@event) || PeopleOnlyEvents.Contains(@event)) && (QuantityClaim.IsMoneyUnit(quantity.Unit)
                    || (quantity.Indefinite && !(countsPeople || CarriedUnits.Contains(quantity.Unit) || quantity.Unit is "personnel" or "police" or "crew" or "rescuers")))))
            {
                // A toll counts no money ("the canal had lost between $12 million and $15 million in revenue"), nor do
                // the missing or the displaced ("up to 400 reported missing; a fraudster, about £10,000"), and no thing
                // named once ("stormed an army-run school in Peshawar, killing at least 126 people"); and no force is
                // money ("1.9 billion euros in cash balances, ..., sending its shares down 61 per cent").
                @event = null;
            }

            if (LengthUnits.Any(u => quantity.Unit.StartsWith(u, StringComparison.Ordinal)) && @event is not null)
            {
                // "sending cars plunging about 45 metres, and killing at least 22", "hanging about 900 feet above the
                // ground, the army said" after a rescue: a distance counts no one and no act; a length is compared only
                // as the size of a thing. So is a speed: "winds of more than 220 kilometres an hour, killing 11".
                @event = null;
            }

            if (FrameCues.IsInNeed(sentence.Text, quantity.End))
            {
                // "killed 2,248 people and left about 650,000 in need of help": those in need are no count of the dead.
                @event = null;
            }
            else if (@event == "turnout" && countsPeople && FrameCues.IsActingOnCrowd(sentence.Text, quantity.End))
            {
                // "about 15 men had sprayed a poisonous substance into the crowd": they acted on the crowd; they are
                // not it.
                @event = null;
            }
            else if (countsPeople && FrameCues.IsWatchingOnSite(sentence.Text, quantity.Start, quantity.End))
            {
                // "About 300,000 spectators watched from the riverbanks": a crowd at the event, not an audience afar.
                @event = "turnout";
            }
            else if (@event is not null && ((countsPeople && (FrameCues.IsPopulation(sentence.Text, quantity.Start) || FrameCues.IsAudience(sentence.Text, quantity.Start, quantity.End)))
                || ((countsPeople || quantity.Unit is "police" or "personnel" or "crew" or "passengers") && FrameCues.IsDoerOfAct(sentence.Text, quantity.End))))
            {
                // "Thousands fled the city of about 200,000 people": those who live there, not those who fled; "watched by
                // an estimated one billion people": an audience far away; "before six police officers killed him": those
                // who did it.
                @event = null;
            }

            if (@event == "strength" && (WeightUnits.Contains(quantity.Unit) || SpilledUnits.Contains(quantity.Unit) || LengthUnits.Contains(quantity.Unit)))
            {
                // "The bomb weighed 500 kilograms, an army engineer said": a force's strength is no weight or length.
                @event = null;
            }

            if (@event == "deployment" && SpilledUnits.Contains(quantity.Unit) && !FrameCues.IsCarrying(sentence.Text, quantity.Start))
            {
                // "sending about 5 billion cubic meters of water into villages downstream": water a dam sent is no force.
                @event = null;
            }

            if (comparable && (((countsPeople || CarriedUnits.Contains(quantity.Unit))
                && (FrameCues.IsCarrying(sentence.Text, quantity.Start) || FrameCues.IsPresent(sentence.Text, quantity.End)
                    || FrameCues.IsThereInside(sentence.Text, quantity.Start, quantity.End)
                    || FrameCues.IsWithAboard(sentence.Text, quantity.Start, quantity.End)
                    || ((@event is null || aboardWhole) && FrameCues.IsAboard(sentence.Text, quantity.End))))
                || (quantity.Unit == "vehicles" && FrameCues.IsCarrying(sentence.Text, quantity.Start) && !RailCars().IsMatch(sentence.Text))))
            {
                // The people a boat, a plane or a bus carried: "a jet carrying 181 people", and with no other event
                // named, "750 people were on board"; and the cars a ship carried ("a car carrier carrying 3,000 cars"),
                // not a train's own cars ("a train carrying 300 cars of grain").
                @event = "aboard";
            }

            if (comparable && @event is null && garrison)
            {
                @event = "garrison";
            }
            else if (comparable && (@event is null || (@event is "spill" or "loss" && FrameCues.IsCarrying(sentence.Text, quantity.Start)))
                && (SpilledUnits.Contains(quantity.Unit) || WeightUnits.Contains(quantity.Unit))
                && (FrameCues.IsCarrying(sentence.Text, quantity.Start) || ComparedWithCargo(sentence.Text, quantities, events, q)
                    || (WeightUnits.Contains(quantity.Unit) && FrameCues.IsCharge(sentence.Text, quantity.Start))))
            {
                // "The tanker was carrying 136,000 tonnes of condensate", "the car carried 300 kilograms of explosives": the
                // cargo a ship, a train or a truck carried; and another's figure it is set against ("carried about 80
                // kilograms of explosive, far less than the 350 kilograms cited by some officials"). So is a weight a bomb
                // or a hold was filled with: "the truck held about 4,800 pounds of ammonium nitrate". What a tanker carried
                // is its cargo even when the sentence goes on to its leak or its loss: "The tanker, carrying 77,000 tonnes
                // of fuel oil, was leaking", "sank, taking much of its cargo of 77,000 tonnes to the seabed".
                @event = "cargo";
            }
            else if (comparable && @event is null && quantity.Unit == "personnel" && FrameCues.IsStationedIn(sentence.Text, quantity.Start, quantity.End))
            {
                @event = "deployment";
            }
            else if (@event == "turnout" && quantity.Unit is "victims" or "casualties" or "bodies")
            {
                // "rallies in tribute to the 17 victims of last week's attacks": the dead the crowd mourns are not the crowd.
                @event = null;
            }
            else if (comparable && @event is null && quantity.Unit == "people" && FrameCues.IsAtGathering(sentence.Text))
            {
                // "Police put the number of people in and around the square during the funeral at 140,000": with no act
                // named, the people at a gathering are its crowd.
                @event = "turnout";
            }
            else if (comparable && @event is null or "displacement" && AreaUnits.Contains(quantity.Unit) && FrameCues.IsAboutFire(sentence.Text))
            {
                // "The fire covered about 36,000 hectares", "put the fire's area at 33,000 hectares": the land it burned,
                // also in "The wildfire that forced the evacuation of the city had grown to 160,000 hectares" (no one is
                // evacuated in hectares).
                @event = "burned";
            }
            else if (@event == "garrison" && quantity.Unit != "personnel")
            {
                // "a stadium that hosted 60,000 fans", "a town home to 2,000 buildings": only troops are a base's garrison.
                @event = null;
            }

            if (quantity.Unit == "dwellings" && cueEvent == "outage" && comparable)
            {
                // "cut power to 250,000 households": the households are the outage's customers, not a building's size.
                @event = cueEvent;
            }
            else if (quantity.Unit == "dwellings" && !FrameCues.IsBuildingSize(sentence.Text, quantity.Start))
            {
                @event = null;
            }

            if (@event == "arrest" && FrameCues.IsAtLarge(sentence.Text, quantity.End))
            {
                // "The number of people arrested rose to 20, with five suspects still at large": the five were not.
                @event = null;
            }

            if (@event == "turnout" && VoteTold().IsMatch(sentence.Text) && !GatheringTold().IsMatch(sentence.Text))
            {
                // "The non-binding vote went ahead on November 9; 2.3 million people took part": those who voted, which no
                // crowd's count meets (as "2.3 million people voted" counts no crowd).
                @event = null;
            }

            if (@event == "breach" && ExposedTo().IsMatch(sentence.Text) && !BreachTold().IsMatch(sentence.Text))
            {
                // "the population exposed to very strong shaking": exposed to harm, not in a hack.
                @event = null;
            }

            if (@event == "affected" && BreachTold().IsMatch(sentence.Text))
            {
                // "the data breach affected another 5.3 million customers": those a breach affected are those it
                // exposed.
                @event = "breach";
            }

            if (quantity.Unit == "cases" && CasesFiled().IsMatch(sentence.Text) && PoliceOrCourt().IsMatch(sentence.Text))
            {
                // "Delhi Police said ... 22 cases had been registered": cases the police file are no one's illness.
                @event = null;
            }

            if (@event is not null && (FrameCues.IsErrorInTally(sentence.Text, quantity.End) || FrameCues.IsLeftOut(sentence.Text, quantity.Start)))
            {
                // "29 people had died, lower than the toll of 31, because two bodies had been counted twice": the two
                // are the error, not a count of the dead; so are the deaths "officials had concealed".
                @event = null;
            }

            // People trapped are at one spot ("35 workers trapped in a tunnel at the Tapovan project"), which the
            // paragraph's later figures of the disaster ("32 bodies had been found") are not limited to. Nor is the
            // country or the world of a total of many gatherings the next figure's place, nor an event told of in an
            // aside ("..., in response to the Khan Sheikhoun attack, which killed 86 people"), nor where a building of
            // so many storeys stands ("The five-storey store in southern Seoul collapsed, killing at least 90 people"),
            // nor where a figure that counts nothing of the event was ("23,000 Nicaraguans have applied for asylum in
            // neighbouring Costa Rica"), nor where another event was ("three months after gunmen killed 145 people at a
            // concert hall near Moscow").
            // A quake's magnitude is the whole quake's wherever the sentence before was: "1,200 tourists stranded in
            // Kaikoura. ... The U.S. Geological Survey put the magnitude at 7.8."
            var placeThere = namedPlace is null && FrameCues.PointsThere(sentence.Text, quantity.End) ? _frame.LastPlace : "";
            // Nor is the place of one part of a whole the sentence gave before it: "The toll rose to 245, including 115
            // in Mexico City. The school's toll stood at 19 children" counts no child in the city alone.
            var placedPart = namedPlace is { Length: > 0 } && q > 0 && quantities[q - 1].End <= quantity.Start
                && FrameCues.IsBreakdown(sentence.Text.AsSpan(quantities[q - 1].End, quantity.Start - quantities[q - 1].End));
            var place = @event == "magnitude" ? namedPlace ?? "" : _frame.PlaceOf(namedPlace, sentence.Text, quantity.Indefinite || @event is null or "trapped" || quantity.Unit == "storeys" || widerScope is not null
                || (namedPlace is "" && FrameCues.InClauseOfEventBefore(sentence.Text, quantity.Start)) || FrameCues.IsEarlierDeed(sentence.Text, quantity.Start) || placedPart);
            var ownPeoplePlace = false;
            // "... detained 71 people, the Paris police chief said": a city's police count in their city ("French police"
            // and "Haitian police" name a nationality, and "Paris" is also the French government's name, but as a capital it is a place).
            if (place.Length == 0 && namedPlace is null && !inferred
                && FrameCues.AuthorityPlace(attribution, name => _isWhole(name) || _lexicon.Lexicon.Demonyms.ContainsKey(name)
                    || (_lexicon.Lexicon.Actors.ContainsKey(name) && !_lexicon.Lexicon.Capitals.Contains(name))) is { Length: > 0 } city)
            {
                place = city;
            }

            var countedAlone = false;
            var countedBySubject = false;
            if (namedPlace is null && FrameCues.SubjectOfCount(sentence.Text, quantity.Start) is var (counting, alone))
            {
                countedAlone = alone;
                countedBySubject = true;
                // "Spain recorded 11,324 deaths" is Spain's count when Spain is not the whole event (a batch counting each
                // country's dead apart). A speaker's country is no place: "Saudi Arabia's civil defence" gives the
                // whole toll of a crush in Mina. "Paiporta lost 45 people" is the town's, where the articles name it
                // as one ("the town of Paiporta"). The clause's own subject outweighs a place the sentence named
                // before it: "In North Carolina the toll stood at 124, while Buncombe County reported 72".
                // A place counted "alone" is a part wherever it is named: "Bogo alone reported 30 deaths".
                place = CountryPlace(counting) ?? (_areasNamed.Contains(counting) || alone ? counting.ToLowerInvariant() : place);
            }

            if (place.Length == 0 && namedPlace is null && !inferred && _placesNamedApart.Contains(attribution))
            {
                // "New Mexico reported 33 cases" where another article calls it "neighbouring New Mexico": its own count.
                place = attribution.ToLowerInvariant();
            }
            else if (namedPlace is null && !inferred && !countedBySubject && countsPeople && _lexicon.IsCountry(attribution) && !_isWhole(attribution)
                && sentence.Text.StartsWith(attribution, StringComparison.Ordinal) && quantity.Start >= attribution.Length
                && CountrySaid().IsMatch(sentence.Text.AsSpan(attribution.Length, quantity.Start - attribution.Length)))
            {
                // "Thailand said 1,500 people had been killed", where Thailand is not the event's country (the articles
                // count each country's dead apart, or the event's toll is another country's): it counts its own dead,
                // whatever place the paragraph was about before. "Saudi Arabia has raised the death toll from the crush
                // at Mina to 769" gives the event's toll.
                place = attribution.ToLowerInvariant();
            }
            else if (place.Length == 0 && namedPlace is null && !inferred
                && SpeakersOwner(attribution, sentence.Text) is { } speakersCountry
                && _countriesCountedApart.Contains(speakersCountry) && OwnCountryAnaphor().IsMatch(sentence.Text))
            {
                // "Jamaica's information minister said 32 people had died on the island", "Haiti's civil protection
                // agency put its toll at 43", "Honduran officials lowered their count of the dead to 5,657", where the
                // articles count each country's dead apart: that country's dead, not the storm's. Without such words a
                // country's agency may give the whole toll ("Saudi Arabia's civil defence"). The country may open the
                // sentence before the name the figure is attributed to: "Mozambique's president, Filipe Nyusi, said ...
                // more than 1,000 people may have died in his country".
                place = speakersCountry.ToLowerInvariant();
            }
            else if (namedPlace is null && !inferred && OwnAreaAnaphor().IsMatch(sentence.Text)
                && SpeakersOwner(attribution, sentence.Text) is { } officialsArea
                && _areasNamed.Contains(officialsArea))
            {
                // "New Jersey's governor said 23 people had died in his state", where the articles name New Jersey as an
                // area ("29 in New Jersey"): the state's dead, whatever place the paragraph was about before.
                place = officialsArea.ToLowerInvariant();
            }
            else if (namedPlace is null && !inferred && FrameCues.AreaPointedBack(_document.CleanText, sentence.Start, sentence.Text, quantity.Start, quantity.End) is { } pointed
                && (_areasNamed.Count == 0 || _areasNamed.Contains(pointed)))
            {
                // "Lee County's sheriff defended the decision ... The county's toll rose to 55": the county named before,
                // where the articles name it as an area of the event; not one a title puts the whole event in (a document
                // read alone has no titles to weigh).
                place = pointed.ToLowerInvariant();
            }
            else if (place.Length == 0 && placeThere.Length > 0)
            {
                // "The state government had earlier said 14 patients died there", a paragraph after the hospital's 18
                // in Manapakkam: the place the figure before was counted in, where no speaker's own place answers
                // "there".
                place = placeThere;
            }

            if (place == "capital" && _capital is not null)
            {
                place = _capital;
            }

            if (_firesNamedApart.Count > 0 && FrameCues.FireOf(sentence.Text, quantity.Start, quantity.End, _firesNamedApart) is { } fire)
            {
                // "The Palisades fire burned 23,448 acres, ..., and the Eaton fire 14,021": two fires, each its own count.
                place = fire;
            }

            if (place.Length == 0 && namedPlace is not { Length: > 0 } && @event is not null && IsDeadOrHurt(@event) && SideAttacked(sentence.Text, quantity, clauseSpeaker) is { } attacked)
            {
                // "Israeli air strikes on Iran have killed 224", "India said 21 civilians had died in Pakistani shelling":
                // the dead of a war between two countries are on the side attacked.
                place = attacked;
            }

            if (BorderSide(sentence.Text, quantity.End, clauseSpeaker) is { } side)
            {
                // "evacuated from Thai border areas", "Cambodia said 80,000 had been displaced on its side of the border",
                // "Indian officials said more than 600 people had died on their side of the Line of Control": each side's
                // part of the border is its own.
                place = side;
            }

            if (FrameCues.InHeldGround(sentence.Text, quantity.Start, quantity.End))
            {
                // "59 people had died in the occupied part of the region", "32 had died in the areas they control": the
                // ground its speaker's side holds, which the other side's count is not of.
                place = $"held by {clauseSpeaker.ToLowerInvariant()}";
            }

            if (@event is not null && EventFinder.VictimEvents.Contains(@event) && FrameCues.CrashScope(sentence.Text, quantity.End, _groundCounted) is { } scope)
            {
                // "11 residents were killed on the ground", "killing all 259 people aboard": parts of a crash's toll.
                place = scope;
            }
            else if (_collision && @event is not null && EventFinder.VictimEvents.Contains(@event) && FrameCues.NamedCraft(sentence.Text, quantity.End) is { } craft)
            {
                // "All 248 people aboard the KLM plane were killed" when two planes collided: that plane's part of the toll.
                place = craft;
            }

            if (@event == "aboard" && nationalPlace is null && !countedAlone)
            {
                // "a jet carrying 107 people crashed near Karachi's airport": those aboard are counted for the craft,
                // wherever it came down.
                place = "";
            }

            if ((_eventPlaces.Contains(place) || IsSiteOfEventPlace(place) || _regionsOfEventPlaces.Contains(place)) && !_lexicon.IsCountry(place) && !countedAlone
                && !_firesNamedApart.Contains(place) && !FrameCues.IsPartInPlace(sentence.Text, quantity.Start, quantity.End))
            {
                // "106 confirmed dead in Lahaina" where the articles write of "the Lahaina fire": the event's own place; not
                // where the sentence counts it "alone", or as a part ("rose to 295, including 234 in Amatrice"). So is a
                // site named after it: "at Dunblane Primary School" where the articles write of "the Dunblane shootings".
                place = "";
            }

            if (@event == "turnout" && place.Length == 0 && namedPlace is null && nationalPlace is null && _gatheringPlace is { } gathering)
            {
                // "Opposition leaders said more than 500,000 took part" where a headline holds the rally in Kyiv: the crowd
                // of that one gathering, as the article that writes "filled the square in Kyiv" counts it.
                place = gathering;
            }
            else if (@event == "turnout" && nationalPlace is null && _gatheringPlace is { } held
                && _citiesOfGatheringPlace.Contains(place.Length > 0 ? place : namedPlace?.ToLowerInvariant() ?? "")
                && !FrameCues.IsPartInPlace(sentence.Text, quantity.Start, quantity.End))
            {
                // "350,000 people had rallied in Kyiv" where a headline holds the rally in Independence Square, which the
                // articles place in Kyiv: the crowd of that one gathering.
                place = held;
            }

            if (place.Length == 0 && OfAKindBefore().Match(sentence.Text, 0, quantity.Start) is { Success: true } ofKind)
            {
                // "Of the 73 passengers, 33 survived": those of one kind among all on board, a part of all who
                // survived.
                place = ofKind.Groups["kind"].Value;
            }

            if (@event is "casualties" or "injuries" && InAccidents().IsMatch(sentence.Text.AsSpan(quantity.End)))
            {
                // "three workers died in accidents on stadium sites", "400 workers had died in work linked to the
                // tournament", "Two teenagers died in a car crash during the evacuation": the dead of one cause among
                // many deaths, a count of their own beside "more than 6,500 migrant workers have died".
                place = "accidents";
            }
            else if (@event == "casualties" && FrameCues.CauseListed(sentence.Text, quantity.End) is { } cause)
            {
                // "about 2,000 died in fighting and about 100 died of exhaustion": each cause counts its own part.
                place = cause;
            }

            if (@event == "layoffs" && CountryAfter().Match(sentence.Text, quantity.End) is { Success: true } cutIn
                && _lexicon.IsCountry(cutIn.Groups["name"].Value))
            {
                // "cut about 3,000 jobs in Switzerland" beside 35,000 across the merged bank: a country is a part of a
                // company's cuts, though it is the whole of a disaster's toll.
                place = cutIn.Groups["name"].Value.ToLowerInvariant();
            }
            else if (@event == "layoffs" && place.Length == 0 && FrameCues.ActorNamedBefore(sentence.Text, quantity.Start) is { } company
                && !_headlineWords.Contains(company))
            {
                // "Meta cut 11,000 jobs in November", in stories headlined on Google's cuts: another company's layoffs.
                place = company;
            }

            if (@event == "breach" && place.Length == 0 && KindOfDataTaken().IsMatch(sentence.Text, quantity.End))
            {
                // "About 2.8 million customers had passport or licence numbers exposed" beside a breach that "affected
                // 10 million people": those who lost one kind of data are a part of all whose data was taken.
                place = "one kind of data";
            }

            if (@event is "damage" or "losses" && place.Length == 0 && OwnLossesBefore().Match(sentence.Text, 0, quantity.Start) is { Success: true } own
                && !_lexicon.IsCountry(own.Groups["owner"].Value))
            {
                // "Merck put its losses from NotPetya at 870 million dollars" beside "damage of about 10 billion
                // dollars": one company's losses are its part of the damage.
                place = own.Groups["owner"].Value.ToLowerInvariant();
            }

            if (@event == "casualties" && place.Length == 0 && nationalPlace is null && FrameCues.CountsOthers(sentence.Text, quantity.Start, quantity.End)
                && !FrameCues.AddsOthersToTotal(sentence.Text, quantity.Start, quantity.End))
            {
                // "Four other people were killed in the raid": the dead besides one already named, compared only with
                // the like.
                place = "others";
            }

            if (nationalPlace is { } nation)
            {
                // "80 Americans killed", "no American casualties": one country's people, compared only with counts of them.
                place = nation;
            }
            else if (FrameCues.OwnPeopleOf(sentence.Text, quantity.Start, quantity.End) is { } country && _lexicon.IsCountry(country))
            {
                // "Jordan put its own toll at 41": Jordan's people, as "41 Jordanians" would be.
                place = country.ToLowerInvariant();
                ownPeoplePlace = true;
            }
            else if (_countriesCountedApart.Count == 0 && IsDeadOrHurt(@event) && FrameCues.CountsCountriesTogether(sentence.Text, quantity.Start, quantity.End))
            {
                // "bringing the total in both countries to more than 74,500", where the articles count one country's dead
                // as the event's: a wider total than theirs.
                place = "countries together";
            }
            else if ((IsDeadOrHurt(@event) && FrameCues.SumsSeveralEvents(sentence.Text, quantity.Start, quantity.End))
                || (@event is "arrest" or "turnout" && FrameCues.SumsSeveralDays(sentence.Text, quantity.End)))
            {
                // "two crashes in five months that killed 346 people": compared only with another sum of the same events.
                // So are "133 people had been detained over the two nights", against one night's arrests.
                place = "events together";
            }

            if (quantity.Elided && comparable)
            {
                // "Rights groups said the real number was far higher, possibly more than 1,000, and accused soldiers of
                // firing": a count raised counts what the one before it counted, whatever the clause after it says.
                @event = FrameCues.IsCountRaised(sentence.Text, quantity.Start) && _frame.Antecedent.Event is { } raised ? raised : @event;

                // "Police counted 31,000 marchers in the city. The union claimed 118,000": the same crowd.
                // A figure its own clause calls national ("put the nationwide total at 1.9 million") keeps no place.
                // "More than 600 people were stranded in Taroko park ..., as the toll from the earthquake rose to 10": a
                // figure of another event than the one before it is not counted where that one was.
                var sameEvent = @event is null || _frame.Antecedent.Event is null || @event == _frame.Antecedent.Event;
                @event ??= _frame.Antecedent.Event;
                place = place.Length == 0 && namedPlace is null && sameEvent ? _frame.Antecedent.Place : place;
            }

            if (@event is null && comparable && quantity.Unit == "people" && FilledAPublicPlace().IsMatch(sentence.Text, quantity.End))
            {
                // "the military police said one million people filled Paulista Avenue": people who fill a street or a
                // square are a crowd ("a boat packed with migrants" and "water filled a train" count no crowd).
                @event = "turnout";
            }

            if (@event is "missing" or "casualties" && DeadAndMissingSummed().IsMatch(sentence.Text.AsSpan(0, quantity.Start)))
            {
                // "put the dead at 84,537 and the missing at 53,836, a total of 138,373": the dead and the missing
                // together.
                @event = "presumed";
            }

            if (@event is null && comparable && quantity.Unit == "people" && _frame.Antecedent.Event == "turnout"
                && PeopleCounted().IsMatch(sentence.Text.AsSpan(0, quantity.Start)))
            {
                // "3.5 million people marched. In Paris, organisers counted 330,000 people": people counted in a story
                // of a crowd are a crowd.
                @event = "turnout";
            }

            // Only what the story counts is picked up by a later bare number: "80 km (50 miles)" counts nothing, so
            // "measured it at 7.6" after it still measures the quake; nor do the towns a crowd gathered in ("400,000 had
            // marched in 40 towns. The ministry said 120,000").
            if (!QuantityClaim.IsMoneyUnit(quantity.Unit) && @event is not null && !(quantity.Unit == "localities" && @event == "turnout"))
            {
                _frame.Counted(quantity.Unit, @event, place);
            }

            // A forecast of a toll ("could reach 10,000") counts no one, and a building approved for five floors is no
            // count of the floors it has; a planned deployment is compared as a plan.
            planned |= FrameCues.IsForecast(sentence.Text, quantity.Start);
            if (planned && @event is not null && (EventFinder.VictimEvents.Contains(@event) || @event == "building"))
            {
                @event = null;
            }

            planned &= @event is null || !EstimatedEvents.Contains(@event);

            var stance = planned ? Stance.Planned
                : (facts.Denies && Denied(facts, quantity)) || FrameCues.IsNegated(sentence.Text, quantity.End) ? Stance.Denied
                : facts.SpeakerStance == Stance.Reported ? Stance.Reported : Stance.Asserted;
            var anchor = _frame.AnchorOf(FrameCues.Anchor(sentence.Text, quantity.Start, quantity.End, _eventYear));
            int? daysBeforeSentence = null;
            if (anchor == QuantityClaim.OtherEventAnchor && _batchEarliest is { } earliest && _document.Published is { } published
                && FrameCues.DaysSinceOccasion(sentence.Text, quantity.Start) is { } daysSince && published.AddDays(-daysSince - Math.Max(2, daysSince / 4)) <= earliest
                && published.AddDays(-daysSince + Math.Max(2, daysSince / 4)) >= earliest)
            {
                // "resigned on Sunday, a week after a fire at a shopping centre killed 60 people", in articles that began
                // a week before: the occasion is the batch's own event, told from later.
                anchor = "";
                daysBeforeSentence = daysSince;
            }
            if (anchor.Length == 0 && _wholes.Count > 0 && WholeCounted().Match(sentence.Text, 0, quantity.Start) is { Success: true } whole
                && _wholes.Contains(whole.Groups["whole"].Value))
            {
                anchor = QuantityClaim.OtherEventAnchor;
            }

            DateOnly? occasion = null;
            // Arrests at a march are that day's, like its crowd: where the article has dated a crowd, "Police detained 130
            // people" on the second weekend are not a rival count of the 157 detained on the first.
            if (@event is not null && (OneDayEvents.Contains(@event) || (@event == "arrest" && _occasion is not null)))
            {
                // "A week earlier, organisers had counted 1.03 million": the march the article's day is a week after; "A
                // week later, organisers put the crowd at two million": the one a week after it. A strike's figure dated
                // only to a week is that week's ("13,000 workers had joined the first walkouts two weeks ago"), and one
                // with no day at all is its article's: "about 25,000 members on strike", two weeks after "12,700 walked
                // off the job", counts another day's strikers.
                occasion = DayOf(facts, dates, quantities, quantity) ?? (@event == "walkout" ? WeekOf(dates, quantity) : null)
                    ?? (_occasion is { } day && FrameCues.DayShift(sentence.Text) is { } days ? day.AddDays(days) : _occasion ?? _leadDay)
                    ?? (@event == "walkout" ? _document.Published : null);
                if (daysBeforeSentence is { } before && occasion is { } sentenceDay)
                {
                    // "joined a march on Sunday, a week after a protest they put at more than a million": the crowd of
                    // the march a week before the sentence's day, which the batch's first articles told of.
                    occasion = sentenceDay.AddDays(-before);
                }
                else
                {
                    _occasion ??= occasion;
                }
            }
            else if (@event is "arrest" or "outage")
            {
                // "Security forces had arrested 300 people on Sunday" and "detained about 1,200 people on Monday": the
                // arrests of one day the sentence names, a part of those of every day, not a rival count of them. So
                // are those without power on a day the sentence names: "left more than 300 million people without
                // electricity on Monday" and "cutting power to about 620 million people" in Tuesday's failure.
                occasion = DayOf(facts, dates, quantities, quantity) ?? NightBefore(sentence.Text, dates);
            }
            else if (@event is not null && EventFinder.VictimEvents.Contains(@event))
            {
                // Where the articles count the dead since a start ("since the coup"), any day's dead are that day's.
                occasion = NightBefore(sentence.Text, dates) ?? LaterDayOf(facts, dates, quantities, quantity)
                    ?? (_deadCountedSinceStart && !FrameCues.CountsDeadSinceStart(sentence.Text) ? BefallenDayOf(facts, dates, quantities, quantity) : null);
            }

            if (owner is not null && CountryOfSpeaker().Match(owner) is { Success: true } ownerCountry && _lexicon.IsCountry(ownerCountry.Groups["country"].Value)
                && CountryOfSpeaker().Match(attribution) is { Success: true } speakerCountry && speakerCountry.Groups["country"].Value != ownerCountry.Groups["country"].Value)
            {
                // "Georgia's interior ministry said 53,000 had crossed into Georgia, and Finland's border guard said 43,000
                // had arrived": two countries' agencies each count their own country's share.
                place = ownerCountry.Groups["country"].Value.ToLowerInvariant();
            }

            // "Police said 22 officers were injured": police officers, a group of their own, not soldiers or the people
            // whose toll they are part of.
            // So are those a bare figure puts a number of officers at: "raised the number of officers hurt to 431".
            var policeOfficers = ((quantity.Unit == "personnel" && PoliceOfficers().IsMatch(sentence.Text.AsSpan(quantity.Start, quantity.End - quantity.Start)))
                    || (quantity.Unit is "personnel" or "people" && NumberOfOfficers().IsMatch(sentence.Text.AsSpan(0, quantity.Start))))
                && _frame.PoliceNamed && !Soldiers().IsMatch(sentence.Text);
            var unit = policeOfficers ? "police"
                // "The army has said that no soldiers were killed": none of one kind is no toll of all the dead.
                : quantity.Value == 0 && PeopleKinds.Contains(quantity.Unit) ? quantity.Unit
                // "700 Marines" and "2,000 National Guard troops" sent to one city are two forces, counted apart.
                : quantity.Unit == "personnel" && Marines().IsMatch(sentence.Text.AsSpan(quantity.Start, quantity.End - quantity.Start)) ? "marines"
                // "five attackers were killed" is not the toll of those they attacked.
                : quantity.Unit == "attackers" && @event != "arrest" ? quantity.Unit
                // "Three men drove a van into pedestrians": those who carried out the attack, not its dead.
                : quantity.Unit == "people" && @event is not null && EventFinder.VictimEvents.Contains(@event) && AttackedAfter().IsMatch(sentence.Text.AsSpan(quantity.End)) ? "attackers"
                // "2.2 million homes and businesses" without power are the utility's customers.
                : @event == "outage" && quantity.Unit is "buildings" or "dwellings" ? "customers"
                // "354 hostages were being held" counts the people "taken hostage".
                : @event == "abduction" && quantity.Unit == "hostages" ? "people"
                // "2,688 workers" laid off are jobs cut, "45,000 workers" on strike its strikers, "240 people" sickened an
                // outbreak's cases; but "14 medical workers" infected are a group among the cases, not their count.
                : @event is not null && _lexicon.Lexicon.PersonUnitsByEvent.TryGetValue(@event, out var eventUnit)
                    && (countsPeople || (quantity.Unit == "personnel" && eventUnit is "jobs" or "strikers")
                        // "396 crew members had been rescued" against "only about 200 had survived".
                        || (eventUnit == "survivors" && quantity.Unit is "crew" or "personnel" or "migrants")) ? eventUnit
                // "142 students, three soldiers and three police officers": soldiers listed beside another kind of
                // people are a group among the dead. "put the number of civilian dead at 83 and said 14 soldiers had
                // died": soldiers counted beside civilians are a group of their own too.
                : countsPeople || (quantity.Unit == "personnel" && @event is not null && (EventFinder.VictimEvents.Contains(@event) || @event == "turnout")
                        && !IsListedBeside(sentence.Text, quantities, q, static (_, _, other) => other.Unit is not ("personnel" or "people"))
                        && !quantities.Exists(static other => other.Unit == "civilians"))
                    // "At least 94 migrants drowned" is the toll that "the number confirmed dead reached 366" counts.
                    || (quantity.Unit == "migrants" && @event is not null && EventFinder.VictimEvents.Contains(@event))
                    || (quantity.Unit == "crew" && @event is not (null or "aboard") && !IsListedWithOtherKindOfPeople(sentence.Text, quantities, q)) ? "people" : quantity.Unit;
            if (occasion is null && @event == "deployment" && unit == "police")
            {
                // "deployed 40,000 police officers on Thursday night", and 45,000 on Friday: police sent out for one day or
                // night are that day's force.
                occasion = DayOf(facts, dates, quantities, quantity);
            }

            var (value, low, high) = (quantity.Value, quantity.Low, quantity.High);
            if (_lexicon.Lexicon.UnitConversions.TryGetValue(unit, out var conversion))
            {
                // "28 miles" is any distance that rounds to 28 miles, so it is compared as 44.3 to 45.9 km, and shown
                // rounded to what the conversion can claim.
                var step = QuantityReader.RoundingStep(value) / 2;
                (unit, value, low, high) = (conversion.Unit, Significant(value * conversion.Factor), Math.Min(low, value - step) * conversion.Factor,
                    Math.Max(high, value + step) * conversion.Factor);
            }

            if (kindOfWhole)
            {
                // "killing at least 31 people, including 12 children, and injuring more than 200": the kind befell what
                // befell the whole before it, whatever verb comes after; with no whole in the sentence ("Of the dead, 41
                // were children"), only a toll.
                @event = q > 0 ? events[q - 1]
                    : IsDeadOrHurt(@event) ? @event
                    : FrameCues.IsShareOfTheDead(sentence.Text, quantity.End) || FrameCues.IsAmongTheDead(sentence.Text, quantity.Start, quantity.End) ? "casualties" : null;
            }

            events[q] = @event;
            // "at least 60 Afghans" killed beside "13 American service members": the figure names whose people it counts,
            // so no soldier's nationality elsewhere in the sentence or the batch is theirs.
            var subject = quantity.Nationality is not null && IsDeadOrHurt(@event)
                ? $"{@event}:"
                : _events.SubjectOf(@event, facts, quantity.Start, quantity.End, verbIndex);
            if (ownPeoplePlace && @event is not null && subject.Length > @event.Length + 1)
            {
                // "Pakistan's military put its own dead at 23": in a war the side whose dead they are is the subject already.
                place = "";
            }

            // A figure no event governs may still measure something the story is about; most such measures are lengths.
            var measure = @event is null && comparable && !planned;
            var length = measure && LengthUnits.Contains(quantity.Unit);
            if (length && FrameCues.IsVisibility(sentence.Text, quantity.Start))
            {
                // How far one could see, which fog or smoke cut: "Visibility at the airfield was about 400 metres"
                // against "visibility was down to about 200 metres".
                (subject, place) = ("visibility:", "");
            }
            else if (length && FrameCues.MeasuredThing(sentence.Text, quantity.Start, quantity.End) is var (thing, dimension))
            {
                // The size of a thing the story is about: "its 93-metre spire" against "the spire stood 96 metres high".
                // The place of a size is no scope of it.
                (subject, place) = ($"size:{thing}", "");
                unit = dimension.Length == 0 ? unit : $"{unit} {dimension}";
            }
            else if (quantity.VoteHolder is not null || quantity.Unit == QuantityReader.TurnoutShareUnit)
            {
                // A candidate's share ("Maduro won 51.2 percent of the vote" against "30 percent for Maduro") or the
                // share of voters who voted; a runoff's share is another vote's ("won the runoff on Sunday with 52.2
                // percent"), and a city's its own ("In Glasgow, Yes won 53.5 percent of the vote"). A share of a count
                // still under way ("With 83.8 percent of votes counted in the quick count, Morales had 45.7 percent")
                // is updated by the final count, so it is compared with nothing.
                var share = quantity.VoteHolder is { } holder ? $"vote:{holder}" : "voter turnout:";
                var round = FrameCues.IsRunoffShare(sentence.Text, quantity.Start) ? " in the runoff" : "";
                (subject, place) = FrameCues.IsCountUnderWay(sentence.Text) ? ("", "") : ($"{share}{round}", VotePlace(sentence.Text, namedPlace));
            }
            else if (quantity.Unit == "seats")
            {
                // Seats are the party's that won them: "The Labour Party won 412 of the 650 seats" against "whose Labour
                // Party won 411 seats". Seats no party is named as holding (the house's size) are compared with nothing.
                (subject, place) = (FrameCues.SeatHolder(sentence.Text, quantity.Start) is { } party ? $"seats:{party}" : "", "");
            }
            else if (length && FrameCues.IsHeightAboveGround(sentence.Text, quantity.Start, quantity.End))
            {
                // How high above the ground the thing the story is about hung or stood: "dangling about 900 feet above a
                // ravine" against "stuck at a height of 1,200 feet".
                (subject, place) = ("size:height above ground", "");
            }
            else if (length && FrameCues.IsVehicleFall(sentence.Text, quantity.Start))
            {
                // How far the vehicle the story is about fell: "The bus plunged about 200 metres into a gorge" against
                // "the bus fell 150 metres"; "The Boeing 737 fell about 35 feet into a gully" against "The plane
                // dropped about 30 feet".
                (subject, place) = ("fall:", "");
            }
            else if (measure && unit == "kilometers a hour" && FrameCues.MovingThing(sentence.Text, quantity.Start) is { } vehicle)
            {
                // How fast a vehicle was going: "the train was travelling at about 200 kilometres per hour when it left the
                // tracks" against "had been travelling at about 250".
                (subject, place) = ($"speed:{vehicle}", "");
            }

            var claim = new QuantityClaim
            {
                Value = value,
                Low = low,
                High = high,
                Precision = quantity.Precision,
                // The dead and the hurt are people whoever they were: "11 troops were hurt" and "no Americans were harmed".
                Unit = unit,
                IsTotal = quantity.IsTotal,
                IsCount = _lexicon.Lexicon.CountUnits.Contains(quantity.Unit),
                Place = place,
                Anchor = anchor,
                TimeOfDay = timeOfDay ??= FrameCues.TimeOfDay(sentence.Text),
                Occasion = occasion,
                Stance = stance,
                Subject = subject,
                Attribution = owner ?? attribution,
                AttributionInferred = owner is null && inferred,
                DocumentId = _document.Id,
                Outlet = _document.Outlet,
                Published = _document.Published,
                Sentence = sentence.Text,
                SentenceSpan = sentenceSpan,
                Span = Span(sentence, quantity.Start, quantity.End),
                Text = Text(sentence, quantity.Start, quantity.End),
            };
            claims.Add(claim);
            if (quantity.Value == 0 && @event == "casualties" && quantity.Unit == "casualties"
                && sentence.Text.AsSpan(quantity.Start, quantity.End - quantity.Start).Contains("casualt", StringComparison.OrdinalIgnoreCase))
            {
                // "No casualties": no one killed and no one wounded ("no deaths" says nothing of the wounded).
                claims.Add(claim with { Subject = _events.SubjectOf("injuries", facts, quantity.Start, quantity.End, verbIndex) });
            }
            else if (quantity.Value == 0 && @event is "casualties" or "injuries" && NoneHarmed().IsMatch(sentence.Text.AsSpan(quantity.End)))
            {
                // "No Americans had been harmed", "no personnel were killed or injured": no one killed and no one hurt.
                claims.Add(claim with { Subject = _events.SubjectOf(@event == "casualties" ? "injuries" : "casualties", facts, quantity.Start, quantity.End, verbIndex) });
            }
        }
    }

    // "with about 5,000 injured" after a death toll is another count, not a part of it: a part counts the same event.
    // A part placed where its whole is placed stays a part: "292 were in Zhengzhou, where 14 people died on the subway".
    // No part is larger than its whole: "A miner who had been listed among the dead was found alive, lowering the toll
    // to 51" gives no whole to the 51.
    private bool IsBreakdown(string text, List<QuantityMatch> quantities, List<(string? Event, bool Planned, int VerbIndex)> events, int part, string? partPlace)
        => Enumerable.Range(0, part).Any(whole => quantities[whole].End <= quantities[part].Start && quantities[whole].Unit == quantities[part].Unit
            && quantities[whole].Value >= quantities[part].Value
            && (events[whole].Event is null || events[part].Event is null || events[whole].Event == events[part].Event)
            && FrameCues.IsBreakdown(text.AsSpan(quantities[whole].End, quantities[part].Start - quantities[whole].End))
            && (partPlace is not { Length: > 0 } || FrameCues.Place(text, quantities[whole].Start, quantities[whole].End, _isWhole) == partPlace));

    // "11,300 were killed and a further 10,100 were missing": what the verb after the figure names differs from the
    // figure before it, so "a further" adds another count, not to the same one, and the figure is that count's total.
    // The sentence's first figure is set against what the sentences before it counted: "... killed 5,300. Another
    // 10,000 people were missing."
    private static bool CountsAnotherEvent(List<QuantityMatch> quantities, List<(string? Event, bool Planned, int VerbIndex)> events, int index, string? counted)
        => events[index].VerbIndex > quantities[index].End && events[index].Event is { } own
            && (index > 0 ? events[index - 1].Event : counted) is { } before && own != before;

    // A country that is not the whole event (one of several the batch counts apart, or another than the event's), as a
    // place; null for a name that is no such country.
    // The country whose dead or hurt a figure counts when its sentence names the attacks they came of: the country the
    // attacks were aimed at, else the speaker's own when another country carried them out; lowercased, or null.
    private string? SideAttacked(string text, QuantityMatch quantity, string speaker)
    {
        var (attacker, target) = FrameCues.SidesOfAttack(text, quantity.Start, quantity.End);
        var attackingCountry = attacker is null ? null : _lexicon.PartyOf(attacker);
        if (attackingCountry is null || !_lexicon.IsCountry(attackingCountry))
        {
            return null;
        }

        var targetCountry = target is null ? null : _lexicon.PartyOf(target);
        if (targetCountry is not null && _lexicon.IsCountry(targetCountry))
        {
            return CountryPlace(targetCountry);
        }

        var own = _lexicon.PartyOf(CountryOfSpeaker().Match(speaker) is { Success: true } named ? named.Groups["country"].Value : speaker.Split(' ')[0]);
        return own != attackingCountry ? CountryPlace(own) : null;
    }

    // "the whole country" for a toll a sentence counts across the country ("Across the United States, the winter storm has
    // killed at least 60 people") where the articles name their event by a smaller place: a wider toll than the event's.
    private string? CountryWideToll(string text, int start, string? namedPlace, string? @event)
        => (namedPlace is not { Length: > 0 } || _lexicon.IsCountry(namedPlace)) && _eventPlacedLocally && IsDeadOrHurt(@event)
            && FrameCues.CountryWideOpening(text, start) is { } across && (across is "country" or "nation" || _lexicon.IsCountry(across))
            ? "the whole country"
            : null;

    // The country whose side of the border a figure's own clause names, lowercased: a demonym, when the batch counts that
    // country apart ("from Thai border areas"), or the speaking country's own side ("on its side of the border"), which is
    // always one side's part.
    private string? BorderSide(string text, int end, string speaker)
    {
        var clause = ClauseAfter().Match(text, end);
        if (BorderSideOf().Match(text, end, clause.Length) is not { Success: true } side)
        {
            return null;
        }

        if (!side.Groups["demonym"].Success)
        {
            var own = _lexicon.PartyOf(speaker);
            return _lexicon.IsCountry(own) ? own.ToLowerInvariant() : null;
        }

        var country = _lexicon.PartyOf(side.Groups["demonym"].Value);
        return _countriesCountedApart.Contains(country) ? country.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"\G[^,;.]*", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseAfter();

    [GeneratedRegex(@"\b(?:(?:in|from|on)\s+(?:the\s+)?(?<demonym>\p{Lu}\p{Ll}+)\s+(?:side\s+of\s+the\s+(?:border|frontier)|border\s+(?:areas|provinces|regions|districts|villages|towns))|on\s+(?:its|their)\s+(?:own\s+)?side\s+of\s+the\s+(?:border|frontier|[Ll]ine\s+of\s+[Cc]ontrol|ceasefire\s+line))\b", RegexOptions.CultureInvariant)]
    private static partial Regex BorderSideOf();

    // Where a share of a vote was cast: the sentence's place, unless the vote is that place's own ("turnout in Crimea's
    // referendum" is the whole referendum's, and so is "in Crimea" where the articles write of "the Crimea
    // referendum").
    private string VotePlace(string sentence, string? namedPlace)
    {
        var place = namedPlace ?? FrameCues.OpeningPlace(sentence, _isWhole);
        return _votePlaces.Contains(place) || FrameCues.IsPlaceOfVote(sentence, place) ? "" : place;
    }

    private string? CountryPlace(string? name) => name is not null && _lexicon.IsCountry(name) && !_isWhole(name) ? name.ToLowerInvariant() : null;

    // One kind in a list of kinds of one unit: "30 cruise missiles and 120 ballistic missiles" count two kinds, neither the
    // missiles fired, so neither is compared with another article's missiles.
    private static bool IsKindInList(string text, List<QuantityMatch> quantities, int index)
        => IsListedBeside(text, quantities, index, static (text, quantity, other) => other.Unit == quantity.Unit
            && KindOf(text, quantity) is { Length: > 0 } kind && KindOf(text, other) is { Length: > 0 } otherKind
            && !string.Equals(kind, otherKind, StringComparison.OrdinalIgnoreCase));

    // Whether a figure ends a list of the dead by country ("six Russians, three Chinese and a US development worker"):
    // one more country's part, whatever its noun, not the toll.
    private static bool IsLastOfCountries(string text, List<QuantityMatch> quantities, int index)
        => index >= 2 && quantities[index].Nationality is null && quantities[index - 1].Nationality is not null && quantities[index - 2].Nationality is not null
            && AreListed(text, quantities[index - 2], quantities[index - 1]) && AreListed(text, quantities[index - 1], quantities[index]);

    // Whether people are listed beside a kind of people ("61 civilians, six members of the security forces and five
    // attackers", "30 people and 12 soldiers were killed"): a breakdown, whose people are one part of the dead. A kind
    // that is a share of them ("60 people, 37 of them children") is no other part, nor is the whole a breakdown is set off
    // after ("13 people, eight civilians and five soldiers, were killed").
    private static bool IsPeopleBesideAKind(string text, List<QuantityMatch> quantities, int index)
        => quantities[index] is { Unit: "people", Nationality: null } && !BreakdownSetOff().IsMatch(text.AsSpan(quantities[index].End))
            && !OpensOwnClause(text, quantities, index)
            && IsListedBeside(text, quantities, index, static (text, _, other) => other.Unit != "people" && PeopleKinds.Contains(other.Unit) && !FrameCues.IsKindShare(text, other.End));

    // "The toll stood at 29 civilians, plus the four dead attackers, and 143 people were wounded": after ", and" a figure
    // with a verb of its own opens a clause, not the last item of a list.
    private static bool OpensOwnClause(string text, List<QuantityMatch> quantities, int index)
        => index > 0 && OwnVerbAfter().IsMatch(text.AsSpan(quantities[index].End))
            && text.AsSpan(quantities[index - 1].End, quantities[index].Start - quantities[index - 1].End).Contains(", and ", StringComparison.Ordinal);

    // Whether a part counts, in a unit of its own, all of one kind among the whole before it: "killed 60 people, including
    // 37 children", "60 people, 37 of them children", "Of the dead, 41 were children", "Among the dead were three children"
    // are the toll of children, to set against another article's "41 children were killed". A part of the same unit ("30
    // children, including five girls") or of a kind the whole may hold whole ("including 22 officers") stays a part.
    private static bool IsKindOfWhole(string text, List<QuantityMatch> quantities, int index)
        => WholeKinds.Contains(quantities[index].Unit)
            && ((index > 0 && quantities[index - 1].Unit != quantities[index].Unit && FrameCues.IsIncludedKind(text, quantities[index - 1].End, quantities[index].Start))
                || FrameCues.IsKindShare(text, quantities[index].End) || FrameCues.IsAmongTheDead(text, quantities[index].Start, quantities[index].End));

    private static readonly HashSet<string> WholeKinds = new(StringComparer.Ordinal) { "children", "students" };

    private static readonly HashSet<string> PeopleKinds = new(StringComparer.Ordinal) { "civilians", "attackers", "children", "adults", "students", "personnel", "police", "rescuers" };

    // Whether a figure is listed beside a figure of another kind of people: "All 58 passengers and four crew died" counts
    // the crew as crew, a part of those aboard, not as the people who died.
    private static bool IsListedWithOtherKindOfPeople(string text, List<QuantityMatch> quantities, int index)
        => KindsOfPeople.Contains(quantities[index].Unit)
            && IsListedBeside(text, quantities, index, static (_, quantity, other) => other.Unit != quantity.Unit && KindsOfPeople.Contains(other.Unit));

    // Whether the figure before or after this one, one that <paramref name="accepts"/> (given the text, this figure and
    // that one), is listed with it: "A and B", "A, B".
    private static bool IsListedBeside(string text, List<QuantityMatch> quantities, int index, Func<string, QuantityMatch, QuantityMatch, bool> accepts)
    {
        var quantity = quantities[index];
        for (var i = Math.Max(0, index - 1); i <= Math.Min(quantities.Count - 1, index + 1); i++)
        {
            var other = quantities[i];
            if (i == index || !accepts(text, quantity, other))
            {
                continue;
            }

            var (first, second) = i < index ? (other, quantity) : (quantity, other);
            if (AreListed(text, first, second))
            {
                return true;
            }
        }

        return false;
    }

    // Whether two figures, in this order, are joined as items of one list: "A and B", "A, B".
    private static bool AreListed(string text, QuantityMatch first, QuantityMatch second)
        => first.End <= second.Start && ListJoint().IsMatch(text.AsSpan(first.End, second.Start - first.End));

    // The word right before a figure's unit that says which kind it counts: "cruise" in "more than 30 cruise missiles";
    // empty when the number is next to its unit.
    private static string KindOf(string text, QuantityMatch quantity)
    {
        var words = text[quantity.Start..quantity.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && words[^2].All(char.IsLetter) && char.IsLower(words[^2][0]) && !QualifierWords.Contains(words[^2]) ? words[^2] : "";
    }

    // People counted by what they were there as, which a list sets side by side as parts of one count.
    private static readonly HashSet<string> KindsOfPeople = new(StringComparer.Ordinal) { "passengers", "crew" };

    private static readonly HashSet<string> QualifierWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "than", "least", "most", "about", "around", "some", "nearly", "almost", "over", "roughly", "approximately", "many", "thousand", "million",
        "billion", "hundred", "dozen",
    };

    private DateClaim DateClaimOf(DateMatch date, string subject, Stance stance, SentenceFacts facts, TextSpan sentenceSpan, string attribution, bool inferred)
        => new()
        {
            From = date.From,
            To = date.To,
            Resolved = date.Resolved,
            Resolution = date.Resolution,
            ReferenceAssumed = date.ReferenceAssumed,
            Role = date.Role,
            Stance = stance,
            Subject = subject.Length == 0 ? "" : $"{subject}:{(date.Role == DateRole.Start ? "start" : "when")}",
            Attribution = attribution,
            AttributionInferred = inferred,
            DocumentId = _document.Id,
            Outlet = _document.Outlet,
            Published = _document.Published,
            Sentence = facts.Sentence.Text,
            SentenceSpan = sentenceSpan,
            Span = Span(facts.Sentence, date.Start, date.End),
            Text = Text(facts.Sentence, date.Start, date.End),
        };

    private void ReadStatement(List<SentenceFacts> all, int index, TextSpan sentenceSpan, List<Claim> claims)
    {
        var facts = all[index];
        var sentence = facts.Sentence;
        // The sentence's figures were read just before its statement, so they close the list.
        var first = claims.Count;
        while (first > 0 && claims[first - 1].SentenceSpan == sentenceSpan)
        {
            first--;
        }

        var figures = claims.Skip(first).OfType<QuantityClaim>().ToArray();
        var stanceSpeaker = facts.StanceSpeaker ?? facts.Speaker;
        var subject = _events.DeniedActorOf(facts, stanceSpeaker) is { } denier ? BlameTopic + denier
            : facts.Topic is null ? "" : $"{facts.Topic}:{_events.StatementAgentOf(facts.Topic, facts, stanceSpeaker)}";
        if (ClaimedStance(facts) is { } claimed)
        {
            var (stance, speaker, cue) = claimed;
            // "did not believe the official figure" doubts a figure; unlike "rejected that account", it answers no
            // statement.
            var answeredObject = stance is Stance.Denied or Stance.Unverified or Stance.Confirmed && facts.StanceCue is { } cued
                && !cued.Key.EndsWith(" believe", StringComparison.Ordinal)
                ? AnsweredObjectOf(sentence.Text, cued, stance) : Match.Empty;
            var (answers, answered) = stance is Stance.Denied or Stance.Unverified or Stance.Confirmed && facts.StanceCue is { } answer
                && (answeredObject.Success || (stance == Stance.Denied && DeniedDoingIt().IsMatch(sentence.Text.AsSpan(answer.End)))
                    || CallsAnsweredFalse(sentence.Text, answer))
                ? Answered(all, index, claims, answeredObject.Groups["noun"].Value) : ("", -1);
            if (answeredObject.Groups["owner"] is { Success: true } owner)
            {
                (answers, answered) = AnsweredOwnersStatement(claims, owner.Value, answers, answered);
            }

            if (answers.Length > 0 && answeredObject.Groups["noun"].Value is "figure" or "count" or "estimate" or "number"
                && LastCountIn(claims, sentence.Text) is { } own)
            {
                // "said the quake had a magnitude of 5.9, and rejected the higher figure given by foreign
                // seismologists": the figure rejected is another of what the sentence itself counts, not the statement
                // before it.
                (answers, answered) = ("", -1);
                subject = own.Subject;
            }

            if (answers.Length > 0 && stance == Stance.Denied && subject.Length == 0 && answeredObject.Groups["noun"].Value is "accusation" or "allegation"
                && !Accusing().IsMatch(answers) && !Accusing().IsMatch(all[index - 1].Sentence.Text) && !NamesAnswerer(answers, speaker))
            {
                // "Microsoft said it had found 40 customers the hackers had targeted. The Kremlin rejected the accusations
                // as unfounded": a sentence that accuses no one and does not name the answerer is not what is answered
                // ("said the train's engineer had failed to set the brakes. The engineer's lawyer rejected the accusation"
                // is, and so is one before "Prosecutors allege that he ..."); the speaker's side denies the blame put on
                // it.
                (answers, answered) = ("", -1);
                subject = BlameTopic + _events.StatementAgentOf("blame", facts, stanceSpeaker);
            }

            if (answers.Length > 0 && facts.StanceCue is { } falsity && CallsAnsweredFalse(sentence.Text, falsity))
            {
                // "A senior US official said the claim was false and that Russia had in fact added 7,000 troops": what
                // is called false is the statement answered, whatever the sentence goes on to say of its own.
                subject = "";
            }

            if (answers.Length > 0 && answered >= 0 && subject.EndsWith(':') && claims[answered].Subject is [.., not ':'] accused)
            {
                // "accused Iran of launching the attack. Iran's foreign ministry rejected the accusation": the answer
                // is about whom the statement it answers names.
                subject = accused;
            }
            else if (answers.Length > 0 && subject.Length == 0)
            {
                // An answer and the statement it answers are about one proposition, even one the lexicon has no topic for:
                // "US officials said it was part of a fleet of surveillance balloons. Beijing has rejected that account."
                // One that has a topic lends it to the answer: "Iran's state media claimed that half the missiles had
                // hit their targets. Israel has denied that."
                if (answered >= 0 && claims[answered].Subject.Length == 0)
                {
                    claims[answered] = claims[answered] with { Subject = AnsweredTopic };
                }

                // "Haiti's government is sticking to its figure of 316,000 dead, despite a draft report that puts the real
                // number at a fraction of that. A spokesperson rejected the lower estimate": a sentence that says no one's
                // statement but gives a figure is about what the figure counts.
                subject = answered >= 0 ? claims[answered].Subject
                    : LastCountIn(claims, answers) is { } counted ? counted.Subject
                    : AnsweredTopic;
            }

            if (stance != Stance.Denied && subject.StartsWith(BlameTopic, StringComparison.Ordinal))
            {
                // "had blamed Israel and the United States" blames each, so a denial by either answers it. The sentence's
                // own statement stays last, the one a later answer points back to.
                claims.AddRange(_events.AlsoBlamed(facts).Select(other => StatementOf(facts, sentenceSpan, figures, BlameTopic + other, speaker, stance, cue, answers)));
            }

            if (answers.Length == 0 && _events.SecondThingSaid(facts) is var (second, secondStart))
            {
                // "said that 846 people had been killed, and that police had fired live ammunition at protesters": the
                // second thing said is a proposition of its own, which "denied that police had fired live ammunition"
                // answers; "..., and that there was no sign it had been hit by an air strike" denies its own. The
                // sentence's own statement stays last.
                var (secondStance, secondCue) = stance == Stance.Asserted && Negation().Match(sentence.Text, secondStart) is { Success: true } negation
                    ? (Stance.Denied, negation.Value) : (stance, cue);
                if (second == facts.Topic)
                {
                    // The first thing said names no topic: the sentence's statement is the second.
                    (stance, cue) = (secondStance, secondCue);
                }
                else
                {
                    claims.Add(StatementOf(facts, sentenceSpan, figures, $"{second}:{_events.StatementAgentOf(second, facts, stanceSpeaker)}", speaker, secondStance, secondCue, answers));
                }
            }
            else if (answers.Length == 0 && stance == Stance.Asserted && _events.ShotAmongTheCounted(facts))
            {
                // "Rights groups said autopsies showed that most of the 17 civilians killed had died of gunshot
                // wounds": the dead were fired on, which "denied that police had fired live ammunition" answers.
                claims.Add(StatementOf(facts, sentenceSpan, figures, $"{ShootingTopic}:{_events.StatementAgentOf(ShootingTopic, facts, stanceSpeaker)}", speaker, stance, cue, answers));
            }

            // "Investigators now say an Islamist cell carried out the attacks; ETA has denied any involvement": the
            // speaker blames another doer than the one who denies, so says nothing of the blame denied.
            var ownSubject = facts.Rebuttal is { } denial && subject == BlameTopic + denial.Denier && OtherDoer(sentence.Text, denial.Start, denial.Denier) ? "" : subject;
            claims.Add(StatementOf(facts, sentenceSpan, figures, ownSubject, speaker, stance, cue, answers));
        }

        if (facts.Rebuttal is { } rebuttal)
        {
            // The claim and its rejection in one sentence ("..., an accusation the kingdom rejects"): one proposition. A
            // claim that something did not happen, rejected, says it did: "said no one could have known about the spring,
            // a claim residents who had warned of the danger rejected".
            var rebutted = claims.FindLast(c => c is StatementClaim && c.SentenceSpan == sentenceSpan);
            var rebuttalStance = rebutted is { Stance: Stance.Denied } ? Stance.Asserted : Stance.Denied;
            claims.Add(StatementOf(facts, sentenceSpan, figures, subject, rebuttal.Denier, rebuttalStance, rebuttal.Cue, answers: sentence.Text));
        }
    }

    // Whether the clause before a rebuttal (at rebuttalStart) says someone other than the denier did the deed: "an
    // Islamist cell carried out the attacks; ETA has denied any involvement".
    private static bool OtherDoer(string sentence, int rebuttalStart, string denier)
        => DoerOfDeed().Match(sentence, 0, rebuttalStart) is { Success: true } doer && !doer.Groups["doer"].Value.Contains(denier, StringComparison.OrdinalIgnoreCase);

    // Whether a falsity cue's subject points back to what was said before: "officials said this was false", "said the
    // claim was false" (the cue may hold its own verb: "was false").
    private static bool CallsAnsweredFalse(string sentence, PhraseMatch cue)
    {
        if (!FalsityCue().IsMatch(cue.Key))
        {
            return false;
        }

        return AnsweringSubject().IsMatch(sentence.AsSpan(0, cue.Index + SpeakerFinder.CopulaLength(cue.Key)));
    }

    // The sentence an answer ("dismissed the figure") points back to, and the index of its statement among the claims
    // (-1 when it has none): the one before it, or the one before that when only that one has a statement ("About 1,500
    // were killed, officials told the agency. The toll included 400 women. A spokesman dismissed the figure as fake news").
    // A sentence with no statement is still the one answered when it names what the answer rejects: "The government has
    // been criticised for the slow response. Mr Erdogan rejected the criticism".
    private static (string Sentence, int Statement) Answered(List<SentenceFacts> all, int index, List<Claim> claims, string noun)
    {
        if (index == 0)
        {
            return ("", -1);
        }

        var previous = all[index - 1].Sentence.Text;
        var statement = StatementIn(previous);
        if (Accusation().IsMatch(noun) && !Accusing().IsMatch(previous) && !NamesWordOf(previous, noun))
        {
            // "Iran ... accused Saudi Arabia of incompetence. The Saudi authorities put the toll at 769. Khamenei demanded
            // an apology. Saudi officials rejected the criticism": the criticism is the accusation, a few sentences back,
            // whatever the sentences between tell.
            for (var back = 2; back <= Math.Min(3, index); back++)
            {
                var told = all[index - back].Sentence.Text;
                if (StatementIn(told) is >= 0 and var accusing && Accusing().IsMatch(told))
                {
                    return (told, accusing);
                }
            }
        }

        if (statement < 0 && index >= 2 && !NamesWordOf(previous, noun))
        {
            var before = all[index - 2].Sentence.Text;
            if (StatementIn(before) is >= 0 and var earlier)
            {
                return (before, earlier);
            }
        }

        return (previous, statement);

        int StatementIn(string sentence) => claims.FindLastIndex(c => c is StatementClaim && c.Sentence == sentence);
    }

    // "Western officials rejected Moscow's account", "The army dismissed the Amnesty report": the statement answered is
    // the last one its owner made, not whatever was said just before; for a country, none at all when the story has not
    // told its account. An owner who is no country is known by its name in the speaker's.
    private (string Sentence, int Statement) AnsweredOwnersStatement(List<Claim> claims, string owner, string answers, int answered)
    {
        var side = _events.SideOf(owner);
        if (answered >= 0 && Owns(claims[answered].Attribution))
        {
            return (answers, answered);
        }

        var owned = claims.FindLastIndex(c => c is StatementClaim && Owns(c.Attribution));
        return owned >= 0 ? (claims[owned].Sentence, owned) : side is not null ? ("", -1) : (answers, answered);

        bool Owns(string attribution) => side is not null ? _events.SideOf(attribution) == side
            : Array.IndexOf(attribution.Split(' '), owner) >= 0;
    }

    // Whether a sentence names who answers it, by a word of the answerer's name that is not a kind of office ("the train's
    // engineer" for "The engineer's lawyer"; "Russia" for the Russian government).
    private static bool NamesAnswerer(string sentence, string answerer)
        => answerer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => !OfficeWords.Contains(word) && NamesWordOf(sentence, word.TrimEnd('s', '\'', '’')));

    // Whether a sentence has a word that opens as the noun does ("criticised" for "criticism", "alleged" for "allegation").
    private static bool NamesWordOf(string sentence, string noun)
    {
        if (noun.Length < 5)
        {
            return false;
        }

        var stem = noun.AsSpan(0, 5);
        for (var at = sentence.AsSpan().IndexOf(stem, StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            if (at == 0 || !char.IsLetter(sentence[at - 1]))
            {
                return true;
            }

            var next = sentence.AsSpan(at + 1).IndexOf(stem, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    // The stance of the sentence's statement, who takes it, and the words that set it; null when no one speaks.
    private (Stance Stance, string Speaker, string Cue)? ClaimedStance(SentenceFacts facts)
    {
        var text = facts.Sentence.Text;
        if (facts.StanceCue is { } stanceCue && (facts.StanceSpeaker ?? facts.Speaker) is { } stanceSpeaker)
        {
            var stance = _lexicon.Lexicon.StanceCues[stanceCue.Key];
            if (stance == Stance.Confirmed && Hedge().IsMatch(text.AsSpan(0, stanceCue.Index)))
            {
                stance = Stance.Reported;
            }

            return (stance, stanceSpeaker, text.Substring(stanceCue.Index, stanceCue.Length));
        }

        if (facts.Speaker is not null && facts.SpeakerStance is { } speakerStance)
        {
            // What is said follows the verb unless the speaker is set off after it ("The toll may pass 3,000, the
            // interior minister has cautioned, as crews...") or a quotation opens the sentence: "Britain will expel 23
            // diplomats after May said that Russia was responsible" says nothing of the future.
            // When the speaker is set off after what is said, a plan in a clause added after the speaker ("North Korea
            // has sent 1,500 troops, the agency said, and plans to send 12,000") leaves what was said before it as it is.
            var setOff = SpeakerSetOff().Match(text, 0, facts.SpeakerCueEnd);
            var said = Words.Between(text, facts.SpeakerCueEnd, text.Length) >= 4 && !QuoteOpens().IsMatch(text) && !setOff.Success ? facts.SpeakerCueEnd : 0;
            // So does another speaker's clause after what was said ("said his country had nothing to do with the
            // attack, and Islamabad said any attempt to stop the water would be treated as an act of war").
            var saidEnd = setOff.Success && AddedClause().IsMatch(text.AsSpan(facts.SpeakerCueEnd)) ? setOff.Index
                : !setOff.Success && SecondSpeaker().Match(text, facts.SpeakerCueEnd) is { Success: true } second ? second.Index
                : text.Length;
            // A warning's content is a forecast by nature: "had warned the authorities that a mudflow could reach the town"
            // says a warning was given.
            if (facts.Topic == "warning" && Array.Find(_lexicon.TopicNounsIn(facts), n => _lexicon.Lexicon.TopicNouns[n.Key] == "warning") is { Length: > 0 } warning
                && warning.Index >= said && warning.Index < saidEnd)
            {
                saidEnd = warning.Index + warning.Length;
            }

            var stance = Array.Exists(EventFinder.Modals(_lexicon.ForwardLookingCues.FindAll(facts.Tokens), text), m => m.Index >= said && m.Index < saidEnd) ? Stance.Planned : speakerStance;
            // A search that came back empty denies what it looked for, whatever the lexicon knows of it: "It found no evidence
            // that the building had been set on fire deliberately"; so does "said there was no evidence that any attacks
            // had taken place".
            if (stance == Stance.Asserted && !_events.Accuses(facts) && NegatedClaim(text, facts.SpeakerCueEnd) is var (negation, at)
                && (facts.Topic is not null || FoundNoEvidence().IsMatch(text) || (NoneDidIt().IsMatch(text.AsSpan(at)) && SaidOpensAt(text, at, facts.SpeakerCueEnd)))
                && !(facts.Topic is { } negatedTopic && NegatesOtherAct(facts, negatedTopic, negation, at)) && (facts.Rebuttal is not { } rebuttal || at < rebuttal.Start))
            {
                // Saying that something did not happen denies it: "the army repeated that no aircraft had fired at the
                // hospital", "officials said first reports showed no Canadian casualties". A rebuttal's own negation ("...,
                // a claim the minister said was not credible") is the rebutter's, not the claim's.
                return (Stance.Denied, facts.Speaker, negation);
            }

            return (stance, facts.Speaker, speakerStance.ToString().ToLowerInvariant());
        }

        return null;
    }

    // The negation that governs what a speaker says, or null: the words after the verb ("said that no one was hurt"), or
    // before it when the speaker comes last ("No one was hurt, police said"), however long the sentence runs on with the
    // grounds for it ("... that Israel was not responsible, the White House said, citing imagery and intercepts").
    // Negations that leave the claim standing ("no doubt", "not only", "no more than 50") do not count.
    private static (string Negation, int Index)? NegatedClaim(string text, int cueEnd)
    {
        var offset = Words.Between(text, cueEnd, text.Length) >= 4 && !GroundsAfterSpeaker().IsMatch(text.AsSpan(cueEnd)) ? cueEnd : 0;
        var claim = offset > 0 ? text.AsSpan(offset) : text.AsSpan(0, cueEnd);
        // "admitted that the strike killed 10 civilians, and that none of them was linked to the group", "said it had
        // received a tip, but that agents had not followed it up": a second thing said, after an affirmed first, leaves
        // the first affirmed.
        foreach (var match in Negation().EnumerateMatches(claim))
        {
            var negation = claim.Slice(match.Index, match.Length);
            if (SecondThingSaid().IsMatch(claim[..match.Index]) && !AccusationAnswered().IsMatch(claim))
            {
                break;
            }

            if (ReasonBefore().IsMatch(claim[..match.Index]) || RevisionGivingReason().IsMatch(text.AsSpan(0, offset + match.Index)))
            {
                // "96 had died, not 97, because one person had not boarded", "revised the toll to 71, saying four people
                // had not boarded": a negation in the reason for what is said leaves what is said standing.
                break;
            }

            if (!NegationThatAffirms().IsMatch(claim[match.Index..]))
            {
                return (negation.ToString(), offset + match.Index);
            }
        }

        return null;
    }

    // "Two of the four students killed had not been taking part in the protest": the statement's own act is named before
    // a verb's negation, which governs another act, so the statement stands. "had no plans to do so" negates no verb.
    private bool NegatesOtherAct(SentenceFacts facts, string topic, string negation, int negationStart)
    {
        var text = facts.Sentence.Text;
        var negationEnd = negationStart + negation.Length;
        if (!(negation.EndsWith("not", StringComparison.Ordinal) || negation.EndsWith("n't", StringComparison.Ordinal))
            || !facts.EventCues.Exists(c => c.End <= negationStart && _events.EventOf(c) == topic))
        {
            return false;
        }

        foreach (var cue in facts.EventCues)
        {
            if (cue.Index >= negationEnd && Words.Between(text, negationEnd, cue.Index) <= 2 && _lexicon.Lexicon.EventVerbs.ContainsKey(cue.Key))
            {
                return _events.EventOf(cue) != topic;
            }
        }

        return false;
    }

    private StatementClaim StatementOf(SentenceFacts facts, TextSpan sentenceSpan, QuantityClaim[] figures, string subject, string speaker, Stance stance, string cue, string answers)
        => new()
        {
            Cue = cue,
            Answers = answers,
            Figures = figures,
            Stance = stance,
            Subject = subject,
            Attribution = speaker,
            DocumentId = _document.Id,
            Outlet = _document.Outlet,
            Published = _document.Published,
            Sentence = facts.Sentence.Text,
            SentenceSpan = sentenceSpan,
            Span = sentenceSpan,
            Text = sentenceSpan.Of(_document.Text),
        };

    // The speaker of the sentence, else of its neighbour in the same paragraph (the sentence before, then after), else the outlet.
    private (string Attribution, bool Inferred) AttributionOf(List<SentenceFacts> all, int index)
    {
        var own = all[index].Speaker ?? all[index].StanceSpeaker;
        if (own is not null)
        {
            return (own, false);
        }

        if (PronounSpeaks().IsMatch(all[index].Sentence.Text))
        {
            // "He said 5,000 soldiers had been wounded", "It said 893 people had been treated" at a paragraph's start:
            // whoever spoke last, not the next speaker.
            for (var before = index - 1; before >= Math.Max(0, index - 3); before--)
            {
                if ((all[before].Speaker ?? all[before].StanceSpeaker) is { } last)
                {
                    return (last, true);
                }
            }

            return (_document.Publisher, false);
        }

        var paragraph = all[index].Sentence.Paragraph;
        foreach (var neighbour in new[] { index - 1, index + 1 })
        {
            // "The report said fewer than 50 deaths ... Greenpeace disputed the report's figures": who disputes what
            // comes before is the other side of it, not its source.
            // A speaker after the sentence speaks for it only where it goes on with the same count or topic: not "Fourteen
            // of the dead were children. Frontex said it had spotted the boat the night before".
            if (neighbour >= 0 && neighbour < all.Count && all[neighbour].Sentence.Paragraph == paragraph && !(neighbour > index && all[neighbour].Denies)
                && (neighbour < index || (GoesOnWith(all[neighbour], all[index]) && !CountsAgain(all[neighbour], all[index])))
                && (all[neighbour].Speaker ?? all[neighbour].StanceSpeaker) is { } inherited)
            {
                return (inherited, true);
            }
        }

        return (_document.Publisher, false);
    }

    // The last figure a sentence gives that counts something (its subject names an event): what a sentence about a figure
    // is about.
    private static Claim? LastCountIn(List<Claim> claims, string sentence)
        => claims.FindLast(c => c is QuantityClaim && c.Sentence == sentence && c.Subject.EndsWith(':'));

    // What an answer names as the statement it answers: after its cue ("rejected that account"), or, for a denial, before
    // it ("called the report nonsense").
    private static Match AnsweredObjectOf(string text, PhraseMatch cue, Stance stance)
        => AnsweredObject().Match(text, cue.End) is { Success: true } after ? after
            : stance == Stance.Denied ? CalledAnsweredFalse().Match(text, 0, cue.Index) : Match.Empty;

    // Whether an event counts the dead or the hurt, one of whose kinds a figure can name ("41 were children", "60 Afghans").
    private static bool IsDeadOrHurt(string? @event) => @event is "casualties" or "injuries" or "serious injuries" or "gunshot wounds" or "in hospital";

    // Whether the next sentence goes on with what a sentence counts: it gives a figure ("'Sixteen people versus in the
    // thousands,' he said"), or names an event or a topic the sentence names ("has sent 1,500 special forces soldiers.
    // The NIS stated that the troops were sent on ships").
    private bool GoesOnWith(SentenceFacts next, SentenceFacts sentence)
    {
        // A measure ("the slide had moved at about 40 miles per hour") goes on with no count.
        foreach (var figure in FigureIn().EnumerateMatches(next.Sentence.Text))
        {
            if (!MeasureAfter().IsMatch(next.Sentence.Text.AsSpan(figure.Index + figure.Length)))
            {
                return true;
            }
        }

        var named = Named(sentence);
        return Named(next).Any(named.Contains);

        HashSet<string> Named(SentenceFacts facts)
            => [.. facts.EventCues.Select(_events.EventOf), .. _lexicon.TopicNounsIn(facts).Select(n => _lexicon.Lexicon.TopicNouns[n.Key])];
    }

    // Whether the next sentence counts the sentence's event again with figures of its own: "about 20,000 people marched
    // through Bucharest. Organisers said 35,000 people had taken part" gives the organisers' count beside the sentence's,
    // not the source of it. A part of it ("12 of the dead were children") is no count of its own.
    private bool CountsAgain(SentenceFacts next, SentenceFacts sentence)
    {
        var events = sentence.EventCues.Select(_events.EventOf).ToHashSet();
        if (!next.EventCues.Exists(cue => events.Contains(_events.EventOf(cue))))
        {
            return false;
        }

        var mine = Counts(sentence.Sentence.Text);
        var theirs = Counts(next.Sentence.Text);
        return mine.Count > 0 && theirs.Count > 0 && !theirs.Exists(t => mine.Exists(m => m.Figure == t.Figure))
            && theirs.Exists(t => t.Noun.Length == 0 || mine.Exists(m => m.Noun == t.Noun));

        // The figures in digits that count rather than measure ("250 feet") or part ("12 of the dead"), each with the
        // noun after it ("" for a bare one: "35,000 had taken part"), so that gallons are no rival of men.
        static List<(string Figure, string Noun)> Counts(string text)
            => [.. WholeFigure().Matches(text).Where(m => !PartOfAfter().IsMatch(text.AsSpan(m.Index + m.Length)) && !MeasureAfter().IsMatch(text.AsSpan(m.Index)))
                .Select(m => (m.Value.Replace(",", "", StringComparison.Ordinal),
                    CountedNoun().Match(text, m.Index + m.Length) is { Success: true } noun && !FunctionWords.Contains(noun.Groups["noun"].Value)
                        ? noun.Groups["noun"].Value.ToLowerInvariant() : ""))];
    }

    private TextSpan Span(Sentence sentence, int start, int end)
    {
        var (originalStart, originalEnd) = _document.ToOriginal(sentence.Start + start, sentence.Start + end);
        return new TextSpan(originalStart, Math.Max(originalStart, originalEnd));
    }

    private string Text(Sentence sentence, int start, int end) => Span(sentence, start, end).Of(_document.Text);

    private bool IsSiteOfEventPlace(string place)
    {
        var space = place.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && _eventPlaces.Contains(place[..space]) && Site().IsMatch(place);
    }

    // A building or grounds, named after the town it stands in: "dunblane primary school", "sandy hook elementary school";
    // and a work or a water named after it: "kerch strait", "genoa bridge".
    [GeneratedRegex(@"\s(?:school|academy|university|college|campus|mall|hospital|stadium|arena|airport|station|mine|factory|plant|hotel|tower|building|nightclub|club|market|cathedral|church|mosque|synagogue|temple|strait|bay|harbou?r|port|bridge|tunnel|dam|base)$", RegexOptions.CultureInvariant)]
    private static partial Regex Site();

    // The figure is the subject of an attack: "Two students dressed in black opened fire", "Three men stormed the hotel".
    [GeneratedRegex(@"^(?:\s+(?!(?:were|was|had|have|has|are|is|and|or)\b)[\w'’-]+){0,8}?\s+(?:opened\s+fire|went\s+on\s+a\s+(?:shooting\s+)?rampage|stormed|attacked|gunned\s+down|shot\s+dead)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AttackerSubject();

    [GeneratedRegex(@"^[^.;]{0,60}?\bby\s+(?:gunfire|gunshots|bullets)\s+or\b", RegexOptions.CultureInvariant)]
    private static partial Regex GunfireOrOtherCause();

    [GeneratedRegex(@"\b[Aa]ll\s+(?:of\s+the\s+|the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AllOf();

    [GeneratedRegex(@"\b(?:took|take|takes|taking|taken|seized|seize|seizes|seizing|holding|held|holds|hold)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TookHostage();

    [GeneratedRegex(@"^\s+(?:as\s+)?(?:hostages?|captives?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostageAfter();

    [GeneratedRegex(@"\G\s+(?:an?|its|their|the|his|her|our)\s+(?:[\p{L}-]+\s+){0,3}?(?:repatriation|airlift|operation|appeal|investigation|inquiry|probe|campaign|search|manhunt|evacuation|review|bid|fund|programme|program|plan|website|app|service|initiative|scheme|petition|hotline|lawsuit|challenge|recall|consultation|study)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LaunchedUndertaking();

    // Where a journey starts or ends is no one who acts: "a plane flying from Baku to Grozny in Russia", "bound for
    // Kyiv". Goods sent from a country are that country's: "weapon shipments from North Korea to Russia".
    private static bool IsRouteEnd(string text, int start, int end)
        => (RouteStart().IsMatch(text.AsSpan(0, start)) && RouteGoesOn().IsMatch(text.AsSpan(end))) || RouteEndBefore().IsMatch(text.AsSpan(0, start));

    private const string Journey = @"\b(?:flying|flew|flown|flight|flights|travelling|traveling|travelled|traveled|sailing|sailed|driving|drove|journey|trip|train|bus|coach|ferry|plane|jet|airliner|aircraft)\s+(?:[\p{Ll}-]+\s+){0,2}?from\s+";

    [GeneratedRegex(Journey + "$", RegexOptions.CultureInvariant)]
    private static partial Regex RouteStart();

    [GeneratedRegex(@"^\s+to\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex RouteGoesOn();

    [GeneratedRegex(@"(?:" + Journey + @"(?:\p{Lu}[\p{L}'’-]+\s+){1,3}to\s+|\b(?:bound\s+for|en\s+route\s+to|flying\s+to|flights?\s+to|headed\s+for|heading\s+for)\s+)(?:\p{Lu}[\p{L}'’-]+\s+in\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RouteEndBefore();

    // "US Airways", "American Airlines", "Air France": a company named after a country is not that country; nor is a
    // place named after one ("British Columbia", "French Guiana", "the Indian Ocean", "the Mexican Gulf coast").
    [GeneratedRegex(@"\G\s+(?:Airways|Airlines|Air\s+Lines|Express|Steel|Motors|Bancorp|Telecom|Railways?|Petroleum|Columbia|Guiana|Polynesia|Virgin\s+Islands|Antarctic|Ocean|Sea|Gulf|Riviera|Alps)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyAfter();

    // A first name and a surname, not followed by a third capitalized word: "Donald Trump", "Sean Spicer".
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+\s+(?<surname>\p{Lu}\p{Ll}{2,})\b(?!\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex FirstAndLastName();

    // Two capitalized words or more at the end, the last not a word that names an institution; a surname may open with a
    // particle ("Bashar al-Assad", "Ursula von der Leyen").
    [GeneratedRegex(@"\p{Lu}[\p{L}'’.-]+\s+(?:(?:al|el|bin|ibn|ben|van|von|der|de|da|di|du|le|la)[-\s])*(?!(?:Ministry|Agency|Service|Office|Department|Council|Commission|Police|Force|Forces|Army|Guard|Survey|Institute|University|Company|Corporation|Authority|Administration|Agency|Government|Media|News|Times|Post|Press|Committee|Organisation|Organization|Union|Bank|Fund|Court|Centre|Center|Party)$)\p{Lu}[\p{L}'’-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^\W*(?:He|She|They|It)\s+(?:also\s+|later\s+|further\s+)?(?:said|says|told|added|estimated|reported|found|finds|concluded|noted|stated|denied|denies|rejected|rejects|disputed|disputes)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PronounSpeaks();

    [GeneratedRegex(@"\s+of\s+(?:its|their)\s+(?:own\s+)?(?:citizens|nationals|civilians|people)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnCitizens();

    // "on the island", "in his country", "its own toll", "their count of the dead", and "had died there" after the
    // country's agency.
    [GeneratedRegex(@"\b(?:on|in|across)\s+(?:the|his|her|its|their|our)\s+(?:island|country|nation)\b|\b(?:its|their)\s+(?:own\s+)?(?:death\s+)?(?:toll|count\s+of\s+the\s+dead)\b|\b(?:died|dead|killed)\s+there\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnCountryAnaphor();

    // Who did the deed: "an Islamist cell carried out the attacks", "a splinter group was behind the bombing".
    [GeneratedRegex(@"\b(?<doer>(?:an?|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)\s+(?:had\s+|has\s+)?(?:carried\s+out|was\s+behind|were\s+behind|was\s+responsible\s+for|were\s+responsible\s+for|perpetrated)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DoerOfDeed();

    [GeneratedRegex(@"\b(?:collided|collide|collides|colliding|collision)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Collision();

    [GeneratedRegex(@"\b(?:in|across|throughout)\s+(?:his|her|its|their|our)\s+(?:state|province|county|city|region|district|prefecture)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnAreaAnaphor();

    // The country or area that owns the speaker the figure is attributed to ("Haiti's civil protection agency",
    // "Honduran officials"), else the one the sentence opens with: "Mozambique's president, Filipe Nyusi, said".
    private string? SpeakersOwner(string attribution, string sentence)
    {
        if (CountryOfSpeaker().Match(attribution) is { Success: true } named)
        {
            return named.Groups["country"].Value;
        }

        if (DemonymOfSpeaker().Match(attribution) is { Success: true } demonym && _lexicon.Lexicon.Demonyms.TryGetValue(demonym.Groups["demonym"].Value, out var country))
        {
            return country;
        }

        return CountryOfSpeaker().Match(sentence) is { Success: true } opening ? opening.Groups["country"].Value : null;
    }

    // The wider events a story's event can be a part of.
    private const string WiderEvent = @"(?<whole>campaign|war|offensive|crackdown|conflict|insurgency|purge)";

    // "as part of a campaign", "as part of the wider war": a whole the story's event belongs to.
    [GeneratedRegex(@"\bas\s+part\s+of\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?" + WiderEvent + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfWhole();

    // That whole as the subject of a figure's clause: "the campaign, known as Anfal, killed at least".
    [GeneratedRegex(@"\b[Tt]he\s+(?:[\p{Ll}-]+\s+)?" + WiderEvent + @"\b[^.;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeCounted();

    // A speaker named by its people's adjective: "Honduran officials", "Turkish authorities".
    [GeneratedRegex(@"^(?<demonym>\p{Lu}[\p{L}-]+)\s+\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex DemonymOfSpeaker();

    // The country a speaker belongs to: "Jamaica's information minister", "Haiti's civil protection agency".
    [GeneratedRegex(@"^(?<country>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)['’]s\s", RegexOptions.CultureInvariant)]
    private static partial Regex CountryOfSpeaker();

    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he)\b(?=\s+(?:\w+\s+){0,2}(?:said|says|stated|warned|noted|added|told|stressed|predicted|reported|claimed|confirmed|denied|maintains|insisted|rejected|dismissed|disputed|acknowledged|admitted))", RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?(?:off|from|away|offshore|inland|outside|beyond|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Position();

    [GeneratedRegex(@"\b(?:the|a|an|its|their|this|that|last|next)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeterminerBefore();

    [GeneratedRegex(@"\b(?<noun>\p{L}+)\s+(?:on|of)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex NounBeforeDate();

    [GeneratedRegex(@"\G(?:['’]s)?\s+(?<noun>\p{L}+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NounAfterDate();

    [GeneratedRegex(@"^\s+(?:[\p{Ll}-]+\s+)?(?:(?:have|has|had|were|was|are|is)\s+(?:been\s+|being\s+|still\s+)?(?:\p{Ll}+ed|\p{Ll}{3,}ing|missing|dead|hurt)|(?:remain|remained|remains)\s+(?:still\s+)?\p{Ll}+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnVerbAfter();

    [GeneratedRegex(@"(?:\b(?:after|before|when|while|because|following|since)|,\s+as)\s+(?:one|some|many|most|several|a|an|the|his|her|its|their|(?:\d[\d,]*|" + FrameCues.WrittenNumber + @")\s+(?:of|more|other|others)\b)\b|,\s+as\s+\p{Ll}+\s+(?:were|was|are|is|had|have)\s|\bas\s+(?:\d[\d,]*|" + FrameCues.WrittenNumber + @")\s+(?:more|other|others)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SettingClauseAfter();

    [GeneratedRegex(@"^\s+(?:was|were|had\s+been|have\s+been)\s+(?:\p{Ll}+ly\s+)?(?:wounded|injured|shot|hurt)\s+and\s+(?:detained|arrested|captured|taken\s+into\s+custody)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WoundedAndDetained();

    [GeneratedRegex(@"\b(?:earlier|previous|initial|original|old|first)\s+(?:death\s+)?(?:figure|toll|count|tally|number|estimate)\s+of\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex EarlierFigureBefore();

    // "will cost the bank", "could cost insurers", "is expected to cost it": the sum after is what something costs.
    [GeneratedRegex(@"\b(?:will|would|could|may|might|to)\s+cost\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:(?:about|some|around|up\s+to|as\s+much\s+as|between|more\s+than|at\s+least)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CostBefore();

    [GeneratedRegex(@"^(?![^.]*\b(?:toll|rose|risen|climbed|increased|total|since|so\s+far)\b)[^.]*\bovernight\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NightFigure();

    [GeneratedRegex(@"^(?:\s+[\p{L}-]+){0,2}?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:killed|injured|wounded|hurt|shot(?:\s+dead)?)\s+(?:on|in|overnight\s+on|late\s+on|early\s+on)?\s*$|^\s+(?:died|were\s+killed)\s+(?:on|in)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayBefallen();

    [GeneratedRegex(@"^\s+(?:(?:on|in)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OnRightAfter();

    // What a figure's people did right after it when they were the attackers: "drove a van into pedestrians", "opened fire
    // on", "stormed the hall". (A bare "stabbed" or "attacked" after a figure is a headline's passive: "Three people
    // stabbed at festival".)
    [GeneratedRegex(@"^\s+(?:(?:armed\s+with|wearing)\s+[^,.;]{1,40}?\s+)?(?:drove\s+(?:a|an|their)\s+[\p{L}-]+\s+into|rammed|opened\s+fire|(?:stormed|attacked|hijacked|seized|raided)\s+(?:a|an|the)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex AttackedAfter();

    [GeneratedRegex(@"\b(?:killed|killing|shot\s+dead|shooting\s+dead)\s+(?:(?:at\s+least|more\s+than|about|nearly|some|over|up\s+to)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex KilledJustBefore();

    [GeneratedRegex(@"^['’]s\s+(?:attack|strike|blast|explosion|bombing|raid|shooting|shelling)\b[^.;,]{0,60},\s+(?:which|that)\s+(?:killed|left)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex DaysActBefore();

    [GeneratedRegex(@"^\s+(?:has\s+|had\s+)?(?:said|says|reported)\s+(?:that\s+)?(?:(?:about|some|nearly|more\s+than|at\s+least|over)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CountrySaid();

    [GeneratedRegex(@"\b(?:toll|tolls|total|number|rose|risen|climbed|increased|revised|raised|since|so\s+far)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TallyWords();

    [GeneratedRegex(@",\s+(?:(?:far|much|well|many\s+times)\s+)?(?:more|fewer|less|higher|lower)\s+than\b", RegexOptions.CultureInvariant)]
    private static partial Regex ComparisonAfter();

    [GeneratedRegex(@"^\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ComparedThe();

    [GeneratedRegex(@"^\W*(?:(?:A|An|The)\s+(?:second|third|fourth|later)|Another)\s", RegexOptions.CultureInvariant)]
    private static partial Regex SecondOccasion();

    [GeneratedRegex(@"[,(]\s*(?:(?:then|now|currently|at\s+the\s+time)\s+)?(?:valued\s+at|worth)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorthOfThingBefore();

    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:psychologically|mentally|emotionally|psychological)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HurtInMind();

    [GeneratedRegex(@"^,?\s+(?:(?:\d[\d,]*|" + FrameCues.SmallNumberWords + @"|most|some|many|several)\s+of\s+(?:whom|them)\s+(?:were\s+(?:later\s+)?(?:declared\s+|pronounced\s+|found\s+)?dead|(?:later\s+|had\s+)?died|were\s+killed)|including\s+(?:at\s+least\s+)?(?:\d[\d,]*|" + FrameCues.SmallNumberWords + @")\s+(?:dead|deaths|fatalities)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeadAmongThem();

    [GeneratedRegex(@"^\s+(?:had\s+|have\s+)?(?:tried|attempted|sought|were\s+trying|was\s+trying)\s+to\b", RegexOptions.CultureInvariant)]
    private static partial Regex Attempted();

    [GeneratedRegex(@",?\s+" + FrameCues.SecondThingSaidJoint, RegexOptions.CultureInvariant)]
    private static partial Regex SecondThingSaid();

    // A first thing said that answers others' accusations ("said Russia's accusations were a provocation and that Kyiv
    // had nothing to do with the attack") affirms nothing: the denial after it is the point.
    [GeneratedRegex(@"^\s*(?:that\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:accusations|allegations|claims|charges|accusation|allegation|claim|charge)\s+(?:were|was|are|is)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AccusationAnswered();

    [GeneratedRegex(@"\bfirst\s+(?:known\s+|confirmed\s+|recorded\s+|reported\s+)?(?:patient|case|person|infection)s?\b(?:(?!\bwhich\b|,\s+and\b)[^.;]){0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstCaseBefore();

    [GeneratedRegex(@"^\s+(?:for|to)\s+(?:every|each)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerEach();

    // A rate, in the figure's clause: "one to five new cases were reported each day", "50 people per week". A unit that
    // is itself a rate may name its period again: "5.7 million barrels per day".
    [GeneratedRegex(@"^[^.;,:]{0,60}?\b(?:each|every|per)\s+(?:day|night|week|month|year|hour|minute)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerPeriod();

    [GeneratedRegex(@"\b(?:rubble|debris|wreckage|trapped|rescuers|collapsed?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FreedFromRubble();

    [GeneratedRegex(@"\bpresumed?s?\s+(?:that\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PresumedBefore();

    // The last clause joint before a figure: ", and", "; ", ", while", ", but", or a comma right before it ("165 people
    // were killed, 8 remain missing").
    [GeneratedRegex(@"(?<joint>,\s+(?:and|while|but|whereas)|;|,(?=\s+$))\s+(?:(?!,|;|\band\b).)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseJoint();

    [GeneratedRegex(@"\b(?:a|an|the|its|their|this|that)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attributive();

    // ", ", " and ", " or ", " as well as ", and with the preposition said again: "the data of A and of B".
    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as\s+well\s+as\s+)(?:(?:of|to|for|from)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListJoint();

    [GeneratedRegex(@"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Passive();

    [GeneratedRegex(@"\b(?:supposedly|allegedly|reportedly|appears? to|appearing to|seems? to|seeming to)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    // "NAIROBI, June 2 -", "PORTO ALEGRE, March 14 (Wire) -", "KYIV, Ukraine, Oct. 19 (AP) —".
    [GeneratedRegex(@"^\s*\p{Lu}{2}[\p{Lu}\s.'’-]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?,\s*[^-–—,]{3,40}?(?:\s*\([^)]{1,40}\))?\s*[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    private static readonly HashSet<string> OfficeWords = new(["government", "officials", "official", "ministry", "minister", "spokesman", "spokeswoman", "spokesperson", "office", "department", "authorities", "lawyer", "lawyers"], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:criticism|accusation|allegation|charge)$", RegexOptions.CultureInvariant)]
    private static partial Regex Accusation();

    [GeneratedRegex(@"\b(?:accus|criticis|criticiz|blam|alleg)\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Accusing();

    private const string AnsweredNouns = "account|claim|allegation|accusation|report|charge|assertion|suggestion|figure|count|estimate|characteri[sz]ation|version|number|timeline|finding|conclusion|assessment|explanation|criticism|interpretation|narrative";

    // What an answering statement rejects or confirms is named by a word that points back: "rejected that account",
    // "dismissed the allegations", "denied it", "could not verify those figures", "rejected that explanation", "rejected
    // the company's claim", "rejected Moscow's account".
    [GeneratedRegex(@"\G\s+(?:(?:it|this|them)\b|that(?=\s*[.;!]|\s*$)|(?:(?:that|this|the|these|those|such|its|their)\s+(?:[\p{Ll}-]+(?:['’]s)?\s+|(?<owner>\p{Lu}[\p{L}-]+)\s+)?|(?<owner>\p{Lu}[\p{L}-]+)['’]s\s+(?:[\p{Ll}-]+\s+)?)(?<noun>" + AnsweredNouns + @")s?\b)", RegexOptions.CultureInvariant)]
    private static partial Regex AnsweredObject();

    // ... or named before a cue that calls it false: "The Kremlin called the report nonsense", "branded the claims a
    // lie", "said the Red Cross figure was exaggerated", "said the figures announced by Chebukati were null and void".
    [GeneratedRegex(@"\b(?:called|calls|branded|brands|labelled|labeled|termed|described)\s+(?:that|this|the|these|those|such|its|their)\s+(?:[\p{Ll}-]+\s+)?(?<noun>" + AnsweredNouns + @")s?\s+(?:as\s+)?(?:an?\s+|\p{Ll}+ly\s+)?$|\b(?:said|says|insisted|insists)\s+(?:that\s+)?(?:the|that|this|these|those|its|their)\s+(?:(?<owner>\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+)*\s+|[\p{Ll}-]+\s+)?(?<noun>" + AnsweredNouns + @")s?(?:\s+(?:announced|given|released|published|declared)\s+by\s+(?:the\s+)?(?<owner>\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+)*)?\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?(?:\p{Ll}+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CalledAnsweredFalse();

    // "denied holding them", "denies ordering it": a denial of doing what the sentence before says. Only a denial: "confirmed
    // discussing it with the allies" confirms what it names, not the sentence before.
    [GeneratedRegex(@"^\s+\p{Ll}{2,}ing\s+(?:it|this|them)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DeniedDoingIt();

    // ... or by a subject that points back: "the principal said that was not true", "officials said this was false".
    // So does the text that said it: "the regulator said the speculation had seriously misled the public".
    [GeneratedRegex(@"\b(?:(?:that|this|it)\s+(?:was|is|were|are|had\s+been|has\s+been)|(?:that|this|it)['’]s|the\s+(?:[\p{Ll}-]+\s+)?(?:speculation|reports?|claims?|allegations?|accounts?|story|stories|rumou?rs?)\s+(?:was|is|were|are|had\s+been|has\s+been|had|has|have))\s+[""“]?(?:\p{Ll}+ly\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnsweringSubject();

    [GeneratedRegex(@"\b(?:train|freight|rail|railroad|railway)\b|\bcars\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RailCars();

    [GeneratedRegex(@"\b(?:hostages?|captives?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hostages();

    [GeneratedRegex(@"\b(?:abduct|kidnap)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Abducted();

    // "287 were taken", "had been seized"; not "were taken to hospital" or "taken to safety".
    [GeneratedRegex(@"^\s+(?:were|was|had\s+been|have\s+been)\s+(?:taken|seized|snatched|carried\s+off)\b(?!\s+(?:to|into|from)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TakenAway();

    [GeneratedRegex(@"\b(?:Council|Service|Department|Ministry|Survey|Agency|Office|Committee|Commission)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Institution();

    [GeneratedRegex(@"(?<![\w'’.])(?!(?:The|A|An|US|UK)\s)[A-Z][a-z]+\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePrefix();

    [GeneratedRegex(@"\b(?:" + FrameCues.CombatantNouns + @")\s+(?:(?:after|when|as)\s+they\s+)?(?:had\s+|have\s+|who\s+)?(?:stormed|attacked|raided|seized|opened\s+fire|took|held)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CombatantsAttacked();

    [GeneratedRegex(@"^(?:been\s+|being\s+)?held\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeldBy();

    [GeneratedRegex(@"\G\s+(?:in|of|as)\s+(?:(?:new|emergency|central|federal|state|foreign|international|humanitarian|military|extra|additional|further|immediate|initial)\s+){0,2}(?:(?<aid>aid|relief|assistance|funding|grants|loans)|compensation|damages)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SumsPurpose();

    [GeneratedRegex(@"^[^,;.]{0,40}?\b(?:died|killed|dead|injured|hurt)\s+(?:in\s+(?:\p{Ll}+\s+)?accidents|(?:in|at)\s+work|in\s+an?\s+(?:car|road|traffic|vehicle|highway)\s+(?:crash|accident|collision)\s+(?:during|while|as\s+(?:they|he|she)\s+fled|fleeing|on\s+(?:their|his|her)\s+way))\b", RegexOptions.CultureInvariant)]
    private static partial Regex InAccidents();

    // The country a figure is placed in, right after it: " in Switzerland", " at its plants in Germany".
    [GeneratedRegex(@"\G(?:\s+\p{Ll}+){0,3}?\s+in\s+(?:the\s+)?(?<name>\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex CountryAfter();

    // A count of hostages the clause says were held: "850 hostages were held", "hostages being held".
    [GeneratedRegex(@"^\s+(?:(?:were|are|was|had\s+been|have\s+been)\s+)?(?:being\s+)?held\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostagesHeldAfter();

    // "the number of hostages held in the theatre was", "put the number of hostages being held at": a count the figure gives.
    [GeneratedRegex(@"\bnumber\s+of\s+(?:the\s+)?hostages\s+(?:(?:still\s+)?being\s+|still\s+)?held\b[^,;.]{0,60}?\b(?:was|were|is|are|at|to|stood\s+at|stands\s+at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostagesHeldBefore();

    [GeneratedRegex(@"\b(?:on|over|into|near|outside|against|above)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TargetBefore();

    // After an arrest's participle, the clause's own verb of what came of the arrest: "arrested on Saturday had been
    // charged", "detained in the raid were later released", "arrested on coronation day would face no further action".
    [GeneratedRegex(@"\G\w+\b[^,;.]{0,60}?\s(?:had\s+been|have\s+been|has\s+been|were|was|would|will)\s+(?:(?:later|all|since|now)\s+)?(?:(?<charged>charged|indicted)|released|freed|(?:face|faced)\s+no\s+further\s+action)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ArrestOutcome();

    [GeneratedRegex(@"^kill(?:s|ed|ing)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Killing();

    // "179 of the 181 people": a share of a figure given with it.
    [GeneratedRegex(@"^\s+of\s+(?:the|its|their)\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex ShareOfFigure();

    // The cues that call what was said false, which a pointing subject ("that was not true") can precede; "it had been
    // unable to verify" has its speaker for subject.
    [GeneratedRegex(@"^(?:not\s+true|untrue|(?:(?:was|were|is|are|to\s+be)\s+)?false|(?:(?:was|were|is|are|as)\s+)?absurd|(?:(?:was|were|is|are)\s+)?(?:incorrect|inaccurate|erroneous|a\s+technical\s+(?:mistake|error))|wrong|baseless|groundless|unfounded|fabricated|(?:(?:was|were|is|are|as|(?:it|that)['’]s)\s+)?(?:a\s+lie|lies)|nonsense|misleading|misled\s+the\s+public)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FalsityCue();

    // Nothing happened ("no aircraft had fired", "suffered no casualties", "none of its missiles") or it did not
    // ("Israel was not responsible", "it was not a Ukrainian missile", "had not been towed", "had never entered
    // Iranian airspace", "had never given the band permission", though not "had never seen such flooding"); a
    // contrast (", not ground shaking"), a negated wish or belief ("urged him not to", "did not expect"), a relative
    // clause ("three of which did not go off") and what a figure left out ("an earlier figure of 147 had not included
    // victims who died at home") deny nothing; nor does saying whose task something is not ("it was not the air
    // force's job to count the dead"), nor a figure that is not yet the last ("even that number is not final") nor
    // one that caps a count ("has not exceeded 150").
    [GeneratedRegex(@"(?<!\b(?:which|who|whom|whose)\s+(?:[\w-]+\s+){0,2})\b(?:had|has|have|did)\s+never\s+(?:entered|crossed|violated|been\s+(?:in|inside|over|within|warned|told|informed)|fired|flown\s+(?:into|over)|given|granted|issued|received|paid|authori[sz]ed|approved|requested|warned)\b|(?<!,\s*)(?<!\b(?:which|who|whom|whose)\s+(?:[\w-]+\s+){0,2})(?:\b(?:[Nn]o|[Nn]one\s+of|[Nn]obody|[Nn]o\s+one|[Nn]ot\s+a\s+single|[Nn]othing\s+to\s+do\s+with)\b|\b(?:was|were|is|are|had|has|have|did|does|do)(?:\s+not\b|n't\b)(?!\s+(?:to|expect|expected|anticipated|intended|foreseen|believe|think|know|want|plan|intend|see|rule|say|comment|respond|return|immediately|yet|only|clear|sure|include|included|includes|count|counted|cover|covered|final|definitive|complete|conclusive|exceed|exceeded|top|topped|pass|passed|surpass|surpassed)\b|\s+(?:[\w'’-]+\s+){0,3}?(?:job|role|place|business|task|duty|responsibility|mandate)\s+to\b))", RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\bbecause\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonBefore();

    [GeneratedRegex(@"^,?\s+who\s+(?:had\s+|later\s+|also\s+)*(?:died|was\s+killed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WhoDied();

    [GeneratedRegex(@"\b(?:was|were|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s+by\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveAgent();

    [GeneratedRegex(@"^\s+(?:said|says|told|tells|recalled|recalls|described|describes|added|explained|wrote)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerVerb();

    // " had been harmed", " were killed or injured", " was hurt or killed".
    [GeneratedRegex(@"^\s+(?:(?:had|has|have)\s+been|were|was)\s+(?:harmed\b|(?:killed|injured|wounded|hurt)\s+or\s+(?:killed|injured|wounded|hurt)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NoneHarmed();

    [GeneratedRegex(@"\b(?:data\s+breach|breach|breaches|hack|hacked|hackers?|cyberattack|cyber-attack|cyber\s+attack|ransomware)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BreachTold();

    [GeneratedRegex(@"\b(?:vote|referendum|plebiscite|ballot|election|poll|primary)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VoteTold();

    [GeneratedRegex(@"\b(?:march|marches|marched|rally|rallies|rallied|protest|protests|protesters|demonstration|demonstrations|demonstrators|crowd|crowds|gathering|gathered|strike|strikes|vigil|procession|streets?|square|avenues?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GatheringTold();

    [GeneratedRegex(@"\bexposed\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExposedTo();

    [GeneratedRegex(@"\b(?:(?:found|finds|find|showed|shows)\s+no\s+(?:evidence|sign|signs|trace|traces|indication)|there\s+(?:was|is|had\s+been|has\s+been)\s+no\s+evidence)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FoundNoEvidence();

    // "No officer confronted the gunman", "none of the guards had fired": the one who did it denied, whatever the act.
    [GeneratedRegex(@"^(?:[Nn]o|[Nn]one\s+of\s+the|[Nn]ot\s+a\s+single)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:had\s+|has\s+|have\s+|was\s+|were\s+|ever\s+)?(?!been\b)\p{Ll}{3,}ed\b", RegexOptions.CultureInvariant)]
    private static partial Regex NoneDidIt();

    // Whether what the sentence's speaker says opens at the index: at the sentence's start ("No officer confronted ...,
    // the agency said"), or right after the speaker's verb ("said that no one ..."), not in another speaker's clause
    // ("..., but survivors said no one had turned back").
    private static bool SaidOpensAt(string text, int index, int speakerCueEnd)
        => text.AsSpan(0, index).Trim().TrimStart('"').IsEmpty
            || (speakerCueEnd > 0 && speakerCueEnd <= index && ThatOnly().IsMatch(text.AsSpan(speakerCueEnd, index - speakerCueEnd)));

    [GeneratedRegex(@"^\s*(?:that\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThatOnly();

    // "It" or "they" opening a sentence, which stand for a body that spoke before, never a person.
    [GeneratedRegex(@"^\W*(?:It|They)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ThingSpeaks();

    // A spokesperson named by role and name only: "spokesman Major General Chris Olukolade", "spokeswoman".
    [GeneratedRegex(@"^spokes(?:man|woman|person)(?:\s+\p{Lu}[\p{L}.'’-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareSpokesperson();

    // The reason a revision gives, in the words of whoever revised: "revised the death toll to 71, saying".
    [GeneratedRegex(@"\b(?:revised|revising|lowered|lowering|corrected|correcting)\b[^.;]*,\s*saying\b[^.;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RevisionGivingReason();

    // "of the 13 coal miners", "of the passengers", "of the 13 miners trapped in the mine", "of its 77,000-tonne cargo":
    // the whole a share is of.
    [GeneratedRegex(@"\G\s+of\s+(?:the|its|their)\s+(?:\d[\d,]*(?:-[\p{Ll}]+)?\s+)?(?:[\p{Ll}-]+\s+)?(?!(?:were|was|are|is|had|have|has|died|survived)\b|[\p{Ll}-]+ed\b)[\p{Ll}-]+" + FrameCues.WholeWhereabouts, RegexOptions.CultureInvariant)]
    private static partial Regex WholeOfShare();

    [GeneratedRegex(@"^(?:no\s+(?:doubt|longer|more|fewer|less|sooner|matter|one\s+knows|indication|reason)|not\s+(?:only|yet|clear|immediately|least|just|all|until|known|sure|more|fewer|less|far|to\s+mention|be\s+reached|final|definitive|complete|conclusive)|n't\s+(?:only|yet|clear|know|be\s+reached))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegationThatAffirms();

    // After a speaker and its verb, what the speaker went on: "the White House said, citing overhead imagery", "said on
    // Friday, correcting an earlier account".
    [GeneratedRegex(@"^\s*(?:on\s+\p{Lu}\p{Ll}+(?:\s+(?:morning|afternoon|evening|night))?\s*)?,\s*(?:citing|quoting|pointing\s+to|referring\s+to|based\s+on|correcting|revising|contradicting|reversing|retracting)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GroundsAfterSpeaker();

    // A death toll whose value the figure gives: "the death toll from the eruption rose to", "the toll stood at",
    // "the number of people killed in the crush rose to", "the number of people who have died since the fire
    // reached", "the number of bodies recovered after the shipwreck reached", "the number of people confirmed dead in
    // the capsizing rose to" (not bodies identified or handed over, a part); not another count in a clause of its own
    // ("the toll rose to 71, and the number of people unaccounted for rose to").
    [GeneratedRegex(@"\b(?:death\s+toll|[Tt]he\s+toll|number\s+of\s+(?:dead|deaths|fatalities|bodies(?!\s+(?:identified|returned|released|handed))|people\s+killed|people\s+who\s+(?:have|had)\s+died|(?:people\s+|those\s+)?(?:confirmed|known|reported)\s+(?:dead|killed)))\b(?:(?!,\s*and\s|\bnumber\s+of\b)[^.;]){0,90}?\b(?:to|at|reached|passed|exceeded|topped|hit|is|was)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|at\s+least\s+|more\s+than\s+|over\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DeathTollBefore();

    // "the number of people arrested during the protests rose to", "the number of people injured reached": a tally of
    // people named by what was done to them, whose figure follows.
    [GeneratedRegex(@"\b[Tt]he\s+(?:total\s+)?number\s+of\s+(?:people|those|protesters|demonstrators|migrants|residents|civilians)\s+(?:who\s+(?:were|had\s+been|have\s+been)\s+)?(?<done>[\p{Ll}]+ed)\b(?:(?!\bnumber\s+of\b)[^.;]){0,90}?\b(?:rose|risen|climbed|reached|stood|stands|was|is|had\s+risen|has\s+risen)\s+(?:to\s+|at\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|at\s+least\s+|more\s+than\s+|over\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberOfDoneBefore();

    // "rose to 84 on Tuesday", "rose to three on Monday".
    [GeneratedRegex(@"\b(?:rose|risen|climbed|jumped|increased|grew|fell|dropped)\s+to\s+(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+|over\s+|nearly\s+)?(?:\d[\d,.]*(?:\s+(?:million|thousand))?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{L}+)?)(?:\s+\p{L}+)?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TallyMovedBefore();

    // A whole whose own participle says what was done with all of it: "shot down 71 of the 103 cruise missiles fired by the
    // three countries" counts the missiles fired, not a figure given before.
    [GeneratedRegex(@"^\s+(?:fired|launched|sent|deployed|dispatched)\s+(?:by|at|from|to|into|on|against)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SentOrFired();

    // What a strike hits: machines and buildings, not munitions ("76 missiles had struck the centre" landed).
    private static readonly HashSet<string> StruckUnits = new(StringComparer.Ordinal) { "aircraft", "ships", "tanks", "vehicles", "boats", "buildings" };

    // The verb right before a target's count: "had struck 41 Russian aircraft", "hit two ships".
    [GeneratedRegex(@"\b(?:struck|hit)\s+(?:(?:at\s+least|as\s+many\s+as|more\s+than|about|some|nearly|up\s+to)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex StruckBefore();

    // A target's count with its verb right after: "20 Russian warplanes were hit", "three ships had been struck".
    [GeneratedRegex(@"^\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:struck|hit)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StruckAfter();

    // Munitions that a verb right after them says landed: "76 missiles had struck the centre", "rockets hit the town",
    // "severely degraded or destroyed their targets". As a verb of any sentence "struck" and "hit" would be a quake's or
    // a storm's.
    [GeneratedRegex(@"^\s+(?:(?:had|have|has|also|reportedly|all|only)\s+){0,2}(?:struck|hit|landed|slammed\s+into|crashed\s+into|reached|(?:\p{Ll}+ly\s+)?(?:(?:damaged|degraded)\s+or\s+)?destroyed\s+(?:their|its)\s+targets?\b)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MunitionsLanded();

    [GeneratedRegex(@"^\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?(?:shot\s+down|intercepted|downed|destroyed|neutrali[sz]ed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MunitionsDowned();

    [GeneratedRegex(@"\b(?:counted|counts|estimated|estimates|numbered|tallied)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|only|just)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeopleCounted();

    [GeneratedRegex(@"\G\s+(?:had\s+|have\s+)?(?:filled|packed|jammed|thronged|crowded\s+into|crammed\s+into)\s+(?:the\s+(?:[\p{Ll}-]+\s+)?(?:streets|square|avenue|boulevard|centre|center|plaza|esplanade|mall)\b|(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Avenue|Square|Boulevard|Street|Plaza|Esplanade|Mall|Park)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex FilledAPublicPlace();

    [GeneratedRegex(@"^\W*Of\s+(?:the|its|their)\s+(?:(?:\d[\d,]*|\p{Ll}+(?:-\p{Ll}+)?)\s+)?(?<kind>passengers|crew|children|students|pupils|workers|miners|tourists|foreigners|soldiers|women|men)(?:\s+(?:members\s+)?(?:on\s+board|aboard))?,\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex OfAKindBefore();

    [GeneratedRegex(@"(?<owner>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:put|puts|estimated|estimates|pegged|pegs)\s+(?:its|their)\s+(?:own\s+)?(?:losses|costs|bill)\b[^.;,]{0,60}?\bat\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnLossesBefore();

    [GeneratedRegex(@"\G\s+had\s+(?:an?\s+|their\s+)?(?:[\p{L}'’-]+\s+){1,4}?(?:numbers?|details|records|data|information)\s+(?:exposed|stolen|taken|accessed|compromised|leaked)\b", RegexOptions.CultureInvariant)]
    private static partial Regex KindOfDataTaken();

    [GeneratedRegex(@"\b(?:dead|killed|died|deaths)\b[^.;]*\bmissing\b[^.;:]*,\s+(?:(?:for|making|or)\s+)?(?:a\s+)?(?:combined\s+)?total\s+of\s+(?:(?:about|some|around|nearly|almost|more\s+than|over)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DeadAndMissingSummed();

    [GeneratedRegex(@"\b(?:intercepted|intercepting|intercepts|intercept)\s+(?:(?:all|only|about|around|some|nearly|almost|at\s+least|more\s+than|over)\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Intercepting();

    [GeneratedRegex(@"\b(?:reports?|estimates?|figures?|counts?|tolls?|tallies|numbers?)\b[^.;]{0,60}?\brang(?:e|es|ed|ing)\s+(?:from\s+)?(?:about\s+|around\s+|some\s+|under\s+|fewer\s+than\s+|less\s+than\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpreadOfFigures();

    // A figure, though not a year ("An Iraqi court ruled in 2010 that ..." counts nothing).
    [GeneratedRegex(@"(?<![\d,.])(?!(?:1[89]|20)\d\d(?![\d,]))\d|\b" + FrameCues.WrittenNumber + @"\b|\b(?:hundreds?|thousands?|dozens?|millions?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FigureIn();

    // "the figure of", "the toll of": what comes next is named as a figure.
    [GeneratedRegex(@"\bthe\s+(?:[\p{Ll}-]+\s+)?(?:figure|toll|count|tally|number|estimate)\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FigureNamed();

    // A figure in digits, whole: "35,000", "1.5"; not a year, even before a comma ("between 2014 and 2020, not"), nor a
    // day of a month ("on April 5").
    [GeneratedRegex(@"(?<![\d,.])(?<!\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s)(?!(?:1[89]|20)\d\d(?!\d|,\d))\d(?:[\d,.]*\d)?", RegexOptions.CultureInvariant)]
    private static partial Regex WholeFigure();

    // The word after a figure, past a multiplier: "people" in "35,000 people", "gallons" in "50 million gallons".
    [GeneratedRegex(@"\G(?:\s+(?:million|billion|thousand|hundred))?\s+(?<noun>\p{L}+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedNoun();

    // "12 of the dead", "40 of them": a part of a count.
    [GeneratedRegex(@"^\s+(?:\w+\s+)?of\s+(?:the|them|those|whom)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfAfter();

    // The rest of a figure that measures speed, distance, time or a share: "0 miles per hour", "5 km", "0%".
    [GeneratedRegex(@"^[\d,.]*(?:\s*%|\s+(?:percent|per\s+cent|miles|mile|kilometres|kilometers|km|metres|meters|feet|mph|km/h|knots|degrees|years|months|weeks|days|hours|minutes|seconds)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex MeasureAfter();

    [GeneratedRegex(@"^[^,;]*,\s+(?:which|who)\s+[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakersRelativeClause();

    [GeneratedRegex(@"\b(?:was|were|been|is|are|being)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveDenial();

    [GeneratedRegex(@"\b(?:and|but)\s+(?:said|says|added|insisted|maintained|stressed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SaidAgain();

    // A relative clause with a speaker of its own, after a denial's cue: "rejected a compromise after a tenth weekend of
    // protests, which police said had drawn about 100,000 people" denies the compromise, not the crowd.
    [GeneratedRegex(@",\s+(?:which|who)\s+(?:[\p{L}'’.-]+\s+){1,4}(?:said|says|estimated|estimates|reported|reports)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SaidInRelativeClause();

    // Cases opened, and those who open them: "Police said they had registered 25 cases".
    [GeneratedRegex(@"\b(?:registered|filed|lodged|booked)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CasesFiled();

    [GeneratedRegex(@"\b(?:[Pp]olice|[Pp]rosecutors|FIRs?|[Cc]ourts?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PoliceOrCourt();

    [GeneratedRegex(@"^\s+(?:to|into)\s+(?:(?:temporary|emergency|cyclone|storm|relief|evacuation)\s+)?(?:shelters|camps|relief\s+camps|evacuation\s+cent(?:re|er)s|safety|higher\s+ground)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TakenToShelter();

    // ", which killed", ", which had left at least", ", in which": a clause that gives an event's toll, right before the
    // figure ("denied that armoured vehicles had run over protesters during Sunday's clashes, in which 26 people died").
    [GeneratedRegex(@",\s+(?:which\s+(?:had\s+|has\s+)?(?:killed|left|wounded|injured)|in\s+which|during\s+which)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EventsToll();

    [GeneratedRegex(@"\b(?:not|never|false|untrue|lies?|wrong|baseless|unfounded)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Refuted();

    // What comes right after a verdict on a claim ("said the claim was untrue and that two Marines had died") is said,
    // not denied: the verdict ends at "and that". After "denied that", "and that" goes on with what is denied.
    [GeneratedRegex(@"^[,]?\s+and\s+that\s", RegexOptions.CultureInvariant)]
    private static partial Regex ThatAfterVerdict();

    [GeneratedRegex(@"^\W*(?:He|She|They)\s+(?:said|says|added|told|noted|stressed|insisted)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerGoesOn();

    [GeneratedRegex(@"\b(?:such|these|those|the|this)\s+(?:reports?|claims?|allegations?|accusations?|figures?|assertions?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anaphora();

    [GeneratedRegex(@"^\W*?[""“‘']", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteOpens();

    // ", the region's governor has cautioned", "", Maria Alves told": a speaker after what was said (", after May
    // said" opens a clause of its own).
    [GeneratedRegex(@"[,""”’]\s+(?!(?:after|when|as|before|because|since|while|until|and|but|though|although)\b)(?:[\w'’.-]+\s+){0,6}?(?:(?:has|have|had)\s+)?[\w-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerSetOff();

    // A clause joined after a speaker set off: "..., the agency said on Friday, and plans to ...".
    [GeneratedRegex(@"^(?:\s+(?:on|in|at|late|early)\b[^,;]*)?\s*,\s+and\s", RegexOptions.CultureInvariant)]
    private static partial Regex AddedClause();

    // A measuring verb just before a figure: "put nationwide turnout at", "put the crowd at about".
    [GeneratedRegex(@"\bput\s+(?:[\w'’-]+\s+){0,4}?at\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PutAtBefore();

    // People gathered to march or protest: what an opening sentence dates when it dates a crowd.
    [GeneratedRegex(@"\b(?:protesters|demonstrators|marchers|crowds?|rall(?:y|ies|ied)|march(?:ed|es)?|protest(?:ed|s)?|demonstrat(?:ed|ions?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Gathering();

    // Between a figure and the next, what sets the next off inside the first one's clause: a part (", including", ",
    // among them") or the figure it corrects ("62 people, not 61, had been on board").
    [GeneratedRegex(@"^\s*,\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|not|rather\s+than|instead\s+of)\s+(?:about\s+|some\s+|around\s+|at\s+least\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PartSetOff();

    [GeneratedRegex(@"^,\s+(?:" + Figure + @")\s+[\p{L}-]+(?:,\s+(?:" + Figure + @")\s+[\p{L}-]+)*,?\s+and\s+(?:" + Figure + @")\s+[\p{L}-]+,\s", RegexOptions.CultureInvariant)]
    private static partial Regex BreakdownSetOff();

    private const string Figure = @"\d[\d,]*|" + FrameCues.SmallNumberWords;

    // A clause of another speaker's joined on: ", and Islamabad said", ", while the ministry added".
    [GeneratedRegex(@",\s+(?:and|but|while|whereas)\s+(?:[\p{L}'’.-]+\s+){1,4}?(?:said|says|added|warned|insisted|stressed|told|announced)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SecondSpeaker();

    [GeneratedRegex(@"\bworkers?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Workers();

    [GeneratedRegex(@"\bcollapsed\s+or\b|\bor\s+(?:had\s+|have\s+)?collapsed\b", RegexOptions.CultureInvariant)]
    private static partial Regex CollapsedOrWorse();

    [GeneratedRegex(@"^fir(?:ed|ing)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Dismissed();

    [GeneratedRegex(@"\b(?:employees|workers|staff|staffers|managers|executives|bankers|traders)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Staff();

    // A force's strength: "had numbered about 5,000", "a column numbering some 8,000".
    [GeneratedRegex(@"\bnumber(?:ed|ing)\s+(?:(?:about|some|around|roughly|nearly|almost|more\s+than|at\s+least|up\s+to)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ForceNumbered();

    [GeneratedRegex(@"\bofficers?$", RegexOptions.CultureInvariant)]
    private static partial Regex PoliceOfficers();

    [GeneratedRegex(@"\bnumber\s+of\s+officers\b[^.;,]{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberOfOfficers();

    [GeneratedRegex(@"\b(?:army|military|soldiers|troops|navy|naval)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Soldiers();

    [GeneratedRegex(@"\bMarines?$", RegexOptions.CultureInvariant)]
    private static partial Regex Marines();

    [GeneratedRegex(@"\b(?:in|since|on|by|until|till|from|to|of|last|next|early|late|mid|this|before|after|during|through|between|and)[\s-]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthLead();

    [GeneratedRegex(@"^\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex MonthTail();
}
