using System.Text.RegularExpressions;
using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;
using FactCheck.Extraction.Framing;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Parsing;

/// <summary>
/// One document being read: sentence by sentence, who speaks (sources, "according to", anaphora), about which actors,
/// with what stance; then the quantities, dates and statements of each sentence, with subjects and attributions.
/// Holds the state a reading needs across sentences (the last agency, person and topic named).
/// </summary>
internal sealed partial class DocumentReading
{
    private const int WordsToPlanningCue = 4;
    private const int MaxWordsToDateVerb = 10;
    private static readonly string[] PersonnelEvents = ["deployment", "combat", "casualties", "injuries", "strength"];
    private static readonly string[] VictimEvents = ["casualties", "presumed", "injuries"];

    // Sums that are estimated, never planned: "the damage could cost $5 billion" is an estimate of what happened.
    private static readonly string[] EstimatedEvents = ["damage", "losses"];

    private readonly QuantityReader _quantities;
    private readonly DateReader _dates;
    private readonly Document _document;
    private readonly DateOnly? _reference;
    private readonly bool _referenceAssumed;
    private readonly List<string> _warnings;
    private readonly CompiledLexicon _lexicon;
    private readonly List<string> _unlistedSpeakers = [];
    private string? _lastAgency;
    private string? _lastPerson;
    private string? _lastTopic;
    private readonly int? _eventYear;
    private (string Unit, string? Event, string Place) _antecedent;
    private int _antecedentParagraph = -1;
    private (string Place, int Paragraph) _openingPlace = ("", -1);
    private (string Place, int Paragraph) _lastPlace = ("", -1);
    private int _otherStoryParagraph = -1;
    private int _entryParagraph = -1;
    private string _personnelActor = "";
    private string _mainActor = "";
    private bool _countsPersonnel;

    public DocumentReading(CompiledLexicon lexicon, QuantityReader quantities, DateReader dates, Document document, BatchContext batch, List<string> warnings)
    {
        var referenceDate = batch.Latest;
        _eventYear = (batch.Earliest ?? document.Published ?? referenceDate)?.Year;
        _quantities = quantities;
        _dates = dates;
        _document = document;
        _lexicon = lexicon;
        _reference = document.Published ?? referenceDate;
        _referenceAssumed = document.Published is null && referenceDate is not null;
        _warnings = warnings;
    }

    public List<Claim> Read()
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

        var facts = sentences.Select(Analyze).ToList();
        ChooseMainActors(facts);
        var claims = new List<Claim>();
        for (var i = 0; i < facts.Count; i++)
        {
            ReadClaims(facts, i, claims);
        }

