using FactCheck.Extraction.Claims;

namespace FactCheck.Extraction.Tests;

/// <summary>Rates against totals, guesses at the past against forecasts, and counts that depend on what came before.</summary>
public class RateAndEstimateTests
{
    [Theory]
    [InlineData("Crude was leaking from the pipeline at about 800 barrels a day, the operator said.", "barrels a day")]
    [InlineData("Engineers said 3,000 barrels of oil per day were escaping.", "barrels a day")]
    [InlineData("The agency said 4,000 barrels (168,000 gallons) a day were gushing from the well.", "barrels a day")]
    [InlineData("In all, 2.1 million barrels spilled into the bay.", "barrels")]
    public void A_rate_per_unit_of_time_is_a_unit_of_its_own(string text, string unit)
    {
        var spill = Extract.From(text).OfType<QuantityClaim>().First(c => c.Unit.StartsWith("barrels", StringComparison.Ordinal));

        spill.Unit.ShouldBe(unit);
        spill.Subject.ShouldStartWith("spill:");
    }

    [Theory]
    [InlineData("From that date, one to five new cases were reported each day, the newspaper said.")]
    [InlineData("Officials said 40 people were killed every week in the fighting.")]
    public void A_figure_its_clause_counts_per_period_is_a_rate_compared_with_nothing(string text)
        => Extract.Quantity(text).Subject.ShouldBeEmpty();

    [Fact]
    public void A_rate_unit_may_name_its_period_again()
        => Extract.From("Iran supplied 5.7 million barrels per day of crude to China, officials said.").OfType<QuantityClaim>()
            .Single(c => c.Unit == "barrels a day").Subject.ShouldNotBeEmpty();

