using FactCheck.Extraction;
using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// Which quantity of which event a figure is: its place, the earlier event it belongs to, parts and increments, and
/// figures whose counted thing the sentence leaves out. Articles written for these tests.
/// </summary>
public class FrameTests
{
    [Fact]
    public void A_bare_number_after_a_reporting_verb_counts_what_the_paragraph_was_counting()
    {
        var claims = Quantities("""
            Police counted 12,000 marchers in Lisbon on Saturday. The organisers said 60,000.
            """);

        var organisers = claims.Single(c => c.Value == 60_000);
        organisers.Unit.ShouldBe("people");
        organisers.Subject.ShouldBe("turnout:");
        organisers.Place.ShouldBe("lisbon");
    }

    [Fact]
    public void A_figure_set_against_an_earlier_moment_belongs_to_that_moment()
    {
        var claims = Quantities("""
            The ministry counted 310,000 strikers on Thursday. That was up from 240,000 at the first walkout.
            """);

        claims.Single(c => c.Value == 310_000).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 240_000).Anchor.ShouldBe("earlier");
    }

    [Fact]
    public void A_figure_tied_to_a_year_before_the_coverage_belongs_to_that_year()
    {
        var document = Document.FromText("quake", "The tremor killed 410 people, the worst since a 1998 quake that killed 3,100 people.", published: new DateOnly(2031, 5, 2));
        var claims = new ClaimExtractor().Extract(document, BatchContext.Of([document])).Claims.OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 410).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 3_100).Anchor.ShouldBe("1998");
    }

    [Fact]
    public void Parts_and_increments_are_compared_with_nothing()
    {
        var claims = Quantities("""
            The storm killed 57 people, including 19 children. Rescuers found another 8 bodies on Monday.
            """);

        claims.Single(c => c.Value == 57).Subject.ShouldStartWith("casualties:");
        claims.Single(c => c.Value == 19).Subject.ShouldBe("");
        claims.Single(c => c.Value == 8).Subject.ShouldBe("");
    }

    [Fact]
    public void A_country_names_the_whole_event_and_a_city_a_place_inside_it()
    {
        var claims = Quantities("""
            The floods killed 230 people in Ukraine. In Kharkiv alone 41 people died.
            """);

        claims.Single(c => c.Value == 230).Place.ShouldBe("");
        claims.Single(c => c.Value == 41).Place.ShouldBe("kharkiv");
    }

    [Fact]
    public void Magnitudes_money_and_compound_counts_are_their_own_quantities()
    {
        var claims = Quantities("""
            The survey put the magnitude at 6.4. Damage was estimated at between $1.2 billion and $2 billion. The 31-storey block was evacuated.
            """);

        claims.Single(c => c.Unit == "magnitude").Value.ShouldBe(6.4);
        var damage = claims.Single(c => c.Unit == "USD");
        (damage.Low, damage.High).ShouldBe((1.2e9, 2e9));
        claims.Single(c => c.Unit == "storeys").Value.ShouldBe(31);
    }

    private static List<QuantityClaim> Quantities(string text) => Extract.From(text).OfType<QuantityClaim>().ToList();
}