        return claims;
    }

    private SentenceFacts Analyze(Sentence sentence)
    {
        var text = sentence.Text;
        var tokens = PhraseMatcher.Tokens(text);
        var sources = _lexicon.Sources.FindAll(text, tokens);
        for (var i = 0; i < sources.Count; i++)
        {
            sources[i] = sources[i] with { Key = _lexicon.Lexicon.Sources[sources[i].Key] };
        }

        foreach (var anaphor in _lexicon.AgencyAnaphora.FindAll(text, tokens))
        {
            if (_lastAgency is not null && !sources.Any(s => s.Index <= anaphor.Index && anaphor.Index < s.End))
            {
                sources.Add(anaphor with { Key = _lastAgency });
            }
        }

        foreach (Match pronoun in Pronoun().Matches(text))
        {
            if (_lastPerson is not null)
            {
                sources.Add(new PhraseMatch(pronoun.Index, pronoun.Length, _lastPerson));
            }
        }

        sources.Sort((a, b) => a.Index.CompareTo(b.Index));
        var actors = _lexicon.Actors.FindAll(text, tokens);
        actors.RemoveAll(a => sources.Exists(s => a.Index < s.End && s.Index < a.End));
        for (var i = 0; i < actors.Count; i++)
        {
            actors[i] = actors[i] with { Key = _lexicon.Lexicon.Actors[actors[i].Key] };
        }

        var verbs = _lexicon.EventVerbs.FindAll(text, tokens);
        var nouns = _lexicon.EventNouns.FindAll(text, tokens);
        var cues = new List<PhraseMatch>(verbs.Count + nouns.Count);
        cues.AddRange(verbs);
        cues.AddRange(nouns);
        cues.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        var facts = new SentenceFacts { Sentence = sentence, Tokens = tokens, Sources = sources, Actors = actors, EventCues = cues };
        FindSpeaker(facts);
        var cueEnd = facts.StanceCue?.End ?? facts.SpeakerCueEnd;
        facts.Topic = TopicOf(facts, cueEnd, verbs, nouns) ?? (Anaphora().IsMatch(text) ? _lastTopic : null);
        if (facts.Topic is not null)
        {
            _lastTopic = facts.Topic;
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

        return facts;
    }

    private void FindSpeaker(SentenceFacts facts)
    {
        var text = facts.Sentence.Text;
        if (UnnamedReports().Match(text) is { Success: true } unnamed)
        {
            // "There are reports that...", "it's reported that...": the outlet passes it on without naming anyone.
            facts.Speaker = _document.Publisher;
            facts.SpeakerStance = Stance.Reported;
            facts.SpeakerCueEnd = unnamed.Index + unnamed.Length;
        }

        foreach (var verb in facts.Speaker is null ? _lexicon.AttributionVerbs.FindAll(text, facts.Tokens) : [])
        {
            if (NeedsComplement().IsMatch(verb.Key) && !ThatFollows().IsMatch(text.AsSpan(verb.End)) && !FigureFollows().IsMatch(text.AsSpan(verb.End)))
            {
                continue;
            }

            var speaker = verb.Key.Equals("according to", StringComparison.OrdinalIgnoreCase) || FromFollows().IsMatch(text.AsSpan(verb.End))
                ? SourceAfter(facts, verb.End, 8) ?? UnlistedSpeakerAfter(text, verb)
                : SourceBefore(facts, verb.Index) ?? SpeakerOrCountryBefore(facts, verb) ?? SourceAfter(facts, verb.End, 4);
            if (speaker is not null)
            {
                facts.Speaker = speaker;
                facts.SpeakerStance = _lexicon.Lexicon.AttributionVerbs[verb.Key];
                facts.SpeakerCueEnd = verb.End;
                break;
            }
        }

        if (facts.Speaker is null)
        {
            FindMeasurer(facts);
        }

        foreach (var cue in _lexicon.StanceCues.FindAll(text, facts.Tokens))
        {
            if (Conditional().IsMatch(text.AsSpan(0, cue.Index)))
            {
                continue;
            }

            facts.StanceCue = cue;
            facts.StanceSpeaker = FromFollows().IsMatch(text.AsSpan(cue.End))
                ? SourceAfter(facts, cue.End, 4)
                : SourceBefore(facts, cue.Index) ?? ActorBefore(facts, cue.Index) ?? OpeningActor(facts)
                    ?? UnlistedSpeaker(text, cue, PhraseBefore(text, cue)) ?? SourceAfter(facts, cue.End, 4);
            facts.Denies = _lexicon.Lexicon.StanceCues[cue.Key] == Stance.Denied;
            break;
        }
    }

    // Who gives a figure without a reporting verb: "the USGS put the magnitude at 7.9", "Jordan's observatory put it at
    // 4.5", and in the passive, "now rated magnitude 7.8 by the U.S. Geological Survey".
    private void FindMeasurer(SentenceFacts facts)
    {
        var text = facts.Sentence.Text;
        string? speaker = null;
        var cueEnd = 0;
        if (MeasuredAt().Match(text) is { Success: true } active)
        {
            var verb = new PhraseMatch(active.Index, active.Groups["verb"].Length, active.Groups["verb"].Value);
            speaker = SourceBefore(facts, verb.Index) ?? SpeakerOrCountryBefore(facts, verb);
            cueEnd = verb.End;
        }

        if (speaker is null && MeasuredBy().Match(text) is { Success: true } passive)
        {
            var agentStart = passive.Index + passive.Length;
            speaker = SourceAfter(facts, agentStart, 1) ?? FullName(SpeakerPhrase.After(text, agentStart, endsAtName: true)?.Key);
            cueEnd = passive.Index + passive.Length;
        }

        if (speaker is not null)
        {
            facts.Speaker = speaker;
            facts.SpeakerStance = Stance.Asserted;
            facts.SpeakerCueEnd = cueEnd;
        }
    }

    // Before the verb, the phrase next to it speaks rather than a country a few words earlier ("...1,444 in Syria,
    // officials said"), unless the phrase contains or precedes the country ("Syrian officials", "Syria's president").
    private string? SpeakerOrCountryBefore(SentenceFacts facts, PhraseMatch verb)
    {
        var text = facts.Sentence.Text;
        var phrase = PhraseBefore(text, verb);
        var actor = facts.Actors.LastOrDefault(a => a.End <= verb.Index);
        if (phrase is { } adjacent && actor.Length > 0 && ((adjacent.Index > actor.End && !Possessive(text, actor.End)) || NamesAgency(text, adjacent, actor)))
        {
            return FullName(adjacent.Key);
        }

        return ActorBefore(facts, verb.Index) ?? UnlistedSpeaker(text, verb, phrase);
    }

    // A name that goes on past the country it holds is an agency of its own: "the U.S. Geological Survey", not the US
    // government; "Syrian officials" is the government.
    private static bool NamesAgency(string text, PhraseMatch phrase, PhraseMatch actor)
        => phrase.Index <= actor.Index && actor.End < phrase.End
            && (CapitalizedName().IsMatch(text.AsSpan(actor.End, phrase.End - actor.End)) || AgencyWords().IsMatch(text.AsSpan(actor.End, phrase.End - actor.End)));

    // A speaker the lexicon does not know: the phrase before the verb ("the state civil defense agency said") or, when
    // a quotation ends just before the verb, the one after it ("'...,' said Governor Leite").
    private string? UnlistedSpeaker(string text, PhraseMatch verb, PhraseMatch? before)
        => before is { } phrase ? FullName(phrase.Key)
            : NamesSpeaker(text, verb) && Inverted().IsMatch(text.AsSpan(0, verb.Index)) ? UnlistedSpeakerAfter(text, verb) : null;

    private static PhraseMatch? PhraseBefore(string text, PhraseMatch verb) => NamesSpeaker(text, verb) ? SpeakerPhrase.Before(text, verb.Index) : null;

    // A capitalized verb is part of a name ("the United States"), and a plural that is also a noun ("reports",
    // "claims") names no speaker.
    private static bool NamesSpeaker(string text, PhraseMatch verb) => !char.IsUpper(text[verb.Index]) && !NounLikeVerb().IsMatch(verb.Key);

    private string? UnlistedSpeakerAfter(string text, PhraseMatch verb) => FullName(SpeakerPhrase.After(text, verb.End)?.Key);

    // A surname alone is the person named in full earlier in the article: "Leite told reporters" after "Governor Eduardo Leite said".
    private string? FullName(string? speaker)
    {
        if (speaker is null)
        {
            return null;
        }

        var full = speaker.Contains(' ', StringComparison.Ordinal) ? null : _unlistedSpeakers.FindLast(s => s.EndsWith($" {speaker}", StringComparison.Ordinal));
        if (full is null && !_unlistedSpeakers.Contains(speaker))
        {
            _unlistedSpeakers.Add(speaker);
        }

        return full ?? speaker;
    }

    private static string? SourceBefore(SentenceFacts facts, int index)
        => facts.Sources.LastOrDefault(s => s.End <= index && WordsBetween(facts.Sentence.Text, s.End, index) <= 25).Key;

    // A country named just before the verb speaks for its government: "Russia, however, has denied".
    private string? ActorBefore(SentenceFacts facts, int index)
        => Government(facts.Actors.FirstOrDefault(a => a.End <= index && WordsBetween(facts.Sentence.Text, a.End, index) <= 3
            && !Possessive(facts.Sentence.Text, a.End) && !Modifies(facts.Sentence.Text, a.End)).Key);

    // "North Korean troops": a nationality before a counted noun describes the people, it does not speak.
    private bool Modifies(string text, int end) => UnitAfter(text, end) is not null;

    // The counted thing, if any, right after a word that ends at end ("North Korean| troops").
    private PhraseMatch? UnitAfter(string text, int end) => end < text.Length && text[end] == ' ' ? _lexicon.Units.MatchAt(text, end + 1) : null;

    // The subject of the sentence when it opens with a country: "Moscow has described the allegations as fake news".
    private string? OpeningActor(SentenceFacts facts)
        => Government(facts.Actors.FirstOrDefault(a => WordsBetween(facts.Sentence.Text, 0, a.Index) <= 1 && !Possessive(facts.Sentence.Text, a.End)).Key);

    private string? Government(string? actor)
        => actor is null ? null : _lexicon.Lexicon.Governments.GetValueOrDefault(actor, actor);

    private static bool Possessive(string text, int end) => end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's';

    private static string? SourceAfter(SentenceFacts facts, int index, int maxWords)
        => facts.Sources.FirstOrDefault(s => s.Index >= index && WordsBetween(facts.Sentence.Text, index, s.Index) <= maxWords).Key;

    // What a statement is about: combat or casualties if named after the cue, else the first topic named after the
    // cue (troops are deployed, weapons supplied), else the last one named before it.
    private string? TopicOf(SentenceFacts facts, int cueEnd, List<PhraseMatch> verbs, List<PhraseMatch> nouns)
    {
        string? specific = null, firstAfter = null, lastBefore = null;
        var specificIndex = int.MaxValue;
        var firstAfterIndex = int.MaxValue;
        var lastBeforeIndex = -1;
        foreach (var (index, topic) in Mentions())
        {
            if (index >= cueEnd)
            {
                if (topic is "combat" or "casualties" && index < specificIndex)
                {
                    (specific, specificIndex) = (topic, index);
                }

                if (index < firstAfterIndex)
                {
                    (firstAfter, firstAfterIndex) = (topic, index);
                }
            }
            else if (index > lastBeforeIndex)
            {
                (lastBefore, lastBeforeIndex) = (topic, index);
            }
        }

        return specific ?? firstAfter ?? lastBefore;

        IEnumerable<(int Index, string Topic)> Mentions()
        {
            foreach (var noun in nouns)
            {
                var topic = _lexicon.Lexicon.EventNouns[noun.Key];
                if (topic is "combat" or "casualties")
                {
                    yield return (noun.Index, topic);
                }
            }

            foreach (var verb in verbs)
            {
                var topic = _lexicon.Lexicon.EventVerbs[verb.Key].Event;
                if (topic is "combat" or "casualties")
                {
                    yield return (verb.Index, topic);
                }
            }

            foreach (var noun in _lexicon.TopicNouns.FindAll(facts.Sentence.Text, facts.Tokens))
            {
                yield return (noun.Index, _lexicon.Lexicon.TopicNouns[noun.Key]);
            }
        }
    }

    private void ChooseMainActors(List<SentenceFacts> facts)
    {
        var personnel = new Dictionary<string, int>();
        var all = new Dictionary<string, int>();
        foreach (var sentence in facts)
        {
            foreach (var actor in sentence.Actors)
            {
                all[actor.Key] = all.GetValueOrDefault(actor.Key) + 1;
                if (UnitAfter(sentence.Sentence.Text, actor.End) is { } unit && _lexicon.Lexicon.Units[unit.Key] == "personnel")
                {
                    personnel[actor.Key] = personnel.GetValueOrDefault(actor.Key) + 1;
                }
            }
        }

        _mainActor = all.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault() ?? "";
        _countsPersonnel = personnel.Count > 0;
        _personnelActor = personnel.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault() ?? _mainActor;
    }

    private void ReadClaims(List<SentenceFacts> all, int index, List<Claim> claims)
    {
        var facts = all[index];
        var sentence = facts.Sentence;
        var (attribution, inferred) = AttributionOf(all, index);
        var sentenceSpan = Span(sentence, 0, sentence.Text.Length);
        var dates = _dates.Read(sentence.Text, _reference, _referenceAssumed);
        if (SectionLabel().Match(sentence.Text) is { Success: true } label
            && _lexicon.Lexicon.TallyPhrases.TryGetValue(label.Groups["label"].Value.ToLowerInvariant(), out var labelled))
        {
            // A section that opens with a label ("Magnitude. The USGS went from 7.5 to 7.9") counts what it names.
            var labelEvent = _lexicon.Lexicon.UnitEvents.GetValueOrDefault(labelled) ?? _lexicon.Lexicon.EventNouns.GetValueOrDefault(label.Groups["label"].Value.ToLowerInvariant());
            (_antecedent, _antecedentParagraph) = ((labelled, labelEvent, ""), sentence.Paragraph);
        }

        // A timeline's entries ("Jan. 24 - 34 diagnosed", "Jan. 28 - 50.") go on counting what the entry before counted.
        if (TimelineEntry().IsMatch(sentence.Text))
        {
            if (_entryParagraph == sentence.Paragraph - 1 && _antecedentParagraph == _entryParagraph)
            {
                _antecedentParagraph = sentence.Paragraph;
            }

            _entryParagraph = sentence.Paragraph;
        }

        var antecedent = sentence.Paragraph - _antecedentParagraph is 0 or 1 ? _antecedent : default;
        if (FrameCues.OpeningPlace(sentence.Text, _lexicon.Lexicon.Countries.Contains) is { Length: > 0 } opening)
        {
            _openingPlace = (opening, sentence.Paragraph);
        }

        if (FrameCues.OpensOtherStory(sentence.Text))
        {
            _otherStoryParagraph = sentence.Paragraph;
        }

        // "On Everest, climbers said... At least 17 people were killed on the mountain": the paragraph's place.
        var paragraphPlace = _openingPlace.Paragraph == sentence.Paragraph ? _openingPlace.Place : "";
        var quantities = _quantities.Read(sentence.Text, antecedent.Unit);

        // A day of the month is no count: "since March 10 rescuers have..." counts no rescuers.
        quantities.RemoveAll(q => dates.Any(d => d.Start <= q.Start && q.Start < d.End));
        // A participle between the number and the counted thing names the event: "more than 100 missing people".
        var inner = quantities.Select(q => facts.EventCues.Where(c => c.Index > q.Start && c.End <= q.End && _lexicon.Lexicon.EventVerbs.ContainsKey(c.Key))
            .Select(EventOf).FirstOrDefault()).ToList();
        facts.EventCues.RemoveAll(c => quantities.Any(q => c.Index < q.End && q.Start < c.End));
        var governed = quantities.Select((q, i) =>
        {
            var governing = GoverningEvent(facts, q.Start, q.End, int.MaxValue, preferBefore: false);
            return governing with { Event = inner[i] ?? governing.Event };
        }).ToList();
        for (var q = 0; q < quantities.Count; q++)
        {
            var quantity = quantities[q];
            var unitEvent = _lexicon.Lexicon.UnitEvents.GetValueOrDefault(quantity.Unit);
            var (cueEvent, planned, verbIndex) = governed[q];
            // A breakdown of a figure named before it ("passed 5,000, with 3,381 dead in Turkey") is a part, not a
            // rival count of the same thing, so it is compared with nothing.
            var comparable = !(IsBreakdown(sentence.Text, quantities, governed, q) || FrameCues.IsPart(sentence.Text, quantity.Start, quantity.End)
                || FrameCues.IsIncrement(sentence.Text, quantity.Start, quantity.End) || FrameCues.IsWholeReferredTo(sentence.Text, quantity.Start));
            var @event = !comparable ? null
                : _lexicon.Lexicon.PersonUnits.Contains(quantity.Unit) && cueEvent is "deployment" or "combat" or "explosion" ? null // "895,000 people moved into camps": no troops
                : unitEvent == "casualties" ? unitEvent // "no casualties", "12 bodies": the dead, whatever verb is near
                : _lexicon.Lexicon.PersonUnits.Contains(quantity.Unit) ? cueEvent ?? unitEvent // "arrested 37 protesters": an arrest
                : cueEvent == "strike" ? cueEvent // "fired 16 missiles": an attack, not a delivery
                : unitEvent ?? cueEvent;

            if (quantity.Unit == "dwellings" && !FrameCues.IsBuildingSize(sentence.Text, quantity.Start))
            {
                @event = null;
            }

            // A figure whose sentence names no place is where its paragraph is: the place the paragraph opens with, or
            // of the figure before it ("At least 22 climbers died near Everest... More than 60 were injured").
            var place = FrameCues.Place(sentence.Text, quantity.Start, quantity.End, _lexicon.Lexicon.Countries.Contains)
                ?? (_lastPlace.Paragraph == sentence.Paragraph && _lastPlace.Place.Length > 0 ? _lastPlace.Place : paragraphPlace);

            // Only a named place goes on: "the mortuary" the bodies were taken to is no place of the next figure.
            _lastPlace = (place.Length > 0 && sentence.Text.Contains(place, StringComparison.Ordinal) ? "" : place, sentence.Paragraph);
            if (quantity.Elided && comparable)
            {
                // "The prefecture counted 40,000 marchers in the city. The CGT claimed 205,000": the same crowd.
                @event ??= antecedent.Event;
                place = place.Length == 0 ? antecedent.Place : place;
            }

            // Only what the story counts is picked up by a later bare number: "80 km (50 miles)" counts nothing, so
            // "measured it at 7.6" after it still measures the quake.
            if (quantity.Unit != "USD" && @event is not null)
            {
                antecedent = (quantity.Unit, @event, place);
                (_antecedent, _antecedentParagraph) = (antecedent, sentence.Paragraph);
            }

            // A forecast of a toll ("could reach 10,000") counts no one; a planned deployment is compared as a plan.
            planned |= FrameCues.IsForecast(sentence.Text, quantity.Start);
            if (planned && @event is not null && VictimEvents.Contains(@event))
            {
                @event = null;
            }

            planned &= @event is null || !EstimatedEvents.Contains(@event);

            var stance = planned ? Stance.Planned
                : facts.Denies || FrameCues.IsNegated(sentence.Text, quantity.End) ? Stance.Denied
                : facts.SpeakerStance == Stance.Reported ? Stance.Reported : Stance.Asserted;
            var anchor = FrameCues.Anchor(sentence.Text, quantity.Start, quantity.End, _eventYear);
            anchor = anchor.Length == 0 && _otherStoryParagraph == sentence.Paragraph ? QuantityClaim.OtherEventAnchor : anchor;
            var claim = new QuantityClaim
            {
                Value = quantity.Value,
                Low = quantity.Low,
                High = quantity.High,
                Precision = quantity.Precision,
                // The dead and the hurt are people whoever they were: "11 troops were hurt" and "no Americans were harmed".
                Unit = _lexicon.Lexicon.PersonUnits.Contains(quantity.Unit) || (quantity.Unit == "personnel" && @event is not null && VictimEvents.Contains(@event))
                    ? "people" : quantity.Unit,
                IsTotal = quantity.IsTotal,
                IsCount = _lexicon.Lexicon.CountUnits.Contains(quantity.Unit),
                Place = place,
                Anchor = anchor,
                TimeOfDay = FrameCues.TimeOfDay(sentence.Text),
                Stance = stance,
                Subject = SubjectOf(@event, facts, quantity.Start, quantity.End, verbIndex),
                Attribution = attribution,
                AttributionInferred = inferred,
                DocumentId = _document.Id,
                Outlet = _document.Outlet,
                Published = _document.Published,
                Sentence = sentence.Text,
                SentenceSpan = sentenceSpan,
                Span = Span(sentence, quantity.Start, quantity.End),
                Text = Text(sentence, quantity.Start, quantity.End),
            };
            claims.Add(claim);
            if (quantity.Value == 0 && @event == "casualties" && quantity.Unit == "casualties")
            {
                // "No casualties": no one killed and no one wounded.
                claims.Add(claim with { Subject = SubjectOf("injuries", facts, quantity.Start, quantity.End, verbIndex) });
            }
        }

        // A wire dateline ("NAIROBI, June 2 -") dates the report, and a date right after the attribution verb ("said on
        // Tuesday") the statement: neither is the date of the event the sentence describes.
        var dateline = Dateline().Match(sentence.Text);
        foreach (var date in dates)
        {
            if ((dateline.Success && date.Start < dateline.Index + dateline.Length)
                || (facts.SpeakerCueEnd > 0 && date.Start >= facts.SpeakerCueEnd && WordsBetween(sentence.Text, facts.SpeakerCueEnd, date.Start) <= 1))
            {
                claims.Add(DateClaimOf(date, subject: "", Stance.Asserted, facts, sentenceSpan, attribution, inferred));
                continue;
            }

            var (@event, planned, verbIndex) = GoverningEvent(facts, date.Start, date.End, MaxWordsToDateVerb, preferBefore: true);
            // Without a verb near it, a date belongs to the sentence's event only when a counted thing names it
            // ("13,000 containers ... since August"); a date near a reporting verb ("alleged on Friday") has none.
            @event ??= quantities.Select(q => _lexicon.Lexicon.UnitEvents.GetValueOrDefault(q.Unit)).FirstOrDefault(e => e is not null);
            var subject = SubjectOf(@event, facts, date.Start, date.End, verbIndex);
            var stance = planned ? Stance.Planned : facts.Denies ? Stance.Denied : Stance.Asserted;
            claims.Add(DateClaimOf(date, subject, stance, facts, sentenceSpan, attribution, inferred));
        }

        ReadStatement(facts, sentenceSpan, claims);
    }

    // A cue capitalized inside a sentence is a name, not a modal: "since May", "Will Smith".
    private static List<PhraseMatch> Modals(List<PhraseMatch> cues, string text)
    {
        // "May 5 - 26 diagnosed": a month before a day is no modal either.
        cues.RemoveAll(c => (c.Index > 0 && char.IsUpper(text[c.Index]) && !SentenceOpening().IsMatch(text.AsSpan(0, c.Index)))
            || (char.IsUpper(text[c.Index]) && DayFollows().IsMatch(text.AsSpan(c.End))));
        return cues;
    }

    // "with about 5,000 injured" after a death toll is another count, not a part of it: a part counts the same event.
    private static bool IsBreakdown(string text, List<QuantityMatch> quantities, List<(string? Event, bool Planned, int VerbIndex)> events, int part)
        => Enumerable.Range(0, part).Any(whole => quantities[whole].End <= quantities[part].Start && quantities[whole].Unit == quantities[part].Unit
            && (events[whole].Event is null || events[part].Event is null || events[whole].Event == events[part].Event)
            && Breakdown().IsMatch(text.AsSpan(quantities[whole].End, quantities[part].Start - quantities[whole].End)));

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

    private void ReadStatement(SentenceFacts facts, TextSpan sentenceSpan, List<Claim> claims)
    {
        var sentence = facts.Sentence;
        Stance stance;
        string speaker;
        string cue;
        if (facts.StanceCue is { } stanceCue && (facts.StanceSpeaker ?? facts.Speaker) is { } stanceSpeaker)
        {
            stance = _lexicon.Lexicon.StanceCues[stanceCue.Key];
            if (stance == Stance.Confirmed && Hedge().IsMatch(sentence.Text.AsSpan(0, stanceCue.Index)))
            {
                stance = Stance.Reported;
            }

            speaker = stanceSpeaker;
            cue = sentence.Text.Substring(stanceCue.Index, stanceCue.Length);
        }
        else if (facts.Speaker is not null && facts.SpeakerStance is { } speakerStance)
        {
            stance = Modals(_lexicon.ForwardLookingCues.FindAll(sentence.Text, facts.Tokens), sentence.Text).Count > 0 ? Stance.Planned : speakerStance;
            speaker = facts.Speaker;
            cue = speakerStance.ToString().ToLowerInvariant();
        }
        else
        {
            return;
        }

        var subject = facts.Topic is null ? "" : $"{facts.Topic}:{AgentOf(facts.Topic, facts, 0, sentence.Text.Length, -1)}";
        claims.Add(new StatementClaim
        {
            Cue = cue,
            Stance = stance,
            Subject = subject,
            Attribution = speaker,
            DocumentId = _document.Id,
            Outlet = _document.Outlet,
            Published = _document.Published,
            Sentence = sentence.Text,
            SentenceSpan = sentenceSpan,
            Span = sentenceSpan,
            Text = sentenceSpan.Of(_document.Text),
        });
    }

    // The speaker of the sentence, else of its neighbour in the same paragraph (the sentence before, then after), else the outlet.
    private (string Attribution, bool Inferred) AttributionOf(List<SentenceFacts> all, int index)
    {
        var own = all[index].Speaker ?? all[index].StanceSpeaker;
        if (own is not null)
        {
            return (own, false);
        }

        var paragraph = all[index].Sentence.Paragraph;
        foreach (var neighbour in new[] { index - 1, index + 1 })
        {
            if (neighbour >= 0 && neighbour < all.Count && all[neighbour].Sentence.Paragraph == paragraph
                && (all[neighbour].Speaker ?? all[neighbour].StanceSpeaker) is { } inherited)
            {
                return (inherited, true);
            }
        }

        return (_document.Publisher, false);
    }

    // The event cue nearest to [start, end) outside it, and whether its verb is framed as a plan.
    private (string? Event, bool Planned, int VerbIndex) GoverningEvent(SentenceFacts facts, int start, int end, int maxWords, bool preferBefore)
    {
        var text = facts.Sentence.Text;
        PhraseMatch? best = null;
        var bestDistance = int.MaxValue;
        foreach (var cue in facts.EventCues)
        {
            if (cue.Index < end && start < cue.End)
            {
                continue;
            }

            var before = cue.End <= start;
            var distance = before ? WordsBetween(text, cue.End, start) : WordsBetween(text, end, cue.Index);

            // "5,000 injured and some 80 people still missing": a cue before "and" belongs to the conjunct before it.
            distance += before && Conjunction().IsMatch(text.AsSpan(cue.End, start - cue.End)) ? 2 : 0;
            if (preferBefore && !before && distance <= maxWords && best is { } chosen && chosen.End <= start && bestDistance <= maxWords)
            {
                continue;
            }

            if (distance < bestDistance || (distance == bestDistance && before) || (preferBefore && before && distance <= maxWords && (best is null || best.Value.End > start)))
            {
                best = cue;
                bestDistance = distance;
            }
        }

        var planningCues = facts.PlanningCues ??= Modals(_lexicon.PlanningCues.FindAll(text, facts.Tokens), text);
        var planningNearQuantity = planningCues.Any(p => p.End <= start && WordsBetween(text, p.End, start) <= 1 && !Qualifier(text, p));
        if (best is not { } governing || bestDistance > maxWords)
        {
            return (null, planningNearQuantity, -1);
        }

        var @event = EventOf(governing);
        var planned = planningNearQuantity;
        if (_lexicon.Lexicon.EventVerbs.TryGetValue(governing.Key, out var verb))
        {
            planned |= verb.Planned || planningCues.Any(p => p.End <= governing.Index && WordsBetween(text, p.End, governing.Index) <= WordsToPlanningCue && !Qualifier(text, p));
            if (@event == "deployment" && SuppliesFollow(text, governing.End))
            {
                @event = "supply";
            }
        }

        return (@event, planned, governing.Index);
    }

    private string EventOf(PhraseMatch cue)
        => _lexicon.Lexicon.EventVerbs.TryGetValue(cue.Key, out var verb) ? verb.Event : _lexicon.Lexicon.EventNouns[cue.Key];

    private bool Qualifier(string text, PhraseMatch cue) => _lexicon.Qualifiers.MatchAt(text, cue.Index) is not null;

    private bool SuppliesFollow(string text, int index)
    {
        var window = text[index..Math.Min(text.Length, index + 60)];
        return _lexicon.TopicNouns.FindAll(window).Any(t => _lexicon.Lexicon.TopicNouns[t.Key] == "supply" && WordsBetween(window, 0, t.Index) <= 4);
    }

    private string SubjectOf(string? @event, SentenceFacts facts, int start, int end, int verbIndex)
        => @event is null ? "" : $"{@event}:{AgentOf(@event, facts, start, end, verbIndex)}";

    private string AgentOf(string @event, SentenceFacts facts, int start, int end, int verbIndex)
    {
        var text = facts.Sentence.Text;
        if (_lexicon.Lexicon.EventsWithoutActor.Contains(@event))
        {
            return "";
        }

        if (PersonnelEvents.Contains(@event))
        {
            // The nationality of the people counted or spoken of: "North Korean soldiers".
            var demonyms = facts.Demonyms ??= [.. facts.Actors.Where(a => a.End < text.Length && text[a.End] == ' ' && IsPersonnelAt(text, a.End + 1))];
            var inside = demonyms.FirstOrDefault(a => a.Index >= start && a.End <= end);
            if (inside.Length > 0)
            {
                return inside.Key;
            }

            // Deaths and injuries in a story that counts no soldiers (a flood, an earthquake) belong to no one country,
            // so one toll compares across articles that name the countries in different proportions.
            return demonyms.OrderBy(a => Math.Abs(a.Index - start)).Select(a => a.Key).FirstOrDefault()
                ?? (!_countsPersonnel && VictimEvents.Contains(@event) ? "" : _personnelActor);
        }

        // Whoever acts: the first actor before the verb, else one inside the claim, else the document's main actor.
        var limit = verbIndex >= 0 ? verbIndex : start;
        var subject = facts.Actors.FirstOrDefault(a => a.End <= limit);
        if (subject.Length > 0)
        {
            return subject.Key;
        }

        var within = facts.Actors.FirstOrDefault(a => a.Index >= start && a.End <= end);
        return within.Length > 0 ? within.Key : _mainActor;
    }

    private bool IsPersonnelAt(string text, int index)
    {
        for (var words = 0; words < 3 && index < text.Length; words++)
        {
            if (_lexicon.Units.MatchAt(text, index) is { } unit)
            {
                return _lexicon.Lexicon.Units[unit.Key] == "personnel";
            }

            var next = text.IndexOf(' ', index);
            if (next < 0 || _lexicon.Modifiers.MatchAt(text, index) is null)
            {
                return false;
            }

            index = next + 1;
        }

        return false;
    }

    private TextSpan Span(Sentence sentence, int start, int end)
    {
        var (originalStart, originalEnd) = _document.ToOriginal(sentence.Start + start, sentence.Start + end);
        return new TextSpan(originalStart, Math.Max(originalStart, originalEnd));
    }

    private string Text(Sentence sentence, int start, int end) => Span(sentence, start, end).Of(_document.Text);

    private static int WordsBetween(string text, int from, int to)
    {
        if (to <= from)
        {
            return 0;
        }

        var words = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var letter = !char.IsWhiteSpace(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he)\b(?=\s+(?:\w+\s+){0,2}(?:said|says|stated|warned|noted|added|told|stressed|predicted|reported|claimed|confirmed|denied|maintains|insisted))", RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"(?:^|[,;:]\s*)(?:[Ii]f|[Uu]nless|[Ww]hether)\b[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"\b(?:supposedly|allegedly|reportedly|appears? to|appearing to|seems? to|seeming to)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"^\s+(?:from|by|within)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromFollows();

    [GeneratedRegex(@"\b(?:there (?:are|were|have been) (?:also )?reports|it(?:'s|’s| is| was| has been) reported|reports say|according to reports)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnnamedReports();

    // What may come before a sentence's first word: quotes, brackets, dashes, spaces.
    [GeneratedRegex(@"^[\s""“‘'(\[—–-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceOpening();

    // "put the magnitude at 7.9", "measured Saturday's main quake at 8.1", "put it at about 4.5".
    [GeneratedRegex(@"\b(?<verb>put|puts|putting|measured|measures|rated|rates|pegged|pegs|placed|places|estimated|estimates)(?:\s+[\w'’-]+){1,7}?\s+at\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|up\s+to)\s+)?\d", RegexOptions.CultureInvariant)]
    private static partial Regex MeasuredAt();

    // "rated magnitude 7.8 by the U.S. Geological Survey", "put at 40,000 by police": the agent is the speaker.
    [GeneratedRegex(@"\b(?:rated|put|measured|estimated|given|counted|recorded|reported|produced|compiled)\s+(?:[\w.,'’-]+\s+){0,7}?by\s+", RegexOptions.CultureInvariant)]
    private static partial Regex MeasuredBy();

    [GeneratedRegex(@"^\s+\d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayFollows();

    [GeneratedRegex(@"^\W*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*[-–—:]\s", RegexOptions.CultureInvariant)]
    private static partial Regex TimelineEntry();

    [GeneratedRegex(@"^\W*(?:The\s+)?(?<label>\p{L}+(?:\s+\p{L}+)?)\.\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionLabel();

    [GeneratedRegex(@"^\.?\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalizedName();

    // Two words or more after the country that are not a possessive: "the Paris police prefecture", "the Beirut port
    // authority"; "Syrian officials" and "Syria's president" speak for the government.
    [GeneratedRegex(@"^\s+\p{L}+(?:\s+\p{L}+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyWords();

    [GeneratedRegex(@"\b(?:and|or)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"\b(?:with|including|among them|of whom|of which|of those|among)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Breakdown();

    // "NAIROBI, June 2 -", "PORTO ALEGRE, March 14 (Wire) -", "KYIV, Ukraine, Oct. 19 (AP) —".
    [GeneratedRegex(@"^\s*\p{Lu}{2}[\p{Lu}\s.'’-]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?,\s*[^-–—,]{3,40}?(?:\s*\([^)]{1,40}\))?\s*[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?:reports|claims|estimates|fears|states|according to)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounLikeVerb();

    // A closing quote just before the verb: "'We have lost everything,' said Governor Leite".
    [GeneratedRegex(@"[""”’']\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Inverted();

    [GeneratedRegex(@"^\s+(?:\w+\s+)?that\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThatFollows();

    // "The CGT claimed 205,000": a figure is the claim.
    [GeneratedRegex(@"^\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|up\s+to)\s+)?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FigureFollows();

    // Verbs that attribute only with a clause after them: "maintains that", not "maintains a large army".
    [GeneratedRegex(@"^(?:maintains|maintained|claims|claimed|believes|believed|estimated|estimates|suggested|suggesting|revealed|noted|added|insisted|stressed|predicted)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeedsComplement();

    [GeneratedRegex(@"\b(?:such|these|those|the|this)\s+(?:reports?|claims?|allegations?|accusations?|figures?|assertions?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anaphora();
}
