using FactCheck.Extraction.Documents;

namespace FactCheck.Extraction.Tests;

public class DocumentTests
{
    [Fact]
    public void A_date_line_with_text_after_it_sets_the_date_and_keeps_the_text()
    {
        var document = Document.FromText("a", "   date 2024-10-19 Summarize Simplifying... In short Troops arrived.\nBody.");

        document.Published.ShouldBe(new DateOnly(2024, 10, 19));
        document.CleanText.ShouldStartWith("Troops arrived.");
        document.Title.ShouldBe("Troops arrived.");
    }

    [Fact]
    public void A_malformed_date_line_is_a_warning_not_a_date()
    {
        var document = Document.FromText("a", "date 2024-13-45\nTroops arrived.");

        document.Published.ShouldBeNull();
        document.Warnings.ShouldHaveSingleItem().ShouldContain("malformed date line");
    }

    [Fact]
    public void Page_furniture_is_removed_and_the_map_points_back_to_the_original()
    {
        const string text = "Subscribe to Our Newsletter\nSuccess! Now Check Your Email\nTo complete Subscribe, click the confirmation link. If it doesn't arrive within 3 minutes, check your spam folder.\nOk, Thanks\nImage credit: Someone via Getty Images\nReal headline\n- LEVEL 2\nQuiz\nThe body says 40 tanks moved.[1][2]\nRead More\nComments\nPopular posts from this blog\nTeam Suspends Player For 4 Games";

        var document = Document.FromText("a", text);

        document.CleanText.ShouldBe("Real headline\nThe body says 40 tanks moved.\n");
        var offset = document.CleanText.IndexOf("40 tanks", StringComparison.Ordinal);
        text.Substring(document.ToOriginalOffset(offset), 8).ShouldBe("40 tanks");
    }

    [Fact]
    public void A_box_of_links_to_other_stories_is_dropped_and_the_article_goes_on_after_it()
    {
        const string text = "Nine people died in the flood.\n\nMost read\n1. Six killed as bus plunges into gorge\n2. 12 hurt in tram crash\n\nThe river rose 3 metres.\nMore on this story\n- Four dams to be inspected\nComments\nI saw 40 boats.";

        var document = Document.FromText("a", text);

        document.CleanText.ShouldBe("Nine people died in the flood.\nThe river rose 3 metres.\n");
    }

    [Fact]
    public void A_line_of_prose_after_a_box_heading_is_the_article_going_on()
        => Document.FromText("a", "Read more\nThe ministry said 40 homes were lost in the storm on Monday.\n").CleanText
            .ShouldBe("The ministry said 40 homes were lost in the storm on Monday.\n");

    // A link with its heading on one line names another story: "Read more: Kenya's contested elections" denies nothing.
    [Theory]
    [InlineData("Read more: Kenya's contested elections")]
    [InlineData("Related: The tanker war of the 1980s")]
    [InlineData("See also: Why 40 people died in 1991")]
    public void A_link_line_with_its_heading_is_dropped(string link)
        => Document.FromText("a", $"Nine people died in the flood.\n{link}\nThe river rose 3 metres.\n").CleanText
            .ShouldBe("Nine people died in the flood.\nThe river rose 3 metres.\n");

    [Fact]
    public void Nothing_is_extracted_from_newsletter_boxes_or_unrelated_headlines()
    {
        var document = Document.FromText("a", "Subscribe to Our Newsletter\nIf it doesn't arrive within 3 minutes, check your spam folder.\nSix soldiers were killed.\nComments\nPopular posts from this blog\nLeague Suspends Player For 4 Games After 30 Fans Complained");

        var claims = new ClaimExtractor().Extract(document).Claims;

        claims.ShouldAllBe(c => c.Sentence == "Six soldiers were killed.");
    }

    [Fact]
    public void A_boilerplate_pattern_that_times_out_keeps_the_line_instead_of_failing_the_article()
    {
        var lexicon = Lexicon.ExtractionLexicon.CreateDefault();
        lexicon.BoilerplateLines.Add("^(a+)+$");
        lexicon.InlineBoilerplate.Add("(b+)+c");
        var line = new string('a', 40) + "!";
        var cleaner = new ArticleCleaner(lexicon);

        var document = cleaner.Read("slow", $"Troops arrived.\n{line}\n{new string('b', 40)} end.\nThe body says 40 tanks moved.", null, null, null, null);

        document.CleanText.ShouldContain(line);
        document.CleanText.ShouldContain("The body says 40 tanks moved.");
    }
}
