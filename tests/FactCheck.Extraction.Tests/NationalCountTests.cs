using FactCheck.Extraction.Claims;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// A figure that names a country's people ("32 Kenyans", "51 Spaniards") counts that country's people alone, whatever verb
/// the sentence has and even inside a list of parts; a nationality used as an adjective counts no one. Articles written for
/// these tests.
/// </summary>
public class NationalCountTests
{
    private static List<QuantityClaim> Quantities(string text) => Extract.From(text).OfType<QuantityClaim>().ToList();

    [Fact]
    public void The_dead_named_by_their_country_are_that_country_s_toll()
    {
        var claims = Quantities("The jet crashed shortly after take-off, killing all 157 people on board. Among the dead were 32 Kenyans, 18 Canadians and nine Chinese.");

        claims.Single(c => c.Value == 157).Place.ShouldBe("");
        var kenyans = claims.Single(c => c.Value == 32);
        kenyans.Subject.ShouldBe("casualties:");
        kenyans.Place.ShouldBe("kenya");
        claims.Single(c => c.Value == 18).Place.ShouldBe("canada");
        claims.Single(c => c.Value == 9).Place.ShouldBe("china");
    }

    // The last of a list of the dead by country is one more country's part, whatever noun names it.
    [Fact]
    public void The_last_of_a_list_of_the_dead_by_country_is_a_part()
    {
        var claims = Quantities("Gunmen killed 22 people at the hotel. Among the dead were five Germans, two Chinese and a Canadian aid worker.");

        claims.Single(c => c.Value == 22).Subject.ShouldBe("casualties:");
        claims.ShouldNotContain(c => c.Value == 1 && c.Subject == "casualties:" && c.Place == "");
    }

    [Fact]
    public void Nationals_on_board_are_counted_aboard_even_in_a_list_of_passengers()
    {
        var government = Quantities("The deputy prime minister said 51 Spaniards had been on board the jet.").ShouldHaveSingleItem();
        var airline = Quantities("The airline said the passengers included 72 Germans and 35 Spaniards.");

        government.Subject.ShouldBe("aboard:");
        government.Place.ShouldBe("spain");
        var spaniards = airline.Single(c => c.Value == 35);
        spaniards.Subject.ShouldBe("aboard:");
        spaniards.Place.ShouldBe("spain");
        airline.Single(c => c.Value == 72).Place.ShouldBe("germany");
    }

    [Theory]
    [InlineData("The jet was shot down, killing 298 people. Of those killed, 193 were Dutch citizens, the government said.", 193, "netherlands")]
    [InlineData("The jet was shot down, killing 298 people. Of the dead, 27 were Australian.", 27, "australia")]
    [InlineData("The jet was shot down, killing all 298 people aboard, including 196 Dutch nationals.", 196, "netherlands")]
    [InlineData("The crush killed 769 people. Iran, which says 136 of its citizens are among the dead, accused the kingdom of mismanagement.", 136, "iran")]
    [InlineData("The bombs killed 187 people. Australia said at least 14 of its citizens had been killed.", 14, "australia")]
    [InlineData("Mexico said 27 of its citizens were among the dead, and Honduras said 14 of its nationals had died.", 14, "honduras")]
    [InlineData("Mexico said 27 of its citizens were among the dead, and Honduras said 14 of its nationals had died.", 27, "mexico")]
    public void Citizens_and_nationals_named_by_their_country_are_that_country_s_toll(string text, double value, string country)
    {
        var part = Quantities(text).Single(c => c.Value == value);

        part.Subject.ShouldBe("casualties:");
        part.Place.ShouldBe(country);
    }

    // Whose pilgrims they are the sentence does not say by a country's name, so they are a part of the toll and compared
    // with nothing. (A country's "136 of its citizens" are its own people.)
    [Theory]
    [InlineData("The crush killed 769 people. Officials in Cairo said 14 pilgrims were among the dead.")]
    public void A_country_s_share_of_the_dead_unnamed_is_a_part(string text)
        => Quantities(text).Where(c => c.Value < 769).ShouldAllBe(c => c.Subject == "");

    // Troops named in a clause that sets the scene after the figure are not whose dead it counts.
    [Fact]
    public void Troops_in_a_clause_after_the_figure_are_not_whose_dead_it_counts()
        => Quantities("At least 27 people were killed, a United Nations official said, after Malian special forces, backed by French and American troops, went floor by floor to free the hostages.")
            .Single(c => c.Value == 27).Subject.ShouldBe("casualties:");

    [Theory]
    [InlineData("Two British cave divers found the boys on a ledge, the governor said.")]
    [InlineData("Three Iranian interior ministry officials told the agency that the protests had been contained.")]
    [InlineData("The army said it had struck at least 19 Hamas and Islamic Jihad command posts.")]
    public void A_nationality_before_a_noun_or_an_organisation_counts_no_one(string text)
        => Quantities(text).ShouldAllBe(c => c.Place == "" && c.Subject == "" || c.Unit != "people");
}
