using System.Text.RegularExpressions;
using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Framing;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Parsing;

/// <summary>
/// Finds who speaks in a sentence: a listed source, a country speaking for its government, or a phrase the lexicon
/// does not list ("the state civil defense agency said", "said Governor Leite", "put the magnitude at 6.4", "rated
/// 6.2 by the U.S. Geological Survey"), with the stance of the verb and of any denial or doubt. Remembers the
/// unlisted speakers of one document, so that a surname alone is the person named in full before.
/// </summary>
internal sealed partial class SpeakerFinder
{
    private const int OwnerWindow = 100;

    private readonly CompiledLexicon _lexicon;
    private readonly string _publisher;
    // The speakers the lexicon does not know, met so far, and the latest full name that ends in each surname.
    private readonly HashSet<string> _unlistedSpeakers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _fullNamesBySurname = new(StringComparer.Ordinal);
    // The latest unlisted speaker named by one capitalized word that is no one's surname: a company ("Kaseya said").
    private string? _lastNamedBody;

    public SpeakerFinder(CompiledLexicon lexicon, string publisher)
    {
        _lexicon = lexicon;
        _publisher = publisher;
    }

    /// <summary>Finds who speaks in a sentence and with what stance, and stores it in its facts.</summary>
    public void Find(SentenceFacts facts)
    {
        var text = facts.Sentence.Text;
        // Every wording of an unnamed report has "report" in it: most sentences need not run the expression.
        if (text.Contains("report", StringComparison.OrdinalIgnoreCase) && UnnamedReports().Match(text) is { Success: true } unnamed)
        {
            // "There are reports that...", "it's reported that...": the outlet passes it on without naming anyone.
            facts.Speaker = _publisher;
            facts.SpeakerStance = Stance.Reported;
            facts.SpeakerCueEnd = unnamed.Index + unnamed.Length;
        }

        if (facts.Speaker is null && text.Contains("our ", StringComparison.OrdinalIgnoreCase) && OwnWork().Match(text) is { Success: true } own)
        {
            // "Our analysis suggests...", "By our count...": the outlet's own finding, whoever else the sentence names.
            facts.Speaker = _publisher;
            facts.SpeakerStance = Stance.Asserted;
            facts.SpeakerCueEnd = own.Index + own.Length;
        }

        foreach (var verb in facts.Speaker is null ? _lexicon.AttributionVerbs.FindAll(facts.Tokens) : [])
        {
            if ((NeedsComplement().IsMatch(verb.Key) && !ThatFollows().IsMatch(text.AsSpan(verb.End)) && (IsFinding(verb.Key) || !FigureFollows().IsMatch(text.AsSpan(verb.End)))
                    && !(IsFinding(verb.Key) && NothingFound().IsMatch(text.AsSpan(verb.End)))
                    && !IsParenthetical(text, verb))
                || ReportedState().IsMatch(text.AsSpan(verb.End)) || LivesClaimed().IsMatch(text.AsSpan(verb.End))
                || IsSaidInFreeRelative(text, verb.Index) || IsNoun(text, verb) || (verb.Key == "to blame" && PurposeBefore().IsMatch(text.AsSpan(0, verb.Index)))
                || Unsaid().IsMatch(text.AsSpan(0, verb.Index))
                || (verb.Key == "raised" && RaisedOtherThanFigure().IsMatch(text.AsSpan(verb.End)))
                || (verb.Key == "accused" && AccusedOf().IsMatch(text.AsSpan(verb.End)))
                || (verb.Key == "blamed" && BlamedOnCause().IsMatch(text.AsSpan(verb.End)))
                || (verb.Key.EndsWith("responsibility", StringComparison.Ordinal) && CountIn().IsMatch(text))
                || (verb.Key.EndsWith("ed", StringComparison.Ordinal) && (CountedNounBefore().IsMatch(text.AsSpan(0, verb.Index)) || EverBefore().IsMatch(text.AsSpan(0, verb.Index))
                    || TallyNounBefore().IsMatch(text.AsSpan(0, verb.Index)))))
            {
                // "with 91,000 cases recorded since October", "five times the number first reported": a participle
                // after what it counts, said by no one; so is "one of the strongest earthquakes ever recorded".
                // "25,000 people marched in Bucharest to blame corruption": what they went there for, not a place
                // that speaks; "The psychiatrist accused of killing 13 people" is the one accused, who accuses no
                // one, as "the number of deaths blamed on Hurricane Ian" are what is blamed; nor does "the two who
                // had been outside when the avalanche struck raised the alarm" give a figure. "Beijing did not say
                // whether any of its soldiers had died", "declined to say how many": a speaker who keeps silent takes
                // no stance on what the sentence goes on to name. A group that claims an attack gives none of the
                // figures that describe it ("claimed responsibility for the stabbing, in which three people were
                // killed").
                continue;
            }

            var speaker = verb.Key.Equals("according to", StringComparison.OrdinalIgnoreCase) || FromFollows().IsMatch(text.AsSpan(verb.End))
                ? TallyKeeper(facts, verb.End, text.Length) ?? SourceAfter(facts, verb.End, 8) ?? UnlistedSpeakerAfter(text, verb)
                : IsFinding(verb.Key) ? SourceBefore(facts, verb.Index) ?? UnlistedSpeaker(text, verb, PhraseBefore(text, verb))
                : verb.Key == "saying" ? (WithSayer().IsMatch(text.AsSpan(0, verb.Index)) ? SpeakerBefore(facts, verb) : MainClauseSpeaker(facts, verb.Index))
                // "The ministry demanded his release and said the accusation was absurd": the subject of the verb before.
                : JoinedToSaying().IsMatch(text.AsSpan(0, verb.Index)) && MainClauseSpeaker(facts, verb.Index) is { } subject ? subject
                : SpeakerBefore(facts, verb) ?? SourceAfter(facts, verb.End, 4);
            if (speaker is not null)
            {
                facts.Speaker = speaker;
                facts.SpeakerStance = _lexicon.Lexicon.AttributionVerbs[verb.Key];
                facts.SpeakerCueEnd = verb.End;
                break;
            }
        }

        // Only a sentence with a figure has someone who puts it at a value.
        if (facts.Speaker is null && (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || WrittenMagnitude().IsMatch(text)))
        {
            FindMeasurer(facts);
            if (facts.Speaker is null && OfficialFigure().Match(text) is { Success: true } official)
            {
                // "The official toll of the freeze is 151": the authorities' figure, though no one is named.
                facts.Speaker = "officials";
                facts.SpeakerStance = Stance.Asserted;
                facts.SpeakerCueEnd = official.Index + official.Length;
            }
        }

        var cues = _lexicon.StanceCues.FindAll(facts.Tokens);
        var rebuttal = cues.Length > 0 ? RebuttalClause().Match(text) : Match.Empty;
        foreach (var cue in cues)
        {
            if (Conditional().IsMatch(text.AsSpan(0, cue.Index)) || ReportedState().IsMatch(text.AsSpan(cue.End)) || CountedBefore().IsMatch(text.AsSpan(0, cue.Index))
                || IsSaidInFreeRelative(text, cue.Index) || ComparedWith().IsMatch(text.AsSpan(0, cue.Index))
                || (cue.Key.StartsWith("reject", StringComparison.Ordinal) && (ProposalAfter().IsMatch(text.AsSpan(cue.End)) || ProposalBefore().IsMatch(text.AsSpan(0, cue.Index)) || VotersBefore().IsMatch(text.AsSpan(0, cue.Index))))
                || (cue.Key.StartsWith("dismiss", StringComparison.Ordinal) && HolderOfPostAfter().IsMatch(text.AsSpan(cue.End)))
                || (cue.Key.EndsWith("accept", StringComparison.Ordinal) && !AccountAfter().IsMatch(text.AsSpan(cue.End)) && !(rebuttal.Success && rebuttal.Groups["cue"].Index == cue.Index))
                || (cue.Key is "dismissed" or "rejected" or "disputed" or "contested" && PassiveBefore().IsMatch(text.AsSpan(0, cue.Index)) && !AgentAfter().IsMatch(text.AsSpan(cue.End)))
                || (cue.Key.EndsWith("ed", StringComparison.Ordinal) && AttributiveBefore().IsMatch(text.AsSpan(0, cue.Index)) && NounAfter().IsMatch(text.AsSpan(cue.End))))
            {
                // "far more than either side has acknowledged": what another acknowledged is only compared with;
                // "members rejected a contract offer" turned an offer down, and "voters rejected independence" voted it
                // down, which deny no one's account; "dismissed his entire government" removed people from office; "the
                // toll remains disputed" tells of a dispute without taking a side; "the disputed region", "its last
                // confirmed location" describe a noun; "he was dismissed a week later" lost his post, and "his appeal
                // was rejected" was turned down, while "was dismissed by Moscow as" still denies.
                continue;
            }

            if (rebuttal.Success && rebuttal.Groups["cue"].Index >= cue.Index && cues.FirstOrDefault(c => c.Index == rebuttal.Groups["cue"].Index) is { Key: not null } rejecting)
            {
                // "..., an accusation the kingdom rejects", "a claim the prime minister said was not credible": the claim
                // before it keeps its speaker, and its stance when a cue of its own comes first ("accused the owners of
                // covering up the toll, an accusation they reject").
                var denier = rebuttal.Groups["denier"];
                if ((!denier.Success || Collective().IsMatch(denier.Value)) && Antecedent().Match(text, 0, rebuttal.Index) is { Success: true } antecedent)
                {
                    // "blamed Ukraine and the West, which both denied any role", "organised by the World Uighur Congress,
                    // which denied any role": those named before deny it.
                    denier = antecedent.Groups["names"];
                }

                if (denier.Success)
                {
                    facts.Rebuttal = (NamedIn(facts, denier) ?? denier.Value, rejecting.Key, rebuttal.Index);
                    if (rejecting.Index == cue.Index || _lexicon.Lexicon.StanceCues[cue.Key] == Stance.Denied)
                    {
                        break;
                    }
                }
            }

            facts.StanceCue = cue;
            // "Podolyak said the blast was the result of a conflict between Russian security services and denied ...":
            // a cue joined to the sentence's verb of saying has its speaker, not the last name before it.
            facts.StanceSpeaker = FromFollows().IsMatch(text.AsSpan(cue.End))
                ? SourceAfter(facts, cue.End, 4)
                : facts.Speaker is { } sayer && facts.SpeakerCueEnd > 0 && facts.SpeakerCueEnd <= cue.Index && JoinedToSaying().IsMatch(text.AsSpan(0, cue.Index)) ? sayer
                // "Syria's government condemned the killing and denied any involvement in it": the subject of the verb the cue
                // is joined to.
                : facts.Speaker is null && JoinedToSaying().IsMatch(text.AsSpan(0, cue.Index)) && MainClauseSpeaker(facts, cue.Index) is { } subject ? subject
                : EnvoySender(facts, PhraseBefore(text, cue)) ?? SourceBefore(facts, cue.Index) ?? ActorBefore(facts, cue.Index) ?? OpeningActor(facts)
                    ?? (OutletOpens().IsMatch(text) || OwnVoice().IsMatch(text.AsSpan(0, cue.Index)) ? _publisher : null)
                    // "The 250,000 figure reported by a television network was a lie": who gave what is called false
                    // does not call it so; where no one else is named, the outlet does.
                    ?? (CopulaLength(cue.Key) > 0 && GivenByBefore().Match(text, 0, cue.Index) is { Success: true } given && facts.Speaker is { } giver
                        && text.IndexOf(giver, given.Index, cue.Index - given.Index, StringComparison.Ordinal) >= 0 ? _publisher : null)
                    // "said the Russian figures ... appeared exaggerated": a cue after a linking verb describes what the
                    // sentence's speaker speaks of; no one before it is its subject.
                    ?? (facts.Speaker is not null && (LinkingVerbBefore().IsMatch(text.AsSpan(0, cue.Index)) || CopulaLength(cue.Key) > 0) ? facts.Speaker : null)
                    ?? UnlistedSpeaker(text, cue, SubjectOfNaming(text, cue) ?? PhraseBefore(text, cue)) ?? SourceAfter(facts, cue.End, 4);
            facts.Denies = _lexicon.Lexicon.StanceCues[cue.Key] == Stance.Denied;
            break;
        }

        if (facts.Rebuttal is null && facts.StanceCue is null && facts.Speaker is { } finder && facts.SpeakerCueEnd > 0
            && RejectingClaim().Match(text, facts.SpeakerCueEnd) is { Success: true } rejected)
        {
            // "The commission found that the police had fired deliberately, rejecting the claim that officers had acted
            // in self-defence": what the speaker finds, and the account it rejects in the same breath.
            facts.Rebuttal = (finder, rejected.Groups["cue"].Value, rejected.Index);
        }
    }

