using FactCheck.Extraction.Parsing;
using Shouldly;
using Xunit;

namespace FactCheck.Extraction.Tests;

/// <summary>Phrase sets that share one token vocabulary still match only their own phrases, with their own case rules.</summary>
public class PhraseMatcherTests
{
    [Fact]
    public void Sets_sharing_a_vocabulary_find_only_their_own_phrases()
    {
        var vocabulary = new TokenVocabulary();
        var agencies = new PhraseMatcher(["Fire Brigade", "the fire service"], ignoreCase: false, vocabulary);
        var events = new PhraseMatcher(["fire", "fire broke out"], ignoreCase: true, vocabulary);
        var text = new TokenizedText("The fire service said a fire broke out near the Fire Brigade depot.");

        agencies.FindAll(text).Select(m => m.Key).ShouldBe(["the fire service", "Fire Brigade"]);
        events.FindAll(text).Select(m => m.Key).ShouldBe(["fire", "fire broke out", "fire"]);
    }

    [Fact]
    public void A_phrase_with_an_initialism_matches_over_its_full_stop()
    {
        var vocabulary = new TokenVocabulary();
        var sources = new PhraseMatcher(["U.N. Security Council"], ignoreCase: false, vocabulary);

        sources.FindAll(new TokenizedText("Diplomats said the U.N. Security Council would meet.")).Select(m => m.Key).ShouldBe(["U.N. Security Council"]);
        sources.FindAll(new TokenizedText("It went to the U.N. Security. Council members left.")).ShouldBeEmpty();
    }

    [Fact]
    public void A_case_sensitive_set_lets_a_lower_case_phrase_open_a_sentence_but_not_shout()
    {
        var vocabulary = new TokenVocabulary();
        var sources = new PhraseMatcher(["the ministry"], ignoreCase: false, vocabulary);

        sources.FindAll(new TokenizedText("The ministry said so.")).Length.ShouldBe(1);
        sources.FindAll(new TokenizedText("THE MINISTRY said so.")).ShouldBeEmpty();
        sources.FindAll(new TokenizedText("The Ministry said so.")).ShouldBeEmpty();
    }

    [Fact]
    public void A_typographic_apostrophe_matches_a_straight_one()
    {
        var vocabulary = new TokenVocabulary();
        var sources = new PhraseMatcher(["Korea's army"], ignoreCase: true, vocabulary);

        sources.FindAll(new TokenizedText("South Korea’s army said")).Single().Key.ShouldBe("Korea's army");
    }

    [Fact]
    public void A_part_of_a_text_is_cut_as_if_it_were_the_whole_text()
    {
        var vocabulary = new TokenVocabulary();
        var tolls = new PhraseMatcher(["toll"], ignoreCase: true, vocabulary);
        const string text = "the toll-50 figure";

        // Cut before the digits, "toll-" ends the part and is no joined word: the toll is found, at the text's offset.
        tolls.FindAll(new TokenizedText(text, 0, text.IndexOf('5'))).Single().Index.ShouldBe(4);
        tolls.FindAll(new TokenizedText(text)).ShouldBeEmpty();
    }
}
