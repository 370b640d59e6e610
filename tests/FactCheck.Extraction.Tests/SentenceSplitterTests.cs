using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Tests;

public class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new(Lexicon.ExtractionLexicon.CreateDefault().Abbreviations);

    [Theory]
    [InlineData("Ukrainian Pres. Zelensky spoke in the U.S. on Oct. 8. Then he left.", 2)]
    [InlineData("Gen. Smith and Mr. Lee met at St. Peter's. They talked.", 2)]
    [InlineData("It sent 1.5K troops and 12,000 more. Nobody denied it.", 2)]
    [InlineData("\"They are preparing 10,000 soldiers.\" He said so.", 2)]
    [InlineData("N. Korea sent troops. Russia denied it! Did it? Yes.", 4)]
    [InlineData("The figure is 3.5 million. It is large.", 2)]
    public void Splits_at_sentence_ends_but_not_abbreviations_initials_or_decimals(string text, int count)
        => Splitter.Split(text).Count.ShouldBe(count);

    [Theory]
    [InlineData("The curfew runs from 10 p.m. to 5 a.m. Police said 20 officers were hurt.", 2)]
    [InlineData("The blast came at 9 a.m. Tuesday, officials said.", 1)]
    [InlineData("Polls close at 8 p.m. Eastern time on Tuesday.", 1)]
    [InlineData("The launch is set for 4:30 a.m. GMT. It may slip.", 2)]
    public void A_clock_time_ends_a_sentence_unless_a_day_or_time_zone_follows(string text, int count)
        => Splitter.Split(text).Count.ShouldBe(count);

    [Fact]
    public void Bullets_and_lines_are_separate_sentences_without_their_markers()
    {
        var sentences = Splitter.Split("  • First point here.\n- Second point here\nHeadline without a stop");

        sentences.Select(s => s.Text).ShouldBe(["First point here.", "Second point here", "Headline without a stop"]);
        sentences.Select(s => s.Paragraph).ShouldBe([0, 1, 2]);
    }
}