    // "the email records of 109 million customers", "reports of looting", "its own records showed": a plural noun, not a
    // verb with its speaker ("warns of" stays a verb).
    private static bool IsNoun(string text, PhraseMatch verb)
        => PluralNoun().IsMatch(verb.Key) && NounFollows().IsMatch(text.AsSpan(verb.End));

    // "..., the commission found, which the company disputed", "..., the report noted.": its clause comes before it.
    private static bool IsParenthetical(string text, PhraseMatch verb)
        => ClauseEndsAfter().IsMatch(text.AsSpan(verb.End)) && SpeakerAfterComma().IsMatch(text.AsSpan(0, verb.Index));

    // Most sentences have no "what": the expression, anchored at the verb, runs only where one is.
    private static bool IsSaidInFreeRelative(string text, int verbIndex)
        => text.AsSpan(0, verbIndex).Contains("what ", StringComparison.OrdinalIgnoreCase) && WhatSomeoneSaid().IsMatch(text.AsSpan(0, verbIndex));

    /// <summary>
    /// Who a figure is named as belonging to, when its sentence gives it as someone else's: "three times the official
    /// Saudi toll of 769", "the government's figure of 64", "the 769 dead that Saudi Arabia still cites". Null when
    /// the figure is the sentence's speaker's.
    /// </summary>
    public string? OwnerOf(SentenceFacts facts, int start, int end)
    {
        var text = facts.Sentence.Text;
        // The phrase ends in "toll of", "figure of" and the like, never more than a few words back.
        var from = Math.Max(0, start - OwnerWindow);
        var owner = text.AsSpan(from, start - from).Contains(" of ", StringComparison.Ordinal) ? OwnedBefore().Match(text, from, start - from) : Match.Empty;
        if (!owner.Success && text.AsSpan(from, start - from).IndexOfAny('\'', '’') >= 0)
        {
            // "although the government's official count was 191,951": the government's figure, whoever speaks. ("Tonga's
            // death toll stood at three" places the toll; it names no one who counted it.)
            // "The government's official toll stood at 191,951" is the government's as well.
            owner = OwnCountWas().Match(text, from, start - from) is { Success: true } count ? count : AgencyTollWas().Match(text, from, start - from);
        }

        if (!owner.Success)
        {
            owner = CitedAfter().Match(text, end, text.Length - end);
        }

        if (!owner.Success)
        {
            // "far fewer than the 471 deaths reported by Gaza's health ministry": the ministry's figure (and "the 400
            // reported by some witnesses" the witnesses'); so is "Residents said ... the quake, which killed 432
            // people, according to Iran's crisis management body", and "an earlier figure of 27 given by a UN
            // peacekeeping official".
            owner = ReportedBy().Match(text, end, text.Length - end);
        }

        if (!owner.Success && text.AsSpan(0, start).Contains(", which ", StringComparison.Ordinal))
        {
            // "far below an analysis by BuzzFeed News, which estimated that as many as 702 people had died": the figure
            // of whoever made the study the relative clause's verb is said of.
            owner = StudyByWhich().Match(text, 0, start);
        }

        if (!owner.Success && text.AsSpan(from, start - from).Contains(" that ", StringComparison.Ordinal))
        {
            // "found no evidence to support Russian claims that 2,000 civilians died": the claimant's figure.
            owner = ClaimedThat().Match(text, from, start - from);
        }

        if (!owner.Success && (text.AsSpan(from, start - from).Contains("what ", StringComparison.OrdinalIgnoreCase) || text.AsSpan(from, start - from).Contains(", which ", StringComparison.Ordinal)))
        {
            // "drew what organisers said was nearly two million people", "the march, which the governor put at 1.2
            // million people": the organisers' or the governor's figure, whoever speaks.
            owner = RelativeGiver().Match(text, from, start - from);
        }

        if (!owner.Success && ContrastedLater(text, end))
        {
            // "Police put the figure for Paris at 65,000, while the union counted 250,000", "The government put the
            // toll at 150,000, and relief officials said it could reach 300,000": the first clause has a measurer of
            // its own, whom the sentence's speaker does not replace. "The eventual toll remains disputed: the Forum put
            // it at 4,000, while ...": the clause opens past a colon.
            var colon = text.LastIndexOf(": ", start, StringComparison.Ordinal);
            var opening = colon < 0 ? 0 : colon + 2;
            // "On Saturday, police estimated ...", "At its peak police estimated ...": the measurer follows what dates
            // it.
            opening += OpeningAdverbial().Match(text, opening, end - opening).Length;
            owner = ClauseMeasurer().Match(text, opening, end - opening);
            if (!owner.Success && OfficialFigureBefore().IsMatch(text.AsSpan(0, start)))
            {
                // "the official death toll stands at 3,787, though campaigners say ...": the authorities' figure.
                return "officials";
            }
        }

        if (!owner.Success && ComparedWithOfficial().IsMatch(text.AsSpan(from, start - from)))
        {
            // "as many as 800 had been killed, far more than the official toll of 197": the figure set against the
            // speaker's own is the authorities', not the speaker's.
            return "officials";
        }

        if (!owner.Success && text.AsSpan(from, start - from).IndexOf(" said ", StringComparison.Ordinal) >= 0)
        {
            // "the air force chief said ..., after a senior politician of the ruling party said more than 250 militants had
            // been killed": the figure is what the one named in the clause of time said; so in a clause of place ("struck
            // an area where residents said more than 200 civilians had been killed").
            owner = SaidInClauseOfTime().Match(text, from, start - from);
        }

        if (!owner.Success && ContrastBefore().Match(text, 0, start) is { Success: true } contrast)
        {
            // "..., while police put that crowd at 240,000": so has the second; so has one whose verb the first clause
            // gives: "Iran Human Rights put the number killed at 448, and the news agency HRANA at 469".
            var clauseStart = contrast.Index + contrast.Length;
            owner = ClauseMeasurer().Match(text, clauseStart, end - clauseStart) is { Success: true } measurer ? measurer
                : MeasuredAtBefore().IsMatch(text.AsSpan(0, contrast.Index)) ? ElidedMeasurer().Match(text, clauseStart, start - clauseStart) : Match.Empty;
        }

        if (!owner.Success && FigureRestated().Match(text, 0, start) is { Success: true } restated)
        {
            // "the storm had caused about $7 billion in damage, a figure the development bank later put at $3.4
            // billion": the figure a clause about the one before gives is its measurer's.
            var clauseStart = restated.Index + restated.Length;
            owner = ClauseMeasurer().Match(text, clauseStart, end - clauseStart);
        }

        if (!owner.Success && text.AsSpan(from, start - from).Contains(" reported ", StringComparison.Ordinal))
        {
            // "He said one television network had reported that he drew 250,000 people": the network's figure, which
            // the speaker only passes on.
            owner = ReportedWithinSaying().Match(text, from, start - from);
        }

        if (!owner.Success)
        {
            return null;
        }

        var who = owner.Groups["who"];
        if (NamedIn(facts, who) is { } named)
        {
            return named;
        }

        // The sentence's closing period is no part of a name it ends on ("according to Vale.").
        var name = LeadingArticle().Replace(who.Value, "");
        name = who.Index + who.Length == text.TrimEnd().Length ? name.TrimEnd('.') : name;
        // "the IOM's estimate of 670": the owner, not its possessive.
        name = FrameCues.WithoutPossessive(name);
        // Initials are a name even where they spell a function word ("the WHO's estimate of").
        return name.Length == 0 || (FunctionWords.Contains(name) && name.Any(char.IsLower)) || Weekday().IsMatch(name) ? null : name;
    }

