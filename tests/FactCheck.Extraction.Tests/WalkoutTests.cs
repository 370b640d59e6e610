using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// Workers who stop work in a labour dispute are its strikers, whatever their trade, counted for the day they struck.
/// Articles written for these tests.
/// </summary>
public class WalkoutTests
{
    private static List<QuantityClaim> Quantities(string text) => Extract.From(text).OfType<QuantityClaim>().ToList();

    [Theory]
    [InlineData("About 45,000 workers were on strike on Monday, the union said.", 45_000)]
    [InlineData("The union said 12,700 members of the United Auto Workers had walked off the job.", 12_700)]
    [InlineData("Some 30,000 nurses went on strike on Tuesday, the union said.", 30_000)]
    [InlineData("The port authority said the number of workers on strike had reached 7,500.", 7_500)]
    [InlineData("About 20,000 teachers in Ridgeland walked off the job on Thursday, the unions said.", 20_000)]
    [InlineData("Some 33,000 teachers and school staff remained on strike on Tuesday, union leaders said.", 33_000)]
    [InlineData("About 26,000 teachers and support staff in the city's public schools went on strike on Monday.", 26_000)]
    [InlineData("Some 4,000 nurses at the two hospitals walked off the job on Friday.", 4_000)]
    [InlineData("About 40,000 rail workers walked out on Tuesday in the biggest rail strike in decades.", 40_000)]
    [InlineData("The union said 250,000 civil servants had walked out.", 250_000)]
    [InlineData("About 9,000 members of the dockers' union walked out again on Thursday.", 9_000)]
    [InlineData("The unions said about two million workers had joined a three-day strike.", 2_000_000)]
    [InlineData("The ministry said fewer than 100,000 workers had taken part in the strike.", 100_000)]
    public void Workers_who_stop_work_are_strikers(string text, double value)
    {
        var claim = Quantities(text).Single(c => c.Value == value);

        claim.Subject.ShouldBe("walkout:");
        claim.Unit.ShouldBe("strikers");
    }

    [Fact]
    public void Who_walked_out_of_a_place_got_out_and_struck_no_work()
        => Quantities("Two miners walked out of the mine shortly after the blast.").ShouldHaveSingleItem().Subject.ShouldNotStartWith("walkout:");

    [Fact]
    public void A_military_strike_is_no_walkout()
        => Quantities("The army said 40 missiles had been fired in the strike on the depot.").ShouldAllBe(c => !c.Subject.StartsWith("walkout:", StringComparison.Ordinal));

    // "film and television writers": two modifiers joined by "and" before the noun of people on strike.
    [Fact]
    public void Strikers_named_by_two_joined_trades_are_counted()
        => Extract.Quantity("About 11,500 film and television writers went on strike on Tuesday, the guild said.")
            .ShouldSatisfyAllConditions(c => c.Value.ShouldBe(11_500), c => c.Subject.ShouldBe("walkout:"));

    [Fact]
    public void A_strike_s_figures_are_counted_for_their_day_or_their_article_s()
    {
        var claims = new ClaimExtractor().ExtractAll([
            Document.FromText("d0", "Some 12,000 dockworkers went on strike on Monday, the union said.", published: new DateOnly(2025, 3, 3)),
            Document.FromText("d1", "About 20,000 dockworkers are now on strike, the union said. Some 9,000 dockworkers had joined the first walkouts two weeks ago.",
                published: new DateOnly(2025, 3, 17)),
        ]).SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 12_000).Occasion.ShouldBe(new DateOnly(2025, 3, 3));
        claims.Single(c => c.Value == 20_000).Occasion.ShouldBe(new DateOnly(2025, 3, 17));
        claims.Single(c => c.Value == 9_000).Occasion.ShouldNotBe(new DateOnly(2025, 3, 17));
    }
}
