using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Parsing;

/// <summary>A snapshot of a lexicon with its phrase sets compiled to regular expressions, built once per extractor.</summary>
internal sealed class CompiledLexicon
{
    public CompiledLexicon(ExtractionLexicon lexicon)
    {
        Lexicon = lexicon;
        Units = new PhraseMatcher(lexicon.Units.Keys, ignoreCase: true);
        Modifiers = new PhraseMatcher(lexicon.UnitModifiers, ignoreCase: true);
        TallyPhrases = new PhraseMatcher(lexicon.TallyPhrases.Keys, ignoreCase: true);
        NumberWords = new PhraseMatcher(lexicon.NumberWords.Keys, ignoreCase: true);
        Vague = new PhraseMatcher(lexicon.VagueQuantities.Keys, ignoreCase: true);
        Qualifiers = new PhraseMatcher(lexicon.Qualifiers.Keys, ignoreCase: true);
        Actors = new PhraseMatcher(lexicon.Actors.Keys, ignoreCase: false);
        Sources = new PhraseMatcher(lexicon.Sources.Keys, ignoreCase: false);
        AgencyAnaphora = new PhraseMatcher(lexicon.AgencyAnaphora, ignoreCase: true);
        EventVerbs = new PhraseMatcher(lexicon.EventVerbs.Keys, ignoreCase: true);
        EventNouns = new PhraseMatcher(lexicon.EventNouns.Keys, ignoreCase: true);
        TopicNouns = new PhraseMatcher(lexicon.TopicNouns.Keys, ignoreCase: true);
        AttributionVerbs = new PhraseMatcher(lexicon.AttributionVerbs.Keys, ignoreCase: true);
        StanceCues = new PhraseMatcher(lexicon.StanceCues.Keys, ignoreCase: true);
        PlanningCues = new PhraseMatcher(lexicon.PlanningCues, ignoreCase: true);
        ForwardLookingCues = new PhraseMatcher(lexicon.ForwardLookingCues, ignoreCase: true);
        Splitter = new SentenceSplitter(lexicon.Abbreviations);
    }

    public ExtractionLexicon Lexicon { get; }

    public PhraseMatcher Units { get; }

    public PhraseMatcher Modifiers { get; }

    public PhraseMatcher TallyPhrases { get; }

    public PhraseMatcher NumberWords { get; }

    public PhraseMatcher Vague { get; }

    public PhraseMatcher Qualifiers { get; }

    public PhraseMatcher Actors { get; }

    public PhraseMatcher Sources { get; }

    public PhraseMatcher AgencyAnaphora { get; }

    public PhraseMatcher EventVerbs { get; }

    public PhraseMatcher EventNouns { get; }

    public PhraseMatcher TopicNouns { get; }

    public PhraseMatcher AttributionVerbs { get; }

    public PhraseMatcher StanceCues { get; }

    public PhraseMatcher PlanningCues { get; }

    public PhraseMatcher ForwardLookingCues { get; }

    public SentenceSplitter Splitter { get; }

    /// <summary>The counted thing, if any, right after a word that ends at <paramref name="end"/> ("North Korean| troops").</summary>
    public PhraseMatch? UnitAfter(string text, int end) => end < text.Length && text[end] == ' ' ? Units.MatchAt(text, end + 1) : null;
}