    // The listed source, else the government of the country, named inside a part of the sentence; null when neither is.
    // A source's name may take in the article before the part ("the U.S. Geological Survey").
    // The country an envoy is sent to is not the one who speaks: "Russia's ambassador to Georgia"; nor is one a body is
    // named by: "Iran Human Rights".
    private string? NamedIn(SentenceFacts facts, Group part)
        => facts.Sources.FirstOrDefault(s => s.End > part.Index && s.End <= part.Index + part.Length && s.Index >= part.Index - "the ".Length).Key
            ?? Government(facts.Actors.FirstOrDefault(a => a.Index >= part.Index && a.End <= part.Index + part.Length
                && !EnvoyTo().IsMatch(facts.Sentence.Text.AsSpan(part.Index, a.Index - part.Index)) && !InOrganisationName(facts.Sentence.Text, a.Index, a.End)).Key);

    // Who gives a figure without a reporting verb: "the USGS put the magnitude at 6.4", "Chile's seismological centre put
    // it at 6.0", and in the passive, "now rated magnitude 6.2 by the U.S. Geological Survey".
    private void FindMeasurer(SentenceFacts facts)
    {
        var text = facts.Sentence.Text;
        string? speaker = null;
        var cueEnd = 0;
        if (MeasuredAt().Match(text) is { Success: true } active)
        {
            var verb = new PhraseMatch(active.Index, active.Groups["verb"].Length, active.Groups["verb"].Value);
            // "A British intelligence assessment published on Thursday put": a document speaks for the country it is of.
            speaker = TallyKeeper(facts, 0, verb.Index) ?? EstimateOwner(facts, verb.Index) ?? SpeakerBefore(facts, verb) ?? OpeningActor(facts);
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

    // "President Kenyatta declared the siege over on Tuesday night, saying 67 people had been killed": who says it is
    // the subject of the clause the participle hangs on, before its first verb in the past.
    private string? MainClauseSpeaker(SentenceFacts facts, int sayingIndex)
    {
        var text = facts.Sentence.Text;
        var main = PastVerb().Match(text, 0, sayingIndex);
        // "Local media quoted him as saying": the one quoted speaks, not the paper that quotes him.
        if (!main.Success || text.AsSpan(0, sayingIndex).TrimEnd().EndsWith(" as", StringComparison.Ordinal))
        {
            return null;
        }

        return SpeakerBefore(facts, new PhraseMatch(main.Groups["verb"].Index, main.Groups["verb"].Length, main.Groups["verb"].Value));
    }

    // Who speaks before a verb: a listed source next to it, else the phrase or country before it.
    private string? SpeakerBefore(SentenceFacts facts, PhraseMatch verb)
    {
        if (ParticipleAside().Match(facts.Sentence.Text, 0, verb.Index) is { Success: true } aside)
        {
            // "The plane's navigator, rescued by Syrian and Russian forces, said": whoever the aside names does not
            // speak. (A document made public, "The government's official account of the bombings, published on
            // Thursday, said", is left to the document's own reading.)
            verb = verb with { Index = aside.Index };
        }

        return SourceBefore(facts, verb.Index) ?? SpeakerOrCountryBefore(facts, verb);
    }

    [GeneratedRegex(@",\s+(?!" + DocumentReleased + @"\b)(?:\p{Ll}+ed|taken|driven|shot|hit|held|found|caught|brought|seen|flown|thrown|beaten|hidden)\s+(?:by|from|in|at|on|after|during|with|near)\s+[^,;.]{1,60},\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipleAside();

    // What an inquiry or a study finds is its own: a country named in the clause before ("The study, which did not include
    // Britain, found") does not speak for it.
    private static bool IsFinding(string verb) => verb is "found" or "finds";

    // Before the verb, the phrase next to it speaks rather than a country a few words earlier ("...1,444 in Syria,
    // officials said"), unless the phrase contains or precedes the country ("Syrian officials", "Syria's president").
    private string? SpeakerOrCountryBefore(SentenceFacts facts, PhraseMatch verb)
    {
        var text = facts.Sentence.Text;
        if (DocumentMadePublic().Match(text, 0, verb.Index) is { Success: true } madePublic)
        {
            // "The Soviet report presented to the atomic agency in Vienna this week put the number of dead at 31": the
            // document speaks, not the place or the time it was made public in, nor those who cite it ("A French
            // security assessment cited by several media put"), nor when it was made known ("A British diplomatic cable
            // declassified this year said").
            verb = verb with { Index = madePublic.Index };
        }

        var phrase = PhraseBefore(text, verb);
        if (EnvoySender(facts, phrase) is { } sender)
        {
            return sender;
        }

        var actor = facts.Actors.LastOrDefault(a => a.End <= verb.Index);
        if (phrase is { } adjacent && actor.Length > 0 && ((adjacent.Index > actor.End && !Possessive(text, actor.End)) || NamesAgency(text, adjacent, actor)))
        {
            return FullName(adjacent.Key);
        }

        return ActorBefore(facts, verb.Index) ?? UnlistedSpeaker(text, verb, phrase);
    }

    // A name that goes on past the country it holds is an agency of its own: "the U.S. Geological Survey", not the US
    // government; "Syrian officials" is the government, but "a Ukrainian blogger" or "Russian witnesses" speak for
    // themselves. A capital before the office it names is the city's: "the Paris
    // prosecutor", "the Kyiv mayor".
    private bool NamesAgency(string text, PhraseMatch phrase, PhraseMatch actor)
    {
        if (phrase.Index > actor.Index || actor.End >= phrase.End)
        {
            return false;
        }

        var rest = text.AsSpan(actor.End, phrase.End - actor.End);
        return CapitalizedName().IsMatch(rest) || AgencyWords().IsMatch(rest) || PrivatePerson().IsMatch(rest)
            || (CityOffice().IsMatch(rest) && _lexicon.Lexicon.Capitals.Contains(text[actor.Index..actor.End]));
    }

    // A speaker the lexicon does not know: the phrase before the verb ("the state civil defense agency said") or, when
    // a quotation ends just before the verb, the one after it ("'...,' said Governor Leite").
    private string? UnlistedSpeaker(string text, PhraseMatch verb, PhraseMatch? before)
        => before is { } phrase ? FullName(phrase.Key)
            : NamesSpeaker(text, verb) && Inverted().IsMatch(text.AsSpan(0, verb.Index)) ? UnlistedSpeakerAfter(text, verb) : null;

    // "A government spokesperson, speaking to AFP on condition of anonymity, rejected": an aside between the subject and its
    // verb says how the speaker spoke, not who.
    private static PhraseMatch? PhraseBefore(string text, PhraseMatch verb)
        => NamesSpeaker(text, verb) ? SpeakerPhrase.Before(text, SpeakingAside().Match(text, 0, verb.Index) is { Success: true } aside ? aside.Index : verb.Index) : null;

    // The verbs that make a document public: "published", "released".
    private const string DocumentReleased = @"(?:published|released|presented|issued|submitted|unveiled)";

    [GeneratedRegex(@"(?<=\p{Ll})(?<!\b(?:who|which|that))\s+(?:" + DocumentReleased + @"|made\s+public|cited|quoted|declassified|leaked|sent|obtained)\b[^,;.]{0,80}\s$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentMadePublic();

    [GeneratedRegex(@",\s+(?:speaking|who\s+(?:spoke|asked|requested|declined)|asking|on\s+condition)\b[^,;.]{0,80},\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakingAside();

    // "The council called the figure nonsense": who calls it so stands before the verb of naming, not before the cue.
    private static PhraseMatch? SubjectOfNaming(string text, PhraseMatch cue)
        => CalledFalse().Match(text, 0, cue.Index) is { Success: true } naming ? SpeakerPhrase.Before(text, naming.Index) : null;

    // A capitalized verb is part of a name ("the United States"), and a plural that is also a noun ("reports",
    // "claims") names no speaker.
    private static bool NamesSpeaker(string text, PhraseMatch verb) => !char.IsUpper(text[verb.Index]) && !NounLikeVerb().IsMatch(verb.Key);

    private string? UnlistedSpeakerAfter(string text, PhraseMatch verb) => FullName(SpeakerPhrase.After(text, verb.End)?.Key);

    // Whoever keeps the tally that opens at the index and gives a figure, named before the verb that gives it (at
    // verbIndex): "according to a count by hospitals in Dhaka", "A tally by a news agency ... put the number of dead
    // at", not the count itself.
    private string? TallyKeeper(SentenceFacts facts, int index, int verbIndex)
    {
        var text = facts.Sentence.Text;
        if (TallyBy().Match(text, index) is not { Success: true } tally || tally.Index + tally.Length >= verbIndex)
        {
            return null;
        }

        var keeperStart = tally.Index + tally.Length;
        return SourceAfter(facts, keeperStart, 1) ?? FullName(SpeakerPhrase.After(text[..verbIndex].TrimEnd(), keeperStart, endsAtName: true)?.Key);
    }

    // "A police estimate given later put the crowd at 820,000": whoever names the estimate gives it, a listed source or a
    // body that keeps counts of its own ("an official estimate" is the officials').
    private static string? EstimateOwner(SentenceFacts facts, int verbIndex)
    {
        if (UnownedEstimates().Match(facts.Sentence.Text) is { Success: true } unowned
            && (unowned.Index + unowned.Length >= verbIndex || Words.Between(facts.Sentence.Text, unowned.Index + unowned.Length, verbIndex) <= 1))
        {
            // "Independent estimates put the number of dead at up to 40,000": estimates that are no one's named are a
            // source of their own, not the government whose toll the sentence before gave.
            return unowned.Groups["estimates"].Value.ToLowerInvariant();
        }

        if (OwnedEstimate().Match(facts.Sentence.Text, 0, verbIndex) is not { Success: true } estimate)
        {
            return null;
        }

        var who = estimate.Groups["who"];
        return facts.Sources.FirstOrDefault(s => s.Index == who.Index).Key
            ?? (who.Value.Equals("official", StringComparison.OrdinalIgnoreCase) ? "officials"
                : EstimatingBody().IsMatch(who.Value) ? who.Value.ToLowerInvariant() : null);
    }

    // A surname alone is the person named in full earlier in the article: "Leite told reporters" after "Governor Eduardo Leite said".
    private string? FullName(string? speaker)
    {
        if (speaker is null)
        {
            return null;
        }

        var space = speaker.LastIndexOf(' ');
        if (space < 0 && _fullNamesBySurname.TryGetValue(speaker, out var full))
        {
            return full;
        }

        // "Kaseya said about 60 of its customers had been hit. The company disputed the gang's claim": the company
        // named before, not another speaker.
        if (_lastNamedBody is not null && CompanyByKind().IsMatch(speaker))
        {
            return _lastNamedBody;
        }

        if (space < 0 && char.IsUpper(speaker[0]))
        {
            _lastNamedBody = speaker;
        }

        // "Mr Blount" and "Mrs May" are the Joseph Blount and the Theresa May named before.
        if (Honorific().Match(speaker) is { Success: true } titled && _fullNamesBySurname.TryGetValue(titled.Groups["surname"].Value, out var person))
        {
            return person;
        }

        if (_unlistedSpeakers.Add(speaker) && space >= 0)
        {
            _fullNamesBySurname[speaker[(space + 1)..]] = speaker;
        }

        return speaker;
    }

    // "Russia's ambassador to Georgia said", "Israel's ambassador to the United Nations dismissed the claim": the envoy
    // named just before the verb speaks for the country that sent them, not for where they were sent.
    private string? EnvoySender(SentenceFacts facts, PhraseMatch? host)
        => host is { } phrase && EnvoyTo().Match(facts.Sentence.Text, 0, phrase.Index) is { Success: true } envoy && SenderOf(facts, envoy.Index) is { } country
            ? Government(country) : null;

    // A listed source before the verb, unless the verb has a subject of its own set off after it: "It was not clear
    // whether Zelensky had known of the operation, the officials said".
    private static string? SourceBefore(SentenceFacts facts, int index)
        => facts.Sources.LastOrDefault(s => s.End <= index && Words.Between(facts.Sentence.Text, s.End, index) <= 25
            && !SubjectSetOffBefore().IsMatch(facts.Sentence.Text.AsSpan(s.End, index - s.End)) && !EnvoyTo().IsMatch(facts.Sentence.Text.AsSpan(0, s.Index))).Key;

    [GeneratedRegex(@",\s+(?:the|a|an|two|three|several|some|many)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+\s+(?:(?:has|have|had)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectSetOffBefore();

    // A country named just before the verb speaks for its government: "Russia, however, has denied". Not one set off
    // before another subject: "the drone attack on the Kremlin, U.S. officials said".
    private string? ActorBefore(SentenceFacts facts, int index)
        => Government(facts.Actors.FirstOrDefault(a => a.End <= index && Words.Between(facts.Sentence.Text, a.End, index) <= 3
            && !Possessive(facts.Sentence.Text, a.End) && !Modifies(facts.Sentence.Text, a.End) && !InOrganisationName(facts.Sentence.Text, a.Index, a.End)
            && !PlaceAfterNoun().IsMatch(facts.Sentence.Text.AsSpan(0, a.Index)) && !EnvoyTo().IsMatch(facts.Sentence.Text.AsSpan(0, a.Index))
            && !(facts.Sentence.Text.AsSpan(a.End, index - a.End).Contains(',') && facts.Actors.Any(other => other.Index >= a.End && other.End <= index))).Key);

    // "Organisers of Saturday's march in London have raised their estimate": a place the subject is in does not speak.
    [GeneratedRegex(@"\b\p{L}[\p{Ll}-]+\s+(?:in|at|near|outside|across|into|inside|around)\s+(?:central\s+|the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfterNoun();

    // "The Federation of Indian Pilots rejected", "The German Farmers' Association said": a nationality inside a body's
    // name is no country speaking.
    private static bool InOrganisationName(string text, int start, int end)
        => end + 2 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])
            && (NamedBodyOf().IsMatch(text.AsSpan(0, start)) || BodyNamedAfter().IsMatch(text.AsSpan(end)));

    // "North Korean troops": a nationality before a counted noun describes the people, it does not speak.
    private bool Modifies(string text, int end) => _lexicon.UnitAfter(text, end) is not null;

    // The subject of the sentence when it opens with a country: "Moscow has described the allegations as fake news".
    private string? OpeningActor(SentenceFacts facts)
        => Government(facts.Actors.FirstOrDefault(a => Words.Between(facts.Sentence.Text, 0, a.Index) <= 1 && !Possessive(facts.Sentence.Text, a.End)).Key);

    private string? Government(string? actor)
        => actor is null ? null : _lexicon.Lexicon.Governments.GetValueOrDefault(actor, actor);

    private static bool Possessive(string text, int end) => end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's';

    private static string? SourceAfter(SentenceFacts facts, int index, int maxWords)
        => facts.Sources.FirstOrDefault(s => s.Index >= index && Words.Between(facts.Sentence.Text, index, s.Index) <= maxWords).Key;

    [GeneratedRegex(@"\b" + FrameCues.CreditedBy + @"\s+[^,;]{1,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex GivenByBefore();

    [GeneratedRegex(@"\b(?:appeared|appears|appear|seemed|seems|seem|looked|looks|sounded|proved)\s+(?:to\s+be\s+)?(?:\p{Ll}+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkingVerbBefore();

    // The start of a body's name just before a word in it: "The Federation of |Indian Pilots".
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+\s+of\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedBodyOf();

    // The rest of a body's name after a word in it: "German| Farmers' Association", "British| Medical Association",
    // "Iran| Human Rights", "Chinese| Red Cross".
    [GeneratedRegex(@"^(?:\s+\p{Lu}[\p{L}'’-]*){1,3}\s+(?:Association|Federation|Confederation|Union|Council|Institute|League|Society|Foundation|Chamber|Congress|Committee|Organi[sz]ation|Alliance|Movement|Rights|Watch|Observatory|Monitor|Cross|Crescent|Academy)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BodyNamedAfter();

    // What follows a noun and not a verb: "of", or the noun's own verb of showing ("records showed", "reports suggest").
    [GeneratedRegex(@"^\s+(?:of|show(?:s|ed)?|suggest(?:s|ed)?|indicate[sd]?|reveal(?:s|ed)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NounFollows();

    [GeneratedRegex(@"^(?:records|counts|reports|fears|claims|estimates|states)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PluralNoun();

    // "..., an accusation the kingdom rejects", "..., a claim that Moscow has denied", "..., a figure the army
    // disputes", "..., a figure the government did not accept", "..., a charge Erdogan rejected, calling the police
    // heroic", and the one blamed answering for itself: "..., which denied any role" (to the end of the sentence or to
    // a semicolon), and after a semicolon or a "but", "..., the ministry said; the club's manager denied that the
    // licence had expired", "said his agency had recommended evacuations, but the disaster agency denied that it had
    // received any" (not "claimed responsibility ..., but later denied any involvement": the same speaker, taking it
    // back); and the one a finding contradicts: "found that one migrant had died on ground Spain controls,
    // contradicting the interior minister, who has denied that anyone died on Spanish soil".
    [GeneratedRegex(@"(?:;\s+(?:but\s+)?|,\s+but\s+(?!(?:later|then|also|quickly|subsequently|soon|swiftly|afterwards|since|it|he|she|they|we|its|his|her|their)\b))(?:the\s+)?(?<denier>[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}?)\s+(?:has\s+|have\s+|had\s+)?(?:strongly\s+|flatly\s+|repeatedly\s+|firmly\s+)?(?<cue>denied|denies|deny|rejected|rejects|disputed|disputes)\s+(?:that|this|it|the|any|claims|reports)\b[^;]*[.!?]?[""”]?$|,\s+(?:(?:an?\s+)?(?:accusation|allegation|claim|charge|assertion|account|version|characteri[sz]ation|figure|estimate|toll|count|number)\s+(?:that\s+|which\s+)?|which\s+)(?:the\s+)?(?<denier>[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,5}?)(?:\s+who\s+[^,;]{1,80}?)?\s+(?:has\s+|have\s+|had\s+)?(?:strongly\s+|flatly\s+|repeatedly\s+|firmly\s+)?(?:(?<cue>rejects?|rejected|denies|deny|denied|dismiss(?:es)?|dismissed|disputes?|disputed|refutes?|refuted|(?:did|does|do|would)\s+not\s+accept|refused\s+to\s+accept)|(?:said|says|called)\s+(?:was\s+|is\s+)?(?<cue>not\s+credible|untrue|not\s+true|baseless|unfounded|groundless|nonsense|fabricated))\b[^,;]*(?:,\s+\p{Ll}+ing\b[^;]*)?(?:[.!?]?[""”]?$|(?=;))|,\s+(?:which|who)\s+(?:has\s+|have\s+|had\s+)?(?:strongly\s+|flatly\s+|repeatedly\s+|firmly\s+)?(?<cue>denied|denies|deny|rejected|rejects)\s+(?:any\s+(?:role|involvement|part|links?|connection)|involvement|responsibility|the\s+(?:accusations?|allegations?|claims?))\b[^,;]*[.!?]?[""”]?$|,\s+(?:contradicting|disputing|rebutting)\s+(?:the\s+)?(?<denier>[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,4}?),\s+(?:who|which)\s+(?:has\s+|have\s+|had\s+)?(?:strongly\s+|flatly\s+|repeatedly\s+|firmly\s+)?(?<cue>denied|denies|rejected|rejects|disputed|disputes)\s+that\b[^;]*[.!?]?[""”]?$", RegexOptions.CultureInvariant)]
    private static partial Regex RebuttalClause();

    [GeneratedRegex(@",\s+(?<cue>rejecting|dismissing|disputing|contradicting)\s+(?:the\s+|an?\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:claims?|accounts?|assertions?|version|explanations?|allegations?|accusations?|reports|suggestions?|arguments?)\s+(?:that|of)\b[^;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RejectingClaim();

    // An official count by name: "official death toll", "official figure".
    private const string OfficialCount = @"official\s+(?:death\s+)?(?:toll|count|figure|tally|number)\b";

    // Whose figure a phrase names, "Haiti" or "the government" in "Haiti's own figure of", "the government's count was",
    // "the union's estimate of".
    private const string FigureOwner = @"(?<who>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|\b(?:government|authorities|ministry|police|army|military|junta|regime|union|organi[sz]ers|company|council|commission|opposition))";

    // What an owner's count is called and where it stands: "the government's official count was", "its latest toll stood at".
    private const string OwnCountModifiers = @"(?:own\s+|official\s+|latest\s+|final\s+)*";
    private const string OwnCountStands = @"(?:was|is|stood\s+at|stands\s+at|remained|remains)\s+";

    // A loose qualifier between the phrase and its figure, and the figure's start: "of about ", "was nearly ".
    private const string FigureQualifier = @"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?$";

    [GeneratedRegex(@"\b(?:(?:more|fewer|less|higher|lower|greater)\s+than|above|below)\s+the\s+" + OfficialCount + @"\s+of\s+" + FigureQualifier, RegexOptions.CultureInvariant)]
    private static partial Regex ComparedWithOfficial();

    // "the official Saudi toll of 769", "Haiti's own figure of about 316,000", "the government's figure of 64".
    // After another owner's possessive, a capitalized word names what is counted, not whose count it is: "the country's
    // official Covid toll of".
    [GeneratedRegex(@"(?<!['’]s\s+(?:own\s+|official\s+|latest\s+)?)" + FigureOwner + @"(?:['’]s?)?\s+(?:own\s+|official\s+|government\s+|latest\s+)?(?:death\s+toll|toll|figure|count|tally|estimate)\s+of\s+" + FigureQualifier, RegexOptions.CultureInvariant)]
    private static partial Regex OwnedBefore();

    [GeneratedRegex(FigureOwner + @"['’]s?\s+" + OwnCountModifiers + @"(?:figure|count|tally|estimate)\s+" + OwnCountStands + FigureQualifier, RegexOptions.CultureInvariant)]
    private static partial Regex OwnCountWas();

    [GeneratedRegex(@"\b(?<who>government|authorities|ministry|police|army|military)['’]s?\s+" + OwnCountModifiers + @"(?:death\s+)?(?:toll|total)\s+" + OwnCountStands + FigureQualifier, RegexOptions.CultureInvariant)]
    private static partial Regex AgencyTollWas();

    // Just before a figure, a relative that names who gives it: "what organisers said was nearly", "what the police
    // estimated at", ", which the governor put at".
    [GeneratedRegex(@"(?:\bwhat|,\s+which)\s+(?:the\s+)?(?<who>[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:said|says|called|estimated|estimates|claimed|claims|put)\s+(?:was|were|is|at)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|roughly|as\s+many\s+as)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeGiver();

    // "the 769 dead that Saudi Arabia still cites", "well above the $30 billion the international assessment found",
    // "fewer than the 482,000 the regulator had cited".
    [GeneratedRegex(@"\G(?:\s+[\p{Ll}-]+){0,2}?\s+(?:that|which)\s+(?:the\s+)?(?<who>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:still\s+|now\s+|officially\s+)?(?:cites|cited|gives|gave|uses|used|reports|reported|acknowledges|acknowledged|recogni[sz]es|recogni[sz]ed|maintains|maintained|accepts|accepted)\b|\G\s+(?:that\s+|which\s+)?the\s+(?<who>(?:[\p{Ll}-]+\s+){0,2}(?:assessment|government|ministry|police|authorities|officials|organi[sz]ers|agency|inquiry|investigation|study|report|survey|census|regulators?|watchdog|commission|company|court|prosecutors|union|insurer))\s+(?:had\s+|has\s+)?(?:found|estimated|gave|cited|reported|counted|recorded)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CitedAfter();

    [GeneratedRegex(@"\G(?:\s+[\p{Ll}-]+){0,2}?(?:\s+" + FrameCues.CreditedBy + @"|,?\s+according\s+to)\s+(?:the\s+|an?\s+|some\s+|several\s+|many\s+)?(?<who>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*|\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}'’-]+){0,3}?|(?:[\p{Ll}-]+\s+){0,3}?(?:city|government|authorities|ministry|police|army|military|council|officials|opposition|organi[sz]ers|unions?|agency|office|department|service|witnesses|residents|survivors|rescuers|doctors|hospitals|activists|monitors|journalists|reporters|relatives|families|passengers|experts|analysts|researchers|investigators)\b)(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|and|but|for|since|after|before|which|who)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ReportedBy();

    [GeneratedRegex(@"\b(?:said|says)\s+(?:that\s+)?(?<who>(?:the|a|an|one|some|several|many|local|state)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:network|channel|broadcaster|television|radio|station|newspaper|paper|media|outlet|website|magazine|agency)|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:had\s+|has\s+|have\s+)?reported\s+(?:that\s+)?[^,;.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ReportedWithinSaying();

    [GeneratedRegex(@"(?<who>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:claims?|assertions?|allegations?)\s+that\s+(?:[^,;.]*?\s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClaimedThat();

    [GeneratedRegex(@"\b(?:ambassador|envoy|representative|delegation|mission)\s+to\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnvoyTo();

    // The country named just before an envoy's title ("Russia's", "The Russian"), or null.
    private string? SenderOf(SentenceFacts facts, int envoyIndex)
    {
        var text = facts.Sentence.Text;
        if (facts.Actors.LastOrDefault(a => a.End <= envoyIndex && Words.Between(text, a.End, envoyIndex) <= 1) is { Length: > 0 } actor)
        {
            return actor.Key;
        }

        var who = SenderBefore().Match(text, 0, envoyIndex).Groups["who"].Value;
        return who.Length == 0 ? null : _lexicon.IsCountry(who) ? who : _lexicon.Lexicon.Demonyms.GetValueOrDefault(who);
    }

    // "Russia's " or "The Russian " before an envoy's title.
    [GeneratedRegex(@"(?<who>\p{Lu}[\p{L}-]*)(?:['’]s)?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex SenderBefore();

    [GeneratedRegex(@"^(?:The|A|An|Its|Their)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)$", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?:^|[,;:]\s*)(?:[Ii]f|[Uu]nless|[Ww]hether)\b[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();

    // "said by late afternoon", "said by Monday" give a time, not who said it.
    [GeneratedRegex(@"^\s+(?:from|by(?!\s+(?:(?:late|early|mid|the\s+end\s+of|the\s+middle\s+of)\s*|(?:this|that|last|next)\s+)?(?:the\s+)?(?:day|week|morning|afternoon|evening|night|midday|noon|midnight|nightfall|dawn|then|now|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d))|within)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromFollows();

    [GeneratedRegex(@"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?<surname>\p{Lu}[\p{L}'’-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    // ", and that city officials had concealed" goes on with what the same speaker said; a bare semicolon opens a clause
    // of its own ("Opposition leaders put the crowd at more than a million; police said about 100,000").
    [GeneratedRegex(@"^(?:[,;]\s+(?:while|whereas|but|though|although|and(?!\s+(?:that|said|says|added|adds|then)\b))\s+|;\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex ContrastedClause();

    // A figure written in words: "half a million", "two million", "put the number killed at eight".
    [GeneratedRegex(@"\b(?:hundred|thousand|million|billion)\b|\bat\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenMagnitude();

    // "drew a larger crowd, with organisers saying 120,000 people had come": the one who says it is named after "with".
    [GeneratedRegex(@"\bwith\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex WithSayer();

    // ", while police put that crowd at", ", and the provincial government put the figure at", "; the survey put it at",
    // ", though some foreign estimates put it at".
    [GeneratedRegex(@"(?:[,;]\s+(?:while|whereas|but|and|though|although)|;)\s+(?=(?:[^,;]|,\d)*$)", RegexOptions.CultureInvariant)]
    private static partial Regex ContrastBefore();

    // "On Saturday, ", "At the height of the protests, ", "At its peak ": what dates a clause before its subject.
    [GeneratedRegex(@"^(?:(?:On|At|By|In|Late|Early|Earlier|Later|Overnight|Before|After)\b[^,]{1,40},\s+|(?:At|By)\s+(?:its|their|the)\s+(?:peak|height)\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningAdverbial();

    // "an analysis by BuzzFeed News, which estimated that": who made a study, up to the figure its relative clause
    // gives.
    [GeneratedRegex(@"\b(?:analysis|study|survey|investigation|review|count|tally|model)\s+(?:published\s+|carried\s+out\s+|conducted\s+)?by\s+(?:the\s+)?(?<who>[^,;]{2,60}?),\s+which\s+(?:\p{Ll}+\s+)?(?:estimated|found|concluded|said|put|counted|calculated|showed|suggested)\b(?:[^,;]|,\d)*$", RegexOptions.CultureInvariant)]
    private static partial Regex StudyByWhich();

    // ", a figure the bank later put at", ", an estimate that the insurer put at": a clause that gives the figure
    // before it anew, its measurer first.
    [GeneratedRegex(@",\s+(?:a|an)\s+(?:figure|estimate|number|total|toll|tally|count|sum)\s+(?:that\s+|which\s+)?(?=(?:[^,;]|,\d)*$)", RegexOptions.CultureInvariant)]
    private static partial Regex FigureRestated();

    // "Police put the figure for Paris at", "The ministry counted", "the rights commission put", "GeoNet first measured
    // it at", "Italy's National Institute of Geophysics and Volcanology measured it at", "Officials in northern Chile
    // put", "the pro-Kurdish HDP said", "the opposition-run Idlib health directorate put", "the Moroccan Association
    // for Human Rights said", "The Inter-American Commission on Human Rights now puts", "a Pentagon official put",
    // "police have stuck with their figure of", "a news agency using aerial photographs put", "survivors' groups say":
    // who opens the clause that ends in the figure (the place they speak from, what they measured with, and a leaning
    // before the name, are not part of it), up to three words unnamed ("a church relief group put it at"). A passive
    // ("Damage was put at") has no one.
    [GeneratedRegex(@"^\W*(?:(?:The|the|An|an|A|a|Another|another|Most|most|Many|many|Some|some|Several|several|All|all|Both|both)\s+)?(?:(?:\p{Ll}+-\p{Lu}\p{Ll}+|\p{L}+-(?:run|backed|led|held|controlled|aligned|affiliated|owned|funded|linked))\s+(?=\p{Lu}))?(?<who>(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:for|on|of)\s+(?=\p{Lu}))?){0,4}?(?:\p{Lu}[\p{L}'’.-]*(?:\s+official\b)?|[\p{Ll}'’-]+\s+(?!(?:has|have|had|was|were|is|are|been|being)\b)[\p{Ll}'’-]+|(?!(?:has|have|had|was|were|is|are|been|being|previous|earlier|initial|official|new|latest|final|other)\b)[\p{Ll}'’-]+|[\p{Ll}'’-]+\s+(?!(?:has|have|had|was|were|is|are|been|being|of|to)\b)[\p{Ll}'’-]+\s+(?!(?:has|have|had|was|were|is|are|been|being)\b)[\p{Ll}'’-]+))(?:\s+(?:in|of|from)\s+(?:the\s+)?(?:[\p{Ll}'’-]+\s+(?:of\s+)?)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s+and\s+\p{Lu}[\p{L}'’.-]*)?)?(?:\s+(?:using|citing|based\s+on)\s+(?:[\p{Ll}'’-]+\s+){0,2}?[\p{Ll}'’-]+)?(?:\s+(?:has|have|had))?(?:\s+(?:first|initially|originally|previously|earlier|later|also|now|already))?\s+(?:put|puts|counted|counts|estimated|estimates|measured|measures|rated|rates|pegged|pegs|placed|reported|gave|gives|said|says|say|stuck\s+(?:with|to)|stood\s+by|kept|maintained)\b(?:[^,;]|,\d)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseMeasurer();

    // The subject of a clause whose verb of measuring is left out, up to the figure: "the activist news agency HRANA at",
    // "organisers at".
    [GeneratedRegex(@"^\W*(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?<who>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|organi[sz]ers|police|unions?|officials|authorities|ministry|government|army|military)\s+at\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ElidedMeasurer();

    /// <summary>
    /// The length of the verb a falsity cue holds ("were " in "were false", "was " in "was inaccurate"), or 0: what it
    /// calls false is the subject right before the cue.
    /// </summary>
    internal static int CopulaLength(string cue) => FalsityCopula().Match(cue).Length;

    // The verb of a cue that says what it is about is false: "was " in "was false", "as " in "as absurd", "were " in
    // "were a technical mistake".
    [GeneratedRegex(@"^(?:was|were|is|are|to\s+be|as|(?:it|that)['’]s)\s+(?=(?:false|absurd|incorrect|inaccurate|erroneous|a\s+technical\s+(?:mistake|error)|a\s+lie|lies)$)", RegexOptions.CultureInvariant)]
    private static partial Regex FalsityCopula();

    // A verb of naming before what a falsity cue names false: "called reports of 2,000 dead \"speculative\"", "described
    // the toll of 80 as inflated".
    [GeneratedRegex(@"\b(?:call(?:ed|s|ing)?|term(?:ed|s)|brand(?:ed|s)|label(?:l?ed|s)|describ(?:ed|es|ing))\s+[^.;]{1,80}?\s+(?:as\s+)?[""“‘']?$", RegexOptions.CultureInvariant)]
    internal static partial Regex CalledFalse();

    // A verb joined to the one before it with no subject of its own: "... and denied", "..., but firmly rejected".
    [GeneratedRegex(@"[\p{Ll}\d]\s*,?\s+(?:and|but)\s+(?:(?:also|then|later|flatly|firmly|strongly|angrily)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedToSaying();

    // A clause that puts a figure at a value: "put the number of people killed at 448".
    [GeneratedRegex(@"\b(?:put|puts|estimated|estimates|pegged|pegs|placed|places)\s+(?:[\w'’-]+\s+){1,8}?at\s+[^,;]*\d", RegexOptions.CultureInvariant)]
    private static partial Regex MeasuredAtBefore();

    // "We have not obtained the memo and could not independently verify it": the outlet speaking in its own voice, not
    // inside a quotation (which would open with its quotation mark).
    [GeneratedRegex(@"^We\s", RegexOptions.CultureInvariant)]
    private static partial Regex OutletOpens();

    // The outlet's own work, named as the subject of its finding.
    [GeneratedRegex(@"\b(?:[Oo]ur|[Bb]y\s+our)\s+(?:own\s+)?(?:analysis|count|tally|review|investigation|calculations?|estimate|survey|examination|reporting)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnWork();

    // "a figure we consider greatly inflated": the article's own judgement.
    [GeneratedRegex(@"\b(?:[Ww]e|I)\s+(?:consider|believe|think|find|regard|judge|deem|call)(?:\s+(?:it|them|this|that|as))?(?:\s+\p{Ll}+ly)?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnVoice();

    [GeneratedRegex(@"^(?:The|Its|Their)\s+" + OfficialCount, RegexOptions.CultureInvariant)]
    private static partial Regex OfficialFigure();

    // An official figure named in the clause that ends in the figure: "the official death toll stands at".
    [GeneratedRegex(@"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+" + OfficialCount + @"(?:[^,;]|,\d)*$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficialFigureBefore();

    // A verb in a free relative, "more than four times what the state has acknowledged": what was said is the
    // comparison's object, not the sentence's statement.
    [GeneratedRegex(@"\bwhat\s+(?:the\s+|its\s+|their\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2}?\s+(?:(?:has|have|had)\s+)?(?:officially\s+|publicly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WhatSomeoneSaid();

    // "there are reports", "according to reports": no one named ("according to reports compiled by Amnesty" names them).
    [GeneratedRegex(@"\b(?:there (?:are|were|have been) (?:also )?reports|it(?:'s|’s| is| was| has been) reported|reports say|according to reports(?!\s+(?:compiled|gathered|collected|published|released|issued)\s+by\b))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnnamedReports();

    // "put the magnitude at 6.4", "measured Monday's main shock at 6.7", "which the agency measured at 6.3", "put it at
    // about 3.9", "estimated the crowd at between 275,000 and 325,000"; "gave a death toll of 43", "gave the number of
    // dead as 43"; "declared President Emmerson Mnangagwa the winner with 50.8"; "put the number killed at eight".
    [GeneratedRegex(@"\b(?:(?<verb>put|puts|putting|measured|measures|rated|rates|pegged|pegs|placed|places|estimated|estimates)(?:\s+[\w'’-]+){1,14}?,?\s+at|(?<=\b(?:which|that)\s+[^,;]{2,60}?\s)(?<verb>put|measured|rated|pegged|placed|estimated)\s+at|(?<verb>gave|gives|giving)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?(?:toll|total|figure|number|count|tally|estimate)(?:\s+of\s+[\w'’-]+)?\s+(?:of|as|at)|(?<verb>declared|declares)\s+(?:[\w'’.-]+\s+){1,10}?(?:the\s+)?(?:winner|victor)\b[^.;\d]{0,80}?\bwith)\s+(?:magnitude\s+)?(?:(?:about|around|some|nearly|almost|roughly|(?:well\s+)?(?:more\s+than|over)|(?:no|not)\s+(?:more|fewer|less)\s+than|(?:fewer|less)\s+than|as\s+(?:many|much|few|high|low)\s+as|at\s+(?:least|most)|up\s+to|a\s+(?:minimum|maximum)\s+of|between|from)\s+)?(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|half\s+a)\s+(?:million|billion|thousand|hundred)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex MeasuredAt();

    // "did not accept that conclusion", "refused to accept the official figures": what is not accepted is something said.
    [GeneratedRegex(@"^\s+(?:that|this|the|these|those|its|their|his|her|any|such)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:accounts?|claims?|conclusions?|findings?|versions?|explanations?|figures?|estimates?|reports?|verdicts?|assessments?|allegations?|accusations?|tolls?|counts?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AccountAfter();

    // What is turned down rather than denied: an offer, a proposal, a motion.
    private const string ProposalNouns = @"(?:offers?|proposals?|deals?|contracts?|bids?|plans?|requests?|appeals?|demands?|calls?|invitations?|settlements?|agreements?|motions?|bills?|resolutions?|budgets?|terms|candidates?|nominations?|applications?|ultimatums?)";

    // Those who vote, just before what they rejected: "after voters rejected independence", "lawmakers narrowly
    // rejected".
    [GeneratedRegex(@"\b(?:[Vv]oters|[Tt]he\s+electorate|[Ee]lectors|[Ll]awmakers|[Ll]egislators|MPs|[Ss]enators|[Dd]eputies|[Dd]elegates|[Ss]hareholders|[Tt]he\s+(?:[Pp]arliament|[Ss]enate|[Aa]ssembly|[Hh]ouse))\s+(?:have\s+|had\s+|has\s+)?(?:\p{Ll}+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VotersBefore();

    // "rejected a contract offer", "rejected the company's latest proposal", "rejected calls to resign".
    [GeneratedRegex(@"^\s+(?:(?:a|an|the|its|their|his|her|this|that)\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+|\p{Ll}+['’]s\s+)?(?:[\p{Ll}-]+\s+){0,2}?" + ProposalNouns + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex ProposalAfter();

    // "a parliamentary motion calling for an inquiry had been rejected by the ruling party": what was turned down stands
    // before the passive.
    [GeneratedRegex(@"\b" + ProposalNouns + @"\s+(?:[\p{L}'’-]+\s+){0,12}?(?:had|has|have|was|were)\s+(?:been\s+)?(?:\p{Ll}+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ProposalBefore();

    // "dismissed his entire government", "dismissed the police chief", "dismisses two ministers", "dismissed 800 seafarers":
    // people put out of office or out of work, not an account denied ("dismissed the government's figure" still denies).
    [GeneratedRegex(@"^\s+(?:(?:a|an|the|its|their|his|her|two|three|four|five|several|all|(?:about\s+|some\s+|more\s+than\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?)\s+)?(?:(?:entire|whole|top|senior|chief|deputy|regional|local|defen[cs]e|interior|finance|foreign|health|army|military|police|security|intelligence|national|\p{Lu}[\p{L}-]+)\s+){0,3}(?:government|cabinet|ministers?|officials?|chiefs?|commanders?|heads?|directors?|generals?|staff|employees|workers|seafarers|crew|governors?|coach|manager|secretary|aides?|advisers?|officers?|mayors?|judges?|prosecutors?|board)(?![\p{L}'’])", RegexOptions.CultureInvariant)]
    private static partial Regex HolderOfPostAfter();

    // A determiner or a modifying adjective right before a participle used as an adjective: "the disputed", "its last
    // confirmed"; not the adverb "at first" ("Tehran at first denied shooting down the airliner").
    [GeneratedRegex(@"\b(?:the|a|an|its|their|his|her|our|this|that|last|(?<!\bat\s+)first|only|latest|earliest|no|any|every)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributiveBefore();

    // The noun a participle describes: "region", "location", "toll"; not "that", "by", "on" or a figure.
    [GeneratedRegex(@"^\s+(?!(?:that|by|as|on|in|at|to|from|with|for|of|and|or|but|it|them|him|her|this|these|those|what|how|whether|any|all|the|a|an|its|their)\b)\p{Ll}{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex NounAfter();

    // "A police estimate given later", "the army's count", "The government's final figures", "Government figures": an
    // estimate named by whose it is.
    [GeneratedRegex(@"^\W*(?:(?:[Aa]n?|[Tt]he)\s+)?(?<who>[\p{L}-]+?)(?:['’]s?)?\s+(?:(?:final|official|latest|own|new|revised|first|initial|preliminary)\s+)?(?:estimates?|counts?|tall(?:y|ies)|figures?|assessments?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnedEstimate();

    // Estimates that stand apart from the official ones without naming whose they are: "Independent estimates",
    // "Unofficial counts".
    [GeneratedRegex(@"^\W*(?<estimates>(?:Independent|Unofficial|Private|Other|Some|Higher|Outside|Local)\s+(?:estimates|counts|tallies))\b", RegexOptions.CultureInvariant)]
    private static partial Regex UnownedEstimates();

    [GeneratedRegex(@"^(?:company|firm|insurer|airline|carrier|retailer|manufacturer|operator)$", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyByKind();

    // Who keeps counts of its own: "a police estimate", "the organisers' count".
    [GeneratedRegex(@"^(?:police|government|army|military|ministry|organi[sz]ers|union|council|company|coastguard)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EstimatingBody();

    // "a count by hospitals", "an independent tally compiled by the news agency", "an assessment by the World Bank", "a
    // report citing an unnamed official", "data compiled by", "evidence gathered and analysed by", "credible reports
    // compiled by", at the index it is matched from.
    [GeneratedRegex(@"\G\s*(?:(?:a|an|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:tally|count|survey|analysis|review|database|compilation|assessment|estimate|study|report|evaluation)|(?:(?:the|its|their|new|official|preliminary)\s+)?(?:[\p{Ll}-]+\s+)?(?:data|figures|evidence|documents|records|statistics|numbers|estimates|counts|tallies|reports))\s+(?:(?:(?:compiled|kept|made|carried\s+out|conducted|gathered|collected|released|published|obtained|analy[sz]ed|reviewed|provided|issued)(?:\s+and\s+(?:compiled|gathered|collected|analy[sz]ed|reviewed|verified|published|released))?\s+)?by|citing|quoting)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TallyBy();

    // "rated magnitude 6.2 by the U.S. Geological Survey", "put at 31,000 by police": the agent is the speaker. Not of a
    // figure the sentence's own is compared with: "nearly three times the figure given by Saudi Arabia".
    [GeneratedRegex(@"(?<!\b(?:times|than|above|below|exceeding|exceeds|exceeded)\s+(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}?)\b(?:rated|put|measured|estimated|given|counted|recorded|reported|produced|compiled)\s+(?:[\w.,'’-]+\s+){0,7}?by\s+", RegexOptions.CultureInvariant)]
    private static partial Regex MeasuredBy();

    [GeneratedRegex(@"^\.?\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalizedName();

    // One who holds no office, after a country's adjective: "a Ukrainian prankster", "Iranian journalists", "a Syrian
    // doctor", "a British newspaper".
    [GeneratedRegex(@"^\s+(?:newspaper|broadcaster|magazine|tabloid|witness|prankster|blogger|journalist|reporter|correspondent|photographer|activist|resident|survivor|student|volunteer|tourist|passenger|fisherm[ae]n|farmer|refugee|protester|protestor|m[ae]n|wom[ae]n|mother|father|businessman|businesswoman|writer|novelist|historian|expert|analyst|researcher|scientist|academic|doctor|nurse|lawyer|priest|teacher|engineer|dissident|influencer)s?$", RegexOptions.CultureInvariant)]
    private static partial Regex PrivatePerson();

    // Two words or more after the country that are not a possessive: "the Lyon city police", "the Genoa port
    // authority"; "Syrian officials" and "Syria's president" speak for the government.
    [GeneratedRegex(@"^\s+\p{L}+(?:\s+\p{L}+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyWords();

    [GeneratedRegex(@"^(?:reports|claims|estimates|fears|states|according to)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounLikeVerb();

    // A closing quote just before the verb: "'We have lost everything,' said Governor Leite".
    [GeneratedRegex(@"[""”’']\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Inverted();

    // "The inquiry found no evidence that ...", "found no evidence to support Russia's account": a finding of what is
    // not so, unless a speaker who passes it on follows (", the Justice Department said").
    [GeneratedRegex(@"^\s+no\s+(?:evidence|sign|signs|trace|traces|indication)\s+(?:that|to\s+support|of|for)\b(?![^;]*,\s+(?:[\p{L}'’.-]+\s+){1,6}(?:said|says|added|stated|reported)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NothingFound();

    // "claimed that", "claimed on Thursday that", "claimed in a phone call that", "claimed on social media that", and a
    // clause with no "that": "claimed it had killed 214".
    [GeneratedRegex(@"^\s+(?:(?:on|last|early|late|earlier)\s+\w+\s+|(?:in|on|to|during)\s+(?:\w+\s+){1,4}?(?=that\b)|\w+\s+)?(?:that\b|(?:it|they|he|she|we)\s+(?:had|has|have|was|were|would|will|could|is|are)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThatFollows();

    // "The union claimed 118,000": a figure is the claim.
    [GeneratedRegex(@"^\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|up\s+to)\s+)?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FigureFollows();

    // "people reported missing", "97 people confirmed dead": a participle of state, not someone reporting or confirming.
    [GeneratedRegex(@"^\s+(?:missing|dead|killed|injured|wounded|hurt|safe|alive|unaccounted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedState();

    // "the 45 cases officially confirmed": a participle after a counted thing, which speaks no stance ("reports of 40
    // dead were denied" is a passive, and denies them; "the toll was 19 and denied that" joins a second verb).
    [GeneratedRegex(@"(?<![\p{L}\d])\d[\d,.]*\s+(?:(?!(?:were|was|are|is|been|being|have|has|had|and|but|or)\b)[\p{L}-]+\s+){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountedBefore();

    [GeneratedRegex(@"^(?:both|all|each|they)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Collective();

    // The names a rebuttal's "which both" points back to: "Ukraine and the West" before ", which both denied".
    [GeneratedRegex(@"(?<names>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:\s+(?:and|or)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Antecedent();

    // A figure and its noun right before a participle: "91,000 cases recorded", "40 deaths reported", "the 6 billion
    // rupees in central aid announced so far", "5.4 million deaths officially reported". Unlike CountedBefore, a comma
    // after the figure ends it ("the toll climbs to 135, governor says" keeps its speaker).
    [GeneratedRegex(@"(?<![\p{L}\d])\d(?:[\d,.]*\d)?\s+(?:[\p{Ll}-]+\s+){1,2}(?:(?:in|of)\s+(?:[\p{Ll}-]+\s+){1,2})?(?:\p{Ll}+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CountedNounBefore();

    // "blamed on" a cause, not on a day: what is blamed, not who blames ("The number of deaths blamed on Hurricane Ian").
    [GeneratedRegex(@"^\s+on\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BlamedOnCause();

    // A count named right before a participle that describes it: "nearly five times the number first reported".
    [GeneratedRegex(@"\b(?:the|a|an)\s+(?:number|figure|toll|count|tally|total|estimate)\s+(?:(?:first|initially|originally|previously|earlier|officially)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TallyNounBefore();

    [GeneratedRegex(@"^\s+(?:prosecutors?|mayor|police|governor|council|authorities|officials?|prefect|prefecture|court|judge|coroner|fire|chief|city|municipal\w*|hospital|health|transport|metro|emergency|ambulance)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CityOffice();

    [GeneratedRegex(@"\bever\s+(?:been\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EverBefore();

    // What is raised is no figure and says nothing: "raised the alarm.", "raised money" (but "raised alarm over the
    // alliance" warns of it).
    [GeneratedRegex(@"^\s+(?:the\s+|their\s+|its\s+)?(?:alarm|money|funds|flags?)\b(?!\s+(?:over|about|that|on|at|to)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex RaisedOtherThanFigure();

    // "accused of" with no one accused between: the accused, not the accuser ("the man accused of killing 13 people").
    [GeneratedRegex(@"^\s+of\b", RegexOptions.CultureInvariant)]
    private static partial Regex AccusedOf();

    // A verb of speaking the speaker did not use: "did not say", "has not yet said", "declined to say", "wouldn't say".
    [GeneratedRegex(@"(?:\b(?:did|does|do|would|will|could|has|have|had)\s+not|n't|\b(?:declined|declines|refused|refuses|failed|fails|declining|refusing)\s+to)\s+(?:yet\s+|immediately\s+|publicly\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unsaid();

    // A place or a thing a purpose follows: "marched in Bucharest to blame", "gathered outside parliament to blame".
    [GeneratedRegex(@"\b(?:in|at|on|outside|through|across|into|to|near|from|before)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PurposeBefore();

    // "The quake claimed more than 4,000 lives": a toll, not a claim.
    [GeneratedRegex(@"^\s+(?:[\w,.-]+\s+){1,4}?lives\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LivesClaimed();

    // A verb in the past: "declared", and the irregular ones a speaker acts by ("put the number of people detained
    // at"), not as a participle before its agent ("an aid worker held by the military").
    [GeneratedRegex(@"(?<=\p{L}\s+)(?<verb>\p{Ll}{3,}ed|(?:put|gave|told|sent|took|made|found|held|kept|brought|paid|spoke|wrote)(?!\s+by\b))\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastVerb();

    // Whether a clause after the figure's sets another against it: ", while the union counted", or, past a clause that
    // goes on with it, "stood at 110, with 197 people missing, but survivors ... said".
    private static bool ContrastedLater(string text, int end)
    {
        for (var clauseEnd = ClauseBreak().Match(text, end); clauseEnd.Success; clauseEnd = clauseEnd.NextMatch())
        {
            if (ContrastedClause().IsMatch(text.AsSpan(clauseEnd.Index)))
            {
                return true;
            }

            if (!GoesOnWith().IsMatch(text.AsSpan(clauseEnd.Index)))
            {
                return false;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^,\s+(?:with|including)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GoesOnWith();

    // A comma or a semicolon that ends a clause, not the comma of a figure ("7,500 of its 16,000 staff, while").
    [GeneratedRegex(@"[;]|,(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:after|when|because|before|where)\s+(?:an?\s+|the\s+)?(?<who>(?!(?:that|which|who|whom|where)\b)[\p{L}'’-]+(?:\s+(?:of\s+(?:the\s+)?)?(?!(?:the|a|an|of|that|which|who|whom|where)\b)[\p{L}'’-]+){0,6}?)(?<!\b(?:he|she|it|they|we|I|you|one|this|that))\s+(?:had\s+)?said\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,2}?$", RegexOptions.CultureInvariant)]
    private static partial Regex SaidInClauseOfTime();

    // A verb that ends its clause: "found," or "found." with nothing after it.
    [GeneratedRegex(@"^\s*(?:[,.;!?]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEndsAfter();

    // ", the commission ", ", investigators ": a short phrase set off after the clause it attributes.
    [GeneratedRegex(@"\S,\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerAfterComma();

    // Verbs that attribute only with a clause after them: "maintains that", not "maintains a large army".
    [GeneratedRegex(@"^(?:maintains|maintained|claims|claimed|believes|believed|estimated|estimates|suggested|suggesting|revealed|noted|added|insisted|stressed|predicted|found|finds|ruled)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeedsComplement();

    [GeneratedRegex(@"\bthan\s+(?:[\p{L}'’-]+\s+){0,4}?(?:has|have|had|was|were)\s+(?:been\s+)?(?:publicly\s+|officially\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparedWith();

    [GeneratedRegex(@"\b(?:was|were|been|being|is|are|be|got|remains?|remained)\s+(?:\p{Ll}+ly\s+|still\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveBefore();

    [GeneratedRegex(@"^\s+(?:by|as|out\s+of\s+hand)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgentAfter();

    [GeneratedRegex(@"\d|\b" + FrameCues.WrittenNumber + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountIn();
}