    // A volume let out is a spill, wherever the sentence's first verb points; grain released from a reserve is not.
    [Theory]
    [InlineData("The burst dam released about 40 million cubic metres of mining waste.", 40_000_000, "cubic meters", "spill:")]
    [InlineData("The disaster killed 19 people and released about 40 million cubic metres of waste.", 40_000_000, "cubic meters", "spill:")]
    [InlineData("The refinery released about 5,000 barrels of crude into the river.", 5_000, "barrels", "spill:")]
    [InlineData("The government released 50,000 tonnes of grain from its reserves.", 50_000, "tonnes", "")]
    public void An_amount_released_is_a_spill(string text, double value, string unit, string subject)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).ShouldSatisfyAllConditions(c => c.Unit.ShouldBe(unit), c => c.Subject.ShouldBe(subject));

    [Fact]
    public void Cubic_feet_are_compared_as_cubic_metres()
        => Extract.Quantity("The well leaked 100,000 cubic feet of gas, the operator said.").ShouldSatisfyAllConditions(
            c => c.Unit.ShouldBe("cubic meters"), c => c.Value.ShouldBe(2_831.68, 5), c => c.Subject.ShouldBe("spill:"));

    [Fact]
    public void People_who_escaped_are_no_spill()
        => Extract.Quantity("Police said 140 people escaped from the burning hotel.").Subject.ShouldNotStartWith("spill:");

    [Theory]
    [InlineData("The storm may have killed at least 4,000 people on the island, the governor said.")]
    [InlineData("Officials said the quake might have killed 900 people.")]
    [InlineData("The governor said the death toll is likely to be between 1,200 and 1,500.")]
    public void A_guess_at_what_happened_is_an_estimate_not_a_forecast(string text)
    {
        var toll = Extract.Quantity(text);

        toll.Stance.ShouldBe(Stance.Asserted);
        toll.Subject.ShouldStartWith("casualties:");
    }

    [Theory]
    [InlineData("Officials said 160 people were believed to be missing.")]
    [InlineData("The sheriff said 45 people were known to be missing in the county.")]
    public void Believed_to_be_missing_is_what_is_thought_now(string text)
        => Extract.Quantity(text).Stance.ShouldBe(Stance.Asserted);

    [Theory]
    [InlineData("Officials said the toll could rise to 4,000.")]
    [InlineData("The ministry said it may have to send 2,000 more troops.")]
    public void A_forecast_stays_a_forecast(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldAllBe(c => c.Stance == Stance.Planned || !c.Subject.StartsWith("casualties:"));

    [Fact]
    public void A_range_after_a_tally_is_read_whole()
    {
        var toll = Extract.Quantity("The minister said the death toll was between 2,000 and 2,500.");

        toll.Low.ShouldBe(2_000);
        toll.High.ShouldBe(2_500);
        toll.Subject.ShouldStartWith("casualties:");
    }

    [Fact]
    public void The_number_of_people_far_before_its_figure_still_counts_people()
    {
        var toll = Extract.From("The number of people known to have died in the collapse of a warehouse outside Lagos has risen to 216, police said.")
            .OfType<QuantityClaim>().Single(c => c.Value == 216);

        toll.Unit.ShouldBe("people");
        toll.Subject.ShouldStartWith("casualties:");
        toll.Place.ShouldBe("", "a warehouse outside Lagos is where one building stood, not a limit on the toll");
    }

    [Fact]
    public void A_written_number_joined_to_its_unit_is_a_count()
    {
        var storeys = Extract.From("At least 40 people died when a twelve-storey hotel collapsed.").OfType<QuantityClaim>().Single(c => c.Unit == "storeys");

        storeys.Value.ShouldBe(12);
    }

    [Fact]
    public void A_question_of_how_many_opens_another_count()
    {
        var claims = Extract.From("About 1,800 people were rescued alive. How many people were inside that morning is still disputed. Estimates range from 2,500 to 4,000.");

        claims.OfType<QuantityClaim>().ShouldNotContain(c => c.Value == 4_000 && c.Subject.StartsWith("rescue:"));
    }

    [Fact]
    public void Another_disaster_last_year_is_another_occasion()
    {
        var claims = Extract.From("The collapse killed 300 workers. Last March a fire at another mill killed 64 workers.");

        claims.OfType<QuantityClaim>().Single(c => c.Value == 64).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
        claims.OfType<QuantityClaim>().Single(c => c.Value == 300).Anchor.ShouldBe("");
    }

    [Theory]
    [InlineData("Police estimated the crowd at about 250,000.", 250_000)]
    [InlineData("Organisers said the turnout was between 600,000 and 800,000.", 800_000)]
    public void A_crowd_or_turnout_counts_people(string text, double value)
    {
        var crowd = Extract.Quantity(text);

        crowd.Value.ShouldBe(value);
        crowd.Unit.ShouldBe("people");
        crowd.Subject.ShouldStartWith("turnout:");
    }

    [Fact]
    public void Survivors_counted_over_an_auxiliary_are_people_rescued()
    {
        var survivors = Extract.Quantity("A sailor's mother said only about 150 had survived.");

        survivors.Value.ShouldBe(150);
        survivors.Subject.ShouldStartWith("rescue:");
    }

    [Fact]
    public void Not_acknowledging_is_not_confirming()
        => Extract.Statement("The army has not acknowledged any attack on the port.").Stance.ShouldBe(Stance.Unverified);

    [Theory]
    [InlineData("The final estimate put the leak at 40,000 barrels a day at first, falling to 31,000 barrels a day by the time the well was sealed.")]
    [InlineData("Output was 2,000 tonnes a month in January, rising to about 2,600 tonnes a month by June.")]
    public void A_figure_in_a_participle_clause_after_another_is_the_same_quantity_at_another_moment(string text)
    {
        var claims = Extract.From(text).OfType<QuantityClaim>().ToList();

        claims.Count.ShouldBe(2);
        claims[0].Anchor.ShouldBe("");
        claims[1].Anchor.ShouldBe(QuantityClaim.EarlierAnchor);
    }

    [Fact]
    public void A_toll_that_rose_is_no_later_moment_of_another_figure()
        => Extract.Quantity("The death toll rose to 13 on Tuesday, police said.").Anchor.ShouldBe("");

    [Fact]
    public void The_value_a_revision_started_from_is_an_earlier_value_of_the_same_count()
    {
        var claims = Extract.From("Officials lowered the toll to 212, from 240, after some victims were counted twice.").OfType<QuantityClaim>().ToList();

        claims.Select(c => c.Value).ShouldBe([212, 240]);
        claims.ShouldAllBe(c => c.Subject.StartsWith("casualties:"));
        claims[1].Anchor.ShouldBe(QuantityClaim.EarlierAnchor);
    }

    [Theory]
    [InlineData("Correction: A previous version of this report said 1,400 people were injured. The agency's figure at the time was 930.")]
    [InlineData("An earlier entry incorrectly said 1,400 people were injured. The agency's figure at the time was 930.")]
    public void A_figure_a_correction_withdrew_is_no_claim(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldNotContain(c => c.Value == 1_400);

    [Theory]
    [InlineData("The cyclone claimed more than 2,000 lives, officials said.", "officials")]
    [InlineData("At least 640 have died, according to the health ministry.", "health ministry")]
    public void A_toll_told_as_lives_claimed_or_a_number_that_died(string text, string attribution)
    {
        var toll = Extract.Quantity(text);

        toll.Subject.ShouldStartWith("casualties:");
        toll.Attribution.ShouldBe(attribution);
    }

    [Fact]
    public void Every_part_of_a_list_of_parts_is_a_part()
    {
        var parts = Extract.From("About 900 people were killed, officials said. The toll included at least 12 children and about 200 women.")
            .OfType<QuantityClaim>().Where(c => c.Value is 12 or 200).ToList();

        parts.Count.ShouldBe(2);
        parts.ShouldAllBe(c => c.Subject == "");
    }
}

