using System.Text.RegularExpressions;
using FactCheck.Extraction.Framing;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Parsing;

/// <summary>
/// Finds what event a figure, date or statement is about: the nearest event cue (a verb such as "killed" or "deployed",
/// a noun such as "death toll"), whether it is framed as a plan, and who acts: the nationality of the people counted,
/// the first actor before the verb, or the document's main actor.
/// </summary>
internal sealed partial class EventFinder
{
    private const int WordsToPlanningCue = 4;
    // How many sentences open a document: a country named there is one the story is about.
    private const int OpeningSentences = 2;
    private static readonly string[] PersonnelEvents = ["deployment", "combat", "casualties", "injuries", "serious injuries", "gunshot wounds", "in hospital", "strength"];

    private readonly CompiledLexicon _lexicon;
    private string _personnelActor = "";
    private string _mainActor = "";
    private bool _countsPersonnel;

    public EventFinder(CompiledLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The events whose figures count victims: the dead, the presumed dead, the hurt.</summary>
    public static IReadOnlyList<string> VictimEvents { get; } = ["casualties", "presumed", "injuries", "serious injuries", "gunshot wounds", "in hospital", "trapped"];

    // What a statement is about: the act the cue governs, else combat or casualties if named after the cue, else the
    // first topic named after the cue (troops are deployed, weapons supplied), else the last one named before it.
    public string? TopicOf(SentenceFacts facts, int cueEnd, PhraseMatch[] verbs, PhraseMatch[] nouns)
    {
        string? specific = null, firstAfter = null, lastBefore = null, negated = null;
        var specificIndex = int.MaxValue;
        var firstAfterIndex = int.MaxValue;
        var lastBeforeIndex = -1;

        // "denied that Ukrainian forces had taken the town, saying fighting continued on its outskirts": the denial is of
        // the forces' taking it; the fighting it goes on to tell of is no topic, unless only it names one. A denied act
        // the lexicon knows but no topic follows from ("denied that they had shot down the airliner, saying they had no
        // weapons ...") is still what is denied: the weapons it goes on to tell of are not.
        var goesOn = facts.Denies && cueEnd > 0 && DenierGoesOn().Match(facts.Sentence.Text, cueEnd) is { Success: true } on ? on.Index : int.MaxValue;
        if (goesOn < int.MaxValue && !Mentions().Any(m => m.Index >= cueEnd && m.Index < goesOn)
            && !Array.Exists(verbs, v => v.Index >= cueEnd && v.Index < goesOn))
        {
            goesOn = int.MaxValue;
        }

        // "A man was found dead in the cab; police said he was not involved in the attack": a denial in a clause of its
        // own, with its own verb of saying, is not about what the clause before the semicolon told of.
        var ownClause = cueEnd > 0 && facts.Sentence.Text.LastIndexOf(';', cueEnd - 1) is > 0 and var semicolon
            && SaysBetween().IsMatch(facts.Sentence.Text.AsSpan(semicolon, cueEnd - semicolon))
            && (facts.Denies || NegationWord().IsMatch(facts.Sentence.Text.AsSpan(cueEnd))) ? semicolon : -1;

        // "troops had not fired at the aid convoy itself, ..., and that most of those killed died in a stampede": the act a
        // negation stands right before is what is denied, not the dead the sentence goes on to tell of.
        var negates = cueEnd > 0 && NegationWord().IsMatch(facts.Sentence.Text);
        foreach (var (index, topic) in Mentions())
        {
            if (index >= goesOn || index < ownClause)
            {
                continue;
            }

            if (index >= cueEnd)
            {
                if (negates && negated is null && NegationJustBefore().IsMatch(facts.Sentence.Text.AsSpan(0, index)))
                {
                    negated = topic;
                }

                if (topic is "combat" or "casualties" or "capture" && index < specificIndex)
                {
                    (specific, specificIndex) = (topic, index);
                }

                if (index < firstAfterIndex)
                {
                    (firstAfter, firstAfterIndex) = (topic, index);
                }
            }
            else if (index > lastBeforeIndex && !(topic == "deployment" && lastBefore == "casualties" && ListedBefore().IsMatch(facts.Sentence.Text.AsSpan(lastBeforeIndex, index - lastBeforeIndex)))
                && !(topic == "deployment" && lastBefore is "casualties" or "combat" && Opponent().IsMatch(facts.Sentence.Text.AsSpan(0, index))))
            {
                // "The toll included about 400 women, as well as some members of the security forces": forces named
                // after a toll are among its dead. "were killed in a clash with Chinese troops": the forces fought
                // against are the other side of the killing, not what the sentence is about.
                (lastBefore, lastBeforeIndex) = (topic, index);
            }
        }

        // "denied supplying Russia with drones ..., a day after drones killed four people": the verb the cue governs
        // names what is denied, whatever the rest of the sentence goes on to count; so does the verb of the denier's own
        // pronoun ("denied it had used chemical weapons").
        var governed = facts.Denies && cueEnd > 0
            ? Array.Find(verbs, v => v.Index >= cueEnd && (Words.Between(facts.Sentence.Text, cueEnd, v.Index) <= 1
                || DeniersOwnSubject().IsMatch(facts.Sentence.Text.AsSpan(cueEnd, v.Index - cueEnd))))
            : default;
        facts.DeniesOwnAct = governed.Length > 0;
        if (governed.Length == 0 && !facts.Denies && (Accuses(facts) || Perpetrator(facts) is not null || DownedByGroup().IsMatch(facts.Sentence.Text)
            || OnOrdersOf().IsMatch(facts.Sentence.Text)))
        {
            // "His widow accused President Putin of having her husband killed": an accusation is about whom it blames,
            // as the denial that answers it ("The Kremlin denied any involvement") is, whatever act it names. So is a
            // sentence that names who carried out the attack ("the Syrian government carried out a chemical weapons
            // attack", "shot down by a missile fired by the separatists"), which "Syria denied using chemical weapons"
            // and "The rebels denied shooting down the plane" answer; and one that says on whose orders it was done
            // ("brought down on the orders of the Kremlin").
            return "blame";
        }

        if (governed.Length == 0 && !facts.Denies && OwnDeedClaimed().IsMatch(facts.Sentence.Text))
        {
            // "al-Shabaab said it had carried out the attack": a group that owns to the act blames itself, which "the
            // attack was not the work of al-Shabaab" denies.
            return "blame";
        }

        if ((facts.Denies && cueEnd > 0 && DeniesOwnStrike(facts.Sentence.Text, cueEnd)) || ForcesStrikingNone(facts.Sentence.Text).Success)
        {
            // "denied it had carried out any strike on Olenivka", "Russian forces did not strike residential buildings":
            // the denier answers for the attack, not for its dead.
            return "blame";
        }

        if (governed.Length == 0 && cueEnd > 0 && PartyResponsible(facts) is not null)
        {
            // "Peskov denied that Russia was responsible": whom the sentence holds responsible, or clears.
            return "blame";
        }

        if (governed.Length == 0 && cueEnd > 0 && SaysInvolved(facts.Sentence.Text) && NotInvolved().IsMatch(facts.Sentence.Text.AsSpan(cueEnd)))
        {
            // "was not involved in the attack": a denial of a part in the act is about the blame, not about the act's dead.
            return "blame";
        }

        if (governed.Length == 0 && facts.Denies && firstAfter == "blame" && Words.Between(facts.Sentence.Text, cueEnd, firstAfterIndex) <= 1)
        {
            // "rejected any link to Thursday's bombing, which killed 44 soldiers": the denial's own object is a part in
            // the act; the dead it goes on to tell of are the act's.
            return "blame";
        }

        return (governed.Length > 0 ? _lexicon.Lexicon.EventVerbs[governed.Key].Event : negated) ?? specific ?? firstAfter ?? lastBefore;

        IEnumerable<(int Index, string Topic)> Mentions()
        {
            foreach (var noun in nouns)
            {
                var topic = _lexicon.Lexicon.EventNouns[noun.Key];
                // "denied that its forces were responsible for the killings": the act named as what someone answers for
                // is the blame's, not a topic of its own; so is the act someone "ordered the killing" of, and one a
                // relative clause tells of ("the crash that killed all 230 people").
                if (topic is "combat" or "casualties" && !AnsweredFor().IsMatch(facts.Sentence.Text.AsSpan(0, noun.Index))
                    && !InBlamePhrase(facts, noun.Index) && !SaysWhichEvent(noun.Index))
                {
                    yield return (noun.Index, topic);
                }
            }

            foreach (var verb in verbs)
            {
                var topic = _lexicon.Lexicon.EventVerbs[verb.Key].Event;
                // "Several workers at the factory where 23 people died told reporters": a relative clause in the
                // speaker's name says who speaks, not what about. "the business had lost £100 million a year": money
                // lost is no one's death, nor a means lost ("the observatory, which had lost its funding"). Nor is
                // "fought the blaze" a battle, nor "the crash that killed all 230 people" what is said or denied.
                if (topic is "combat" or "casualties" && !(verb.Index < cueEnd && InRelativeClause().IsMatch(facts.Sentence.Text.AsSpan(0, verb.Index)))
                    && !SaysWhichEvent(verb.Index)
                    && !InBlamePhrase(facts, verb.Index) && !LostNoLife().IsMatch(facts.Sentence.Text.AsSpan(verb.Index)) && !(topic == "combat" && FireFought().IsMatch(facts.Sentence.Text.AsSpan(verb.End))))
                {
                    yield return (verb.Index, topic);
                }
            }

            foreach (var noun in _lexicon.TopicNounsIn(facts))
            {
                // "blamed a technical problem" blames no one: only a verb of blaming with a country or an armed group
                // after it is a topic ("blamed separatists from Xinjiang"), and not in a denial, where it names the
                // other side ("denied that Russia was responsible and blamed Ukrainian shelling").
                var topic = _lexicon.Lexicon.TopicNouns[noun.Key];
                // "Armed forces officials said ...": forces that name who speaks are not what they speak of.
                if ((!BlamingVerb().IsMatch(noun.Key) || (!facts.Denies && (BlamedActor(facts, noun).Length > 0 || ArmedGroupAfter().IsMatch(facts.Sentence.Text.AsSpan(noun.End)))))
                    && !(topic == "deployment" && (ActedNext(facts, noun) || (noun.Index < cueEnd && SpokesmenOf().IsMatch(facts.Sentence.Text.AsSpan(noun.End)))))
                    && !IsBlaze(facts, noun)
                    // "the march, organised by labour unions": only violence organised by someone is blamed on them.
                    && !(noun.Key.StartsWith("organi", StringComparison.Ordinal) && !ViolenceOrganised().IsMatch(facts.Sentence.Text.AsSpan(0, noun.Index))))
                {
                    yield return (noun.Index, topic);
                }
            }
        }

        // "the crash that killed all 230 people": after the cue, a relative clause right after its noun says which
        // event, not what is said of it.
        bool SaysWhichEvent(int index) => index >= cueEnd && RelativeJustBefore().IsMatch(facts.Sentence.Text.AsSpan(0, index));
    }

    [GeneratedRegex(@"\b(?:riots?|rioting|violence|unrest|attacks?|bombings?|killings?|clashes|massacres?|looting|arson|uprising)\b[^,;.]{0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ViolenceOrganised();

    // Whether a word stands inside a phrase of blame ("ordered the killing"), whose act is the blame's topic.
    private bool InBlamePhrase(SentenceFacts facts, int index)
        => Array.Exists(_lexicon.TopicNounsIn(facts), n => index >= n.Index && index < n.End && _lexicon.Lexicon.TopicNouns[n.Key] == "blame");

    /// <summary>
    /// The topic of a second thing said after ", and that", when the lexicon knows one and it is not the sentence's own,
    /// and where that clause starts: "shooting" in "said that 846 people had been killed ..., and that police had fired
    /// live ammunition at protesters".
    /// </summary>
    public (string Topic, int Start)? SecondThingSaid(SentenceFacts facts)
    {
        var text = facts.Sentence.Text;
        if (facts.Topic is null || facts.SpeakerCueEnd == 0 || AndThat().Match(text, facts.SpeakerCueEnd) is not { Success: true } second)
        {
            return null;
        }

        // Those who acted ("Islamic State fighters did not open fire") name no topic of their own; what they did does.
        // The sentence's own topic, named only in the second thing ("said the protesters had been armed and that the
        // security forces had not used their firearms"), is that thing's.
        var named = Array.Find(_lexicon.TopicNounsIn(facts),
            n => n.Index >= second.Index && _lexicon.Lexicon.TopicNouns[n.Key] != "deployment");
        return named.Length > 0 && _lexicon.Lexicon.TopicNouns[named.Key] is var topic
            && (topic != facts.Topic || !Array.Exists(_lexicon.TopicNounsIn(facts), n => n.Index >= facts.SpeakerCueEnd && n.Index < second.Index && _lexicon.Lexicon.TopicNouns[n.Key] == topic))
            ? (topic, second.Index) : null;
    }

    // "an explosion and fire at a coal mine": a blaze, not shots.
    private static bool IsBlaze(SentenceFacts facts, PhraseMatch noun)
        => noun.Key.StartsWith("fire ", StringComparison.OrdinalIgnoreCase) && BlazeBefore().IsMatch(facts.Sentence.Text.AsSpan(0, noun.Index));

    /// <summary>
    /// Whether a sentence that counts the dead or the hurt says they were shot: "most of the 17 civilians killed had
    /// died of gunshot wounds", "Soldiers opened fire on opposition supporters ..., killing three people, police said".
    /// </summary>
    public bool ShotAmongTheCounted(SentenceFacts facts)
        => facts.Topic is "casualties" or "injuries"
            && Array.Exists(_lexicon.TopicNounsIn(facts), n => _lexicon.Lexicon.TopicNouns[n.Key] == "shooting" && !IsBlaze(facts, n));

    // "denied that Russia was responsible and blamed Ukrainian shelling", "denied that Kyiv was behind it", "the Syrian
    // government was responsible": a country said to be responsible, with no "for" after (which the lexicon's
    // "responsible for" reads).
    private PhraseMatch? PartyResponsible(SentenceFacts facts)
    {
        foreach (var party in PartiesIn(facts))
        {
            if (ResponsibleAfter().IsMatch(facts.Sentence.Text, party.End))
            {
                return party;
            }
        }

        return null;
    }

    // "denied that soldiers had shot at protesters": the troops are who acted; what they did is the topic. So are those who
    // used force in a way the lexicon has no topic for ("officers had shot children without warning"): no deployment.
    private bool ActedNext(SentenceFacts facts, PhraseMatch troops)
        => Array.Exists(_lexicon.TopicNounsIn(facts), act => act.Index >= troops.End && _lexicon.Lexicon.TopicNouns[act.Key] != "deployment"
            && Words.Between(facts.Sentence.Text, troops.End, act.Index) <= 2)
            || UsedForceNext().IsMatch(facts.Sentence.Text.AsSpan(troops.End));

    [GeneratedRegex(@"^\s+(?:had\s+|have\s+|has\s+)?(?:not\s+|never\s+)?(?:fired|shot|beat|beaten|killed|attacked|charged|opened)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UsedForceNext();

    /// <summary>
    /// Whose act a statement speaks of: the country named on the topic's noun ("Russian missiles had crossed into
    /// Poland"), the speaker's own for "its"/"their" ("Russia denied that any of its missiles had hit"), else the actor
    /// <see cref="AgentOf"/> finds in the sentence (which also reads whose people are counted: "North Korean Special
    /// Forces soldiers").
    /// </summary>
    public string StatementAgentOf(string topic, SentenceFacts facts, string? speaker)
    {
        var text = facts.Sentence.Text;
        if (topic == "blame")
        {
            // Whoever the sentence holds responsible ("Russia was responsible", "Moscow had nothing to do with", "accused
            // Iran of"), else, in a denial, the speaker's own country ("we do not accept any involvement"). A sentence
            // that only goes on about the blame ("The military said it was looking into the reports") blames no one.
            if (BlameMention(facts) is { } mention)
            {
                return mention.Actor.Key;
            }

            if (PartyResponsible(facts) is { } responsible)
            {
                return responsible.Key;
            }

            // "Russian forces did not strike residential buildings": the side whose forces the denial speaks for, whoever
            // it says did ("suggested the building had been hit by a Ukrainian air defence missile").
            if (ForcesStrikingNone(text) is { Success: true } none
                && PartiesIn(facts).FindLast(a => a.End <= none.Index && Words.Between(text, a.End, none.Index) <= 1) is { Length: > 0 } forcesSide)
            {
                return forcesSide.Key;
            }

            if (!facts.Denies && Perpetrator(facts) is { } perpetrator)
            {
                return perpetrator;
            }

            // "Pakistan's defence minister said his country had nothing to do with the attack", "al-Shabaab said its
            // fighters had carried out the killings": the speaker's own side.
            return speaker is not null && (facts.Denies || OwnSideBlamed(facts) || OwnDeedClaimed().IsMatch(text)) ? PartyOwning(speaker) ?? "" : "";
        }

        if (facts.DeniesOwnAct && speaker is not null && ActorOwning(speaker) is { } denier)
        {
            // "Iran's foreign ministry denied supplying Russia with drones": the speaker's country denies its own act.
            return denier;
        }

        if (SideDenying(facts, speaker, OwnForcesDenied()) is { } forcesOwner)
        {
            // "Rwanda's government has denied that any of its troops are in the country", "Rwanda denied that its
            // troops were fighting in Congo": the speaker's side denies what its own forces did.
            return forcesOwner;
        }

        if (speaker is not null && facts.SpeakerCueEnd > 0 && OwnSideSpoken().IsMatch(text.AsSpan(facts.SpeakerCueEnd)) && PartyOwning(speaker) is { } side)
        {
            // "North Korea's vice defence minister said his country had never exported weapons": the speaker's own side.
            return side;
        }

        if (!_lexicon.Lexicon.EventsWithoutActor.Contains(topic) && !PersonnelEvents.Contains(topic))
        {
            foreach (var noun in _lexicon.TopicNounsIn(facts))
            {
                if (_lexicon.Lexicon.TopicNouns[noun.Key] != topic)
                {
                    continue;
                }

                var named = facts.Actors.FindLast(a => a.End < noun.Index && Words.Between(text, a.End, noun.Index) <= 1);
                if (named.Length > 0 && OnlyModifiers().IsMatch(text.AsSpan(named.End, noun.Index - named.End)))
                {
                    return named.Key;
                }

                if (topic == "shooting" && UnnamedGunmen().Match(text, 0, noun.Index) is { Success: true } gunmen
                    && !facts.Actors.Exists(a => a.End <= gunmen.Index && Words.Between(text, a.End, gunmen.Index) == 0))
                {
                    // "denied that any fighters had been firing from inside the compound": those who fired are named, and
                    // are of no country the lexicon knows, so the story's main actor did not fire.
                    return "";
                }

                if (speaker is not null && Possessive().IsMatch(text.AsSpan(0, noun.Index))
                    && ActorOwning(speaker) is { } own)
                {
                    return own;
                }
            }

            if (facts.SpeakerCueEnd > 0 && facts.Actors.FirstOrDefault(a => a.Index >= facts.SpeakerCueEnd && !Opponent().IsMatch(text.AsSpan(0, a.Index))) is { Length: > 0 } spokenOf)
            {
                // "The United States said that North Korea had delivered 10,000 containers": what is said is North Korea's
                // act; the speaker before the verb only says it. The side fought against ("four of its soldiers were
                // killed in a clash with Indian troops") is not whose dead are counted.
                return spokenOf.Key;
            }
        }

        var agent = AgentOf(topic, facts, 0, text.Length, -1);
        if (agent.Length == 0 && topic == "casualties" && SideDenying(facts, speaker, CiviliansKilled()) is { } deniersSide)
        {
            // "Mali's government denied that any civilians had been killed": a side that denies civilians died speaks
            // of what its own forces did, which "Malian soldiers had executed about 300 civilian men" asserts.
            return deniersSide;
        }

        return agent;
    }

    [GeneratedRegex(@"^\s+(?:that\s+)?(?:any|a\s+single)\s+civilians?\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:killed|harmed|hurt|executed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CiviliansKilled();

    /// <summary>
    /// Whether whom a sentence blames is named by a verb of blaming ("said there was no evidence the attack came from
    /// Yemen and accused Iran of launching it"): what it says is the accusation, whatever else it negates. Not so for
    /// "said Moscow had nothing to do with the attack and accused Britain of provocation", which blames Moscow first.
    /// </summary>
    public bool Accuses(SentenceFacts facts) => BlameMention(facts) is { } mention && BlamingVerb().IsMatch(mention.Noun.Key);

    // The first word of blame that names whom it blames, with that country: named just before the word ("Russia was
    // responsible"), just after "the work of" ("the work of Russia's foreign intelligence service") or "on the orders
    // of" ("brought down on the orders of the Kremlin"), or just after a verb of blaming ("blamed an Israeli air
    // strike"), which a denial does not count: there it names the other side ("denied that Russia was responsible and
    // blamed Ukrainian shelling").
    private (PhraseMatch Noun, PhraseMatch Actor)? BlameMention(SentenceFacts facts)
    {
        var text = facts.Sentence.Text;
        foreach (var noun in _lexicon.TopicNounsIn(facts))
        {
            if (_lexicon.Lexicon.TopicNouns[noun.Key] != "blame" || (BlamingVerb().IsMatch(noun.Key) && facts.Denies))
            {
                continue;
            }

            var named = BlamingVerb().IsMatch(noun.Key) || noun.Key is "the work of" or "on the orders of" or "on orders from" or "at the behest of"
                ? BlamedActor(facts, noun)
                : PartiesIn(facts).FindLast(a => a.End <= noun.Index && Words.Between(text, a.End, noun.Index) <= 3);
            if (named.Length > 0)
            {
                return (noun, named);
            }
        }

        return null;
    }

    // The country a sentence says carried out the attack it is about: "Russian forces carried out the strike on the
    // market", "the Syrian government carried out a chemical weapons attack", "government troops used chemical
    // weapons", "the airliner was shot down by an Iranian missile". "Israeli forces carried out a raid" names another act
    // than the story's, so an indefinite one counts only when it is a chemical attack.
    private string? Perpetrator(SentenceFacts facts)
    {
        var text = facts.Sentence.Text;
        foreach (var party in PartiesIn(facts))
        {
            if (Perpetrated().IsMatch(text, party.End) || (DownedBy().IsMatch(text.AsSpan(0, party.Index)) && !MadeBy().IsMatch(text, party.End)))
            {
                return party.Key;
            }
        }

        return null;
    }

    /// <summary>
    /// The countries an accusation names after the first one it blames: "the United States" in "blamed Israel and the
    /// United States". Empty when it names one or blames no one.
    /// </summary>
    public IEnumerable<string> AlsoBlamed(SentenceFacts facts)
    {
        if (BlameMention(facts) is not { } mention || !BlamingVerb().IsMatch(mention.Noun.Key))
        {
            yield break;
        }

        var text = facts.Sentence.Text;
        var last = mention.Actor;
        foreach (var actor in PartiesIn(facts).Where(a => a.Index > mention.Actor.End).OrderBy(a => a.Index))
        {
            if (!JoinedName().IsMatch(text.AsSpan(last.End, actor.Index - last.End)))
            {
                yield break;
            }

            if (actor.Key != mention.Actor.Key)
            {
                yield return actor.Key;
            }

            last = actor;
        }
    }

    // Whether the speaker's own side is what a word of blame follows: "his country had nothing to do with", "we had no
    // role".
    private bool OwnSideBlamed(SentenceFacts facts)
        => _lexicon.TopicNounsIn(facts).Any(noun => _lexicon.Lexicon.TopicNouns[noun.Key] == "blame"
            && !BlamingVerb().IsMatch(noun.Key) && OwnSide().IsMatch(facts.Sentence.Text.AsSpan(0, noun.Index)))
            // "Pakistan said it was not involved in the attack".
            || (SaysInvolved(facts.Sentence.Text) && NotInvolved().Match(facts.Sentence.Text) is { Success: true } notInvolved && OwnSide().IsMatch(facts.Sentence.Text.AsSpan(0, notInvolved.Index)));

    // The country named just after a verb of blaming ("accused Russia of", "blamed an Israeli air strike"), or none.
    // "Activists blamed government forces" names the government of the country the story is about (known once the
    // whole document is read, which is when a statement's agent is asked for; its topic needs only the match).
    private PhraseMatch BlamedActor(SentenceFacts facts, PhraseMatch verb)
    {
        var named = PartiesIn(facts).Find(a => a.Index >= verb.End && Words.Between(facts.Sentence.Text, verb.End, a.Index) <= 3);
        return named.Length == 0 && GovernmentSideAfter().Match(facts.Sentence.Text, verb.End) is { Success: true } side
            ? new PhraseMatch(side.Index, side.Length, _mainActor)
            : named;
    }

    // Any country a sentence names ("Pakistan denied any role"), not only the lexicon's actors, keyed by the country.
    private List<PhraseMatch> PartiesIn(SentenceFacts facts)
    {
        if (facts.Parties is null)
        {
            var found = _lexicon.Parties.FindAll(facts.Tokens);
            facts.Parties = new List<PhraseMatch>(found.Length);
            foreach (var party in found)
            {
                facts.Parties.Add(party with { Key = _lexicon.PartyOf(party.Key) });
            }

            // A token keeps its possessive ("Ukraine's"), which no phrase of the set is: "Ukraine's special services had
            // organised the explosion" names Ukraine all the same.
            var text = facts.Sentence.Text;
            foreach (var (start, end) in facts.Tokens.Tokens)
            {
                if (end - start > 3 && text[end - 1] == 's' && text[end - 2] is '\'' or '’' && text[start..(end - 2)] is var stem
                    && (_lexicon.IsCountry(stem) || _lexicon.Lexicon.Demonyms.ContainsKey(stem) || _lexicon.Lexicon.Actors.ContainsKey(stem)))
                {
                    facts.Parties.Add(new PhraseMatch(start, stem.Length, _lexicon.PartyOf(stem)));
                }
            }

            if (facts.Parties.Count > found.Length)
            {
                facts.Parties.Sort(static (a, b) => a.Index.CompareTo(b.Index));
            }
        }

        return facts.Parties;
    }

    /// <summary>
    /// Who a denial of an act says did not do it: the speaker's own country for "Russia denied shelling the plant",
    /// "Israel denied that its forces struck the hospital"; null when the denial is of no act (a figure, a meeting).
    /// An act denied and an act blamed on the same country are one proposition: who did it.
    /// </summary>
    public string? DeniedActorOf(SentenceFacts facts, string? speaker) => SideDenying(facts, speaker, DeniedAct());

    // The speaker's side when what the sentence denies opens as a pattern says: "denied that its troops", "denied that
    // any civilians had been killed".
    private string? SideDenying(SentenceFacts facts, string? speaker, Regex denied)
        => facts.Denies && facts.StanceCue is { } cue && denied.IsMatch(facts.Sentence.Text.AsSpan(cue.End)) && speaker is not null
            ? SideOf(speaker)
            : null;

    /// <summary>The country a speaker's name holds, also in the possessive ("Russia's defence ministry" -> Russia), or null.</summary>
    public string? SideOf(string speaker) => ActorNamedIn(speaker) ?? PartyOwning(speaker);

    // The country a speaker's name holds ("Russian government" -> Russia), or null.
    private string? ActorNamedIn(string speaker) => FirstCountry(_lexicon.Actors, speaker);

    // Any country a speaker's name holds, also in the possessive: "Pakistan's defence minister" -> Pakistan.
    private string? PartyOwning(string speaker) => FirstCountry(_lexicon.Parties, speaker.Replace("'s", "", StringComparison.Ordinal));

    // The country of the first name a matcher finds in a text, or null.
    private string? FirstCountry(PhraseMatcher names, string text)
        => names.FindAll(text).FirstOrDefault() is { Length: > 0 } named ? _lexicon.PartyOf(named.Key) : null;

    // The country a speaker's name holds also in the possessive: "Iran's foreign ministry" -> Iran.
    private string? ActorOwning(string speaker) => ActorNamedIn(speaker.Replace("'s", "", StringComparison.Ordinal));

    /// <summary>Chooses the document's main actor and whose personnel it counts, from every sentence.</summary>
    public void ChooseMainActors(List<SentenceFacts> facts)
    {
        var personnel = new Dictionary<string, int>();
        var all = new Dictionary<string, int>();
        var opening = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < facts.Count; index++)
        {
            var sentence = facts[index];
            var listed = Listed(sentence);
            foreach (var actor in sentence.Actors)
            {
                if (listed.Contains(actor.Index))
                {
                    continue;
                }

                all[actor.Key] = all.GetValueOrDefault(actor.Key) + 1;
                if (index < OpeningSentences)
                {
                    opening.Add(actor.Key);
                }

                // "Houthi forces sank a ship", "Israeli forces said", "Indian commandos ended the siege" name a side, not
                // soldiers the story counts ("1,500 Russian troops").
                if (_lexicon.UnitAfter(sentence.Sentence.Text, actor.End) is { } unit && _lexicon.Lexicon.Units[unit.Key] == "personnel" && unit.Key != "forces"
                    && CountBefore().IsMatch(sentence.Sentence.Text.AsSpan(0, actor.Index)))
                {
                    personnel[actor.Key] = personnel.GetValueOrDefault(actor.Key) + 1;
                }
            }
        }

        // A country named once in passing, past the opening, is no one the story is about: "One of the bombers had studied
        // in Britain" does not make Britain the arrests' agent.
        _mainActor = all.Where(p => p.Value > 1 || opening.Contains(p.Key)).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).FirstOrDefault() ?? "";
        _countsPersonnel = personnel.Count > 0;
        _personnelActor = personnel.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault() ?? _mainActor;
    }

    // What a denier goes on to say after what it denies: ", saying ...", ", adding ...".
    [GeneratedRegex(@",\s+(?:saying|adding|insisting|arguing|citing)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DenierGoesOn();

    // What opens a second thing said: "said that 846 people had been killed, and that police had fired ...".
    [GeneratedRegex(@",?\s+and\s+that\s", RegexOptions.CultureInvariant)]
    private static partial Regex AndThat();

    // A force that is the subject of a killing, after its demonym: " commandos killed the", " troops shot dead two", " forces
    // captured the town", " naval commandos boarded a flotilla".
    [GeneratedRegex(@"^\s+(?:[\p{Ll}-]+\s+){1,2}?(?:(?:has|have|had|also)\s+)?(?:(?:killed|shot(?:\s+dead)?|gunned\s+down)\s+(?:the|a|an|all|some|several|dozens|hundreds|thousands|at\s+least|more\s+than|about|nearly|over|up\s+to|around|\d|his|her|their|its)\b|(?:stormed|raided|boarded|rammed|ambushed|opened\s+fire|fired\s+(?:on|at|into)|captured|overran|attacked|shelled|bombed))", RegexOptions.CultureInvariant)]
    private static partial Regex ForceKills();

    [GeneratedRegex(@"\bby\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AgentBy();

    // What opens a clause that sets the scene, or gives the speaker's grounds: "..., a U.N. official said, after special
    // forces stormed the hotel", "..., saying that some bodies had turned out to be those of Hamas fighters".
    [GeneratedRegex(@",\s+(?:after|as|when|while|before|because|since|following|saying|adding)\s", RegexOptions.CultureInvariant)]
    private static partial Regex SceneSetBetween();

    [GeneratedRegex(@"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|dozen|dozens|several|many|more|some))\s+(?:[\p{L}-]+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountBefore();

    [GeneratedRegex(@"^(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^\s+of\b")]
    private static partial Regex OfAfter();

    [GeneratedRegex(@"\bthe\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TheBefore();

    [GeneratedRegex(@"^\s*(?:[\p{Ll}-]+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyModifiers();

    // Words that open a relative clause, a few words before a verb: "the factory where 23 people", "those who".
    [GeneratedRegex(@"\b(?:where|which|who)\s+(?:[\w'’-]+\s+){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex InRelativeClause();

    // "the crash that killed": a relative pronoun right after its noun, right before the verb.
    [GeneratedRegex(@"\p{L}\s+(?:that|which)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeJustBefore();

    [GeneratedRegex(@"^(?:blam|accus|link(?:s|ed)\s+to|linking\b|ties\s+to)", RegexOptions.CultureInvariant)]
    private static partial Regex BlamingVerb();

    // A group of no country that a blame may fall on: "blamed separatists from the far western region of Xinjiang".
    [GeneratedRegex(@"^\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:separatists|militants|rebels|extremists|insurgents|terrorists|jihadists|nationalists)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ArmedGroupAfter();

    [GeneratedRegex(@"\b(?:said|says|told|added|insisted)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SaysBetween();

    // Every sentence's topic is read, and few say "involved": most need not run the expression below.
    private static bool SaysInvolved(string text) => text.Contains("involved", StringComparison.Ordinal);

    // "was not involved in the attack", "there was no evidence that the leadership had been involved".
    [GeneratedRegex(@"\b(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:not|never|in\s+no\s+way)|(?:had|has|have)\s+(?:not|never)\s+been)\s+(?:(?:in\s+any\s+way|directly|personally)\s+)?involved\s+in\b|\bno\s+(?:evidence|proof|indication)\s+that\s+[^.;]{1,100}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:directly\s+)?involved\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotInvolved();

    [GeneratedRegex(@"\b(?:not|never|no)\b|n['’]t\b", RegexOptions.CultureInvariant)]
    private static partial Regex NegationWord();

    // "had not fired at", and "found no sign of gunfire or sabotage": what is found not to have been.
    [GeneratedRegex(@"(?:\b(?:not|never)|n['’]t)\s+$|\bno\s+(?:signs?|evidence|traces?|indications?)\s+(?:of|that)\s+(?:(?:the|an?)\s+)?(?:[\p{L}-]+\s+(?:or|and)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NegationJustBefore();

    // Places whose striking is an attack someone answers for: "had struck the prison", "shelled the hospital".
    private const string StruckSites = @"(?:prison|hospital|school|market|theatre|theater|mall|shopping\s+cent(?:re|er)|station|building|apartment\s+block|block\s+of\s+flats|barracks|convoy|camp|church|mosque|shelter|dam|bridge)";

    // Vessels a side is said to have sunk: "a North Korean torpedo sank the South Korean warship".
    private const string SunkVessels = @"(?:ship|warship|vessel|corvette|frigate|destroyer|cruiser|submarine|ferry|tanker|boat|flagship)";

    // Aircraft a side is said to have brought down, whose downing someone answers for: "shot down the airliner". A
    // fighter jet shot down is a side's report of its war, not an attack it denies.
    private const string DownedAircraft = @"(?:airliner|plane|aircraft|flight|passenger\s+jet)";

    // A denial of the denier's own strike: "denied it had carried out any strike on the prison", "denied that its
    // forces had launched the attack", "denied that it had sunk the ship", "denied sinking the Cheonan", "denied that
    // it had shot down the plane", "denied destroying the dam", "denied that a missile had hit the plane", "rejected
    // reports that one of its missiles had brought down the plane", "dismissed as a lie the suggestion that it had
    // ordered the killing". The speaker's side is what it answers for.
    [GeneratedRegex(@"^\s+(?:on\s+\p{Lu}\p{L}+\s+)?(?:as\s+(?:an?\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:lie|nonsense|fabrication|slander)\s+)?(?:(?:the\s+)?(?:suggestion|claim|allegation|accusation|report)s?\s+)?(?:(?:that\s+)?(?:it|they|its\s+(?:own\s+)?(?:forces|troops|military|army|fighters|soldiers)|their\s+(?:forces|troops|fighters|soldiers))\s+(?:had\s+|has\s+|have\s+)?(?:(?:carried\s+out|launched|conducted|staged|ordered|orchestrated)\s+(?:any|the|an?)\s+(?:[\p{L}-]+\s+){0,2}?(?:strike|attack|bombing|shelling|raid|killing|assassination|murder)s?|(?:sank|sunk|torpedoed|shot\s+down|brought\s+down|downed|destroyed|blew\s+up|blown\s+up|sabotaged|attacked|bombed|shelled|stormed)\s+(?:the|a|an|any)\b)|(?:having\s+)?(?:sinking|sunk|torpedoing|torpedoed|shooting\s+down|bringing\s+down|downing|destroying|blowing\s+up|sabotaging)\s+(?:the|a|an|any)\b|(?:that\s+)?(?:an?|any|(?:one\s+of\s+)?(?:its|their)(?:\s+own)?)\s+(?:[\p{L}-]+\s+){0,2}?(?:missiles?|rockets?)\s+(?:had\s+|has\s+)?(?:hit|struck|downed|shot\s+down|brought\s+down)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?" + DownedAircraft + @"\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnStrikeDenied();

    // After the denying cue, or after a second denying verb: "said the findings were a fabrication and denied that it had
    // sunk the ship".
    private static bool DeniesOwnStrike(string text, int cueEnd)
        => OwnStrikeDenied().IsMatch(text.AsSpan(cueEnd))
            || (DenyingVerb().Match(text, cueEnd) is { Success: true } later && OwnStrikeDenied().IsMatch(text.AsSpan(later.Index + later.Length)));

    [GeneratedRegex(@"\b(?:denied|denies|deny|denying)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DenyingVerb();

    // "government forces", "the regime", "pro-government militiamen": a side named by whose it is, not by its country.
    [GeneratedRegex(@"\G\s+(?:the\s+)?(?:government|regime)(?:\s+(?:forces|troops|soldiers|militias?|militiamen|army))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex GovernmentSideAfter();

    // Every sentence's topic is read, and few say "not": most need not run the expression below.
    private static Match ForcesStrikingNone(string text) => text.Contains("not", StringComparison.Ordinal) ? ForcesStruckNone().Match(text) : Match.Empty;

    // A side's forces that, in the denial, strike no one: "said that Russian forces did not strike residential buildings".
    [GeneratedRegex(@"\b(?:forces|troops|army|military)\s+(?:did|does|do|had|has|have)\s+not\s+(?:strike|hit|target|attack|shell|bomb)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ForcesStruckNone();

    // Weapons whose use is itself the attack a story is about: "chemical weapons", "poison gas", "nerve agents".
    private const string ChemicalWeapons = @"(?:chemical|poison(?:ous)?|nerve|toxic|mustard)\s+(?:weapons|gas|agents?|bombs|shells|rockets)";

    // After a country's name, its act of attack: "('s) forces carried out the strike", "'s government forces had
    // carried out the attack", "'s special services had organised the explosion", " government had used chemical
    // weapons", " military launched a nerve agent attack", " warplanes had dropped chemical bombs", " forces had
    // attacked the town with mustard gas", " government carried it out" (the attack the sentence has just named, as
    // " government had launched it" does), " troops killed hundreds of civilians" (those who did not fight: "killed
    // 500 Russian soldiers" is a side's report of its war), " had struck the prison" (a place where the dead were).
    [GeneratedRegex(@"\G(?:['’]s)?\s+(?:(?:(?:government|regime|state)\s+(?=forces|troops|military|army|soldiers|jets|warplanes|aircraft|security|special|intelligence))?(?:government|regime|forces|troops|military|army|air\s+force|jets|warplanes|aircraft|drones|missiles?|rockets?|torpedo(?:es)?|soldiers|special\s+services|security\s+services?|intelligence(?:\s+services?|\s+agenc(?:y|ies))?|fighters?|fighter\s+jets?|air\s+defen[cs]es?|navy|warships?)\s+)?(?:(?:had|has|have)\s+)?(?:(?:probably|likely|mistakenly|accidentally|unintentionally|inadvertently)\s+)?(?:carried\s+(?:it|them)\s+out\b|(?:launched|ordered|staged)\s+(?:it|them)\b|(?:was|were|had\s+been)\s+behind\s+(?:it|them|the|this|that)\b|(?:carried\s+out|conducted|perpetrated|staged|launched|ordered|organi[sz]ed|orchestrated)\s+(?:(?:the|this|that|these|those)\s+(?:[\p{L}-]+\s+){0,3}?(?:attacks?|strikes?|bombings?|raids?|assaults?|massacres?|shelling|explosions?|blasts?)\b|(?:a|an)\s+(?:chemical|poison(?:ous)?[\s-]gas|nerve[\s-]agent|sarin|chlorine)\b)|(?:us(?:ed|ing)|dropp(?:ed|ing)|fir(?:ed|ing))\s+" + ChemicalWeapons + @"\b|attack(?:ed|ing)\s+[^,.;]{1,40}?\s+with\s+" + ChemicalWeapons + @"\b|(?:killed|massacred|executed|shot\s+dead)\s+(?:[\p{L}\d,-]+\s+){0,4}?(?:civilians|residents|villagers|protesters|demonstrators|worshippers|men|women|children|boys)\b|(?:struck|hit|shelled|bombed|destroyed)\s+(?:part\s+of\s+)?(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?" + StruckSites + @"\b|(?:sank|sunk|torpedoed)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?" + SunkVessels + @"\b|(?:shot|brought)\s+down\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?" + DownedAircraft + @"\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Perpetrated();

    // Before a country's name, the passive of its act: "the airliner was shot down by an Iranian surface-to-air missile",
    // "the warship was sunk by a North Korean torpedo", "the plane had been hit by a Russian missile", "the dam was
    // destroyed by Russian troops"; and an attack someone planned: "a terrorist attack planned by Ukraine's special
    // services", "the bombing was ordered by".
    [GeneratedRegex(@"(?:\b(?:attack|attacks|bombing|bombings|blast|explosion|assault|sabotage)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:(?:was|were|had\s+been)\s+)?(?:planned|organi[sz]ed|ordered|masterminded|staged|carried\s+out)|\b(?:was|were|had\s+been|has\s+been)\s+(?:shot\s+down|brought\s+down|downed|sunk|torpedoed)|\b" + DownedAircraft + @"\s+(?:was|had\s+been)\s+(?:hit|struck)|\b" + StruckSites + @"\s+(?:was|were|had\s+been|has\s+been)\s+(?:destroyed|blown\s+up|blasted|hit|struck|shelled|bombed))\s+by\s+(?:(?:the|an?)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DownedBy();

    // "had been shot down by a missile fired by the separatists", "was sunk by rebels": an armed group that is no country
    // named as who downed or sank it.
    [GeneratedRegex(@"\b(?:was|were|had\s+been|has\s+been)\s+(?:shot\s+down|brought\s+down|downed|sunk|torpedoed)\s+by\s+(?:(?:the|an?)\s+)?(?:(?:[\p{L}-]+\s+){1,4}?(?:fired|launched)\s+by\s+(?:the\s+)?)?(?:(?:pro-\p{Lu}[\p{L}-]+|armed|Islamist|separatist|rebel)\s+)?(?:separatists|rebels|militants|insurgents|militias?|militiamen|fighters|gunmen)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DownedByGroup();

    // "on the orders of the Kremlin", "at the behest of Moscow": who had it done, named.
    [GeneratedRegex(@"\b(?:on\s+the\s+orders\s+of|on\s+orders\s+from|at\s+the\s+behest\s+of)\s+(?:the\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex OnOrdersOf();

    [GeneratedRegex(@"\G(?:['’]s)?\s+(?:(?:government|regime|forces|military|army|authorities|leadership)\s+)?(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:not\s+)?(?:responsible\b(?!\s+for\b)|behind\s+(?:it|them|the|this|that)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ResponsibleAfter();

    // "a Russian-made missile": whose make a weapon is says nothing of who fired it.
    [GeneratedRegex(@"\G-(?:made|built|designed|supplied|backed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MadeBy();

    // What joins two countries one accusation names: "Israel and the United States", "Ukraine, Britain".
    [GeneratedRegex(@"^\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedName();

    // What is denied opens with the denier's own forces: " that any of its troops", " its soldiers".
    [GeneratedRegex(@"^\s+(?:that\s+)?(?:any\s+of\s+)?(?:its|their|our)\s+(?:own\s+)?(?:troops|forces|soldiers|military|army|fighters|personnel|units)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnForcesDenied();

    // What is said opens with the speaker's own side: "said his country had", "said in a statement that its government".
    [GeneratedRegex(@"^\s+(?:(?:in|on|at)\s+(?:[\p{L}-]+\s+){1,2}?)?(?:that\s+)?(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:country|government|nation)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnSideSpoken();

    // The speaker's own doing of the act: "it had carried out the attack", "its fighters had carried out the killings".
    [GeneratedRegex(@"\b(?:[Ii]t|[Tt]hey|[Ww]e|(?:[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:own\s+)?(?:fighters|men|members|militants|forces|gunmen))\s+(?:had\s+|has\s+|have\s+)?(?:carried\s+out|conducted|staged|launched|was\s+behind|were\s+behind)\s+(?:the|this|that|these|those|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\p{L}-]+\s+){0,2}?(?:attacks?|killings?|bombings?|raids?|massacres?|assaults?|operation)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnDeedClaimed();

    // The speaker's own side, a few words before a word of blame: "his country had", "we played", "its forces had".
    [GeneratedRegex(@"\b(?:(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:country|government|nation|state|forces|military|army)|[Ww]e|[Ii]t)\s+(?:[\p{Ll}-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnSide();

    // What follows a denying cue when it denies an act of attack: "shelling the plant", "that its forces struck the
    // hospital", "carrying out the strike", "that it had fired on the convoy", "that Russia had targeted civilian sites",
    // "using chemical weapons", "it had used any chemical weapons", "that government forces had used chemical weapons",
    // "that the government had used chemical weapons", "responsibility" (its own, when the cue names no act: "denied
    // responsibility and blamed rebel fighters"), "killing civilians" (an act, not a count).
    [GeneratedRegex(@"^\s+(?:(?:any|all)\s+)?(?:(?:it|they|he|we)\s+(?:had\s+|have\s+|has\s+|was\s+|were\s+)?|that\s+(?:(?:it|they|he|we)\s+|(?:(?:its|their|his|our)\s+(?:own\s+)?|(?:the\s+)?(?:government|state|security|regime)\s+)(?:(?:forces|troops|military|army|jets|aircraft|warplanes|drones|missiles?|rockets?|artillery|soldiers)\s+)?|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+)(?:had\s+|have\s+|has\s+|was\s+|were\s+)?)?(?:(?:the\s+)?us(?:e|ed|ing)\s+(?:of\s+)?(?:any\s+)?" + ChemicalWeapons + @"|carr(?:ied|ying)\s+out|struck|strik(?:e|ing)|hit(?:ting)?\b|attack(?:ed|ing)|bomb(?:ed|ing)|shell(?:ed|ing)|target(?:ed|ing)|fir(?:ed|ing)\s+(?:on|at|upon)|launch(?:ed|ing)|(?:being\s+)?behind|responsibility\b|kill(?:ed|ing)\s+(?:any\s+)?(?:civilians|residents|villagers|protesters|demonstrators|prisoners)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex DeniedAct();

    [GeneratedRegex(@"\b(?:its|their)\s+(?:own\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(?:people|persons)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryoneCounted();

    // "more than 700 intruders had died", "killed 128 enemy soldiers": those who fought the force a story counts are not
    // its dead.
    [GeneratedRegex(@"\b(?:enemy|intruders|infiltrators|insurgents|militants|rebels|gunmen|attackers|terrorists|jihadists)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherSideCounted();

    [GeneratedRegex(@"\b(?:its|their|our)\s+(?:(?:own\s+)?(?:military|army|troops['’]?|soldiers['’]?)\s+(?:death\s+)?(?:toll|losses|dead|casualties)|own\s+dead)\b[^.;]{0,40}$|\b(?:number\s+of|toll\s+for)\s+(?:its|their|our)\s+(?:own\s+)?(?:soldiers|troops|servicemen|service\s+members)\b(?:\s+(?:killed|dead|who\s+(?:had\s+|have\s+)?died))?[^.;]{0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnMilitaryToll();

    [GeneratedRegex(@"\bof\s+(?:its|their|our)\s+(?:own\s+)?(?:soldiers|troops|servicemen|fighters|personnel|forces)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnForce();

    // A cue capitalized inside a sentence is a name, not a modal: "since May", "Will Smith".
    public static PhraseMatch[] Modals(PhraseMatch[] cues, string text)
        // "May 5 - 26 diagnosed": a month before a day is no modal either.
        => cues.Length == 0 ? cues : Array.FindAll(cues, c => !((c.Index > 0 && char.IsUpper(text[c.Index]) && !SentenceOpening().IsMatch(text.AsSpan(0, c.Index)))
            || (char.IsUpper(text[c.Index]) && DayFollows().IsMatch(text.AsSpan(c.End)))
            || (c.Key is "may" or "might" or "could" && Estimate().IsMatch(text.AsSpan(c.End)))
            || (c.Key is "may" or "might" or "could" or "could be" && FrameCues.IsGuessAtRealCount(text, c.Index))
            // "the real number was far higher, possibly more than 1,000": a guess at the count, not a plan.
            || (c.Key is "possibly" && FrameCues.IsCountRaised(text, c.End))
            || (c.Key is "could" && Inability().IsMatch(text.AsSpan(c.End)))
            || (c.Key is "likely to" or "to be" && EstimatedAmount().IsMatch(text.AsSpan(c.End)))
            || (c.Key is "to be" && BelievedBefore().IsMatch(text.AsSpan(0, c.Index)))
            || (c.Key is "further" or "more" && c.Index >= 2 && ArticleBefore().IsMatch(text.AsSpan(0, c.Index)))
            // "rose to 170 as more of the injured died": more of a group counted, not a plan.
            || (c.Key is "more" && OfAfter().IsMatch(text.AsSpan(c.End)))
            || (c.Key is "plans to" or "plan to" && NoBefore().IsMatch(text.AsSpan(0, c.Index)))
            // "more people had died than would normally be expected": a comparison's baseline, not a plan.
            || (c.Key is "would" && ThanBefore().IsMatch(text.AsSpan(0, c.Index)))
            // "10,000 more people than usual had died": more than a baseline, not more to come.
            || (c.Key is "more" && FrameCues.IsComparedWithBaseline(text, c.End))));

    [GeneratedRegex(@"\bthan\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThanBefore();

    // "had no plans to do so": a plan denied, which plans nothing.
    [GeneratedRegex(@"\bno\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoBefore();

    // "the ransom paid by", "a ship sunk by": a participle after its noun, with its agent after it.
    [GeneratedRegex(@"\b(?:the|a|an)\s+[\p{L}-]+\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounBefore();

    [GeneratedRegex(@"^\s+by\b", RegexOptions.CultureInvariant)]
    private static partial Regex AgentAfter();

    // "a fire at a container depot", "the fire on the ferry", "an explosion and fire at a coal mine": a blaze, not shots
    // fired at anyone.
    [GeneratedRegex(@"\b(?:a|an|the|this|that)\s+(?:[\p{L}-]+\s+)?$|\b(?:explosions?|blasts?)\s+and\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlazeBefore();

    // "a further 10,100 were missing": one more count, not a plan.
    [GeneratedRegex(@"\b(?:a|an)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleBefore();

    // "it could not brake the train": what was not possible then, which is said of the past, not foreseen; "could not rule
    // out more deaths" still looks ahead.
    [GeneratedRegex(@"^(?:\s+not\b|n['’]t\b)(?!\s+(?:rule|be\s+ruled|exclude|be\s+excluded)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Inability();

    // "may have killed 10,000", "may be leaking 5,000 barrels a day": a guess at what happened or is happening, not
    // a forecast; "may have to send" is still one.
    [GeneratedRegex(@"^\s+(?:well\s+|also\s+|already\s+|still\s+)?(?:have\s+(?!to\b)\p{L}+|be\s+\p{L}+ing\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Estimate();

    // "161 people were believed to be missing", "known to be dead": what is thought to be so now, not a plan.
    [GeneratedRegex(@"\b(?:believed|thought|feared|known|reported|said|estimated|presumed|confirmed|understood)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BelievedBefore();

    // "the toll is likely to be between 2,000 and 2,500": an estimate of an amount, not a plan.
    [GeneratedRegex(@"^\s+(?:be\s+)?(?:between|around|about|roughly|approximately|nearly|almost|close\s+to|at\s+least|more\s+than|over|\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EstimatedAmount();

    // The event cue nearest to [start, end) outside it, and whether its verb is framed as a plan. A cue after the
    // figure counts only before <paramref name="afterLimit"/>, where another figure's clause begins; a cue of one of
    // <paramref name="skipEvents"/> counts not at all, nor, with <paramref name="mainVerbOnly"/>, a noun ("of the
    // ransom") or a participle that only describes one ("the ransom paid by the company").
    public (string? Event, bool Planned, int VerbIndex) Governing(SentenceFacts facts, int start, int end, int maxWords, bool preferBefore, int afterLimit = int.MaxValue, string[]? skipEvents = null, int beforeLimit = 0, bool mainVerbOnly = false)
    {
        var text = facts.Sentence.Text;
        PhraseMatch? best = null;
        var bestDistance = int.MaxValue;

        // "downed 23 of 27 drones": what the verb did, it did to the 23; the 27 are the whole the part is taken from.
        var part = PartOfWholeBefore().Match(text, 0, start);
        var wholeFrom = part.Success ? part.Index : -1;
        foreach (var cue in facts.EventCues)
        {
            if ((cue.Index < end && start < cue.End) || cue.Index >= afterLimit || (skipEvents is not null && skipEvents.Contains(EventOf(cue)))
                || cue.End <= wholeFrom || cue.End <= beforeLimit || NamesOccasion(text, cue, start) || IsSayer(text, cue) || IsAgentOf(text, cue, start) || IsPublishing(text, cue)
                // "Students who escaped said hundreds had been killed": a relative clause in the speaker's name says
                // who speaks, not what befell the figure after the speaker's verb, when a cue after the figure says it
                // ("researchers who measured the rally route said no more than 500,000 could have fitted" still speak
                // of the rally).
                || (facts.SpeakerCueEnd > 0 && cue.End <= facts.SpeakerCueEnd && start >= facts.SpeakerCueEnd && InRelativeClause().IsMatch(text.AsSpan(0, cue.Index))
                    && facts.EventCues.Any(c => c.Index >= end && c.Index < afterLimit))
                || (mainVerbOnly && (!_lexicon.Lexicon.EventVerbs.ContainsKey(cue.Key) || (NounBefore().IsMatch(text.AsSpan(0, cue.Index)) && AgentAfter().IsMatch(text.AsSpan(cue.End))))))
            {
                continue;
            }

            var before = cue.End <= start;
            if (!before && cue.Index > end && (ClauseOfItsOwnSubject().IsMatch(text.AsSpan(end, cue.Index - end))
                || (FigureOfItsOwn().IsMatch(text.AsSpan(cue.End)) && (RelativeBefore().IsMatch(text.AsSpan(end, cue.Index - end)) || CommaBefore().IsMatch(text.AsSpan(end, cue.Index - end))))))
            {
                // "Tens of thousands of protesters stormed the residence, and he fled before they arrived": the verb
                // after a subject of its own is that subject's; "suspended four other officers over the stampede that
                // killed 11 people": a relative clause's verb with a figure of its own right after it is that figure's,
                // and so is a participle's after a comma: "hit a cafe during a wake for a soldier, killing at least
                // 51".
                continue;
            }

            var distance = before ? Words.Between(text, cue.End, start) : Words.Between(text, end, cue.Index);

            // "900 injured and some 40 people still missing": a cue before "and" belongs to the conjunct before it.
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

        var planningCues = facts.PlanningCues ??= Modals(_lexicon.PlanningCues.FindAll(facts.Tokens), text);
        var planningNearQuantity = planningCues.Any(p => p.End <= start && Words.Between(text, p.End, start) <= 1 && !Qualifier(text, p));
        if (best is not { } governing || bestDistance > maxWords)
        {
            return (null, planningNearQuantity, -1);
        }

        var @event = EventOf(governing);
        var planned = planningNearQuantity;
        if (_lexicon.Lexicon.EventVerbs.TryGetValue(governing.Key, out var verb))
        {
            // A plan in a clause of its own ("as civilians waited to be evacuated, killing at least 39") leaves the verb after
            // the comma as it is.
            planned |= verb.Planned || planningCues.Any(p => p.End <= governing.Index && Words.Between(text, p.End, governing.Index) <= WordsToPlanningCue && !Qualifier(text, p)
                && text.AsSpan(p.End, governing.Index - p.End).IndexOfAny(',', ';') < 0);
            if (@event == "deployment" && SuppliesFollow(text, governing.End))
            {
                @event = "supply";
            }
        }

        return (@event, planned, governing.Index);
    }

    private static readonly IReadOnlySet<int> NoneListed = new HashSet<int>();

    // Where the countries of a list of three or more stand ("people from Iran, China, Russia and the United States"): a
    // list names no one the story is about.
    private static IReadOnlySet<int> Listed(SentenceFacts sentence)
    {
        if (sentence.Actors.Count < 3)
        {
            return NoneListed;
        }

        var listed = new HashSet<int>();
        var text = sentence.Sentence.Text;
        var run = new List<PhraseMatch>();
        foreach (var actor in sentence.Actors.OrderBy(a => a.Index))
        {
            if (run.Count > 0 && !(run[^1].End <= actor.Index && ListSeparator().IsMatch(text.AsSpan(run[^1].End, actor.Index - run[^1].End))))
            {
                Close(run, listed);
            }

            run.Add(actor);
        }

        Close(run, listed);
        return listed;

        static void Close(List<PhraseMatch> run, HashSet<int> listed)
        {
            if (run.Count >= 3)
            {
                listed.UnionWith(run.Select(a => a.Index));
            }

            run.Clear();
        }
    }

    // "The number of people arrested over the killing of President Moise rose to 20", "four suspects in the killing of
    // the president were killed": an act named as "the ...ing of" someone is what the count is about, not what it
    // counts; "condemned the killing of 20 protesters" still counts the 20.
    // "a quiz app downloaded by about 270,000 people", "attacked by 300 militants": the figure after "by" did it, so the
    // verb is not what befell them.
    private bool IsAgentOf(string text, PhraseMatch cue, int start)
        => cue.End <= start && start - cue.End <= 4 && text.AsSpan(cue.End, start - cue.End).Trim().SequenceEqual("by") && _lexicon.Lexicon.EventVerbs.ContainsKey(cue.Key);

    // "The army said 200 soldiers were killed": a noun that says something is who speaks, not what happened.
    private bool IsSayer(string text, PhraseMatch cue)
        => !_lexicon.Lexicon.EventVerbs.ContainsKey(cue.Key) && SayingAfter().IsMatch(text.AsSpan(cue.End));

    // "the rescue service said", and with the noun it names: "Local aid groups said", "relief agencies reported".
    [GeneratedRegex(@"^(?:\s+\p{Ll}[\p{Ll}-]+)?\s+(?:has\s+|had\s+|have\s+)?(?:said|says|say|reported|reports|announced|announces|stated|claimed|claims|told)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SayingAfter();

    // "A United Nations report released on Thursday said 52 ...", "the ministry released a report": a document made
    // public, no one set free.
    private static bool IsPublishing(string text, PhraseMatch cue)
        => cue.Key.StartsWith("release", StringComparison.OrdinalIgnoreCase)
            && (DocumentBefore().IsMatch(text.AsSpan(0, cue.Index)) || DocumentAfter().IsMatch(text.AsSpan(cue.End)));

    private const string Documents = @"(?:report|reports|statement|statements|study|survey|findings|figures|data|statistics|video|videos|footage|document|documents|list|audit|analysis|review|assessment|tally|letter|recording|images|photos|photographs|transcript|results|estimates?)";

    [GeneratedRegex(@"\b" + Documents + @"\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|being|just|first)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentBefore();

    [GeneratedRegex(@"^\s+(?:(?:a|an|the|its|their|his|her|new|further|more)\s+)?(?:[\p{Ll}-]+\s+){0,2}?" + Documents + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentAfter();

    private static bool NamesOccasion(string text, PhraseMatch cue, int start)
        => cue.Key.EndsWith("ing", StringComparison.Ordinal) && OfAfter().IsMatch(text.AsSpan(cue.End)) && TheBefore().IsMatch(text.AsSpan(0, cue.Index))
            && (cue.End > start || Words.Between(text, cue.End, start) > 3);

    public string EventOf(PhraseMatch cue)
        => _lexicon.Lexicon.EventVerbs.TryGetValue(cue.Key, out var verb) ? verb.Event : _lexicon.Lexicon.EventNouns[cue.Key];

    private bool Qualifier(string text, PhraseMatch cue) => _lexicon.Qualifiers.MatchAt(text, cue.Index) is not null;

    private bool SuppliesFollow(string text, int index)
    {
        var window = text[index..Math.Min(text.Length, index + 60)];
        return _lexicon.TopicNouns.FindAll(window).Any(t => _lexicon.Lexicon.TopicNouns[t.Key] == "supply" && Words.Between(window, 0, t.Index) <= 4);
    }

    public string SubjectOf(string? @event, SentenceFacts facts, int start, int end, int verbIndex)
        => @event is null ? "" : $"{@event}:{AgentOf(@event, facts, start, end, verbIndex)}";

    // "729 of its soldiers", "raised its military toll to 974", "put the number of its soldiers killed ... at 474": the
    // speaker's own side's dead.
    private static bool OwnSideCounted(string text, int start, int end)
        => OwnMilitaryToll().IsMatch(text.AsSpan(0, start)) || OwnForce().IsMatch(text.AsSpan(start, end - start));

    public string AgentOf(string @event, SentenceFacts facts, int start, int end, int verbIndex)
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
            var victims = VictimEvents.Contains(@event);
            if (ForceIn(start, end) is { } force)
            {
                return force;
            }

            if (victims && JoinedToFigure().Match(text, 0, start) is { Success: true } joined
                && ForceIn(joined.Groups["figure"].Index, joined.Groups["figure"].Index + joined.Groups["figure"].Length) is { } joinedForce)
            {
                // "Twenty-three Pakistani soldiers were killed and 29 wounded", "killed 58 Pakistani soldiers and wounded 30":
                // a bare figure joined to a force's dead counts the same force, by the name the lexicon knows it by
                // ("Two American soldiers were killed and 11 wounded" counts the United States' wounded).
                return joinedForce;
            }

            var ownSide = victims && OwnSideCounted(text, start, end);
            // The party that opens the figure's own clause counts it before the sentence's last speaker does: "Pakistan's
            // military put its own dead at 23 ..., while the Taliban said".
            var clauseOwner = ownSide && ClauseOwnerBefore().Match(text, 0, start) is { Success: true } opening ? PartyOwning(opening.Groups["owner"].Value) : null;
            if (clauseOwner is not null)
            {
                return clauseOwner;
            }

            if (ownSide && (facts.Speaker ?? facts.StanceSpeaker) is { } speaker && (ActorOwning(speaker) ?? PartyOwning(speaker)) is { } own)
            {
                // "The defence ministry of Nagorno-Karabakh said 729 of its soldiers had been killed", "raised its military
                // toll to 974", "China acknowledged that four of its soldiers had been killed", "Georgia said 170 of its
                // soldiers had died": the speaker's own side.
                return own;
            }

            // Deaths and injuries in a story that counts no soldiers (a flood, an earthquake) belong to no one country,
            // so one toll compares across articles that name the countries in different proportions. A country that
            // is the verb's subject sends its own troops: "North Korea has sent 1,500 soldiers to Russia". In a story that
            // counts one side's fighters, "nearly 5,000 people had been killed in the fighting" counts everyone, and a
            // speaker's own side is not those fighters.
            // A country that lost them lost its own: "India lost 20 soldiers in the clash".
            // Soldiers named in a clause that sets the scene after the figure are not whose people it counts: "At least 27
            // people were killed, a U.N. official said, after special forces backed by American troops stormed the hotel".
            // Nor are the soldiers who did the killing: "Indian commandos killed the last of the gunmen, ... and officials said
            // at least 195 people had been killed", "explosives planted by Islamic State fighters". Nor are those who fought
            // the force: "more than 700 intruders had died" are no side's own dead the story counts.
            return demonyms.Where(a => a.Index < end || !SceneSetBetween().IsMatch(text.AsSpan(end, a.Index - end)))
                    .Where(a => !victims || !(ForceKills().IsMatch(text.AsSpan(a.End)) || AgentBy().IsMatch(text.AsSpan(0, a.Index)) || Opponent().IsMatch(text.AsSpan(0, a.Index))))
                    .OrderBy(a => Math.Abs(a.Index - start)).Select(a => a.Key).FirstOrDefault()
                ?? (victims && verbIndex >= 0 && verbIndex < start && text.AsSpan(verbIndex).StartsWith("lost", StringComparison.Ordinal) ? VerbSubject(facts, verbIndex) : null)
                ?? (victims ? null : VerbSubject(facts, verbIndex))
                ?? (victims && (!_countsPersonnel || ownSide || EveryoneCounted().IsMatch(text.AsSpan(start, end - start)) || OtherSideCounted().IsMatch(text.AsSpan(start, end - start))) ? "" : _personnelActor);

            // The force a figure names: an actor's people inside it, not the side fought against in a count of the dead
            // ("four of its soldiers were killed in a clash with Indian troops"); else a country the lexicon knows only
            // by its people, or a group's name ("Twenty-three Pakistani soldiers", "200 Taliban fighters").
            string? ForceIn(int from, int to)
            {
                var inside = demonyms.FirstOrDefault(a => a.Index >= from && a.End <= to && !(victims && Opponent().IsMatch(text.AsSpan(0, a.Index))));
                return inside.Length > 0 ? inside.Key : ForceNamed(text, from, to, victims);
            }
        }

        // Whoever acts: the verb's subject, else the first actor before the verb, else one inside the claim, else the
        // document's main actor. A loss is its owner's: "Russia said it had shot down 30 Ukrainian drones" and "Kyiv
        // lost 30 drones" are both Ukraine's.
        var within = facts.Actors.FirstOrDefault(a => a.Index >= start && a.End <= end);
        if (@event == "loss" && within.Length > 0)
        {
            return within.Key;
        }

        if (@event == "loss" && verbIndex >= 0 && text.AsSpan(verbIndex).StartsWith("lost", StringComparison.Ordinal)
            && SpeakerPronounBefore().IsMatch(text.AsSpan(0, verbIndex)) && facts.Speaker is { } sayer && ActorOwning(sayer) is { } owner)
        {
            // "India's air force said it had lost one MiG-21 fighter": what the speaker says it lost is its own side's.
            return owner;
        }

        // "The United States said that North Korea had delivered": the verb's own subject acts, not the speaker.
        if (VerbSubject(facts, verbIndex) is { } direct)
        {
            return direct;
        }

        // "said only 23 of the US missiles had reached the base and that the strike had destroyed six jets": an actor
        // in an earlier thing said is not the subject of this one.
        var limit = verbIndex >= 0 ? verbIndex : start;
        var clause = LastThingSaid().Match(text, 0, limit) is { Success: true } said ? said.Index : 0;
        var subject = facts.Actors.FirstOrDefault(a => a.Index >= clause && a.End <= limit);
        if (subject.Length > 0)
        {
            return subject.Key;
        }

        return within.Length > 0 ? within.Key : _mainActor;
    }

    // The actor just before a verb, with at most an auxiliary between: "North Korea has sent", "Russia deployed".
    private static string? VerbSubject(SentenceFacts facts, int verbIndex)
    {
        if (verbIndex < 0)
        {
            return null;
        }

        var before = facts.Actors.LastOrDefault(a => a.End <= verbIndex);
        return before.Length > 0 && Auxiliaries().IsMatch(facts.Sentence.Text.AsSpan(before.End, verbIndex - before.End)) ? before.Key : null;
    }

    // The country whose demonym stands before a force's noun inside a figure ("Pakistani" in "23 Pakistani soldiers"), or
    // among the dead or hurt, the group named right before it ("Taliban" in "200 Taliban fighters", "Islamic State" in
    // "40 Islamic State militants"); null when there is neither, or only a branch of a force ("12 Army soldiers").
    private string? ForceNamed(string text, int start, int end, bool victims)
    {
        for (var word = CapitalizedWord().Match(text, start, end - start); word.Success; word = word.NextMatch())
        {
            var after = word.Index + word.Length + 1;
            if (victims && Opponent().IsMatch(text.AsSpan(0, word.Index)))
            {
                // "were killed in a clash with Indian troops": the other side's force, not whose dead are counted.
                continue;
            }

            if (_lexicon.Lexicon.Demonyms.TryGetValue(word.Value, out var country) && IsPersonnelAt(text, after))
            {
                return country;
            }

            if (victims && _lexicon.Units.MatchAt(text, after) is { } unit && _lexicon.Lexicon.Units[unit.Key] == "personnel"
                && GroupBeforeForce().Match(text, start, after - start) is { Success: true } group
                && !group.Groups["name"].Value.Split(' ').All(BranchOfForce.Contains))
            {
                return group.Groups["name"].Value;
            }
        }

        return null;
    }

    private static readonly HashSet<string> BranchOfForce = new(StringComparer.Ordinal)
    {
        "Army", "Navy", "Air", "Force", "Forces", "Marine", "Guard", "National", "Border", "Coast", "Special", "Police", "Security",
        "Government", "Republican", "Regular", "Reserve", "Elite",
    };

    // The capitalized words right before a force's noun, after the figure's own words: "Taliban" in "more than 200
    // Taliban", "Islamic State" in "40 Islamic State".
    [GeneratedRegex(@"(?:\d|[\p{Ll}-])\s+(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*)\s$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupBeforeForce();

    [GeneratedRegex(@"(?<![\p{L}-])\p{Lu}\p{Ll}+(?= )", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalizedWord();

    [GeneratedRegex(@"(?:(?<figure>\b(?:\d[\d,]*|[\p{L}-]+)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}[\p{Ll}-]+)\s+(?:were|had\s+been|have\s+been)\s+(?:killed|wounded|injured)|\b(?:killed|wounded|injured)\s+(?<figure>(?:\d[\d,]*|[\p{L}-]+)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}[\p{Ll}-]+))\s+and\s+(?:(?:wounded|injured|killed)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedToFigure();

    // The name that opens the clause a figure is in, up to its verb: "Pakistan's military" in "Pakistan's military put its
    // own dead at".
    [GeneratedRegex(FrameCues.ClauseOpening + @"(?:the\s+)?(?<owner>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:military|army|armed\s+forces|government|defen[cs]e\s+ministry))?)\s+(?:has\s+|had\s+)?(?:put|puts|said|says|gave|raised|acknowledged|reported|admitted)\b[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseOwnerBefore();

    [GeneratedRegex(@"\b(?:responsible\s+for|blamed\s+for|behind|role\s+in|involvement\s+in|involved\s+in)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AnsweredFor();

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

    // What may come before a sentence's first word: quotes, brackets, dashes, spaces.
    [GeneratedRegex(@"^[\s""“‘'(\[—–-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceOpening();

    [GeneratedRegex(@"^\s+\d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayFollows();

    [GeneratedRegex(@"\b(?:and|or)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();

    [GeneratedRegex(@",\s+(?:and|but)\s+(?:he|she)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseOfItsOwnSubject();

    [GeneratedRegex(@"^\s+(?:(?:at\s+least|more\s+than|as\s+many\s+as|about|some|nearly|almost|around|over)\s+)?(?:\d|" + FrameCues.WrittenNumber + @"\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FigureOfItsOwn();

    // A relative clause of another noun than the figure's: "four other officers over the stampede that", not "The two
    // people who".
    [GeneratedRegex(@"\S\s+(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeBefore();

    [GeneratedRegex(@"^\s*,\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaBefore();

    [GeneratedRegex(@"\b(?:\d[\d,.]*|" + FrameCues.WrittenNumber + @")\s+(?:out\s+)?of\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartOfWholeBefore();

    // "has sent", "had decided to send", "plans to deploy": what stands between a subject and the verb it does.
    [GeneratedRegex(@"^\s+(?:(?:has|have|had|is|was|were|will|would|could|may|might|also|already|reportedly)\s+){0,3}(?:been\s+)?(?:(?:decided|agreed|plans?|planned|planning|promised|pledged|offered|vowed|intends?|intended|prepared|preparing|set|expected|due|going|about|ready|began|begun|started)\s+to\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Auxiliaries();

    // The speaker's own "it" or "we" as a verb's subject, after its verb of saying: "said that it had", "said we have".
    [GeneratedRegex(@"\b(?:said|says|told\s+\p{L}+|announced|acknowledged|admitted|confirmed)(?:\s+(?:on|late|early)\s+\p{L}+)?\s+(?:that\s+)?(?:it|we)\s+(?:(?:has|have|had)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerPronounBefore();

    // Armed men named by what they are, just before what they did: "any fighters had been firing from", "gunmen opened fire".
    [GeneratedRegex(@"\b(?:fighters|gunmen|militants|insurgents|rebels|snipers|attackers|assailants)\s+(?:had\s+been\s+|have\s+been\s+|has\s+been\s+|were\s+|was\s+|had\s+|have\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnnamedGunmen();

    // The side a fight is against, just before it is named: "a clash with Chinese troops", "fighting against Russian";
    // either side of a fight between two: "fighting between US Marines and insurgents", "clashes between Indian and
    // Chinese troops".
    [GeneratedRegex(@"\b(?:clash(?:es)?|fight(?:ing)?|battles?|skirmish(?:es)?|confrontation|brawl|exchange\s+of\s+fire)\s+(?:with|against|between\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:[\p{Ll}-]+\s+){0,2}?and\s+)?)\s*(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opponent();

    // "The toll included ... as well as some members of the security forces": forces named in a list after a toll, as
    // among those it counts.
    [GeneratedRegex(@"^[^.;:]{0,80}?\b(?:as\s+well\s+as|including|among\s+them)\s+(?:[\w'’-]+\s+){0,5}?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListedBefore();

    [GeneratedRegex(@"[,;]?\s+" + FrameCues.SecondThingSaidJoint + @"|;", RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex LastThingSaid();

    // "forces officials", "army spokesman": those who speak for the forces named just before.
    [GeneratedRegex(@"^\s+(?:officials?|spokes(?:man|men|woman|person)|sources?|headquarters)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpokesmenOf();

    [GeneratedRegex(@"^\s+(?:(?:the|a|its|their)\s+)?(?:[\p{Ll}-]+\s+)?(?:blazes?|fires?|flames|wildfires?|bushfires?|inferno)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FireFought();

    // The denier named again as the subject of what it denies: " it had ", " that they had ever ".
    [GeneratedRegex(@"^\s+(?:that\s+)?(?:it|they|he|she|we)\s+(?:(?:had|has|have|was|were|would|ever|never)\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DeniersOwnSubject();

    // "lost £100 million a year", "which had lost its funding": money or a means lost, not a life.
    [GeneratedRegex(@"^(?:lost|lose|loses|losing)\s+(?:(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|an\s+estimated)\s+)?(?:(?:US)?\$|£|€|(?:money|revenue|sales|profits?|income|billions|millions)\b)|(?:its|their|his|her)\s+(?:own\s+)?(?:funding|support|licen[cs]e|jobs?|power|majority|seats?|contracts?|grip|bid|appeal|case)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LostNoLife();
}
