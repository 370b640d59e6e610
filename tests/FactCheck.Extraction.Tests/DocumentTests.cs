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
    public void Nothing_is_extracted_from_newsletter_boxes_or_unrelated_headlines()
    {
        var document = Document.FromText("a", "Subscribe to Our Newsletter\nIf it doesn't arrive within 3 minutes, check your spam folder.\nSix soldiers were killed.\nComments\nPopular posts from this blog\nLeague Suspends Player For 4 Games After 30 Fans Complained");

        var claims = new ClaimExtractor().Extract(document).Claims;

        claims.ShouldAllBe(c => c.Sentence == "Six soldiers were killed.");
    }
}
