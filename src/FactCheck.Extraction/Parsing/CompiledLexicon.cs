using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Parsing;

/// <summary>A snapshot of a lexicon with its phrase sets compiled to matchers that share one token vocabulary, built once per extractor.</summary>
internal sealed class CompiledLexicon
{
    public CompiledLexicon(ExtractionLexicon lexicon)
    {
        Lexicon = lexicon;
        var vocabulary = new TokenVocabulary();
        Units = new PhraseMatcher(lexicon.Units.Keys, ignoreCase: true, vocabulary);
        Modifiers = new PhraseMatcher(lexicon.UnitModifiers, ignoreCase: true, vocabulary);
        UnitLookalikes = new PhraseMatcher(lexicon.UnitLookalikes, ignoreCase: true, vocabulary);
        EventLookalikes = new PhraseMatcher(lexicon.EventLookalikes, ignoreCase: true, vocabulary);
        TallyPhrases = new PhraseMatcher(lexicon.TallyPhrases.Keys, ignoreCase: true, vocabulary);
        NumberWords = new PhraseMatcher(lexicon.NumberWords.Keys, ignoreCase: true, vocabulary);
        Vague = new PhraseMatcher(lexicon.VagueQuantities.Keys, ignoreCase: true, vocabulary);
        Qualifiers = new PhraseMatcher(lexicon.Qualifiers.Keys, ignoreCase: true, vocabulary);
        Actors = new PhraseMatcher(lexicon.Actors.Keys, ignoreCase: false, vocabulary);
        Sources = new PhraseMatcher(lexicon.Sources.Keys, ignoreCase: false, vocabulary);
        Parties = new PhraseMatcher(lexicon.Countries.Where(name => name.Length > 0 && char.IsUpper(name[0])).Concat(lexicon.Demonyms.Keys).Concat(lexicon.Actors.Keys).Distinct(StringComparer.Ordinal),
            ignoreCase: false, vocabulary);
        AgencyAnaphora = new PhraseMatcher(lexicon.AgencyAnaphora, ignoreCase: true, vocabulary);
        EventVerbs = new PhraseMatcher(lexicon.EventVerbs.Keys, ignoreCase: true, vocabulary);
        EventNouns = new PhraseMatcher(lexicon.EventNouns.Keys, ignoreCase: true, vocabulary);
        TopicNouns = new PhraseMatcher(lexicon.TopicNouns.Keys, ignoreCase: true, vocabulary);
        AttributionVerbs = new PhraseMatcher(lexicon.AttributionVerbs.Keys, ignoreCase: true, vocabulary);
        StanceCues = new PhraseMatcher(lexicon.StanceCues.Keys, ignoreCase: true, vocabulary);
        PlanningCues = new PhraseMatcher(lexicon.PlanningCues, ignoreCase: true, vocabulary);
        ForwardLookingCues = new PhraseMatcher(lexicon.ForwardLookingCues, ignoreCase: true, vocabulary);
        Splitter = new SentenceSplitter(lexicon.Abbreviations);
        IsCountry = lexicon.Countries.Contains;
    }

    public ExtractionLexicon Lexicon { get; }

    /// <summary>Whether a name is a country: one delegate for every reader, not one made per call.</summary>
    public Func<string, bool> IsCountry { get; }

    public PhraseMatcher Units { get; }

    public PhraseMatcher Modifiers { get; }

    public PhraseMatcher UnitLookalikes { get; }

    public PhraseMatcher EventLookalikes { get; }

    public PhraseMatcher TallyPhrases { get; }

    public PhraseMatcher NumberWords { get; }

    public PhraseMatcher Vague { get; }

    public PhraseMatcher Qualifiers { get; }

    public PhraseMatcher Actors { get; }

    public PhraseMatcher Sources { get; }

    /// <summary>Every country a statement can blame: the actors, and any other country by its name or its people's.</summary>
    public PhraseMatcher Parties { get; }

    /// <summary>The country a party's name stands for: "Pakistani" and "Islamabad" stand for Pakistan.</summary>
    public string PartyOf(string name) => Lexicon.PartyOf(name);

    public PhraseMatcher AgencyAnaphora { get; }

    public PhraseMatcher EventVerbs { get; }

    public PhraseMatcher EventNouns { get; }

    public PhraseMatcher TopicNouns { get; }

    /// <summary>The sentence's topic nouns, found on first use and kept on <paramref name="facts"/>.</summary>
    public PhraseMatch[] TopicNounsIn(SentenceFacts facts) => facts.TopicNouns ??= TopicNouns.FindAll(facts.Tokens);

    public PhraseMatcher AttributionVerbs { get; }

    public PhraseMatcher StanceCues { get; }

    public PhraseMatcher PlanningCues { get; }

    public PhraseMatcher ForwardLookingCues { get; }

    public SentenceSplitter Splitter { get; }

    /// <summary>The counted thing, if any, right after a word that ends at <paramref name="end"/> ("North Korean| troops").</summary>
    public PhraseMatch? UnitAfter(string text, int end) => end < text.Length && text[end] == ' ' ? Units.MatchAt(text, end + 1) : null;
}
