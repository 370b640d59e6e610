using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;

namespace FactCheck.Extraction.Tests;

public class QuantityTests
{
    [Theory]
    [InlineData("The army sent 1,500 soldiers to the border.", 1500, 1500, 1500, "personnel", "1,500 soldiers")]
    [InlineData("Officials said 12,000 troops were moved.", 12000, 11950, 12050, "personnel", "12,000 troops")]
    [InlineData("The country has sent 1.5K special forces abroad.", 1500, 1450, 1550, "personnel", "1.5K special forces")]
    [InlineData("It plans to send 12K troops.", 12000, 11500, 12500, "personnel", "12K troops")]
    [InlineData("It keeps 1.2 million soldiers under arms.", 1200000, 1150000, 1250000, "personnel", "1.2 million soldiers")]
    [InlineData("Seven ships left the port.", 7, 7, 7, "ships", "Seven ships")]
    [InlineData("The tanker, with a crew of 23, left port on Friday.", 23, 23, 23, "crew", "23")]
    [InlineData("It moved a force of 5,000 to the border.", 5000, 4950, 5050, "personnel", "5,000")]
    [InlineData("They deployed a dozen helicopters.", 12, 12, 12, "aircraft", "a dozen helicopters")]
    [InlineData("Six Ukrainian servicemen were wounded.", 6, 6, 6, "people", "Six Ukrainian servicemen")]
    [InlineData("Six Ukrainian servicemen arrived.", 6, 6, 6, "personnel", "Six Ukrainian servicemen")]
    [InlineData("Hackers stole the records of 143 million U.S. consumers.", 143_000_000, 142_500_000, 143_500_000, "customers", "143 million U.S. consumers")]
    [InlineData("Forty-three people died in the crash.", 43, 43, 43, "people", "Forty-three people")]
    [InlineData("Rescuers reached twenty five survivors.", 25, 25, 25, "survivors", "twenty five survivors")]
    [InlineData("The port received 340 containers.", 340, 340, 340, "containers", "340 containers")]
    [InlineData("The agency said eight million people were affected.", 8_000_000, 7_950_000, 8_050_000, "people", "eight million people")]
    [InlineData("About two hundred residents were evacuated.", 200, 190, 210, "people", "About two hundred residents")]
    [InlineData("Militants released 26 women and children on Thursday.", 26, 26, 26, "people", "26 women and children")]
    [InlineData("The town buried the 26 children and staff killed at the school.", 26, 26, 26, "people", "26 children and staff")]
    public void Reads_numbers_multipliers_and_written_numbers_with_their_unit(string text, double value, double low, double high, string unit, string span)
    {
        var claim = Extract.Quantity(text);

        claim.Value.ShouldBe(value);
        claim.Low.ShouldBe(low, 0.001);
        claim.High.ShouldBe(high, 0.001);
        claim.Unit.ShouldBe(unit);
        claim.Text.ShouldBe(span);
    }

    [Theory]
    [InlineData("Three hundred and four people died.", 304, "Three hundred and four people")]
    [InlineData("Two hundred and forty-one passengers were rescued.", 241, "Two hundred and forty-one passengers")]
    [InlineData("Two thousand five hundred people marched.", 2500, "Two thousand five hundred people")]
    [InlineData("One thousand and twelve people were evacuated.", 1012, "One thousand and twelve people")]
    [InlineData("A hundred and fifty people were hurt.", 150, "A hundred and fifty people")]
    [InlineData("Two dozen people were hurt.", 24, "Two dozen people")]
    public void A_number_in_words_is_added_up_over_its_scales(string text, double value, string span)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Value.ShouldBe(value), c => c.Text.ShouldBe(span));

    [Fact]
    public void Two_numbers_in_words_with_their_own_nouns_stay_two()
        => Extract.From("Two hundred people died and forty were hurt.").OfType<QuantityClaim>().Select(c => c.Value).ShouldBe([200, 40]);

    [Theory]
    [InlineData("Authorities put the toll at 4,000.", 3950, 4050)]
    [InlineData("The storm destroyed 250,000 homes.", 249_500, 250_500)]
    [InlineData("The storm destroyed 1,500 homes.", 1500, 1500)]
    [InlineData("The storm destroyed 3,958 homes.", 3958, 3958)]
    [InlineData("The storm destroyed 300 homes.", 300, 300)]
    public void A_plain_figure_ending_in_three_zeros_or_more_holds_its_rounding_to_one_more_digit(string text, double low, double high)
    {
        var claim = Extract.Quantity(text);

        claim.Precision.ShouldBe(QuantityPrecision.Exact);
        claim.Low.ShouldBe(low, 0.001);
        claim.High.ShouldBe(high, 0.001);
    }

    [Theory]
    [InlineData("Approximately 2,000 troops crossed.", QuantityPrecision.Approximate, 1900, 2100)]
    [InlineData("About 400 marines landed.", QuantityPrecision.Approximate, 380, 420)]
    [InlineData("Some 80 tanks were seen.", QuantityPrecision.Approximate, 76, 84)]
    [InlineData("Over 13,000 containers were shipped.", QuantityPrecision.AtLeast, 13000, double.PositiveInfinity)]
    [InlineData("More than 500 drones were launched.", QuantityPrecision.AtLeast, 500, double.PositiveInfinity)]
    [InlineData("At least 30 civilians were killed.", QuantityPrecision.AtLeast, 30, double.PositiveInfinity)]
    [InlineData("Up to 10,000 soldiers could follow.", QuantityPrecision.UpTo, 6000, 10000)]
    [InlineData("As many as 40 aircraft took part.", QuantityPrecision.UpTo, 24, 40)]
    [InlineData("No more than 40 aircraft took part.", QuantityPrecision.AtMost, 0, 40)]
    [InlineData("Fewer than 300 fighters were captured.", QuantityPrecision.AtMost, 0, 300)]
    [InlineData("Officials put the number of dead at a minimum of 350.", QuantityPrecision.AtLeast, 350, double.PositiveInfinity)]
    [InlineData("The army said the dead numbered a maximum of 150.", QuantityPrecision.AtMost, 0, 150)]
    [InlineData("The army said not more than 150 people were killed.", QuantityPrecision.AtMost, 0, 150)]
    [InlineData("The number of casualties has not exceeded 150, the army said.", QuantityPrecision.AtMost, 0, 150)]
    [InlineData("The toll did not exceed 40, police said.", QuantityPrecision.AtMost, 0, 40)]
    [InlineData("Between 200 and 300 fighters were captured.", QuantityPrecision.Range, 200, 300)]
    [InlineData("Between 6 and 7 million people were displaced.", QuantityPrecision.Range, 6_000_000, 7_000_000)]
    [InlineData("From 2 to 3.5 million refugees fled.", QuantityPrecision.Range, 2_000_000, 3_500_000)]
    [InlineData("Between 500 and 1 million refugees fled.", QuantityPrecision.Range, 500, 1_000_000)]
    [InlineData("Between 3.3 million and 4.6 million people marched.", QuantityPrecision.Range, 3_300_000, 4_600_000)]
    [InlineData("The blast killed between five and 15 people.", QuantityPrecision.Range, 5, 15)]
    [InlineData("Officials said twenty-one to 30 people were hurt.", QuantityPrecision.Range, 21, 30)]
    [InlineData("Thousands of refugees fled.", QuantityPrecision.Vague, 2000, 99999)]
    [InlineData("Millions of artillery shells were sent.", QuantityPrecision.Vague, 2000000, 999999999)]
    [InlineData("Several dozen soldiers were killed.", QuantityPrecision.Vague, 24, 99)]
    [InlineData("A few hundred people were evacuated.", QuantityPrecision.Vague, 200, 999)]
    [InlineData("The number of people injured has been revised up to 264, officials said.", QuantityPrecision.Exact, 264, 264)]
    public void Qualifiers_and_vague_magnitudes_set_the_interval(string text, QuantityPrecision precision, double low, double high)
    {
        var claim = Extract.Quantity(text);

        claim.Precision.ShouldBe(precision);
        claim.Low.ShouldBe(low, 0.001);
        claim.High.ShouldBe(high);
    }

    [Theory]
    [InlineData("They were moved on a Russian naval transport ship between March 2 and 5.", "ships")]
    [InlineData("The crew boarded a cargo vessel.", "ships")]
    [InlineData("Witnesses saw a helicopter over the city.", "aircraft")]
    public void A_singular_indefinite_count_states_one(string text, string unit)
    {
        var claim = Extract.Quantity(text);

        claim.Value.ShouldBe(1);
        claim.Unit.ShouldBe(unit);
        claim.IsCount.ShouldBeTrue();
    }

    [Theory]
    [InlineData("It happened in 2024 near the border.")]
    [InlineData("The meeting lasted 3 hours.")]
    [InlineData("He spoke at 10:53 am on Oct 19, 2024.")]
    [InlineData("It is one of the world's largest armies.")]
    [InlineData("A Ukrainian rocket attack hit the depot.")]
    [InlineData("Prices rose 15% over the year.")]
    [InlineData("The airline flies the F-35 and the Boeing 737-800 from the base.")]
    [InlineData("Read footnote [3] for details.")]
    public void Numbers_without_a_counted_thing_are_not_claims(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldBeEmpty();

    [Fact]
    public void Sent_and_planned_figures_share_a_subject_and_differ_in_stance()
    {
        var sent = Extract.Quantity("North Korea has sent 1,500 special forces soldiers to Russia.");
        var planned = Extract.Quantity("Now, approximately 12,000 North Korean soldiers are being mobilized for deployment.");
        var total = Extract.Quantity("Officials believe Pyongyang decided to send a total of 12K North Korean troops.");

        sent.Subject.ShouldBe("deployment:North Korea");
        planned.Subject.ShouldBe(sent.Subject);
        sent.Stance.ShouldBe(Stance.Asserted);
        planned.Stance.ShouldBe(Stance.Planned);
        total.Stance.ShouldBe(Stance.Planned);
        total.IsTotal.ShouldBeTrue();
    }

    [Fact]
    public void Troops_already_massed_are_no_plan_because_the_sentence_goes_on_to_one()
    {
        var massed = Extract.From("Russia has massed more than 92,000 troops near the border and is preparing for an attack, Ukraine said.")
            .OfType<QuantityClaim>().Single();

        massed.Subject.ShouldBe("deployment:Russia");
        massed.Stance.ShouldBe(Stance.Asserted);
    }

    [Fact]
    public void A_standing_army_is_not_a_deployment()
        => Extract.Quantity("The leadership maintains a large standing army of 1.2 million soldiers.").Subject.ShouldStartWith("strength:");

    [Fact]
    public void Supplies_and_casualties_get_their_own_subjects()
    {
        Extract.Quantity("Iran has delivered around 400 drones to Russia since June.").Subject.ShouldBe("supply:Iran");
        Extract.Quantity("Media reported that six Russian soldiers were killed in the strike.").Subject.ShouldBe("casualties:Russia");
    }

    [Theory]
    [InlineData("Three army helicopters were sent to the valley.", 3, "aircraft", "Three army helicopters")]
    [InlineData("Crews evacuated 240 flooded homes overnight.", 240, "buildings", "240 flooded homes")]
    [InlineData("The governor said 67 municipalities had declared an emergency.", 67, "municipalities", "67 municipalities")]
    [InlineData("The river rose to 5.3 meters on Friday.", 5.3, "meters", "5.3 meters")]
    [InlineData("Some 1,200 residents were moved to shelters.", 1200, "people", "Some 1,200 residents")]
    [InlineData("The raids hit 73 targets overnight.", 73, "targets", "73 targets")]
    [InlineData("Officials said jets struck nearly 30 locations.", 30, "sites", "nearly 30 locations")]
    [InlineData("Police said three men were arrested at the scene.", 3, "people", "three men")]
    [InlineData("He said 25,000 of his fighters were ready.", 25000, "personnel", "25,000 of his fighters")]
    public void Units_outside_war_reporting_and_unlisted_modifiers_are_read(string text, double value, string unit, string span)
    {
        var claim = Extract.Quantity(text);

        claim.Value.ShouldBe(value);
        claim.Unit.ShouldBe(unit);
        claim.Text.ShouldBe(span);
    }

    [Theory]
    [InlineData("The death toll has risen to 29, officials said.", 29)]
    [InlineData("Floods left a death toll of 17 in the north.", 17)]
    [InlineData("The number of people killed in the blast now stands at 112.", 112)]
    [InlineData("The death toll from the 2023 earthquake reached 50.", 50)]
    public void A_bare_number_counts_the_people_a_tally_before_it_names(string text, double value)
    {
        var claim = Extract.Quantity(text);

        claim.Value.ShouldBe(value);
        claim.Unit.ShouldBe("people");
        claim.Subject.ShouldStartWith("casualties:");
    }

    [Theory]
    [InlineData("The quake killed 42 in the valley.", 42, "casualties:", QuantityPrecision.Exact)]
    [InlineData("The blast injured at least 5,000, officials said.", 5000, "injuries:", QuantityPrecision.AtLeast)]
    [InlineData("Rescuers said 3,381 dead had been counted.", 3381, "casualties:", QuantityPrecision.Exact)]
    [InlineData("The death toll from the storm has passed 5,000.", 5000, "casualties:", QuantityPrecision.AtLeast)]
    [InlineData("Earthquake kills more than 1,000 in two countries", 1000, "casualties:", QuantityPrecision.AtLeast)]
    public void A_bare_number_next_to_a_casualty_verb_counts_people(string text, double value, string subject, QuantityPrecision precision)
    {
        var claim = Extract.Quantity(text);

        claim.Value.ShouldBe(value);
        claim.Unit.ShouldBe("people");
        claim.Subject.ShouldStartWith(subject);
        claim.Precision.ShouldBe(precision);
    }

    [Theory]
    [InlineData("At least 312 miners were killed when the shaft flooded.", 312, "casualties:", "At least 312 miners")]
    [InlineData("Officials said 45 tourists died in the landslide.", 45, "casualties:", "45 tourists")]
    [InlineData("About 90 foreign visitors were injured in the stampede.", 90, "injuries:", "About 90 foreign visitors")]
    [InlineData("Police said 27 worshippers had been hurt.", 27, "injuries:", "27 worshippers")]
    public void An_unlisted_plural_before_a_casualty_verb_counts_people(string text, double value, string subject, string span)
    {
        var claim = Extract.Quantity(text);

        claim.Value.ShouldBe(value);
        claim.Unit.ShouldBe("people");
        claim.Subject.ShouldStartWith(subject);
        claim.Text.ShouldBe(span);
    }

    [Fact]
    public void People_present_are_a_turnout()
        => Extract.Quantity("Engineers said no more than 1.5 million people were present at the mass.").Subject.ShouldBe("turnout:");

    [Theory]
    [InlineData("More than 90,000 Karen have fled across the border, the agency said.", 90000, "displacement:")]
    [InlineData("At least 1,200 Yazidis were killed in the first week.", 1200, "casualties:")]
    [InlineData("The army says about 400 people have been killed in the province.", 400, "casualties:")]
    [InlineData("The charity's count is ten times the official toll of about 400 given by the army.", 400, "casualties:")]
    public void A_group_named_by_its_own_name_flees_or_dies_as_people(string text, double value, string subject)
    {
        var claim = Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value);

        claim.Unit.ShouldBe("people");
        claim.Subject.ShouldStartWith(subject);
    }

    [Theory]
    [InlineData("One worker was treated at a hospital, police said.")]
    [InlineData("The wounded were taken to a school near the port.")]
    public void A_single_place_something_happened_at_is_no_count(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldNotContain(c => c.Unit == "hospitals" || c.Unit == "schools");

    [Fact]
    public void A_day_before_a_casualty_verb_is_not_the_victims_name()
        => Extract.From("About 30 Monday were killed.").OfType<QuantityClaim>().ShouldBeEmpty();

    [Theory]
    [InlineData("State radio asserted that at least 60 \"American troops\" had died.", 60, "united states")]
    [InlineData("Tehran said 464 Iranians died in the crush.", 464, "iran")]
    [InlineData("Officials said no Americans were harmed.", 0, "united states")]
    [InlineData("Initial reports showed no American casualties.", 0, "united states")]
    [InlineData("The blast killed 13 soldiers and at least 60 Afghans, officials said.", 60, "afghanistan")]
    [InlineData("Health officials said the number of Afghans killed had risen to at least 90.", 90, "afghanistan")]
    [InlineData("Officials said 40 Afghan civilians had been killed.", 40, "afghanistan")]
    [InlineData("The military said it knew of fewer than 100 Palestinian casualties.", 100, "palestine")]
    public void A_count_of_one_nationality_is_limited_to_that_country_s_people(string text, double value, string place)
    {
        var claim = Extract.From(text).OfType<QuantityClaim>().First(c => c.Value == value);

        claim.Unit.ShouldBeOneOf("people", "civilians");
        claim.Place.ShouldBe(place);
    }

    [Fact]
    public void A_nationality_s_dead_beside_soldiers_of_another_country_are_not_that_country_s_casualties()
    {
        var claims = Extract.From("The bombing killed 13 American service members and at least 60 Afghans, officials said.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 13).Subject.ShouldBe("casualties:United States");
        claims.Single(c => c.Value == 60).Subject.ShouldBe("casualties:");
    }

    [Fact]
    public void A_distance_in_a_sentence_of_the_dead_counts_no_one()
        => Extract.From("The span collapsed, sending cars plunging about 45 metres and killing at least 22 people.").OfType<QuantityClaim>()
            .Single(c => c.Unit == "meters").Subject.ShouldNotStartWith("casualties:");

    [Theory]
    [InlineData("Equifax said hackers took data on as many as 143 million US consumers.", 143_000_000, "united states")]
    [InlineData("Equifax said fewer than 400,000 UK consumers were affected.", 400_000, "united kingdom")]
    [InlineData("Equifax said 400,000 consumers were affected.", 400_000, "")]
    public void A_country_named_before_the_people_counted_narrows_the_count_to_its_people(string text, double value, string place)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Place.ShouldBe(place);

    [Theory]
    [InlineData("The German toll of the floods was 184.")]
    [InlineData("Police said the Russians killed 12 in the village.")]
    public void A_nationality_before_a_toll_that_places_it_or_names_who_killed_does_not_narrow_it(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldAllBe(c => c.Place == "");

    [Theory]
    [InlineData("The Pentagon said there had been at least one other explosion near the hotel.")]
    [InlineData("Officials said two more ships were seen.")]
    public void A_number_before_other_or_more_and_a_noun_counts_that_noun_not_the_story_s_count(string text)
        => Extract.From("The bombing killed 13 soldiers. " + text).OfType<QuantityClaim>().ShouldNotContain(c => c.Span.Start > 30 && c.Unit == "people");

    [Theory]
    [InlineData("The strike lasted 12 days killed in talks.")]
    [InlineData("Not one of the nine ministers is missing from the photograph.")]
    [InlineData("The report counted 14 others injured.")]
    public void A_plural_that_is_a_measure_or_disagrees_with_the_verb_counts_no_victims(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldBeEmpty();

    // "and 74 others were missing" beside a figure before it: the others are counted by their own tally.
    [Theory]
    [InlineData("Five people died and 74 others were missing.", 74, "missing:")]
    [InlineData("Police said 12 people were killed and 30 others were injured in the blast.", 30, "injuries:")]
    public void Others_beside_an_earlier_figure_are_people_counted_by_their_own_tally(string text, double value, string subject)
    {
        var others = Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value);

        others.Unit.ShouldBe("people");
        others.Subject.ShouldStartWith(subject);
    }

    // "The number of people confirmed dead in the capsizing ... rose to 61" is the toll, however long its noun phrase and
    // whatever other count follows in a clause of its own.
    [Fact]
    public void The_number_confirmed_dead_is_the_toll_before_a_count_of_the_missing()
    {
        var claims = Extract.From("The number of people confirmed dead in the capsizing of the ferry outside the harbour rose to 61 on Monday, and the authorities said 74 others were missing and presumed drowned.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 61).Subject.ShouldStartWith("casualties:");
        claims.Single(c => c.Value == 74).Subject.ShouldStartWith("missing:");
    }

    // Customers "current and former" (or "current, former and prospective") are customers; data "taken by hackers" is
    // the breach's, and so are those a breach "affected".
    [Theory]
    [InlineData("Hackers stole the personal details of 9.7 million current and former customers.")]
    [InlineData("The company said the personal details of 9.7 million current and former customers had been taken by hackers.")]
    [InlineData("Hackers stole the personal details of 9.7 million current, former and prospective customers.")]
    [InlineData("The company said the data breach had affected 9.7 million customers.")]
    public void Current_and_former_customers_whose_data_was_taken(string text)
    {
        var customers = Extract.Quantity(text);

        customers.Value.ShouldBe(9_700_000);
        customers.Unit.ShouldBe("customers");
        customers.Subject.ShouldBe("breach:");
    }

    // "one" after a figure of something counted is one of those: "two attackers had entered the building and one had been
    // killed" is no one from the story's toll.
    [Theory]
    [InlineData("Local media reported that two attackers had entered the school and that one had been killed by police.", "attackers")]
    [InlineData("Twelve people were hurt and one was killed.", "people")]
    public void One_after_a_counted_figure_is_one_of_them(string text, string unit)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == 1).Unit.ShouldBe(unit);

    // "found in cardiopulmonary arrest" is no arrest, and "before a doctor confirms death" counts no death.
    [Fact]
    public void A_heart_that_stopped_is_no_arrest_and_a_doctor_who_confirms_is_no_death()
    {
        var claims = Extract.From("Police said 31 people had been found in cardiopulmonary arrest near the summit, a term used before a doctor confirms death.")
            .OfType<QuantityClaim>().ToList();

        claims.ShouldHaveSingleItem().Value.ShouldBe(31);
        claims[0].Subject.ShouldNotStartWith("arrest:");
    }

    [Fact]
    public void A_noun_in_s_before_the_unit_still_modifies_it()
        => Extract.Quantity("A French munitions ship, the Mont-Blanc, exploded in the harbour on Thursday morning.").Unit.ShouldBe("ships");

    // "far fewer than the 400 reported by some witnesses": the witnesses' figure, not the speaker's.
    [Fact]
    public void A_figure_reported_by_some_witnesses_is_theirs()
        => Extract.From("The government said the ferry had about 265 people on board, far fewer than the 400 reported by some witnesses.")
            .OfType<QuantityClaim>().Single(c => c.Value == 400).Attribution.ShouldBe("witnesses");

    // "health records" is no verb of counting whose subject speaks.
    [Fact]
    public void Records_as_a_noun_names_no_speaker()
        => Extract.From("The hackers, who asked for $10 million, have begun posting health records online.").OfType<QuantityClaim>().Single()
            .Attribution.ShouldBe("test");

    // Organisations hit by one campaign are counted as organisations, never as people.
    [Theory]
    [InlineData("The hacking campaign has now hit 2,167 organisations, the security firm said.", 2_167)]
    [InlineData("More than 600 companies were affected by the breach, researchers said.", 600)]
    public void Organisations_hit_by_a_breach_are_counted_as_organisations(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Unit.ShouldBe("organisations");

    [Fact]
    public void A_casualty_verb_past_another_figure_and_a_comma_belongs_to_that_figure()
    {
        var claims = Extract.From("The ministry raised the death toll from Monday's collapse at the Old Market hall to 212, with 480 people injured.").OfType<QuantityClaim>().ToList();

        claims.Select(c => c.Value).ShouldBe([212, 480]);
        claims[0].Subject.ShouldStartWith("casualties:");
        claims[1].Subject.ShouldStartWith("injuries:");
    }

    [Fact]
    public void Coordinated_figures_without_a_comma_share_the_verb_after_them()
    {
        var claims = Extract.From("Eight soldiers and 12 civilians were killed in the raid.").OfType<QuantityClaim>().ToList();

        claims.Count.ShouldBe(2);
        claims.ShouldAllBe(c => c.Subject.StartsWith("casualties:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The wildlife agency said about 2,000 fish had died downstream.", 2000, "animals", "casualties:")]
    [InlineData("Sixteen cars of the freight train derailed near the bridge.", 16, "vehicles", "loss:")]
    public void Animals_and_derailed_cars_are_counted_with_their_event(string text, double value, string unit, string subject)
    {
        var claim = Extract.Quantity(text);

        claim.Value.ShouldBe(value);
        claim.Unit.ShouldBe(unit);
        claim.Subject.ShouldStartWith(subject);
    }

    [Theory]
    [InlineData("At least 30 people died when a ferry carrying 212 people capsized near the island.", 212, "aboard:")]
    [InlineData("The airliner, arriving from Lisbon, had 140 passengers on board.", 140, "aboard:")]
    [InlineData("A boat with as many as 90 migrants on board sank overnight.", 90, "aboard:")]
    [InlineData("The bus, returning from the coast, was carrying 41 children.", 41, "aboard:")]
    public void People_a_vehicle_carried_are_counted_as_aboard_not_as_dead_or_deployed(string text, double value, string subject)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBe(subject);

    [Fact]
    public void A_toll_is_of_the_dead_even_when_a_verb_of_destruction_is_nearer()
    {
        var claim = Extract.Quantity("The death toll from the blaze that destroyed the old quarter of the town rose to 44 on Monday.");

        claim.Value.ShouldBe(44);
        claim.Subject.ShouldStartWith("casualties:");
    }

    [Fact]
    public void Structures_are_counted_as_buildings()
        => Extract.Quantity("The fire destroyed more than 1,400 structures.").Unit.ShouldBe("buildings");

    [Fact]
    public void Targets_are_what_strikes_hit_whatever_verb_is_near()
        => Extract.From("The Houthis said the raids had hit 73 targets and killed five fighters.").OfType<QuantityClaim>().Single(c => c.Unit == "targets").Subject.ShouldStartWith("strike:");

    [Theory]
    [InlineData("Health officials said 312 cases had been confirmed.", 312)]
    [InlineData("The ministry said the number of confirmed cases stood at 41.", 41)]
    [InlineData("Nine new cases were found on Friday, bringing the total to 87, officials said.", 87)]
    [InlineData("The outbreak has sickened 240 people in four counties, officials said.", 240)]
    [InlineData("Some 240 people have fallen ill with cholera since May.", 240)]
    [InlineData("The virus has infected 240 residents of the town.", 240)]
    [InlineData("By Friday 240 people had tested positive.", 240)]
    public void Cases_count_an_outbreak(string text, double value)
    {
        var claim = Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value);

        claim.Unit.ShouldBe("cases");
        claim.Subject.ShouldBe("outbreak:");
    }

    [Theory]
    [InlineData("Nine new cases were found on Friday, officials said.", 9)]
    [InlineData("Two neighbouring countries have each reported one case.", 1)]
    public void New_cases_and_each_country_s_cases_are_parts_compared_with_nothing(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBeEmpty();

    [Fact]
    public void A_participle_after_a_counted_thing_confirms_nothing()
        => Extract.From("The true number is about 1,700, far above the 45 cases officially confirmed, according to researchers.")
            .OfType<StatementClaim>().ShouldAllBe(s => s.Stance != Stance.Confirmed);

    [Fact]
    public void A_train_is_not_a_deployment()
        => Extract.From("The passenger train was carrying 300 cars of grain.").OfType<QuantityClaim>().Single().Subject.ShouldBeEmpty();

    [Fact]
    public void A_count_named_before_bare_figures_gives_them_its_unit_rather_than_the_last_paragraph_s()
    {
        var claims = Extract.From("Twelve trucks overturned on the bridge.\n\nThe agency's bird count went from 400 to 2,600 in a week.").OfType<QuantityClaim>().ToList();

        claims.Select(c => (c.Value, c.Unit)).ShouldBe([(12, "vehicles"), (400, "animals"), (2600, "animals")]);
    }

    [Fact]
    public void A_part_of_the_dead_is_compared_with_nothing()
    {
        var claims = Extract.From("The agency said 2,000 fish died in the river. It said about 1,500 of the dead were trout.").OfType<QuantityClaim>().ToList();

        claims.Select(c => c.Value).ShouldBe([2000, 1500]);
        claims[1].Subject.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Staff reported more than 50 sightings of drones over the runway.")]
    [InlineData("The army fired three waves of missiles overnight.")]
    public void A_figure_counts_the_noun_before_of_not_the_unit_after_it(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldNotContain(c => c.Unit == "drones" || c.Unit == "missiles");

    [Theory]
    [InlineData("The charity counted 900 deaths, three times the official Ruritanian toll of 300.", 300, "Ruritanian")]
    [InlineData("The charity counted 900 deaths, three times the government's toll of 300.", 300, "government")]
    [InlineData("The charity counted 900 deaths, far above the 300 dead that Ruritania still cites.", 300, "Ruritania")]
    [InlineData("The charity counted 900 deaths, far more than the 300 deaths reported by Ruritania's interior ministry.", 300, "Ruritania's interior ministry")]
    [InlineData("The charity counted 900 deaths, against 300 deaths given by the Ruritanian army on Monday.", 300, "Ruritanian army")]
    [InlineData("The army said 900 people had died, far fewer than the 1,300 counted by the Association for Political Prisoners.", 1300, "Association for Political Prisoners")]
    [InlineData("Police said 900 people were killed, far fewer than the 1,300 reported by the opposition.", 1300, "opposition")]
    [InlineData("The charity counted 900 deaths, after a senior politician of the ruling party said 300 people had been killed.", 300, "senior politician of the ruling party")]
    [InlineData("The charity said 900 workers walked out, while the port authority put the number at 300 of its 16,000 staff.", 300, "port authority")]
    public void A_figure_given_as_someone_else_s_is_attributed_to_them(string text, double value, string owner)
    {
        var claims = Extract.From(text).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == value).Attribution.ShouldBe(owner);
        claims.Single(c => c.Value == 900).Attribution.ShouldNotBe(owner);
    }

    [Theory]
    [InlineData("The earthquake that struck Turkey and Syria killed 1,000 people.", "casualties:")]
    [InlineData("Floods in Brazil injured 300 people.", "injuries:")]
    [InlineData("Media reported that six Russian soldiers were killed in the strike.", "casualties:Russia")]
    public void Deaths_in_a_story_without_soldiers_belong_to_no_country(string text, string subject)
        => Extract.Quantity(text).Subject.ShouldBe(subject);

    // A speaker who acknowledges its own soldiers' deaths, and a country that lost soldiers, count their own side's dead.
    [Theory]
    [InlineData("China acknowledged for the first time on Friday that four of its soldiers had been killed in the clash with Indian troops.", "casualties:China")]
    [InlineData("India lost 20 soldiers in the clash.", "casualties:India")]
    public void Soldiers_a_country_owns_up_to_or_lost_are_its_own_dead(string text, string subject)
        => Extract.Quantity(text).Subject.ShouldBe(subject);

    // Either side of a fight between two is not whose dead or wounded a figure counts.
    [Theory]
    [InlineData("The hospital said more than 1,000 people were wounded in fighting between US Marines and insurgents.", "injuries:")]
    [InlineData("Two soldiers were killed in clashes between Indian and Chinese troops.", "casualties:")]
    [InlineData("Twenty Indian soldiers were killed in clashes between Indian and Chinese troops.", "casualties:India")]
    public void A_side_of_a_fight_between_two_is_not_whose_dead_are_counted(string text, string subject)
        => Extract.Quantity(text).Subject.ShouldBe(subject);

    // A force's dead are counted by whose force it is, whether its country is named by a demonym the lexicon knows no
    // actor for, by the group's own name, or by a military that puts "its own dead" at a figure (in its own clause, whoever
    // speaks last); a bare figure joined to a force's dead ("were killed and 29 wounded") counts the same force; a branch of
    // a force names no side, and an army that only speaks ("The army said") is no army's strength.
    [Theory]
    [InlineData("Twenty-three Peruvian soldiers were killed and 29 wounded in overnight clashes, the military said.", 23, "casualties:Peru")]
    [InlineData("Rebels said nine Ecuadorian fighters had been killed.", 9, "casualties:Ecuador")]
    [InlineData("The military said more than 200 Shining Path fighters had been killed in the raids.", 200, "casualties:Shining Path")]
    [InlineData("Peru's military put its own dead at 23 on Monday.", 23, "casualties:Peru")]
    [InlineData("Peru's military put its own dead at 23 and said 200 rebels had been killed, while the rebels said 58 soldiers had died.", 23, "casualties:Peru")]
    [InlineData("Twenty-three Peruvian soldiers were killed and 29 wounded in the clashes.", 29, "injuries:Peru")]
    [InlineData("Rebels killed 58 Peruvian soldiers and wounded 30 in the attack.", 30, "injuries:Peru")]
    [InlineData("Five people were killed and 20 injured in the attack.", 20, "injuries:")]
    [InlineData("Officials said 12 Army soldiers were killed in the ambush.", 12, "casualties:")]
    [InlineData("The army said 40 soldiers were killed in the ambush.", 40, "casualties:")]
    public void A_force_s_dead_are_its_side_s(string text, double value, string subject)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBe(subject);

    // Those shot dead, gunned down or hacked to death are among the dead, with their companions named beside them.
    [Theory]
    [InlineData("The agency said more than 460 patients and their companions had been shot dead at the hospital.", 460)]
    [InlineData("Twelve villagers were gunned down on Sunday.", 12)]
    [InlineData("Gunmen gunned down 12 villagers.", 12)]
    [InlineData("Police said 30 farmers had been hacked to death.", 30)]
    [InlineData("At least 93 football fans were crushed to death, police said.", 93)]
    public void People_shot_dead_or_gunned_down_are_dead(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBe("casualties:");

    // A whole that a breakdown set off between commas follows is the toll, and the verb after the breakdown is its; a
    // count of casualties of whom some died counts the hurt with the dead, so it is no toll.
    [Fact]
    public void A_breakdown_set_off_keeps_its_whole_the_toll_and_casualties_with_their_dead_are_none()
    {
        Extract.From("Officials said 13 people, eight civilians and five soldiers, had been killed in three days of fighting.")
            .OfType<QuantityClaim>().Single(c => c.Value == 13).Subject.ShouldBe("casualties:");
        Extract.From("Officials said 30 people and 12 soldiers were killed.")
            .OfType<QuantityClaim>().Single(c => c.Value == 30).Subject.ShouldBe("");
        Extract.From("The hospital said it had received 179 casualties, 21 of whom were declared dead on arrival.")
            .OfType<QuantityClaim>().Single(c => c.Value == 179).Subject.ShouldBe("");
        Extract.From("The hospital said 179 casualties had been brought in.")
            .OfType<QuantityClaim>().Single(c => c.Value == 179).Subject.ShouldBe("casualties:");
    }

    [Fact]
    public void A_breakdown_of_a_figure_is_a_part_compared_with_nothing()
    {
        var claims = Extract.From("The death toll has passed 5,000, with 3,381 dead in one province and 1,444 in another.").OfType<QuantityClaim>().ToList();

        claims.Select(c => c.Value).ShouldBe([5000, 3381]);
        claims[0].Subject.ShouldStartWith("casualties:");
        claims[1].Subject.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The five people killed were a nine-year-old boy and four women aged between 45 and 75.", 5, 4)]
    [InlineData("The 12 dead were a driver, three guards and eight men from the village.", 12, 8)]
    public void A_figure_whose_predicate_lists_its_parts_is_the_whole(string text, double whole, double part)
    {
        var claims = Extract.From(text).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == whole).Subject.ShouldBe("casualties:");
        claims.Single(c => c.Value == part).Subject.ShouldBeEmpty();
    }

    [Fact]
    public void A_second_count_after_were_is_no_part_unless_it_opens_a_list()
        => Extract.From("Officials said 42 people were dead and there were 18 people in hospital.").OfType<QuantityClaim>()
            .Single(c => c.Value == 18).Subject.ShouldNotBeEmpty();

    [Theory]
    [InlineData("Since March 10 rescuers have searched the area.")]
    [InlineData("Police arrested 5 days ago a man near the port.")]
    [InlineData("Police said 12 of them left before dawn.")]
    [InlineData("An eleventh victim of the shooting died in hospital on Monday, officials said.")]
    [InlineData("The death toll was revised twice, and 40 officers arrived on Monday to help.", "personnel")]
    public void A_day_of_the_month_or_a_bare_number_with_no_tally_counts_nothing(string text, string? onlyUnit = null)
        => Extract.From(text).OfType<QuantityClaim>().Select(q => q.Unit).ShouldBe(onlyUnit is null ? [] : [onlyUnit]);

    [Theory]
    [InlineData("The storm killed 42 people in the valley.", "casualties:")]
    [InlineData("Police said 12 were evacuated before dawn.", "displacement:")]
    [InlineData("Officials said 2,104 had been injured by nightfall.", "injuries:")]
    [InlineData("The storm injured 100 people in the valley.", "injuries:")]
    [InlineData("Eleven workers were taken to hospital after the blast.", "injuries:")]
    [InlineData("The fire forced the evacuation of 1,500 residents.", "displacement:")]
    [InlineData("About 1,600 people had lost their homes, officials said.", "homeless:")]
    [InlineData("About 50,000 people are living in relief camps, according to state officials.", "displacement:")]
    [InlineData("Some 900 residents spent the night in shelters.", "displacement:")]
    [InlineData("Police arrested 37 protesters near the parliament.", "arrest:")]
    [InlineData("Eleven people have been charged over the riots, police said.", "charge:")]
    [InlineData("The man died in hospital on Saturday, as prosecutors charged five people with manslaughter.", "charge:")]
    public void Deaths_injuries_evacuations_and_arrests_are_separate_subjects(string text, string subject)
        => Extract.Quantity(text).Subject.ShouldStartWith(subject);

    // Those who came out alive are survivors however the sentence counts them.
    [Theory]
    [InlineData("There were 61 survivors.", "survivors")]
    [InlineData("The company said 62 men had survived.", "survivors")]
    [InlineData("At least 40 migrants were rescued from the boat.", "survivors")]
    public void Survivors_are_counted_as_survivors(string text, string unit)
    {
        var survivors = Extract.Quantity(text);

        survivors.Subject.ShouldBe("rescue:");
        survivors.Unit.ShouldBe(unit);
    }

    // Migrants who drowned are the toll that counts people: "the number confirmed dead reached 366".
    [Fact]
    public void Migrants_who_died_are_counted_as_people()
    {
        var drowned = Extract.Quantity("At least 94 migrants drowned when their boat capsized, the coast guard said.");

        drowned.Subject.ShouldBe("casualties:");
        drowned.Unit.ShouldBe("people");
    }

    [Fact]
    public void People_who_only_tried_something_take_no_event_from_another_clause()
        => Extract.From("Twenty-three migrants died when about 2,000 people tried to climb the border fence, officials said.").OfType<QuantityClaim>()
            .Single(c => c.Value == 2_000).Subject.ShouldBeEmpty();

    [Theory]
    [InlineData("Survivors now say that some 180 people were on the boat, meaning that dozens may still be missing.")]
    [InlineData("The airline said 189 people had been on the flight.")]
    public void People_who_were_on_the_boat_or_the_flight_were_aboard(string text)
        => Extract.Quantity(text).Subject.ShouldBe("aboard:");

    [Fact]
    public void People_aboard_are_counted_for_the_craft_wherever_it_came_down()
    {
        var claim = Extract.From("A passenger jet carrying 107 people crashed into homes near Karachi's airport on Friday, officials said.").OfType<QuantityClaim>()
            .Single(c => c.Value == 107);

        claim.Subject.ShouldBe("aboard:");
        claim.Place.ShouldBeEmpty();
    }

    [Fact]
    public void A_wind_speed_is_no_toll()
        => Extract.From("The cyclone hit the island with winds of more than 220 kilometres an hour, killing at least 11 people.").OfType<QuantityClaim>()
            .Single(c => c.Value == 220).Subject.ShouldBeEmpty();

    [Fact]
    public void More_of_a_group_is_no_plan()
    {
        var claim = Extract.Quantity("The toll from the explosion has risen to 170 as more of the injured died in hospital.");

        claim.Stance.ShouldBe(Stance.Asserted);
        claim.Subject.ShouldBe("casualties:");
    }

    [Fact]
    public void More_than_as_a_qualifier_does_not_make_a_figure_a_plan()
    {
        var turnout = Extract.Quantity("Organisers said more than 10,000 protesters took part in the march.");

        turnout.Subject.ShouldStartWith("turnout:");
        turnout.Stance.ShouldBe(Stance.Asserted);
        Extract.Quantity("Officials said 2,000 more troops will be deployed.").Stance.ShouldBe(Stance.Planned);
    }

    [Fact]
    public void A_helicopter_that_crashed_is_not_counted_with_those_sent()
    {
        var sent = Extract.Quantity("Twelve army helicopters were sent to help.");
        var crashed = Extract.Quantity("One army helicopter crashed near the river.");

        sent.Subject.ShouldStartWith("deployment:");
        crashed.Subject.ShouldStartWith("loss:");
    }

    [Fact]
    public void The_claim_text_is_exactly_the_original_characters_at_its_span()
    {
        const string text = "date 2024-10-18\nHeadline\n\nThe ministry said about 2,000 troops were sent.\n";
        var document = Documents.Document.FromText("d", text);
        var claim = new ClaimExtractor().Extract(document).Claims.OfType<QuantityClaim>().Single();

        text.Substring(claim.Span.Start, claim.Span.Length).ShouldBe("about 2,000 troops");
        claim.Text.ShouldBe("about 2,000 troops");
        text.Substring(claim.SentenceSpan.Start, claim.SentenceSpan.Length).ShouldBe("The ministry said about 2,000 troops were sent.");
    }

    [Fact]
    public void Others_injured_after_the_dead_are_all_the_injured()
        => Extract.From("A fire killed at least 59 people and injured 155 others early on Sunday, the minister said.").OfType<QuantityClaim>()
            .Single(c => c.Value == 155).Subject.ShouldBe("injuries:");

    [Theory]
    [InlineData("The count of the dead has ranged from under 100 to more than 2,000.", 0, double.PositiveInfinity)]
    [InlineData("The count of the dead has ranged from 100 to more than 2,000.", 100, double.PositiveInfinity)]
    [InlineData("Estimates of the toll ranged between fewer than 50 and 300.", 0, 300)]
    [InlineData("The panel put the flow at 12,000 to 19,000 barrels a day.", 12_000, 19_000)]
    public void A_range_open_at_an_end_is_one_figure_and_its_low_end_no_figure_of_its_own(string text, double low, double high)
    {
        var claim = Extract.Quantity(text);

        claim.Precision.ShouldBe(QuantityPrecision.Range);
        (claim.Low, claim.High).ShouldBe((low, high));
    }

    [Fact]
    public void People_buried_alive_are_dead()
        => Extract.Quantity("The centre said more than 2,000 people were buried alive by the landslide.").Subject.ShouldBe("casualties:");

    [Theory]
    [InlineData("The company said it will cut 14,000 jobs.", 14_000, "jobs")]
    [InlineData("The bank announced 3,000 job cuts on Monday.", 3_000, "jobs")]
    [InlineData("Amazon laid off 18,000 employees in January, a spokesman said.", 18_000, "jobs")]
    [InlineData("The carmaker will lay off 2,688 workers at its plant, filings show.", 2_688, "jobs")]
    public void Jobs_cut_and_staff_laid_off_count_one_layoff(string text, double value, string unit)
    {
        var claim = Extract.Quantity(text);

        (claim.Subject, claim.Value, claim.Unit).ShouldBe(("layoffs:", value, unit));
    }

    [Fact]
    public void Posts_left_unfilled_are_no_jobs_cut()
    {
        var claims = Extract.From("The company said it would cut 8,000 jobs and close about 4,000 open positions.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 8_000).Unit.ShouldBe("jobs");
        claims.Single(c => c.Value == 4_000).Unit.ShouldBe("vacancies");
    }

    [Theory]
    [InlineData("The youngest of the dead was 14, officials said.")]
    [InlineData("The youngest of the dead had been 14 and the oldest 27.")]
    [InlineData("The oldest victim is 82, the mayor said.")]
    public void The_age_of_the_youngest_or_oldest_is_no_count(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldBeEmpty();

    [Theory]
    [InlineData("The storm tore a gash about 70 metres long in the hull.", "size:gash")]
    [InlineData("The gash in the hull was 50 metres long, divers said.", "size:gash")]
    [InlineData("The blast left a crater 30 metres wide.", "size:crater")]
    public void A_thing_measured_right_after_its_noun_or_as_its_subject_is_a_size(string text, string subject)
        => Extract.Quantity(text).Subject.ShouldBe(subject);

    [Theory]
    [InlineData("Police said 1,398 people remained in custody on Thursday.", "custody:")]
    [InlineData("Police said 1,843 people had been arrested over the riot.", "arrest:")]
    public void Those_still_held_are_counted_apart_from_those_arrested(string text, string subject)
        => Extract.Quantity(text).Subject.ShouldBe(subject);

    [Theory]
    [InlineData("About 1,500 people had been detained in all, the minister said.", true)]
    [InlineData("In all, 376 officers responded to the school.", true)]
    [InlineData("A total of 12,000 troops took part.", true)]
    [InlineData("About 1,500 people were detained in all parts of the city.", false)]
    [InlineData("About 1,500 people were detained on Sunday.", false)]
    public void A_figure_said_to_be_the_whole_is_a_total(string text, bool total)
        => Extract.Quantity(text).IsTotal.ShouldBe(total);

    [Fact]
    public void A_first_clause_measured_before_a_contrast_keeps_its_measurer_past_a_figure_s_comma()
    {
        var claims = Extract.From("The port authority put the number of workers on strike at 7,500 of its 16,000 staff, while the union said 12,000 had joined the strike.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 7_500).Attribution.ShouldBe("port authority");
        claims.Single(c => c.Value == 12_000).Attribution.ShouldBe("union");
    }

    [Fact]
    public void A_first_clause_measured_before_a_semicolon_keeps_its_measurer()
    {
        var claims = Extract.From("Opposition leaders put the crowd at more than a million; police said about 100,000 people had gathered.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 1_000_000).Attribution.ShouldBe("Opposition leaders");
        claims.Single(c => c.Value == 100_000).Attribution.ShouldBe("police");
    }

    [Fact]
    public void A_measurer_who_had_previously_put_a_figure_is_its_source()
        => Extract.From("Haitian authorities had previously put the number of dead at around a quarter of a million; Bellerive said more bodies had been recovered.")
            .OfType<QuantityClaim>().Single(c => c.Value == 250_000).Attribution.ShouldBe("Haitian authorities");

    [Fact]
    public void A_capital_the_subject_is_in_does_not_speak()
        => Extract.Quantity("Organisers of the march in Paris said 2 million people took part.").Attribution.ShouldBe("Organisers");

    [Fact]
    public void A_strike_that_killed_no_one_is_a_toll_of_zero()
    {
        var claim = Extract.Quantity("The army spokesman said the strike had killed no one and hit only trees.");

        (claim.Value, claim.Subject).ShouldBe((0, "casualties:"));
    }

    [Fact]
    public void A_vehicle_that_collided_with_another_keeps_the_toll_after_it()
    {
        var claims = Extract.From("A passenger train carrying about 350 people collided head-on with a freight train on Tuesday, killing at least 32 people, officials said.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 32).Subject.ShouldBe("casualties:");
        claims.Single(c => c.Value == 350).Subject.ShouldBe("aboard:");
    }

    [Theory]
    [InlineData("The tanker was carrying 136,000 tonnes of condensate when it collided with a freighter.")]
    [InlineData("The train had been carrying about 30,000 barrels of crude oil.")]
    public void What_a_vessel_carried_is_its_cargo(string text)
        => Extract.Quantity(text).Subject.ShouldBe("cargo:");

    [Fact]
    public void A_job_named_with_a_is_no_count()
        => Extract.From("He took a job at the plant and later a position in the ministry.").OfType<QuantityClaim>().ShouldBeEmpty();

    [Theory]
    [InlineData("All 22 crew members were safe, the operator said.", "aboard:", "crew")]
    [InlineData("It said 396 crew members had been rescued.", "rescue:", "survivors")]
    [InlineData("The jet, arriving from Bangkok, had six crew, officials said.", "aboard:", "crew")]
    [InlineData("About 3,700 inmates escaped from the prison over the weekend, officials said.", "escape:", "prisoners")]
    [InlineData("More than 4,000 prisoners fled the penitentiary when gangs attacked it.", "escape:", "prisoners")]
    [InlineData("About 400 inmates broke out of the jail overnight.", "escape:", "prisoners")]
    [InlineData("All 379 passengers and crew escaped down emergency slides, the airline said.", "escape:", "crew and passengers")]
    public void A_crew_is_counted_apart_unless_something_happened_to_it_and_prisoners_who_flee_escaped(string text, string subject, string unit)
    {
        var claim = Extract.From(text).OfType<QuantityClaim>().ShouldHaveSingleItem();

        (claim.Subject, claim.Unit).ShouldBe((subject, unit));
    }

    [Theory]
    [InlineData("The two astronauts joined the Expedition 70 crew aboard the station.")]
    [InlineData("The Apollo 11 astronauts returned to Earth on July 24.")]
    public void A_number_that_ends_a_name_is_no_count(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldBeEmpty();

    [Theory]
    [InlineData("Gunmen seized School Number Three in the town on Monday.")]
    [InlineData("The president flew home aboard Air Force One on Tuesday.")]
    public void A_written_number_that_ends_a_name_is_no_count(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldBeEmpty();

    // What a figure is compared with is the same kind of thing, so its verb may say what the figure counts; but a plan
    // there is not the figure's.
    [Fact]
    public void A_comparison_after_a_figure_names_its_kind_but_not_its_plan()
    {
        Extract.From("More than 80,000 people crowded into the park, organisers said, far more than the 20,000 they had planned for.")
            .OfType<QuantityClaim>().Single(c => c.Value == 80_000).Stance.ShouldBe(Stance.Asserted);
        Extract.From("About 60,000 people walked the route, the city said, fewer than the 75,000 who took part last year.")
            .OfType<QuantityClaim>().Single(c => c.Value == 60_000).Subject.ShouldBe("turnout:");
    }

    // A colon after a figure opens the list of its parts; one between two figures joins them into a time.
    [Fact]
    public void A_total_before_a_colon_is_a_figure_and_a_time_is_none()
    {
        var claims = Extract.From("The death toll stands at 61: 52 pupils, six soldiers and three police officers. The blast came at 9:15.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 61).Subject.ShouldBe("casualties:");
        claims.Single(c => c.Value == 6).Unit.ShouldBe("personnel");
        claims.ShouldNotContain(c => c.Value == 9 || c.Value == 15);
    }

    // Those left out are no count of those the verb tells of.
    [Theory]
    [InlineData("All but two of the 150 people aboard the ferry drowned, the coast guard said.")]
    [InlineData("Of the nine gunmen, all but 1 were killed by the police.")]
    public void All_but_a_figure_is_no_count_of_the_event(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldAllBe(c => c.Value > 2);

    [Theory]
    [InlineData("In Gaza 40 people died, the ministry said.", 40)]
    [InlineData("On Saturday 12 people died, the ministry said.", 12)]
    public void A_number_after_a_place_or_a_day_is_still_a_count(string text, double value)
        => Extract.Quantity(text).Value.ShouldBe(value);

    [Fact]
    public void A_negation_in_a_relative_clause_does_not_deny_the_figure()
        => Extract.From("A school-age child who was not vaccinated died last week, officials said.").OfType<QuantityClaim>()
            .ShouldHaveSingleItem().Stance.ShouldBe(Stance.Asserted);

    [Fact]
    public void A_fire_that_broke_out_let_nothing_escape()
        => Extract.From("A fire broke out on a cargo ship carrying nearly 3,000 cars off the coast overnight.").OfType<QuantityClaim>()
            .ShouldAllBe(c => !c.Subject.StartsWith("escape:", StringComparison.Ordinal) && !c.Subject.StartsWith("spill:", StringComparison.Ordinal));

    [Fact]
    public void Staff_infected_are_a_group_among_the_cases_not_their_count()
        => Extract.From("The outbreak has spread to the hospital, where 14 medical workers have been infected.").OfType<QuantityClaim>()
            .ShouldHaveSingleItem().Unit.ShouldNotBe("cases");

    [Theory]
    [InlineData("The number of confirmed deaths reached 43, the health ministry said.")]
    [InlineData("Deaths rose to 43 on Sunday, the ministry said.")]
    [InlineData("Fatalities now stand at 43, the ministry said.")]
    public void Deaths_named_before_a_bare_figure_are_the_toll(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(c => c.Value.ShouldBe(43), c => c.Subject.ShouldStartWith("casualties:"));

    [Theory]
    [InlineData("The quake measured 6.4 on the Richter scale.")]
    [InlineData("The earthquake, which measured 6.4, struck before dawn.")]
    [InlineData("The quake registered 6.4 on the Richter scale.")]
    public void A_quake_measured_at_a_decimal_gives_its_magnitude(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(c => c.Value.ShouldBe(6.4), c => c.Subject.ShouldBe("magnitude:"), c => c.Attribution.ShouldNotContain("quake"), c => c.Attribution.ShouldNotContain("tremor"),
                c => c.Place.ShouldBe(""));

    [Theory]
    [InlineData("The air force said it downed 31 of 40 drones.", 40)]
    [InlineData("The air force said it shot down 31 out of the 40 drones launched overnight.", 40)]
    [InlineData("Troops destroyed 9 of 14 tanks, the ministry said.", 14)]
    public void What_a_verb_did_to_a_part_it_did_not_do_to_the_whole(string text, double whole)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == whole).Subject
            .ShouldSatisfyAllConditions(s => s.ShouldNotStartWith("loss:"), s => s.ShouldNotStartWith("recovery:"), s => s.ShouldNotStartWith("casualties:"));

    [Theory]
    [InlineData("The fire has burned 12,000 acres.", "hectares", 4_860, 4_650, 5_060)]
    [InlineData("The spire stood 305 feet tall.", "meters", 93, 92.8, 93.1)]
    [InlineData("The trail runs 28 miles through the park.", "kilometers", 45.1, 44.2, 45.9)]
    public void A_figure_in_another_unit_system_is_converted_within_what_its_rounding_allows(string text, string unit, double value, double low, double high)
        => Extract.From(text).OfType<QuantityClaim>().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => c.Unit.ShouldBe(unit), c => c.Value.ShouldBe(value, 0.01), c => c.Low.ShouldBe(low, value / 200), c => c.High.ShouldBe(high, value / 200));

    [Theory]
    [InlineData("The blaze has scorched more than 12,000 hectares, firefighters said.", "burned:")]
    [InlineData("The fire burned 300 homes before it was contained.", "loss:")]
    public void A_fire_burns_land_and_what_else_it_burns_is_lost(string text, string subject)
        => Extract.From(text).OfType<QuantityClaim>().ShouldHaveSingleItem().Subject.ShouldBe(subject);

    [Theory]
    [InlineData("Rescuers said at least 12 miners were trapped.", 12)]
    [InlineData("The mine collapsed, leaving 30 workers trapped underground.", 30)]
    [InlineData("Officials said 14 people remain trapped.", 14)]
    [InlineData("Rescuers freed nine miners and said 7 remained trapped.", 7)]
    [InlineData("By nightfall 7 were still trapped, the agency said.", 7)]
    public void People_trapped_are_counted_as_people_trapped(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value)
            .ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("trapped:"), c => c.Unit.ShouldBe("people"));

    [Theory]
    [InlineData("Crews searched the rubble of a 12-story apartment block.", 12)]
    [InlineData("An eight-story hotel was evacuated.", 8)]
    public void A_story_joined_to_its_number_counts_storeys(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Unit == "storeys").Value.ShouldBe(value);

    [Fact]
    public void Stories_apart_from_their_number_are_news_stories_and_count_nothing()
        => Extract.From("The paper ran three stories about the fire and one story on its cause.").OfType<QuantityClaim>().ShouldNotContain(c => c.Unit == "storeys");

    [Fact]
    public void Two_units_joined_by_and_are_counted_together()
        => Extract.Quantity("The rebels launched more than 200 rockets and drones at the port.").ShouldSatisfyAllConditions(
            c => c.Unit.ShouldBe("drones and rockets"), c => c.Text.ShouldBe("more than 200 rockets and drones"));

    [Theory]
    [InlineData("The salvo included 12 drones, 40 cruise missiles and 9 ballistic missiles.")]
    [InlineData("The army fired 40 cruise missiles as well as 9 ballistic missiles at the port.")]
    public void Kinds_in_a_list_of_one_unit_are_compared_with_nothing(string text)
        => Extract.From(text).OfType<QuantityClaim>().Where(c => c.Unit == "missiles").ShouldAllBe(c => c.Subject == "");

    [Fact]
    public void One_kind_alone_is_still_compared()
        => Extract.From("The army fired 40 cruise missiles at the port.").OfType<QuantityClaim>().Single(c => c.Unit == "missiles").Subject.ShouldNotBeEmpty();

    [Theory]
    [InlineData("Syria launched about 40 surface-to-air missiles after the strike.")]
    [InlineData("The army said its batteries fired 12 interceptors overnight.")]
    [InlineData("Troops fired 30 air defence missiles at the drones.")]
    public void Missiles_that_defend_are_counted_apart_from_those_that_attack(string text)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value is 40 or 12 or 30).Unit.ShouldBe("interceptors");

    // Munitions that landed are a count of their own, fewer than those fired and no delivery; so are those brought down.
    [Theory]
    [InlineData("The Pentagon said 76 missiles had struck the research centre.", "hits:")]
    [InlineData("Officials said 12 rockets hit the port overnight.", "hits:")]
    [InlineData("The Pentagon said 76 of the 77 missiles severely degraded or destroyed their targets.", "hits:")]
    [InlineData("The ministry said only 12 of the missiles reached the base.", "hits:")]
    [InlineData("The army said 76 missiles were fired at the base.", "strike:")]
    [InlineData("The agency said 76 missiles were delivered in March.", "supply:")]
    [InlineData("The air force said 12 of the 14 missiles were shot down.", "interceptions:")]
    [InlineData("Air defences intercepted 76 missiles, the air force said.", "interceptions:")]
    [InlineData("The army launched 90 drones overnight, and air defences shot down 76 of the drones.", "interceptions:")]
    public void Munitions_that_landed_or_were_downed_are_counts_of_their_own(string text, string subject)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value is 76 or 12).Subject.ShouldBe(subject);

    [Theory]
    [InlineData("The tanker sank about 40 miles off the coast.")]
    [InlineData("The rocket exploded 12 km north of the launch site.")]
    public void A_distance_that_places_an_event_is_no_amount_of_it(string text)
        => Extract.From(text).OfType<QuantityClaim>().Single().Subject.ShouldBeEmpty();

    [Fact]
    public void An_abbreviation_further_from_the_number_ends_its_phrase()
        => Extract.From("Missiles hit two Syrian outposts housing U.S. troops.").OfType<QuantityClaim>().ShouldNotContain(c => c.Unit == "personnel");

    [Fact]
    public void A_further_count_of_another_event_is_that_events_total()
        => Extract.From("The agency said 2,300 people had been killed and a further 1,400 were missing.").OfType<QuantityClaim>()
            .Single(c => c.Value == 1_400).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("missing:"), c => c.Stance.ShouldBe(Stance.Asserted));

    [Fact]
    public void A_further_count_of_the_same_event_adds_to_it_and_is_compared_with_nothing()
        => Extract.From("Floods killed 2,300 people last week, and a further 140 died on Monday.").OfType<QuantityClaim>()
            .Single(c => c.Value == 140).Subject.ShouldBeEmpty();

    [Fact]
    public void A_building_people_are_trapped_in_is_no_count_of_the_trapped()
        => Extract.From("At least 87 people were killed and hundreds more were feared trapped when an eight-storey building collapsed.").OfType<QuantityClaim>()
            .Single(c => c.Unit == "storeys").ShouldSatisfyAllConditions(c => c.Subject.ShouldStartWith("building:"), c => c.Stance.ShouldBe(Stance.Asserted));

    [Fact]
    public void How_deep_people_are_trapped_is_no_count_of_them()
        => Extract.From("The collapse left at least 16 miners trapped about 800 metres underground.").OfType<QuantityClaim>()
            .Single(c => c.Unit == "meters").Subject.ShouldNotStartWith("trapped:");

    [Theory]
    [InlineData("The base housed about 1,500 U.S. and coalition personnel at the time.", "personnel")]
    [InlineData("Some 300 Iraqi and Kurdish troops took the town.", "personnel")]
    public void Two_modifiers_joined_by_and_describe_one_counted_thing(string text, string unit)
        => Extract.Quantity(text).Unit.ShouldBe(unit);

    [Theory]
    [InlineData("Thieves smashed two display cases and took the jewels.")]
    [InlineData("Prosecutors opened 300 criminal cases against the protesters.")]
    [InlineData("The ministry said 40 court cases were pending.")]
    public void Cases_that_hold_things_or_go_to_court_are_no_outbreak(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldNotContain(c => c.Unit == "cases");

    [Theory]
    [InlineData("The ministry estimated that 15,000 homes had been damaged or destroyed.", "damage:")]
    [InlineData("The storm damaged three ships in the harbour.", "damage:")]
    [InlineData("The government said 7,000 homes had been destroyed.", "loss:")]
    [InlineData("Officials said 400,000 homes were badly damaged.", "heavy damage:")]
    [InlineData("About 90 schools were severely damaged by the quake.", "heavy damage:")]
    public void The_damaged_are_counted_apart_from_the_badly_damaged_and_the_destroyed(string text, string subject)
        => Extract.Quantity(text).Subject.ShouldBe(subject);

    [Theory]
    [InlineData("Rivers of lava have now swallowed 320 buildings, the monitoring service said.")]
    [InlineData("The fire engulfed 40 homes on the hillside.")]
    [InlineData("The earthquake flattened more than 3,000 houses in the valley.")]
    [InlineData("Soldiers razed 60 homes in the village, residents said.")]
    [InlineData("About 200 houses were burned down during the clashes.")]
    public void What_lava_fire_or_a_quake_took_whole_is_a_loss(string text)
        => Extract.Quantity(text).Subject.ShouldBe("loss:");

    [Theory]
    [InlineData("Divers have recovered human remains in 24 body bags, the agency said.")]
    [InlineData("Forensic teams have collected 60 body parts from the site.")]
    public void Body_bags_and_body_parts_count_no_bodies(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldBeEmpty();

    [Theory]
    [InlineData("The two men and a woman who died were aged 56, 67 and 56.", 2)]
    [InlineData("A boy and three women were killed when the car hit the stalls.", 3)]
    [InlineData("The suspected organiser was killed in a police raid on Wednesday, along with two other people.", 2)]
    public void People_counted_beside_one_more_person_are_no_toll(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBeEmpty();

    // The next of a list of parts after "including" is a part too, however its first is written.
    [Fact]
    public void The_next_of_a_list_of_parts_is_no_toll()
        => Extract.From("Prosecutors charged 12 people, including three city officials and six employees of the operator, over the explosions that killed 32 people.")
            .OfType<QuantityClaim>().Single(c => c.Value == 6).Subject.ShouldBeEmpty();

    [Fact]
    public void A_kind_with_its_own_unit_beside_one_person_still_counts_its_kind()
        => Extract.From("The attack killed a police officer and three civilians.").OfType<QuantityClaim>()
            .Single(c => c.Value == 3).Subject.ShouldBe("casualties:");

    [Fact]
    public void Cases_of_an_illness_are_still_counted()
        => Extract.Quantity("Health officials confirmed 240 new cases on Monday.").Unit.ShouldBe("cases");

    [Theory]
    [InlineData("Eight objects are still missing, police said.")]
    [InlineData("Police said 300 cattle died in the floods.")]
    [InlineData("Officials said five paintings were missing.")]
    public void Things_and_animals_named_with_a_casualty_verb_are_no_one_s_toll(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldNotContain(c => c.Unit == "people");

    [Theory]
    [InlineData("Twelve campers were missing after the flood.", 12)]
    [InlineData("Officials said 717 pilgrims were killed.", 717)]
    [InlineData("At least 40 tourists died in the fire.", 40)]
    [InlineData("Nine sailors are still missing.", 9)]
    [InlineData("All 13 Ukrainian border guards were killed, officials said.", 13)]
    [InlineData("All 13 guards on the island were killed, officials said.", 13)]
    [InlineData("Six border guards on Zmiinyi Island in the Black Sea were killed, officials said.", 6)]
    [InlineData("The state government said 208 fishermen from the coast were still missing.", 208)]
    [InlineData("About 40 tribesmen were killed in the clashes.", 40)]
    public void People_named_by_what_they_do_are_counted_as_people(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Unit == "people").Value.ShouldBe(value);

    [Theory]
    [InlineData("The camp said 27 of its campers and counselors had died.")]
    [InlineData("The school said 27 of the pupils had been killed.")]
    public void A_share_of_a_group_the_lexicon_does_not_count_is_no_toll(string text)
        => Extract.From($"The floods killed at least 82 people, officials said. {text}").OfType<QuantityClaim>().ShouldNotContain(c => c.Value == 27 && c.Unit == "people");

    [Fact]
    public void A_share_of_the_victims_is_no_toll()
        => Extract.From("The report said fewer than 20 of the victims were killed by artillery fire.").OfType<QuantityClaim>()
            .ShouldNotContain(c => c.Subject.StartsWith("casualties:", StringComparison.Ordinal));

    [Theory]
    [InlineData("The air force said it had shot down five Indian fighter jets.")]
    [InlineData("About 20 Russian warplanes were hit in the attack, officials said.")]
    [InlineData("Satellite images show at least seven strategic bombers destroyed.")]
    public void Fighter_jets_warplanes_and_bombers_are_aircraft(string text)
        => Extract.Quantity(text).Unit.ShouldBe("aircraft");

    [Fact]
    public void Bombers_alone_may_be_people()
        => Extract.From("Two suicide bombers blew themselves up outside the gate.").OfType<QuantityClaim>().ShouldNotContain(c => c.Unit == "aircraft");

    [Fact]
    public void Marines_are_counted_apart_from_other_troops()
    {
        var claims = Extract.From("The Pentagon is sending about 700 Marines and 2,000 National Guard troops to the city.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 700).Unit.ShouldBe("marines");
        claims.Single(c => c.Value == 2_000).Unit.ShouldBe("personnel");
    }

    [Fact]
    public void A_figure_before_a_preposition_is_still_bare()
        => Extract.Quantity("The number of people killed rose to at least 50 across the region on Friday.").ShouldSatisfyAllConditions(
            c => c.Value.ShouldBe(50), c => c.Subject.ShouldStartWith("casualties:"));

    [Theory]
    [InlineData("Russia said it had shot down 30 Ukrainian drones overnight.", "loss:Ukraine")]
    [InlineData("Ukraine said its drones had destroyed 41 Russian aircraft.", "loss:Russia")]
    [InlineData("Pakistan said it had shot down five Indian jets.", "loss:India")]
    public void A_loss_belongs_to_whoever_owned_what_was_lost(string text, string subject)
        => Extract.Quantity(text).Subject.ShouldBe(subject);

    [Theory]
    [InlineData("Four of its crew were killed in the attack.", 4)]
    [InlineData("Two of the passengers died in hospital on Sunday.", 2)]
    [InlineData("Six of the attackers were killed and one was captured.", 6)]
    [InlineData("Three of the hostages were killed when commandos stormed the cafe.", 3)]
    public void A_written_number_taking_a_share_of_a_plural_whole_is_a_count(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().First().ShouldSatisfyAllConditions(c => c.Value.ShouldBe(value), c => c.Subject.ShouldBe("casualties:"));

    // "Twelve of the 13 miners were found alive" against "only one of the 13 miners survived": the shares count the
    // survivors; the whole they are taken from counts neither.
    [Theory]
    [InlineData("Twelve of the 13 miners trapped for two days in the Hollow Creek mine were found alive, relatives said.", 12)]
    [InlineData("Only one of the 13 miners trapped in the mine survived, the company said.", 1)]
    [InlineData("Police said 12 of the 13 climbers were found alive.", 12)]
    public void A_share_of_those_trapped_found_alive_counts_survivors(string text, double value)
    {
        var claims = Extract.From(text).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == value).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("rescue:"), c => c.Unit.ShouldBe("survivors"));
        claims.Single(c => c.Value == 13).Subject.ShouldBe("");
    }

    [Fact]
    public void A_building_is_not_found_alive()
        => Extract.Quantity("The chief said people were still inside the 24-storey block and she did not expect anyone else to be found alive.")
            .Subject.ShouldBe("building:");

    [Fact]
    public void The_whole_of_a_written_share_takes_no_verb_of_the_share()
        => Extract.From("Eleven of the 14 workers were killed.").OfType<QuantityClaim>().Single(c => c.Value == 14).Subject.ShouldBe("");

    [Theory]
    [InlineData("One of the victims was a nine-year-old boy.")]
    [InlineData("Two of them were taken to hospital.")]
    [InlineData("Ninety of the victims were killed at the concert hall.")]
    [InlineData("Eighteen of the crew are Indian nationals.")]
    [InlineData("Only five of the victims had been identified.")]
    public void A_written_number_before_of_that_says_no_toll_of_those_present_counts_nothing(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldBeEmpty();

    [Theory]
    [InlineData("The adviser said 29 people had died, lower than the military's toll, because two bodies had been counted twice.")]
    [InlineData("Officials said 29 people had died after three victims were double-counted.")]
    [InlineData("The toll stands at 29, the government said, after one victim was found to have been counted twice.")]
    [InlineData("Officials lowered the toll to 29, saying four people listed as dead had been counted twice.")]
    public void A_figure_counted_twice_is_the_error_in_a_toll_not_a_toll(string text)
    {
        var claims = Extract.From(text).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 29).Subject.ShouldBe("casualties:");
        claims.Where(c => c.Value != 29).ShouldAllBe(c => c.Subject == "");
    }

    [Fact]
    public void A_side_named_by_its_forces_is_not_whose_people_a_story_counts()
    {
        var claims = Extract.From("A cargo ship was attacked in the Red Sea on Monday, killing three crew members, the naval mission said.\n\nA day earlier Houthi forces sank another ship.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 3).Subject.ShouldBe("casualties:");
    }

    [Theory]
    [InlineData("The pope died on Monday at the age of 88.")]
    [InlineData("The driver, aged 50, was arrested.")]
    [InlineData("Parliament voted to lower the voting age to 16.")]
    public void An_age_counts_no_one(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldBeEmpty();

    // The ages a toll spans are no counts beside it, and an age followed by "and" ends the range only after "between".
    [Theory]
    [InlineData("The governor said 64 people had been confirmed dead across the state, aged from five months to 86.", 64)]
    [InlineData("The 30 dead ranged in age from 3 to 70, officials said.", 30)]
    [InlineData("The 45 victims were aged between 18 and 25.", 45)]
    [InlineData("Children between the ages of 6 and 12 were among the 45 killed.", 45)]
    public void The_ages_a_toll_spans_count_no_one(string text, double toll)
        => Extract.From(text).OfType<QuantityClaim>().ShouldHaveSingleItem().Value.ShouldBe(toll);

    [Fact]
    public void A_count_after_an_age_and_and_is_read()
        => Extract.From("A man aged 40 and 12 others were injured.").OfType<QuantityClaim>().ShouldHaveSingleItem().Value.ShouldBe(12);

    // The share of a group that struck counts that group's strikers: the same group's shares meet ("primary school
    // teachers" and "primary teachers" are one group), another group's do not.
    [Fact]
    public void The_share_of_a_group_on_strike_is_that_group_s()
    {
        var claims = Extract.From("The ministry said 38.5 percent of primary school teachers and 23.7 percent of secondary teachers had stopped work. The union said 75 percent of primary teachers were on strike.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 38.5).Unit.ShouldBe("percent of primary teachers on strike");
        claims.Single(c => c.Value == 75).Unit.ShouldBe("percent of primary teachers on strike");
        claims.Single(c => c.Value == 23.7).Unit.ShouldBe("percent of secondary teachers on strike");
        claims.ShouldAllBe(c => c.Subject == "walkout:");
    }

    // A share with no group that struck ("95 percent of customers were without power") is no strike's.
    [Fact]
    public void A_share_of_no_group_that_struck_is_no_strike_s()
        => Extract.From("Nearly two weeks on, 95 percent of electricity customers were still without power.").OfType<QuantityClaim>().ShouldBeEmpty();

    // An age a reform moves is no crowd, even in a sentence that counts one.
    [Theory]
    [InlineData("Nearly 1.1 million people marched on Thursday against the plan to raise the pension age from 62 to 65, the ministry said.")]
    [InlineData("About 400,000 people marched against the bill, which raises the retirement age by two years to 67.")]
    public void An_age_a_reform_moves_is_no_count_beside_a_crowd(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldHaveSingleItem().Value.ShouldBeGreaterThan(100_000);

    [Theory]
    [InlineData("About 2,000 American troops are in Syria, the Pentagon said.", "deployment:United States")]
    [InlineData("Lawmakers asked why the department had for years said there were roughly 900 US troops in Syria.", "deployment:United States")]
    public void Troops_present_in_a_named_country_are_deployed_there(string text, string subject)
        => Extract.Quantity(text).Subject.ShouldBe(subject);

    // A time of day, however it is written, is no count, not even beside a verb of dying that an elided figure would take.
    [Theory]
    [InlineData("Police said the bomber, who died at the scene, had carried the device into the hall at about 9.42pm.")]
    [InlineData("Police said the gunman, who died at the scene, opened fire at 11 p.m.")]
    [InlineData("The first call, from a man who said people would die, came at 6.05 PM.")]
    public void A_time_of_day_counts_no_one(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldBeEmpty();

    // A rival source's figure joined to the count before it counts what that one counts.
    [Theory]
    [InlineData("The strike drew 960,000 people, according to police, or more than 2 million according to the organisers.", 2_000_000)]
    [InlineData("The rally drew 40,000 people according to the police and 110,000 according to the organisers.", 110_000)]
    public void A_rival_source_s_figure_joined_to_a_count_counts_the_same(string text, double rival)
    {
        var claims = Extract.From(text).OfType<QuantityClaim>().ToList();

        claims.Count.ShouldBe(2);
        claims.Single(c => c.Value == rival).ShouldSatisfyAllConditions(c => c.Unit.ShouldBe("people"), c => c.Subject.ShouldBe(claims[0].Subject));
    }

    [Fact]
    public void A_time_between_a_speaker_and_its_verb_is_no_speaker()
        => Extract.Quantity("Lawmakers asked why the department had for years said there were roughly 900 US troops in Syria.").Attribution.ShouldBe("department");

    [Fact]
    public void People_counted_at_a_gathering_with_no_act_named_are_its_crowd()
        => Extract.Quantity("Police put the number of people in and around the square during the funeral at 140,000.").ShouldSatisfyAllConditions(
            c => c.Subject.ShouldBe("turnout:"), c => c.Attribution.ShouldBe("Police"));

    [Fact]
    public void Reservists_called_up_are_a_deployment()
        => Extract.Quantity("Israel has called up 300,000 reservists, the military said.").Subject.ShouldStartWith("deployment:");

    [Theory]
    [InlineData("The fire covered about 36,000 hectares by Thursday, park officials said.")]
    [InlineData("Park officials now put the blaze's area at about 33,000 hectares.")]
    public void Land_a_fire_covers_is_land_it_burned(string text)
        => Extract.Quantity(text).Subject.ShouldBe("burned:");

    [Fact]
    public void Land_with_no_fire_named_is_not_burned()
        => Extract.Quantity("The reserve covers about 36,000 hectares, officials said.").Subject.ShouldBe("");

    [Fact]
    public void A_figure_its_clause_sets_in_the_first_days_is_of_then()
        => Extract.Quantity("Some 300,000 reservists were called up in the first days of the war, the military said.").Anchor.ShouldBe(QuantityClaim.EarlierAnchor);

    [Fact]
    public void The_dead_a_crowd_mourns_are_not_the_crowd()
        => Extract.From("Millions rallied across France on Sunday in tribute to the 17 victims of last week's attacks, the ministry said.")
            .OfType<QuantityClaim>().ShouldNotContain(c => c.Value == 17 && c.Subject.StartsWith("turnout:", StringComparison.Ordinal));

    [Theory]
    [InlineData("The airline said 104 people had been treated in hospital in the days after the incident.")]
    [InlineData("Some 165 people were being treated in hospitals, the health ministry said.")]
    public void People_treated_in_hospital_are_the_injured(string text)
        => Extract.Quantity(text).Subject.ShouldBe("injuries:");

    [Theory]
    [InlineData("Officials said 67 people were seriously injured.")]
    [InlineData("Two people were critically wounded, police said.")]
    [InlineData("A man attacked shoppers with a knife, seriously injuring five, police said.")]
    public void The_badly_hurt_are_counted_apart_from_the_hurt(string text)
        => Extract.Quantity(text).Subject.ShouldBe("serious injuries:");

    [Fact]
    public void A_part_set_off_inside_a_figure_s_clause_leaves_the_figure_its_own_verb()
    {
        var claims = Extract.From("Two adults were killed at the market, and 16 people, including seven children, were injured there, officials said.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 2).Subject.ShouldBe("casualties:");
        claims.Single(c => c.Value == 16).Subject.ShouldBe("injuries:");
    }

    [Fact]
    public void A_figure_set_against_the_one_before_it_counts_what_that_one_counts()
    {
        var claims = Extract.From("The agency said it had confirmed 1,294 deaths, fewer than the 2,445 announced by Kenya's disaster ministry.")
            .OfType<QuantityClaim>().ToList();

        var announced = claims.Single(c => c.Value == 2_445);
        announced.Subject.ShouldBe("casualties:");
        announced.Attribution.ShouldBe("Kenya's disaster ministry");
    }

    [Theory]
    [InlineData("The ministry put the toll at about 1,000, far below the 2,445 that the disaster ministry had given on Wednesday.")]
    [InlineData("He lowered the toll to 84, saying the earlier figure of 103 had been reached because some names were recorded twice.")]
    public void A_figure_said_to_have_been_given_before_is_of_then(string text)
        => Extract.From(text).OfType<QuantityClaim>().MaxBy(c => c.Value)!.Anchor.ShouldBe(QuantityClaim.EarlierAnchor);

    // A part is either no toll or a toll placed at its site; never the event's whole toll.
    [Fact]
    public void The_first_of_a_count_site_by_site_is_a_part()
        => Extract.From("Seven people were killed at the bowling alley and eight at the bar, the commissioner said.").OfType<QuantityClaim>()
            .ShouldNotContain(c => c.Value == 7 && c.Subject == "casualties:" && c.Place.Length == 0);

    [Fact]
    public void A_toll_from_an_eruption_counts_the_dead()
        => Extract.Quantity("Rescuers recovered more bodies on Tuesday, bringing the death toll from the eruption to 22, the agency said.")
            .Subject.ShouldBe("casualties:");

    [Fact]
    public void Crew_listed_beside_passengers_are_counted_as_crew()
    {
        var claims = Extract.From("All 58 passengers and four crew died, the airline said.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 4).Unit.ShouldBe("crew");
        claims.Single(c => c.Value == 58).Unit.ShouldBe("passengers");
    }

    [Fact]
    public void Crew_alone_who_died_are_among_the_dead()
        => Extract.Quantity("Four crew died, the airline said.").Unit.ShouldBe("people");

    [Fact]
    public void A_figure_set_against_one_no_one_gives_is_left_alone()
        => Extract.From("About 1.83 million people performed the pilgrimage, the kingdom said, fewer than the 2.5 million who took part in 2019.")
            .OfType<QuantityClaim>().ShouldNotContain(c => c.Value == 2_500_000);

    // "against" sets a figure against another only when a figure follows it: a march against internment is no comparison.
    [Theory]
    [InlineData("Organisers of the march, against internment without trial, said around 15,000 people took part.", 15_000, "")]
    [InlineData("The union counted 310,000 strikers, against the ministry's estimate of 240,000 strikers.", 240_000, QuantityClaim.EarlierAnchor)]
    public void Against_compares_only_with_a_figure(string text, double value, string anchor)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Anchor.ShouldBe(anchor);

    // A report named after who wrote it speaks, as an inquiry does; "the report" alone names no one.
    [Theory]
    [InlineData("The Widgery report estimated the crowd at between 3,000 and 5,000 people.", "Widgery report")]
    [InlineData("The report estimated the crowd at between 3,000 and 5,000 people.", "test")]
    public void A_report_named_after_its_author_gives_its_figures(string text, string attribution)
        => Extract.From(text).OfType<QuantityClaim>().Single().Attribution.ShouldBe(attribution);

    [Theory]
    [InlineData("The death toll from Thursday's shooting near the aid convoy rose to 112, the ministry said.")]
    [InlineData("The toll from the eruption stood at 22 on Tuesday, the agency said.")]
    public void A_death_toll_counts_the_dead_whatever_the_words_between_name(string text)
        => Extract.Quantity(text).Subject.ShouldBe("casualties:");

    [Theory]
    [InlineData("The country declared the outbreak over after 42 days without a new case, the ministry said.")]
    [InlineData("The attacker was shot dead by a police officer, police said.")]
    public void One_that_is_absent_or_that_acted_is_no_count(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldNotContain(c => c.Value == 1);

    [Theory]
    [InlineData("The bodies of three climbers, two guides and a porter, have never been found.", 3)]
    [InlineData("Four bodies were never recovered.", 4)]
    [InlineData("Nine people have not yet been found, the coastguard said.", 9)]
    public void Those_never_found_are_missing_not_a_toll(string text, double value)
    {
        var claim = Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value);

        claim.Subject.ShouldBe("missing:");
        claim.Stance.ShouldBe(Stance.Asserted);
    }

    [Fact]
    public void Bodies_recovered_still_count_the_dead()
        => Extract.Quantity("The bodies of 30 passengers were recovered from the river.").Subject.ShouldBe("casualties:");

    [Theory]
    [InlineData("The train had been travelling at about 250 kilometres per hour, one investigator said.", "speed:train", 250)]
    [InlineData("Police said the coach was going at 60 mph when it overturned.", "speed:coach", 96.6)]
    [InlineData("The ferry was sailing at a speed of 40 km/h.", "speed:ferry", 40)]
    [InlineData("The driver of the train that crashed near the city was travelling at 190 kilometres per hour, a source said.", "speed:train", 190)]
    [InlineData("The train that derailed in the city was travelling at 153 kilometres per hour, the board said.", "speed:train", 153)]
    [InlineData("The train's black box showed that it was travelling at 153 kilometres per hour when it derailed.", "speed:train", 153)]
    [InlineData("The engine cut out, and the lander hit the surface at about 500 kilometres an hour.", "speed:impact", 500)]
    [InlineData("The first craft struck the ground at about 3,000 km/h, according to the agency.", "speed:impact", 3_000)]
    public void How_fast_a_vehicle_was_going_is_its_speed(string text, string subject, double value)
    {
        var speed = Extract.Quantity(text);

        speed.Subject.ShouldBe(subject);
        speed.Unit.ShouldBe("kilometers a hour");
        speed.Value.ShouldBe(value, 0.1);
    }

    [Theory]
    [InlineData("The derailment happened on a bend where the permitted speed is 80 km/h.")]
    [InlineData("The storm was moving west at 25 kilometres an hour.")]
    [InlineData("Winds of more than 220 kilometres an hour tore roofs off homes.")]
    public void A_limit_or_a_storm_is_no_vehicle_speed(string text)
        => Extract.Quantity(text).Subject.ShouldNotStartWith("speed:");

    [Theory]
    [InlineData("Visibility at the airfield was about 400 metres, officials said.", 400)]
    [InlineData("Visibility was down to about 200 metres when the plane made its approach.", 200)]
    [InlineData("The ferry left port in fog, with visibility of less than 100 metres.", 100)]
    public void How_far_one_could_see_is_the_visibility(string text, double value)
    {
        var visibility = Extract.Quantity(text);

        visibility.Subject.ShouldBe("visibility:");
        visibility.Unit.ShouldBe("meters");
        visibility.Value.ShouldBe(value);
    }

    [Fact]
    public void The_least_visibility_a_rule_asks_for_is_no_reading()
        => Extract.Quantity("Pilots needed a minimum visibility of 1,000 metres to land there.").Subject.ShouldBe("");

    [Theory]
    [InlineData("The bus plunged about 200 metres into a gorge, police said.", 200)]
    [InlineData("The Boeing 737 fell about 35 feet into a gully after overshooting the runway.", 10.67)]
    [InlineData("The plane dropped more than 3,000 metres in less than a minute, flight data showed.", 3_000)]
    public void How_far_a_vehicle_fell_is_its_fall(string text, double value)
    {
        var fall = Extract.Quantity(text);

        fall.Subject.ShouldBe("fall:");
        fall.Value.ShouldBe(value, 0.05);
    }

    [Theory]
    [InlineData("The river fell about two metres overnight.")]
    [InlineData("Rescuers said the water dropped 30 centimetres by the evening.")]
    public void Water_that_falls_is_no_vehicle_fall(string text)
        => Extract.Quantity(text).Subject.ShouldNotBe("fall:");

    [Theory]
    [InlineData("At least 20 buildings collapsed in the quake, the mayor said.", 20)]
    [InlineData("The environment minister said 17 buildings had collapsed.", 17)]
    public void Buildings_that_collapsed_are_counted_as_a_collapse(string text, double value)
    {
        var collapsed = Extract.Quantity(text);

        collapsed.Subject.ShouldBe("collapse:");
        collapsed.Unit.ShouldBe("buildings");
        collapsed.Value.ShouldBe(value);
    }

    [Fact]
    public void Buildings_that_collapsed_or_were_badly_damaged_are_counted_as_damaged()
        => Extract.Quantity("The agency said more than 164,000 buildings had collapsed or been badly damaged.").Subject.ShouldBe("heavy damage:");

    [Theory]
    [InlineData("Five of the attackers were shot dead, the committee said.", 5)]
    [InlineData("Two of the gunmen were shot dead by police.", 2)]
    public void Attackers_shot_dead_are_counted_among_the_dead(string text, double value)
    {
        var dead = Extract.Quantity(text);

        dead.Subject.ShouldBe("casualties:");
        dead.Unit.ShouldBe("attackers");
        dead.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("The government launched its largest peacetime repatriation to fly home about 150,000 British customers.", 150_000)]
    [InlineData("Police launched a manhunt for the 12 men who escaped.", 12)]
    public void What_is_launched_may_be_an_undertaking_and_no_strike(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldNotStartWith("strike:");

    [Theory]
    [InlineData("The strike killed seven members of the Revolutionary Guards, including two generals.", "members")]
    [InlineData("The blast killed three members of the same family.", "people")]
    public void Members_of_a_body_killed_are_counted_apart_from_the_toll(string text, string unit)
        => Extract.Quantity(text).Unit.ShouldBe(unit);

    [Fact]
    public void A_candidate_s_share_of_the_vote_is_theirs()
    {
        var shares = Extract.From("""
            The electoral council declared President Nicolas Maduro the winner of Sunday's election with 51.2 percent of the vote, against 44.2 percent for opposition candidate Edmundo Gonzalez.
            """).OfType<QuantityClaim>().ToList();

        shares.Single(c => c.Value == 51.2).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("vote:maduro"), c => c.Unit.ShouldBe("percent of the vote"));
        shares.Single(c => c.Value == 44.2).Subject.ShouldBe("vote:gonzalez");
        // "51.2 percent" is any share that rounds to it.
        shares.Single(c => c.Value == 51.2).ShouldSatisfyAllConditions(c => c.Low.ShouldBe(51.15, 1e-9), c => c.High.ShouldBe(51.25, 1e-9));
    }

    [Theory]
    [InlineData("Tally sheets showed Gonzalez winning 67 percent of the vote against 30 percent for Maduro.", 67, "vote:gonzalez")]
    [InlineData("Tally sheets showed Gonzalez winning 67 percent of the vote against 30 percent for Maduro.", 30, "vote:maduro")]
    [InlineData("The council said he had won 51.95 percent of the vote to Gonzalez's 43.18 percent.", 43.18, "vote:gonzalez")]
    [InlineData("The church's own tally gave Fayulu 62.8 percent.", 62.8, "vote:fayulu")]
    [InlineData("Museveni won a sixth term with 58.6 percent of the vote, while his main rival, the singer Bobi Wine, won 34.8 percent.", 34.8, "vote:wine")]
    [InlineData("Erdogan won the runoff on Sunday with 52.2 percent of the vote against 47.8 percent for Kilicdaroglu.", 47.8, "vote:kilicdaroglu in the runoff")]
    [InlineData("Erdogan won 49.5 percent of the vote, so a runoff will be held on May 28.", 49.5, "vote:erdogan")]
    [InlineData("Turnout was 84 percent, lower than in the first round.", 84, "voter turnout: in the runoff")]
    [InlineData("The commission declared Daniel Chapo of the ruling Frelimo party the winner of the election with 70.67 percent of the vote.", 70.67, "vote:chapo")]
    [InlineData("Opposition candidate Venancio Mondlane, who got 20.32 percent, said the results were fraudulent.", 20.32, "vote:mondlane")]
    [InlineData("Mondlane said his own count showed he had won 53 percent.", 53, "vote:mondlane")]
    [InlineData("The Constitutional Council confirmed Chapo's victory on Monday but cut his share to 65.17 percent.", 65.17, "vote:chapo")]
    [InlineData("Chamisa still says he won about 56 percent of the vote.", 56, "vote:chamisa")]
    [InlineData("Wine said soldiers had stuffed ballot boxes and that his own count gave him about 54 percent.", 54, "vote:wine")]
    [InlineData("In the election, Okafor's Movement for National Renewal said its own count gave him 50.3 percent.", 50.3, "vote:okafor")]
    [InlineData("In the final count, Morales had 47.1 percent of the vote.", 47.1, "vote:morales")]
    [InlineData("With 83.8 percent of votes counted in the quick count, Morales had 45.7 percent of the vote.", 45.7, "")]
    [InlineData("Maduro won 51.2 percent of the vote, with 80 percent of ballots counted.", 51.2, "vote:maduro")]
    [InlineData("The ruling Northern Unity party won 53.9 percent of the vote in Saturday's election, the commission said.", 53.9, "vote:unity")]
    [InlineData("Northern Unity's official share of the vote was 54 percent.", 54, "vote:unity")]
    public void Who_a_share_of_the_vote_is_given_to(string text, double value, string subject)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBe(subject);

    [Fact]
    public void A_share_of_the_vote_in_a_city_is_that_city_s()
        => Extract.Quantity("In Glasgow, Yes won 53.5 percent of the vote, the counting officer said.").ShouldSatisfyAllConditions(
            c => c.Subject.ShouldBe("vote:yes"), c => c.Place.ShouldBe("glasgow"));

    [Theory]
    [InlineData("The council confirmed the result on Friday, saying he had won 51.95 percent of the vote.")]
    [InlineData("Prices rose 8 percent in the year before the election.")]
    [InlineData("Apple's shares rose 5 percent after it won the contract.")]
    [InlineData("A final opinion poll before the vote had given Remain 52 percent.")]
    [InlineData("Maduro's rival said he had won 67 percent of the vote.")]
    public void A_share_given_to_no_named_candidate_is_no_figure(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldBeEmpty();

    [Theory]
    [InlineData("The bank said it had fired about 5,300 employees over the practice.", 5_300, "layoffs:")]
    [InlineData("Troops fired 30 rockets at the town overnight.", 30, "strike:")]
    public void Staff_who_are_fired_lose_their_jobs(string text, double value, string subject)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Value.ShouldBe(value), c => c.Subject.ShouldBe(subject));

    [Theory]
    [InlineData("The collapse of the travel firm stranded about 600,000 holidaymakers.", 600_000)]
    [InlineData("Snow left more than 2,000 tourists stranded in the mountains.", 2_000)]
    public void Travellers_and_tourists_are_counted(string text, double value)
    {
        var stranded = Extract.Quantity(text);

        stranded.Subject.ShouldBe("stranded:");
        stranded.Value.ShouldBe(value);
    }

    [Fact]
    public void Who_was_left_off_a_passenger_list_is_no_count_of_the_dead()
    {
        var claims = Extract.From("Officials said 96 people had died in the crash, not 97, because one person on the passenger list had not boarded the plane.").OfType<QuantityClaim>().ToList();

        claims.ShouldNotContain(c => c.Value == 1 && c.Stance == Stance.Asserted);
        claims.Single(c => c.Value == 96).Stance.ShouldBe(Stance.Asserted);
    }

    [Theory]
    [InlineData("The ministry said 41 people were killed, 12 remain missing and 230 were injured.")]
    [InlineData("The ministry said 41 people were killed, 12 were missing and 230 were injured.")]
    public void A_figure_with_its_own_verb_after_a_comma_counts_its_own_event(string text)
    {
        var claims = Extract.From(text).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 12).Subject.ShouldBe("missing:");
        claims.Single(c => c.Value == 41).Subject.ShouldBe("casualties:");
    }

    [Theory]
    [InlineData("Officials revised the number of people killed down by more than 40, to about 180.")]
    [InlineData("The toll rose by 12 overnight to 96, the governor said.")]
    public void The_size_of_a_change_is_no_count(string text)
        => Extract.From(text).OfType<QuantityClaim>().Where(c => c.Subject.Length > 0).ShouldHaveSingleItem().Value.ShouldBeGreaterThan(90);

    [Fact]
    public void Those_hurt_in_mind_as_well_are_not_counted_as_injured()
        => Extract.From("More than 600 people were hurt physically or psychologically by the attack, the review said.").OfType<QuantityClaim>()
            .ShouldNotContain(c => c.Subject == "injuries:");

    [Fact]
    public void A_country_named_once_in_passing_acts_for_no_one()
        => Extract.From("Police said 17 people had been arrested. They were held overnight. One suspect had once worked in Germany.").OfType<QuantityClaim>()
            .Single(c => c.Value == 17).Subject.ShouldBe("arrest:");

    [Fact]
    public void A_plan_in_a_clause_before_the_comma_leaves_the_toll_after_it_actual()
    {
        var toll = Extract.From("A shell hit the square as residents waited to be moved out, killing at least 14 people, the mayor said.")
            .OfType<QuantityClaim>().Single(c => c.Value == 14);

        toll.Subject.ShouldBe("casualties:");
        toll.Stance.ShouldBe(Stance.Asserted);
    }

    [Fact]
    public void A_death_toll_named_many_words_before_its_figure_counts_the_dead()
        => Extract.Quantity("The death toll from the rocket attack on Novomoskovsk's railway station rose to 50 on Saturday, the governor said.")
            .Subject.ShouldBe("casualties:");

    [Theory]
    [InlineData("British police said eight men had been arrested.")]
    [InlineData("Police said eight men had been arrested in Britain.")]
    public void Arrests_are_counted_whichever_country_the_sentence_names(string text)
        => Extract.From(text).OfType<QuantityClaim>().Single().Subject.ShouldBe("arrest:");

    // A death toll named in the clause before is not the tally of a count in a clause of its own.
    [Fact]
    public void A_count_in_its_own_clause_after_a_death_toll_is_its_own_tally()
    {
        var claims = Extract.From("The death toll rose to 71 on Friday, and the number of people unaccounted for rose to 1,011, the sheriff said.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 71).Subject.ShouldBe("casualties:");
        claims.Single(c => c.Value == 1011).Subject.ShouldBe("missing:");
    }

    // What came of an arrest, told by the clause's own verb after the participle, is what the figure counts.
    [Theory]
    [InlineData("Police said six protesters arrested on coronation day would face no further action.", "release:")]
    [InlineData("Police said six protesters arrested on Saturday had been charged with assault.", "charge:")]
    [InlineData("Police said 64 protesters arrested on Saturday were held overnight.", "arrest:")]
    public void The_arrested_are_counted_by_what_came_of_the_arrest(string text, string subject)
        => Extract.Quantity(text).Subject.ShouldBe(subject);

    [Theory]
    [InlineData("Parents said the number of girls abducted was 105.", "children", "abduction:")]
    [InlineData("The number of infections on the ship rose to 135 on Monday.", "cases", "outbreak:")]
    public void The_number_of_a_noun_before_its_participle_counts_that_noun(string text, string unit, string subject)
    {
        var claim = Extract.Quantity(text);

        claim.Unit.ShouldBe(unit);
        claim.Subject.ShouldBe(subject);
    }

    [Fact]
    public void The_number_of_attackers_killed_counts_attackers()
    {
        var claims = Extract.From("The toll rose to 18 on Monday, as officials revised the number of gunmen killed down to three.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 18).Unit.ShouldBe("people");
        claims.Single(c => c.Value == 3).Unit.ShouldBe("attackers");
    }

    [Fact]
    public void A_second_agency_that_puts_a_quake_at_a_figure_gives_its_magnitude()
    {
        var claims = Extract.From("The national observatory measured the quake at magnitude 7.4; the U.S. Geological Survey put it at 7.8.").OfType<QuantityClaim>().ToList();

        claims.Select(c => (c.Unit, c.Value)).ShouldBe([("magnitude", 7.4), ("magnitude", 7.8)]);
        claims[1].Attribution.ShouldBe("U.S. Geological Survey");
    }

    [Fact]
    public void Suspects_killed_are_attackers_and_suspects_arrested_are_arrests()
    {
        var claims = Extract.From("Police said three suspects had been killed and 12 suspects arrested.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 3).Unit.ShouldBe("attackers");
        var arrests = claims.Single(c => c.Value == 12);
        arrests.Subject.ShouldBe("arrest:");
        arrests.Unit.ShouldBe("people");
    }

    [Fact]
    public void Money_lost_is_no_toll()
        => Extract.Quantity("The port lost between $10 million and $14 million in revenue for each day it was closed, its director said.")
            .Subject.ShouldNotStartWith("casualties");

    [Fact]
    public void The_killing_a_count_is_about_is_not_what_it_counts()
    {
        Extract.Quantity("The number of people arrested over the killing of the governor rose to 14 on Sunday, police said.").Subject.ShouldBe("arrest:");
        Extract.Quantity("Police said two suspects in the killing of the governor were shot dead.").Subject.ShouldBe("casualties:");
        Extract.Quantity("Rights groups condemned the killing of 20 protesters.").Subject.ShouldBe("casualties:");
    }

    [Fact]
    public void Suspects_still_at_large_were_not_arrested()
        => Extract.From("Police have arrested nine men, and four suspects are still at large.").OfType<QuantityClaim>()
            .Single(c => c.Value == 4).Subject.ShouldNotBe("arrest:");

    [Fact]
    public void A_police_force_s_nationality_is_no_place()
        => Extract.Quantity("Haitian police said 11 people had been arrested.").Place.ShouldBe("");

    [Fact]
    public void Officers_in_a_story_about_the_police_are_police()
    {
        var claims = Extract.From("The police chief admitted the response had failed.\n\nOnly 140 officers had been assigned to the district that night.")
            .OfType<QuantityClaim>();

        claims.Single().Unit.ShouldBe("police");
    }

    [Fact]
    public void A_list_of_countries_names_no_one_the_story_is_about()
        => Extract.From("Twelve foreigners died, among them people from Iran, China, Russia and Japan.\n\nAbout 300 police officers had been deployed in the district.")
            .OfType<QuantityClaim>().Single(c => c.Value == 300).Subject.ShouldBe("deployment:");

    [Fact]
    public void A_shipping_agent_ships_nothing()
        => Extract.Quantity("At least 150 ships were waiting at either end of the strait, according to a shipping agent.").Subject.ShouldBe("");

    [Theory]
    [InlineData("The mayor told a television station that as many as 35 people might have died.")]
    [InlineData("The governor told a radio station that 35 people had been killed.")]
    public void A_station_that_broadcasts_stations_no_troops(string text)
        => Extract.Quantity(text).Subject.ShouldBe("casualties:");

    [Fact]
    public void Those_who_came_to_a_festival_are_its_crowd()
        => Extract.Quantity("Organisers said about 900,000 people had come to the festival.").Subject.ShouldBe("turnout:");

    [Fact]
    public void A_comparison_before_another_speaker_s_clause_does_not_make_its_figure_an_earlier_one()
        => Extract.From("Fewer people came than the organisers said, according to police records, which put the crowd at no more than 200,000.")
            .OfType<QuantityClaim>().Single(c => c.Value == 200_000).Anchor.ShouldBe("");

    [Fact]
    public void Where_the_dead_were_counted_places_a_revised_figure_and_a_total_takes_in_every_place()
    {
        var claims = Extract.From("Police revised the number of people killed on Ormsund down to 41 on Monday. Six died in the Bergen blast, bringing the total to 47.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 41).Place.ShouldBe("ormsund");
        claims.Single(c => c.Value == 47).Place.ShouldBe("");
    }

    // "the number killed in Oslo", without "of people": the place where they were counted all the same, whatever verb
    // gives the figure.
    [Theory]
    [InlineData("Police raised the number killed in Vestby to eight on Monday.")]
    [InlineData("Police said the number killed in Vestby had risen to eight.")]
    [InlineData("Police put the number killed in Vestby at eight.")]
    public void The_number_killed_in_a_place_is_that_place_s(string text)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Value.ShouldBe(8), c => c.Place.ShouldBe("vestby"), c => c.Attribution.ShouldBe("Police"));

    // A kind named among all the dead is that kind's toll, to set against another count of it.
    [Theory]
    [InlineData("Among the dead were three children.")]
    [InlineData("The victims included three children.")]
    [InlineData("Three children were among the dead.")]
    public void A_kind_among_the_dead_is_its_toll(string second)
    {
        var claim = Extract.From("At least 12 people were killed in the crush. " + second).OfType<QuantityClaim>().Single(c => c.Value == 3);

        (claim.Subject, claim.Unit).ShouldBe(("casualties:", "children"));
    }

    // One day singled out counts that day's part of the toll, compared only with another count of that day.
    [Theory]
    [InlineData("On July 19 alone, 900 deaths were recorded.", "july 19")]
    [InlineData("On Tuesday alone, 900 deaths were recorded.", "tuesday")]
    [InlineData("On Tuesday, 900 deaths were recorded.", "")]
    public void A_day_singled_out_counts_its_own_part_of_the_toll(string second, string place)
    {
        var claims = Extract.From("Officials said 4,100 people had died in the heat. " + second).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 4_100).Place.ShouldBe("");
        claims.Single(c => c.Value == 900).Place.ShouldBe(place);
    }

    [Theory]
    [InlineData("Ten people had been killed in clashes at the plant in the week before the shooting.")]
    [InlineData("Ten people, among them two guards and a foreman, had already been killed in fighting at the quarry during the week before the raid.")]
    public void Deaths_in_the_days_before_an_event_belong_to_another_occasion(string text)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == 10).Anchor.ShouldNotBe("");

    [Theory]
    [InlineData("Wildfires killed at least 41 people on Sunday and Monday, four months after the fire near the town killed 64.", 41, "other")]
    [InlineData("Wildfires killed at least 41 people on Sunday and Monday, four months after the fire near the town killed 64.", 64, "")]
    [InlineData("The death toll rose to 300 on Friday, two weeks after the quake struck.", 300, "")]
    public void A_killing_weeks_after_another_is_an_occasion_of_its_own(string text, double value, string anchor)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Anchor.ShouldBe(anchor);

    [Theory]
    [InlineData("Turnout rose by two percentage points to the highest in thirty years.")]
    [InlineData("Between 60 to 70 per cent of the marchers were students, organisers said.")]
    [InlineData("A poll before the election had put turnout at 70 percent.")]
    public void A_share_is_no_count(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldBeEmpty();

    // The share of voters who voted is a figure of its own, with its range or qualifier, never a count of people.
    [Theory]
    [InlineData("Turnout was 71.3 per cent, the highest in thirty years.", 71.25, 71.35)]
    [InlineData("Turnout reached 71.3 %, the highest in thirty years.", 71.25, 71.35)]
    [InlineData("Turnout in the election was 59 percent, the council said.", 58.5, 59.5)]
    [InlineData("The commission said turnout was 42.7 percent.", 42.65, 42.75)]
    [InlineData("Officials said the measure passed, with turnout of 83.1 percent.", 83.05, 83.15)]
    [InlineData("The report said turnout in the referendum was between 30 and 50 percent.", 30, 50)]
    [InlineData("Turnout was about 60 percent, observers said.", 58.5, 61.5)]
    [InlineData("The electoral board said a 64 percent turnout had been recorded.", 63.5, 64.5)]
    [InlineData("About 42 percent of registered voters cast ballots, the board said.", 40.5, 43.5)]
    public void The_share_of_voters_who_voted_is_a_turnout(string text, double low, double high)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(
            c => c.Subject.ShouldBe("voter turnout:"), c => c.Unit.ShouldBe("percent turnout"),
            c => c.Low.ShouldBe(low, 1e-9), c => c.High.ShouldBe(high, 1e-9));

    // A turnout named by a long phrase, and a referendum's share of "voters" where the sentence names no referendum.
    [Fact]
    public void A_turnout_after_a_long_name_of_its_vote_and_a_share_of_voters_who_backed_a_side()
    {
        Extract.Quantity("Turnout in the northern region's independence referendum was 78 percent, the commission said.")
            .ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("voter turnout:"), c => c.Value.ShouldBe(78));
        Extract.Quantity("The electoral commission said 92.73 percent of voters had backed independence.")
            .ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("vote:yes"), c => c.Value.ShouldBe(92.73));
    }

    // "Turnout in Glasgow": a city's turnout is its own, however the sentence goes on.
    [Fact]
    public void A_city_s_turnout_is_that_city_s()
        => Extract.From("Turnout in Glasgow was 75 percent, while nationally it was 84.6 percent.").OfType<QuantityClaim>()
            .Single(c => c.Value == 75).Place.ShouldBe("glasgow");

    // A referendum's share is its side's, named as "Yes" and "No" are; a vote the sentence names as a place's own is
    // the whole vote, not a part of it.
    [Theory]
    [InlineData("Officials said 96.77 percent of voters had backed joining the federation in Sunday's referendum.", "vote:yes", 96.765, 96.775, "")]
    [InlineData("In the referendum, 55.3 percent of those who voted rejected independence.", "vote:no", 55.25, 55.35, "")]
    [InlineData("The region voted to stay, with 55.3 percent of voters rejecting independence in the referendum.", "vote:no", 55.25, 55.35, "")]
    [InlineData("The council's report said that between 50 and 60 percent of those who voted in Crimea's referendum backed joining.", "vote:yes", 50, 60, "")]
    [InlineData("In Glasgow, 53.5 percent of those who voted backed independence in the referendum.", "vote:yes", 53.45, 53.55, "glasgow")]
    public void A_referendum_share_is_its_side_s(string text, string subject, double low, double high, string place)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(
            c => c.Subject.ShouldBe(subject), c => c.Low.ShouldBe(low, 1e-9), c => c.High.ShouldBe(high, 1e-9), c => c.Place.ShouldBe(place));

    [Theory]
    [InlineData("Officials say about 30 members of the security forces have been killed in the unrest.")]
    [InlineData("Officials say about 30 security personnel have been killed in the unrest.")]
    public void The_security_forces_dead_are_counted_apart_from_the_people(string text)
        => Extract.Quantity(text).Unit.ShouldBe("police");

    [Fact]
    public void A_building_stormed_is_no_one_killed()
        => Extract.From("Gunmen stormed a school in the city on Tuesday, killing at least 90 people.").OfType<QuantityClaim>()
            .ShouldNotContain(c => c.Subject == "casualties:" && c.Unit != "people");

    [Fact]
    public void A_side_named_before_its_troops_counts_no_soldiers()
        => Extract.From("Army commandos from India ended the siege on Saturday. Indian commandos cleared the hotel. The death toll rose to 160, officials said.")
            .OfType<QuantityClaim>().Single(c => c.Value == 160).Subject.ShouldBe("casualties:");

    [Fact]
    public void What_is_said_after_a_second_verb_of_saying_is_not_denied()
    {
        var claims = Extract.From("Officials dismissed reports that 500 people had died as lies, and said the toll remained at four.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 500).Stance.ShouldBe(Stance.Denied);
        claims.Single(c => c.Value == 4).Stance.ShouldBe(Stance.Asserted);
    }

    [Theory]
    [InlineData("Air defences shot down 71 of the 103 cruise missiles fired by the three countries, the ministry said.", 103, "strike:")]
    [InlineData("Officials said 500 of the 2,000 troops sent to the border had returned.", 2_000, "deployment:")]
    [InlineData("Officials said 25 of the 40 victims had been identified.", 40, "")]
    [InlineData("A state funeral was held on Saturday for some of the 290 people killed in the earthquake.", 290, "casualties:")]
    [InlineData("Officials said 25 of the 40 people who died had been identified.", 40, "casualties:")]
    public void A_whole_is_a_count_of_its_own_when_its_participle_says_what_was_done_with_it(string text, double value, string subject)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBe(subject);

    [Theory]
    [InlineData("Officials said that no one was missing any more.", "missing:")]
    [InlineData("Police said no one had been trapped.", "trapped:")]
    public void No_one_missing_or_trapped_is_a_count_of_none(string text, string subject)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Value.ShouldBe(0), c => c.Subject.ShouldBe(subject));

    // "organisers said there were more than 15,000", "said more than 15,000 took part": a bare figure said of a crowd
    // counts it.
    [Theory]
    [InlineData("Police estimated 8,000 protesters in the capital, while organisers said there were more than 15,000.")]
    [InlineData("Police said 8,000 people marched in the capital, while organisers said more than 15,000 took part.")]
    public void A_bare_figure_said_of_those_who_came_counts_them(string text)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == 15_000)
            .ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("turnout:"), c => c.Attribution.ShouldBe("organisers"));

    // "but more than 250,000 attended": whoever came are people, whatever the sentence counted before; and those who
    // came to the capital for a protest are its crowd.
    [Theory]
    [InlineData("Organisers had permission for about 80,000 people, but more than 250,000 attended, according to a police report.", 250_000)]
    [InlineData("Police said more than 40,000 attended.", 40_000)]
    [InlineData("Police said about 100,000 people had come to the capital.", 100_000)]
    public void A_figure_of_those_who_attended_or_came_counts_a_crowd(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value)
            .ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("turnout:"), c => c.Unit.ShouldBe("people"));

    // A figure another source gave, named by its owner: "far more than the junta's figure of 145"; and a measurer whose
    // name joins words with "on" ("The Inter-American Commission on Human Rights now puts the toll at 317").
    [Theory]
    [InlineData("Aid groups said at least 460 people had been killed in the state, far more than the junta's figure of 145.", 145, "junta")]
    [InlineData("The Inter-American Commission on Human Rights now puts the toll at 317, while the government's truth commission says 269 people have died.", 317, "Inter-American Commission on Human Rights")]
    public void A_figure_is_given_by_the_one_its_phrase_names(string text, double value, string speaker)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Attribution.ShouldBe(speaker);

    // Lakhs and crores, as South Asian news counts: a lakh is 100,000 and a crore ten million.
    [Theory]
    [InlineData("Officials said about 2.5 lakh people had turned up around the stadium.", 250_000)]
    [InlineData("Nearly 3 crore people took a dip in the river on the main bathing day, officials said.", 30_000_000)]
    public void Lakhs_and_crores_multiply(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Unit == "people").Value.ShouldBe(value);

    // What a venue holds is its capacity, not the crowd that came: "The stadium holds about 35,000 people, but police
    // estimated that 200,000 had come to the area".
    [Theory]
    [InlineData("The stadium holds about 35,000 people, but police said more than 200,000 had come to the area.")]
    [InlineData("The ferry seats only 400 people, but survivors said more than 700 had been aboard.")]
    public void What_a_venue_holds_is_no_crowd(string text)
        => Extract.From(text).OfType<QuantityClaim>().First().Subject.ShouldBe("");

    // No force is money: "sending its shares down" deploys nothing.
    [Fact]
    public void A_sum_is_never_a_force_sent()
        => Extract.From("The company said its auditor could not confirm 1.9 billion euros in cash balances, sending its shares down 61 per cent.")
            .OfType<QuantityClaim>().Single(c => c.IsMoney).Subject.ShouldBe("");

    // A place named after a country's people is not that country: "British Columbia's coroners service" is no British
    // government.
    [Theory]
    [InlineData("British Columbia's coroners service said 719 people had died over the past week.", "British Columbia's coroners service")]
    [InlineData("French Guiana's health agency said 719 people had died over the past week.", "French Guiana's health agency")]
    public void A_place_named_after_a_country_s_people_is_not_that_country(string text, string speaker)
        => Extract.Quantity(text).Attribution.ShouldBe(speaker);

    // "killing 13-year-old Hector": an age before a name counts no one.
    [Theory]
    [InlineData("Police opened fire on the marchers, killing 13-year-old Hector among others.")]
    [InlineData("The storm killed 22-month-old Ana, her family said.")]
    public void An_age_before_a_name_counts_no_one(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldBeEmpty();

    // A crowd that filled or packed a square came to it.
    [Theory]
    [InlineData("Organisers said 60,000 people had filled the square and nearby streets.")]
    [InlineData("Police said 25,000 people packed the square on Friday.")]
    public void A_crowd_that_filled_a_square_is_a_turnout(string text)
        => Extract.Quantity(text).Subject.ShouldBe("turnout:");

    // "was chased by two residents": who did what a passive verb tells of is no count of the dead.
    [Fact]
    public void The_agent_of_a_passive_verb_is_no_victim()
        => Extract.From("The gunman, who was later found dead in his car, was chased by two residents.")
            .OfType<QuantityClaim>().Single(c => c.Value == 2).Subject.ShouldBe("");

    [Fact]
    public void The_one_of_no_one_counts_no_one()
        => Extract.From("No one is left in the town, the mayor said.").OfType<QuantityClaim>().ShouldBeEmpty();

    [Fact]
    public void A_figure_a_relative_clause_gives_another_speaker_is_not_denied()
    {
        var claim = Extract.From("The prime minister rejected a compromise on Sunday after a weekend of protests, which police said had drawn about 100,000 people.")
            .OfType<QuantityClaim>().Single();

        claim.Stance.ShouldBe(Stance.Asserted);
        claim.Attribution.ShouldBe("police");
    }

    [Theory]
    [InlineData("A crowd-counting firm estimated that 240,000 people had rallied in the capital and about 380,000 nationwide.", 380_000)]
    [InlineData("Police counted 87,000 protesters in Paris and 1.27 million across the country.", 1_270_000)]
    public void A_figure_joined_to_a_count_and_placed_counts_what_it_counts(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).ShouldSatisfyAllConditions(
            c => c.Unit.ShouldBe("people"), c => c.Subject.ShouldBe("turnout:"));

    [Theory]
    [InlineData("The air force said on Thursday that it had lost one MiG-21 fighter in the battle.")]
    [InlineData("The navy said it had lost two F-35C fighters over the sea.")]
    public void A_model_s_fighters_are_planes_a_speaker_says_it_lost(string text)
        => Extract.From(text).OfType<QuantityClaim>().Single().ShouldSatisfyAllConditions(
            c => c.Unit.ShouldBe("aircraft"), c => c.Subject.ShouldStartWith("loss:"));

    [Fact]
    public void What_a_country_s_force_says_it_lost_is_that_country_s()
        => Extract.From("India's air force said on Thursday that it had lost one MiG-21 fighter in the battle.").OfType<QuantityClaim>().Single()
            .Subject.ShouldBe("loss:India");

    // When two craft collide, the dead aboard one named by its operator are that craft's part of the toll; a crash of one
    // craft has no such parts.
    [Fact]
    public void In_a_collision_the_dead_aboard_each_craft_are_its_part_of_the_toll()
    {
        var claims = Extract.From("The collision killed 583 people. All 248 people aboard the KLM plane were killed, and 335 of those on the Pan Am jet died.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 583).Place.ShouldBe("");
        claims.Single(c => c.Value == 248).Place.ShouldBe("klm");
        Extract.From("The crash killed all 157 people aboard the Ethiopian Airlines jet.").OfType<QuantityClaim>().Single().Place.ShouldBe("");
    }

    // People listed beside a kind of people are one part of the dead, as the kinds are; the kinds keep their own count.
    [Theory]
    [InlineData("The president said 61 civilians, six members of a wedding party and five attackers had been killed.", 6)]
    [InlineData("Officials said 30 people and 12 soldiers were killed in the raid.", 30)]
    public void People_listed_beside_a_kind_of_people_are_a_part(string text, double value)
    {
        var claims = Extract.From(text).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == value).Subject.ShouldBe("");
        claims.ShouldContain(c => c.Subject == "casualties:" && c.Value != value);
    }

    // "revising it down from 181 to 173": both ends count the toll, whatever the paragraph counted before.
    [Fact]
    public void A_toll_revised_down_from_a_figure_counts_the_dead_at_both_ends()
    {
        var claims = Extract.From("Some 450,000 hectares were burned. The commission said police had overestimated the toll, revising it down from 181 to 173.")
            .OfType<QuantityClaim>().ToList();

        claims.Where(c => c.Value is 181 or 173).ShouldAllBe(c => c.Unit == "people" && c.Subject == "casualties:");
    }

    // The dead who have been named are not the toll.
    [Fact]
    public void Victims_identified_are_counted_apart_from_the_dead()
        => Extract.Quantity("So far 125 victims have been identified, officials said.").Subject.ShouldBe("identification:");

    [Fact]
    public void The_dead_on_the_ground_and_aboard_are_parts_of_a_crash_s_toll()
    {
        var claims = Extract.From("The bomb destroyed the jet over the village, killing all 180 people aboard and at least four people on the ground. Officials put the toll at 184.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 180).Place.ShouldBe("aboard");
        claims.Single(c => c.Value == 4).Place.ShouldBe("ground");
        claims.Single(c => c.Value == 184).Place.ShouldBe("");
    }

    [Fact]
    public void The_dead_aboard_are_the_whole_toll_when_no_one_died_on_the_ground()
        => Extract.Quantity("The plane crashed into the sea, killing all 180 people aboard.").Place.ShouldBe("");

    [Theory]
    [InlineData("Officials said 412 students had been killed or gone missing in the quake.", 412, "students")]
    [InlineData("At the school, 14 children and five adults died.", 5, "adults")]
    public void Pupils_and_adults_are_groups_of_a_toll_not_the_toll(string text, double value, string unit)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Unit.ShouldBe(unit);

    [Fact]
    public void Those_who_carried_out_an_attack_and_died_are_attackers()
        => Extract.Quantity("Police said the three men who carried out the bombings had died in the blasts.").Unit.ShouldBe("attackers");

    [Fact]
    public void Attackers_after_by_did_the_harm_and_are_no_count_of_it()
        => Extract.From("The report said 30 people were killed and more than 200 injured by the two gunmen.").OfType<QuantityClaim>()
            .Single(c => c.Value == 2).Subject.ShouldBe("");

    [Fact]
    public void The_bodies_of_people_are_the_dead_and_the_bodies_of_the_ones_named_before_are_not_a_new_count()
    {
        var counted = Extract.Quantity("Prosecutors said the bodies of 212 civilians had been recovered from villages north of the city.");
        counted.Subject.ShouldBe("casualties:");
        counted.Value.ShouldBe(212);

        Extract.From("The toll rose to 16 after divers recovered the bodies of the four missing fishermen.").OfType<QuantityClaim>()
            .ShouldNotContain(c => c.Value == 4 && c.Subject.StartsWith("casualties", StringComparison.Ordinal));
    }

    [Fact]
    public void One_man_counts_and_a_man_does_not()
    {
        Extract.From("The mayor said one man had died in hospital.").OfType<QuantityClaim>().Single().Value.ShouldBe(1);
        Extract.From("The mayor said a man had died in hospital.").OfType<QuantityClaim>().ShouldBeEmpty();
    }

    [Fact]
    public void What_caught_fire_is_lost_and_tank_cars_are_tankers()
    {
        var claims = Extract.From("The blast set off a fire that spread to nine tank cars. Eleven fuel tanks caught fire, the operator said.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 11).Subject.ShouldBe("loss:");
        claims.ShouldAllBe(c => c.Unit == "tankers");
    }

    [Fact]
    public void Shots_fired_are_counted_as_rounds_are()
    {
        var claims = Extract.From("Investigators said the gunman had fired nine shots. He fired 11 rounds, a witness said.").OfType<QuantityClaim>().ToList();

        claims.Count.ShouldBe(2);
        claims.Select(c => c.Subject).Distinct().ShouldHaveSingleItem().ShouldBe("strike:");
        claims.Select(c => c.Unit).Distinct().ShouldHaveSingleItem().ShouldBe("shells");
        Extract.From("The clinic gave 5,000 booster shots last week.").OfType<QuantityClaim>().ShouldNotContain(c => c.Unit == "shells");
    }

    [Fact]
    public void A_toll_plaza_counts_no_dead()
        => Extract.From("About 2,000 people were at the toll plaza when police arrived, officials said.").OfType<QuantityClaim>()
            .ShouldNotContain(c => c.Subject.StartsWith("casualties", StringComparison.Ordinal));

    [Fact]
    public void A_toll_at_two_places_joined_is_no_toll_of_the_first()
        => Extract.Quantity("The rights group said at least 15 people had been killed at Kibera and at Mathare.").Place.ShouldBe("");

    [Fact]
    public void The_spread_of_earlier_reports_is_no_figure_of_its_own()
        => Extract.From("Early reports of the toll ranged from 40 to 65.").OfType<QuantityClaim>().ShouldAllBe(c => c.Subject == "");

    [Fact]
    public void People_killed_in_a_war_are_everyone_s_dead_though_the_story_counts_one_side_s_fighters()
    {
        var claims = Extract.From("At least 300 Syrian fighters had been sent to the front, a monitoring group said.\n\nThe United Nations said nearly 2,000 people had been killed in the fighting.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 2_000).Subject.ShouldBe("casualties:");
    }

    [Fact]
    public void A_side_s_own_soldiers_and_its_military_toll_are_the_speaker_s_side_s()
    {
        var claims = Extract.From("Armenia's defence ministry said 150 of its soldiers had been killed.\n\nAzerbaijan's defence ministry raised its military toll to 96 on Friday.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 150).Subject.ShouldBe("casualties:Armenia");
        claims.Single(c => c.Value == 96).Subject.ShouldBe("casualties:Azerbaijan");
    }

    [Theory]
    [InlineData("Rescuers said 580 bodies had been recovered.")]
    [InlineData("Monitors found the bodies of 40 villagers on Saturday.")]
    [InlineData("The president said 254 bodies had been identified.")]
    [InlineData("Forensic teams have identified the bodies of 125 victims.")]
    [InlineData("The health minister said 3,166 bodies had been buried.")]
    [InlineData("Volunteers buried the bodies of 60 people on Sunday.")]
    [InlineData("Monks said they had cremated about 900 bodies on a hillside.")]
    [InlineData("Aid workers said a clinic they run had received the bodies of 17 children.")]
    public void Bodies_recovered_are_a_floor_of_the_toll(string text)
    {
        var claim = Extract.From(text).OfType<QuantityClaim>().Single();

        claim.Subject.ShouldBe("casualties:");
        claim.Precision.ShouldBe(QuantityPrecision.AtLeast);
        claim.High.ShouldBe(double.PositiveInfinity);
    }

    [Fact]
    public void Bodies_lying_somewhere_are_counted_as_they_were()
        => Extract.From("Officials said 200 bodies were in the morgue.").OfType<QuantityClaim>().ShouldAllBe(c => c.Precision != QuantityPrecision.AtLeast);

    [Theory]
    [InlineData("The ministry said 15 members of the rebel army had been killed.")]
    [InlineData("Nineteen members of an elite firefighting crew were killed on Sunday, officials said.")]
    public void Members_of_a_group_who_were_killed_are_counted(string text)
        => Extract.Quantity(text).Subject.ShouldBe("casualties:");

    [Fact]
    public void The_number_of_a_kind_killed_at_a_place_is_placed_there()
        => Extract.Quantity("The navy revised the number of sailors killed at Golcuk to 420.").Place.ShouldBe("golcuk");

    [Theory]
    [InlineData("Crowds cheered outside parliament as lawmakers voted 204 to 85 to impeach the president.")]
    [InlineData("Crowds cheered outside parliament as the motion passed by 204 votes to 85.")]
    public void A_vote_counts_no_one_at_the_event(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldAllBe(c => c.Subject == "");

    [Fact]
    public void Some_of_the_deaths_are_a_part_but_a_place_s_share_is_its_toll()
    {
        Extract.Quantity("The prosecution argued that 150 of the deaths could have been prevented.").Subject.ShouldBe("");
        Extract.From("The storm killed 200 people. North Carolina accounted for 95 of the deaths, state officials said.").OfType<QuantityClaim>()
            .Single(c => c.Value == 95).Subject.ShouldBe("casualties:");
    }

    [Fact]
    public void A_toll_going_from_one_figure_to_another_is_no_vote()
        => Extract.From("Within a week the death toll went from 5,300 to 11,300.").OfType<QuantityClaim>().ShouldAllBe(c => c.Subject == "casualties:");

    [Fact]
    public void A_toll_in_a_list_of_places_is_no_toll_of_the_first()
        => Extract.Quantity("The floods have killed more than 80 people in Ashford, Dover and Folkestone, officials said.").Place.ShouldBe("");

    // Two ages joined by "or" or "to" are both ages, though only the second carries "years old".
    [Theory]
    [InlineData("All of the children who were killed were six or seven years old, the medical examiner said.")]
    [InlineData("The 12 victims were 8 to 10-year-olds, police said.", 12)]
    public void The_first_of_two_ages_is_no_count(string text, double counted = 0)
        => Extract.From(text).OfType<QuantityClaim>().Select(c => c.Value).ShouldBe(counted > 0 ? [counted] : []);

    // "other" between a figure and its noun says the figure adds to those told of; the noun is still what it counts, and
    // another kind listed after it is a group beside it, not the count.
    [Fact]
    public void Other_before_the_noun_keeps_the_noun_as_the_unit()
    {
        var claims = Extract.From("Twelve other children and three teachers were wounded, police said.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 12).ShouldSatisfyAllConditions(c => c.Unit.ShouldBe("children"), c => c.Subject.ShouldBe("injuries:"));
        claims.Single(c => c.Value == 3).Subject.ShouldBe("");
    }

    // Those who opened fire are the attackers, not a count of the dead their attack left.
    [Theory]
    [InlineData("Two students dressed in black coats opened fire at the school on Tuesday, killing as many as 25 people, the sheriff said.")]
    [InlineData("Three men stormed the hotel on Friday, killing 20 people, police said.")]
    public void Those_who_opened_fire_are_no_count_of_the_dead(string text)
        => Extract.From(text).OfType<QuantityClaim>().Where(c => c.Subject.StartsWith("casualties:", StringComparison.Ordinal)).Select(c => c.Value)
            .ShouldHaveSingleItem().ShouldBeGreaterThan(3);

    // The bodies of some number of anyone are bodies found: a floor of the toll.
    [Fact]
    public void The_bodies_of_a_number_of_members_are_the_dead_found()
        => Extract.Quantity("Troops found the bodies of 409 members of the sect on Monday, officials said.")
            .ShouldSatisfyAllConditions(c => c.Value.ShouldBe(409), c => c.Subject.ShouldBe("casualties:"), c => c.Precision.ShouldBe(QuantityPrecision.AtLeast));

    // An engine or a plane that loses power counts no customers left in the dark.
    [Fact]
    public void Engines_that_lose_power_are_no_outage()
        => Extract.From("The pilot glided the jet onto the river after both engines lost power, saving all 155 people on board.").OfType<QuantityClaim>()
            .ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.Unit.ShouldBe("people"), c => c.Subject.ShouldNotStartWith("outage:"));

    // An airline named after a country is not that country.
    [Theory]
    [InlineData("All 146 passengers of the US Airways jet were pulled from the water by ferries, officials said.")]
    [InlineData("All 146 passengers of the American Airlines jet were pulled from the water by ferries, officials said.")]
    public void A_company_named_after_a_country_places_nothing_there(string text)
        => Extract.Quantity(text).Subject.ShouldBe("rescue:");

    [Fact]
    public void An_airline_named_Air_and_a_country_speaks_for_itself()
        => Extract.Statement("Air France denied that its pilots had been poorly trained.").Attribution.ShouldBe("Air France");

    // Those on a structure or a vessel described by a word before its noun were on it all the same.
    [Theory]
    [InlineData("Nearly 500 people were on the pedestrian bridge when its cables snapped, witnesses said.")]
    [InlineData("About 300 people were on the old bridge when it gave way, a prosecutor said.")]
    public void People_on_a_described_structure_are_those_aboard(string text)
        => Extract.Quantity(text).Subject.ShouldBe("aboard:");

    // What a vessel sank with is the count aboard, whatever the sentence goes on to fear for them.
    [Fact]
    public void A_ferry_that_sank_with_people_on_board_counts_those_aboard()
        => Extract.From("A ferry sank in a storm early on Wednesday with more than 1,000 people on board, and hundreds were feared dead, officials said.")
            .OfType<QuantityClaim>().ShouldHaveSingleItem().Subject.ShouldBe("aboard:");

    // A floor written after the figure bounds it as one written before does.
    [Theory]
    [InlineData("France put the toll at 281 at least.", 281)]
    [InlineData("Officials said the dead numbered 300 or more.", 300)]
    public void A_floor_after_the_figure_makes_it_a_lower_bound(string text, double value)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Value.ShouldBe(value), c => c.Precision.ShouldBe(QuantityPrecision.AtLeast));

    [Fact]
    public void A_floor_needs_the_clause_to_end_after_it()
        => Extract.Quantity("Police said 12 people at least three times had tried to enter.").Precision.ShouldNotBe(QuantityPrecision.AtLeast);

    // Those who died where it happened, beside those who died in hospital, are a part of the toll.
    [Fact]
    public void The_dead_at_the_site_beside_those_in_hospital_are_a_part()
        => Extract.From("Eighteen children died at the school and two at hospital, the state police said.").OfType<QuantityClaim>()
            .ShouldHaveSingleItem().Place.ShouldBe("scene");

    // A toll that takes in the attacker counts more than the victims, and is compared only with its like.
    [Theory]
    [InlineData("Seven people died in the attack, including the attacker, police said.", "people and attackers")]
    [InlineData("The town mourned the 28 people who died on Friday, including the gunman and his mother.", "people and attackers")]
    [InlineData("A man stabbed six people to death before he was shot dead by police.", "people")]
    public void A_toll_including_the_attacker_is_counted_with_the_attackers(string text, string unit)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Subject.StartsWith("casualties:", StringComparison.Ordinal)).Unit.ShouldBe(unit);

    [Fact]
    public void A_toll_that_takes_in_the_gunman_far_after_the_figure_is_counted_with_the_attackers()
        => Extract.From("Eleven people were found dead after a shooting at two bars in the western city of Kettering, including the suspected gunman, police said.").OfType<QuantityClaim>()
            .Single(c => c.Subject.StartsWith("casualties:", StringComparison.Ordinal)).Unit.ShouldBe("people and attackers");

    // A count over years of its own is another quantity than the event's.
    [Theory]
    [InlineData("The group said as many as 90,000 additional deaths in the three provinces between 1992 and 2005 could be linked to the spill.", "1992-2005")]
    [InlineData("Between 2011 and 2019, about 4,000 people died in the camps, the report said.", "2011-2019")]
    [InlineData("The report said about 4,000 people died in the camps in 2011-2019.", "2011-2019")]
    [InlineData("The report said about 4,000 people died in the camps.", "")]
    public void A_count_over_a_span_of_years_is_anchored_to_those_years(string text, string anchor)
        => Extract.From(text, "2024-05-01").OfType<QuantityClaim>().Single(c => c.Subject.StartsWith("casualties:", StringComparison.Ordinal)).Anchor.ShouldBe(anchor);

    // "A report released on Thursday said 52 ...": a document made public sets no one free.
    [Theory]
    [InlineData("A report released on Thursday said 52 people, up to half of them civilians, and 23 soldiers were killed.", false)]
    [InlineData("The ministry released a list of 52 people.", false)]
    [InlineData("The rebels released 52 prisoners on Thursday.", true)]
    public void Publishing_a_report_releases_no_one(string text, bool released)
        => Extract.From(text).OfType<QuantityClaim>().Any(c => c.Value == 52 && c.Subject.StartsWith("release:", StringComparison.Ordinal)).ShouldBe(released);

    // "Four other people were killed": the dead besides one already named, a part of the toll; others wounded besides
    // the dead are all the wounded.
    [Theory]
    [InlineData("Four other people were killed in the raid, including one of his sons.", "others")]
    [InlineData("Five other people were wounded in the attack.", "")]
    public void Others_killed_besides_someone_named_are_a_part(string text, string place)
        => Extract.Quantity(text).Place.ShouldBe(place);

    // Flights called off are counted as cancellations; flights flown are no event.
    [Theory]
    [InlineData("The airline cancelled about 5,500 flights between Friday and Tuesday.", "cancellation:")]
    [InlineData("More than 1,200 flights were cancelled at the city's two airports.", "cancellation:")]
    [InlineData("The airline operates about 4,000 flights a day.", "")]
    public void Flights_cancelled_are_cancellations(string text, string subject)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(q => q.Unit.ShouldStartWith("flights"), q => q.Subject.ShouldBe(subject));

    // "all of its 3.9 million customers": what befell all of them befell that many, no part of a whole.
    [Fact]
    public void All_of_a_whole_is_counted_whole()
        => Extract.Quantity("The insurer said a hacker had stolen the personal data of all of its 3.9 million customers.").Subject.ShouldBe("breach:");

    // "A third girl has died": the toll the death brings the count to.
    [Theory]
    [InlineData("A third girl has died after the attack on the school, police said.", 3, "children")]
    [InlineData("A fifth victim died in hospital on Sunday.", 5, "people")]
    public void An_ordinal_death_counts_the_toll_it_brings(string text, double value, string unit)
    {
        var toll = Extract.From(text).OfType<QuantityClaim>().ShouldHaveSingleItem();

        toll.Value.ShouldBe(value);
        toll.Unit.ShouldBe(unit);
        toll.Subject.ShouldStartWith("casualties:");
    }

    // "The man, a German citizen, opened fire": an appositive says who someone already named is.
    [Theory]
    [InlineData("The man, a German citizen, opened fire at a bar, killing nine people.", 1)]
    [InlineData("A German citizen was among the nine people killed.", 2)]
    public void An_appositive_after_someone_named_counts_no_one(string text, int count)
        => Extract.From(text).OfType<QuantityClaim>().Count().ShouldBe(count);

    // A place before the name of protests names the event, as a place before "fire" does: no part of it.
    [Fact]
    public void A_place_that_names_the_protests_is_no_place_of_the_toll()
        => Extract.Quantity("A cable said at least 10,000 people were killed in the crackdown on the Tiananmen Square protests.").Place.ShouldBe("");

    // "Monday's attack ..., which killed two people", months after the batch's first article: that day's attack and its
    // dead, not a rival of the first attack's toll.
    [Fact]
    public void A_later_day_s_attack_counts_its_own_dead()
    {
        var claims = new ClaimExtractor().ExtractAll([
                Document.FromText("first", "A truck bomb exploded on the bridge on Saturday, killing three people, investigators said.", published: new DateOnly(2022, 10, 8)),
                Document.FromText("later", "The security service was behind Monday's attack on the bridge, which killed two people, a source said.", published: new DateOnly(2023, 7, 17))])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 2).Occasion.ShouldBe(new DateOnly(2023, 7, 17));
    }

    // What a strike hit is damaged, some of it destroyed: a count of its own, whichever verb the sentence goes on to.
    [Theory]
    [InlineData("The security service said its drones had struck 41 Russian aircraft at four air bases, in an operation it had prepared for more than a year.", 41)]
    [InlineData("As many as 20 Russian warplanes were hit in the attack on Sunday, two officials said.", 20)]
    public void Aircraft_a_strike_hit_are_damaged(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldStartWith("damage:");

    [Fact]
    public void Missiles_that_struck_are_no_damage()
        => Extract.Quantity("Officials said 76 missiles had struck the city centre overnight.").Subject.ShouldNotStartWith("damage:");

    // Those who lost a limb lived: they are no toll of the dead.
    [Fact]
    public void People_who_lost_limbs_are_not_the_dead()
        => Extract.Quantity("At least 14 people had lost limbs, doctors said.").Subject.ShouldBe("amputation:");

    // The dead one side owns to, by its own strikes, are a share of a battle's toll.
    [Fact]
    public void The_dead_of_one_sides_strikes_are_a_part()
        => Extract.Quantity("A coalition spokesman said 326 civilians had been killed by its strikes in the city.").Subject.ShouldNotStartWith("casualties:");

    // A people named by faith or kind, then a verb of killing, are victims: "fewer than 100 Muslims had been executed".
    [Theory]
    [InlineData("The report said that fewer than 100 Muslims had been executed in the town.", 100)]
    [InlineData("Witnesses said 40 villagers were massacred at the market.", 40)]
    public void A_group_then_a_verb_of_killing_is_counted_dead(string text, double value)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Subject.ShouldStartWith("casualties:"), c => c.High.ShouldBe(value));

    // A toll that another figure is said to have included the attacker in is the victims' own.
    [Fact]
    public void Another_figure_between_takes_in_the_attacker()
    {
        var claims = Extract.From("Officials revised the number of people killed at the club to 49, saying the earlier figure of 50 had included the gunman.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 49).Unit.ShouldBe("people");
        claims.Single(c => c.Value == 50).Unit.ShouldBe("people and attackers");
    }

    // With no figure named, "the earlier figure" is still another figure than the one the sentence gives.
    [Fact]
    public void An_earlier_figure_unnamed_takes_in_the_attacker()
        => Extract.Quantity("Police revised the number of people killed in the shooting to 14, saying the earlier figure had included the gunman.")
            .Unit.ShouldBe("people");

    // A ratio's terms count no one: "one in six of its people were killed" gives the share, not six dead.
    [Theory]
    [InlineData("The village had about 330 residents, and one in six of its people were killed.")]
    [InlineData("Officials said 1 in 4 homes in the town was damaged.")]
    [InlineData("Two in three voters backed the plan, the poll found.")]
    [InlineData("One in every five adults in the district was displaced.")]
    public void A_ratio_counts_no_one(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldAllBe(c => c.Value > 10);

    // A number before "in" and a span of time, or another count, is no ratio: "3 in 10 days", "5 in 2019".
    [Fact]
    public void A_count_over_a_span_of_time_is_no_ratio()
        => Extract.From("Attackers killed 3 in 10 days.").OfType<QuantityClaim>().ShouldHaveSingleItem().Value.ShouldBe(3);

    // Those still in hospital or intensive care after a toll are the living, counted apart from the dead and the hurt.
    [Theory]
    [InlineData("The death toll rose to 95, the prime minister's office said on Sunday, and 48 people were in intensive care.", 48)]
    [InlineData("The toll from the fire rose to 40, and 30 people remained in hospital.", 30)]
    [InlineData("Seven people died and 12 people were in critical condition, the hospital said.", 12)]
    [InlineData("The toll rose to 111, and some 350 people were still being treated in hospital.", 350)]
    public void Those_still_in_hospital_are_no_toll(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBe("in hospital:");

    // "rose to 51, as several of those taken to hospital died": the clause after the figure tells how it rose; the count
    // is of the dead its own sentence names.
    [Fact]
    public void A_clause_after_the_figure_that_tells_how_it_rose_has_its_own_verb()
        => Extract.From("The number of migrants who died after being left in a sweltering trailer rose to 51 on Tuesday, as several of those taken to hospital died, officials said.")
            .OfType<QuantityClaim>().Single(c => c.Value == 51).Subject.ShouldBe("casualties:");

    // "marched in Bucharest to blame corruption": what the marchers went there for; the place speaks for no one.
    [Fact]
    public void A_place_before_a_purpose_is_no_speaker()
        => Extract.From("About 25,000 people marched in Bucharest to blame corruption for the fire.").OfType<QuantityClaim>().Single()
            .Attribution.ShouldNotBe("Bucharest");

    // "raised the alarm" gives no figure: those who raised it are no source of the count.
    [Fact]
    public void Those_who_raised_the_alarm_are_no_source()
        => Extract.From("Rescuers found two bodies. Two people who had been outside when the avalanche struck raised the alarm.")
            .OfType<QuantityClaim>().ShouldAllBe(c => c.Attribution != "avalanche struck");

    // "..., though some foreign estimates put it at more than 650,000": the second clause has its own measurer.
    [Fact]
    public void A_clause_after_though_has_its_own_measurer()
        => Extract.From("The official toll is 242,419 dead, though some foreign estimates put it at more than 650,000.")
            .OfType<QuantityClaim>().Single(c => c.Value == 650_000).Attribution.ShouldBe("foreign estimates");

    // Every count in a list of parts after "including" is a part, commas and all.
    [Fact]
    public void Each_count_in_a_list_of_parts_is_a_part()
    {
        var claims = Extract.From("The government raised its count of the dead to 187, including 94 militants, 31 soldiers and police and 60 civilians.")
            .OfType<QuantityClaim>().ToList();

        claims.Where(c => c.Subject.StartsWith("casualties:", StringComparison.Ordinal)).Select(c => c.Value).ShouldBe([187]);
    }

    // Those admitted to hospital are a part of the hurt, counted apart from those treated.
    [Fact]
    public void Those_admitted_to_hospital_are_counted_apart_from_the_hurt()
        => Extract.Quantity("The government said that only two people had been admitted to hospital after the raids.").Subject.ShouldBe("serious injuries:");

    // "It said" at a paragraph's start speaks for whoever spoke last, as "He said" does.
    [Fact]
    public void It_said_speaks_for_the_last_speaker()
        => Extract.From("The regional government said 337 people had been hurt.\n\nIt said 893 people had been treated for injuries. The interior ministry said 431 officers had been hurt.")
            .OfType<QuantityClaim>().Single(c => c.Value == 893).Attribution.ShouldBe("regional government");

    // "with organisers saying 120,000 people had come": the one named after "with" says it.
    [Fact]
    public void A_sayer_after_with_speaks()
        => Extract.Quantity("A second rally drew a larger crowd in the capital on Saturday, with organisers saying 120,000 people had come to the avenue.")
            .Attribution.ShouldBe("organisers");

    // "Of them, 115 died ...": a comma after "of them" leaves the figure a part.
    [Fact]
    public void Of_them_with_a_comma_is_a_part()
    {
        var claims = Extract.From("Police said 181 people had died in the earthquake. Of them, 115 died when the office block collapsed, and 18 in another building.")
            .OfType<QuantityClaim>().ToList();

        claims.Where(c => c.Subject.StartsWith("casualties:", StringComparison.Ordinal)).Select(c => c.Value).ShouldBe([181]);
    }

    [Fact]
    public void A_comma_after_included_leaves_the_next_clause_its_own_count()
        => Extract.From("The final count was 8,964 dead once deaths in other countries are included, with 21,952 injured.")
            .OfType<QuantityClaim>().Single(c => c.Value == 21_952).Subject.ShouldBe("injuries:");

    // People a verb of killing takes, named by what they were: "killed more than 460 patients".
    [Theory]
    [InlineData("Gunmen killed more than 460 patients and their companions at the hospital, the WHO said.", 460)]
    [InlineData("The gunman killed 12 tourists at the museum, officials said.", 12)]
    public void People_a_verb_of_killing_takes_are_the_dead(string text, double value)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Subject.ShouldStartWith("casualties:"), c => c.Value.ShouldBe(value));

    // "four of the dead were under 18" gives an age, not a count; "the toll was over 100" is a count.
    [Fact]
    public void An_age_the_dead_were_under_is_no_count()
        => Extract.From("The health ministry said four of the dead were under 18.").OfType<QuantityClaim>().ShouldNotContain(c => c.Value == 18);

    [Fact]
    public void A_toll_over_a_figure_is_still_a_count()
        => Extract.Quantity("The toll was over 100 by Tuesday, officials said.").Value.ShouldBe(100);

    // ", while the U.S. Geological Survey measured it at 6.3": the second clause has its own measurer.
    [Fact]
    public void A_clause_after_while_measured_by_another_has_its_own_measurer()
        => Extract.From("Italy's geophysics institute put the magnitude at 5.8, while the U.S. Geological Survey measured it at 6.3.")
            .OfType<QuantityClaim>().Single(c => c.Value == 6.3).Attribution.ShouldBe("U.S. Geological Survey");

    [Fact]
    public void An_adverb_before_the_measuring_verb_is_no_part_of_the_measurer()
        => Extract.From("The USGS put the magnitude at 7.8, while New Zealand's GeoNet first measured it at 7.4.")
            .OfType<QuantityClaim>().Single(c => c.Value == 7.4).Attribution.ShouldBe("New Zealand's GeoNet");

    // A capitalized word before a listed institution's name makes it another body.
    [Fact]
    public void A_longer_name_is_not_the_listed_institution_inside_it()
        => Extract.Quantity("Iran's Supreme National Security Council said on Saturday that 200 people had been killed in the unrest.")
            .Attribution.ShouldBe("Iran's Supreme National Security Council");

    // An envoy speaks for the country that sent them, not the one they are posted to.
    [Theory]
    [InlineData("Russia's ambassador to Georgia said on Sunday that 2,000 civilians had been killed.")]
    [InlineData("The Russian ambassador to Georgia said on Sunday that 2,000 civilians had been killed.")]
    public void An_envoy_speaks_for_the_sending_country(string text)
        => Extract.Quantity(text).Attribution.ShouldBe("Russian government");

    // So does an envoy to a body that is itself a source, and in a denial as in a statement.
    [Theory]
    [InlineData("Russia's ambassador to the United Nations denied that 2,000 civilians had been killed.")]
    [InlineData("Russia's ambassador to the United Nations dismissed reports that 2,000 civilians had been killed.")]
    public void An_envoy_to_a_body_denies_for_the_sending_country(string text)
        => Extract.Statement(text).ShouldSatisfyAllConditions(s => s.Attribution.ShouldStartWith("Russia"), s => s.Stance.ShouldBe(Stance.Denied));

    // "no evidence to support Russian claims that 2,000 civilians died": the claimant's figure, not the speaker's.
    [Fact]
    public void A_figure_in_a_named_claim_is_the_claimants()
        => Extract.Quantity("Human Rights Watch said it had found no evidence to support Russian claims that 2,000 civilians died in the city.")
            .Attribution.ShouldBe("Russian government");

    // A country's own civilians are its own toll, as its citizens are.
    [Fact]
    public void A_countrys_own_civilians_are_its_toll()
        => Extract.Quantity("Georgia said 228 of its civilians had died.").Place.ShouldBe("georgia");

    // A toll that takes in the coup plotters counts more than the victims.
    [Fact]
    public void A_toll_including_the_plotters_is_counted_with_the_attackers()
        => Extract.Quantity("The death toll rose to 265, including 104 coup plotters, officials said.").Unit.ShouldBe("people and attackers");

    // "A further magnitude 6.3 quake struck ..., killing one person": another shock's dead, and its injured after "and".
    [Theory]
    [InlineData("A further magnitude 6.3 quake struck the province on Wednesday, killing one person.", 1)]
    [InlineData("Another magnitude 6.3 quake struck the area on Wednesday, killing at least one person and injuring about 120.", 2)]
    public void A_further_quake_and_its_dead_are_another_event(string text, int count)
        => Extract.From(text).OfType<QuantityClaim>().Where(c => c.Unit != "magnitude").ShouldSatisfyAllConditions(
            c => c.Count().ShouldBe(count), c => c.ShouldAllBe(q => q.Anchor == QuantityClaim.OtherEventAnchor));

    [Fact]
    public void A_second_stronger_quake_is_another_event()
        => Extract.From("A second, stronger earthquake of magnitude 7.3 struck the same area early on Saturday, the agency said.")
            .OfType<QuantityClaim>().Single(c => c.Value == 7.3).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);

    // "where residents said more than 200 civilians had been killed": those named in the clause of place say it.
    [Fact]
    public void A_sayer_in_a_clause_of_place_speaks()
        => Extract.Quantity("The coalition said its aircraft had struck an area of the city where residents said more than 200 civilians had been killed.")
            .Attribution.ShouldBe("residents");

    // Spectators who watched from the riverbanks are the event's crowd; an audience on television is none.
    [Theory]
    [InlineData("About 300,000 spectators watched from the riverbanks, organisers said.")]
    [InlineData("The ceremony was watched by 326,000 people from the quays, organisers said.")]
    public void Watchers_on_the_spot_are_the_crowd(string text)
        => Extract.Quantity(text).Subject.ShouldBe("turnout:");

    [Fact]
    public void An_audience_on_television_is_no_crowd()
        => Extract.Quantity("The ceremony was watched by 23 million people on television, the broadcaster said.").Subject.ShouldNotBe("turnout:");

    // How high above the ground a thing hung, in feet or metres, is one figure of the story.
    [Theory]
    [InlineData("The children were trapped in a cable car dangling about 900 feet above a ravine.")]
    [InlineData("The car had been stuck at a height of 1,200 feet, a rescue official said.")]
    public void A_height_above_the_ground_is_the_things_size(string text)
        => Extract.Quantity(text).Subject.ShouldBe("size:height above ground");

    [Fact]
    public void A_height_above_the_sea_is_no_height_above_the_ground()
        => Extract.From("The village lies 2,000 metres above sea level.").OfType<QuantityClaim>().ShouldAllBe(c => c.Subject != "size:height above ground");

    // Seats are counted for the party that won them, and a house's size for no one.
    [Theory]
    [InlineData("The Labour Party won 412 of the 650 seats in the House of Commons.", 412, "seats:labour")]
    [InlineData("Keir Starmer, whose Labour Party won 411 seats, named his cabinet.", 411, "seats:labour")]
    [InlineData("The Conservatives, with 121 seats, began a contest to replace their leader.", 121, "seats:conservatives")]
    [InlineData("The Labour Party won 412 of the 650 seats in the House of Commons.", 650, "")]
    [InlineData("His coalition of Social Democrats, Greens and Free Democrats holds 416 seats.", 416, "")]
    public void Seats_are_the_winning_partys(string text, double value, string subject)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBe(subject);

    // "the main hospital in Colombo said": the hospital speaks, not the city it is in.
    [Fact]
    public void A_hospital_in_a_city_speaks_for_itself()
        => Extract.Quantity("At least 39 people were injured, the main hospital in Colombo said.").Attribution.ShouldBe("main hospital");

    // "the quake, which killed 432 people, according to Iran's crisis management body": the figure is the body's,
    // whoever the sentence says first.
    [Fact]
    public void A_figure_followed_by_according_to_is_that_sources()
        => Extract.From("Residents said apartment blocks had collapsed in the quake, which killed 432 people, according to the national crisis agency.")
            .OfType<QuantityClaim>().Single(c => c.Value == 432).Attribution.ShouldBe("national crisis agency");

    [Fact]
    public void Each_figure_of_an_alternative_keeps_its_own_according_to()
    {
        var claims = Extract.From("About 1.28 million people marched, according to police, or more than 3 million according to the organisers.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 3_000_000).Attribution.ShouldBe("organisers");
        claims.Single(c => c.Low > 1_000_000 && c.High < 2_000_000).Attribution.ShouldBe("police");
    }

    // "The army psychiatrist accused of killing 13 people" is the accused: no one accuses, so no one speaks.
    [Fact]
    public void The_one_accused_is_no_speaker()
        => Extract.Quantity("The army psychiatrist accused of killing 13 people at the base was in hospital on Friday.")
            .Attribution.ShouldNotContain("psychiatrist");

    // "The man accused of killing 22 people at an El Paso Walmart told police": the accused speaks, not the shop.
    [Fact]
    public void The_accused_who_speaks_is_named_before_the_accusation()
        => Extract.Quantity("The man accused of killing 22 people at an El Paso Walmart told police he had acted alone.")
            .Attribution.ShouldNotContain("Walmart");

    // The two who killed are the attack's party, whatever the noun: "The two people who killed 14 people".
    [Theory]
    [InlineData("The two people who killed 14 people at the party were a married couple, police said.")]
    [InlineData("Police shot dead the two men who attacked the church on Sunday.")]
    [InlineData("The three people who opened fire on the crowd were later arrested.")]
    public void Those_who_killed_are_attackers(string text)
        => Extract.From(text).OfType<QuantityClaim>().Where(c => c.Value is 2 or 3).ShouldHaveSingleItem().Unit.ShouldBe("attackers");

    // A charge may name only some of the dead: "charged with killing two federal employees" beside a toll of six.
    [Theory]
    [InlineData("The man was charged on Sunday with killing two federal employees in the shooting, prosecutors said.", 2)]
    [InlineData("He was later convicted of the murders of three police officers.", 3)]
    [InlineData("He was convicted in 1971 of the premeditated murder of 22 civilians and sentenced to life in prison.", 22)]
    public void The_dead_of_one_kind_a_charge_names_are_no_toll(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBe("");

    [Fact]
    public void The_people_a_charge_names_are_the_toll()
        => Extract.Quantity("The man charged with killing 17 people at a Florida high school bought the rifle legally, officials said.")
            .Subject.ShouldBe("casualties:");

    // "Organisers of Sunday's march in Warsaw said": the organisers speak, not the city their march was in.
    [Fact]
    public void Organisers_of_a_day_s_march_speak_for_it()
        => Extract.Quantity("Organisers of Sunday's march in Warsaw said 250,000 people had taken part.").Attribution.ShouldBe("Organisers");

    // "The organiser of the Love Parade said": the organiser speaks, not the festival.
    [Fact]
    public void The_organiser_of_a_festival_speaks_for_it()
        => Extract.Quantity("The organiser of the Love Parade said on Wednesday that 21 people had been killed in the crush.")
            .Attribution.ShouldBe("organiser");

    [Fact]
    public void A_source_that_ends_the_sentence_is_named_without_its_period()
        => Extract.Quantity("The dam held 12 million cubic meters of mining waste, according to Vale.").Attribution.ShouldBe("Vale");

    // "four or five shots", "two or three people": one figure the source is unsure of, from the first to the second.
    [Theory]
    [InlineData("Witnesses said they heard four or five shots.", 4, 5)]
    [InlineData("Two or three people were hurt in the blast, police said.", 2, 3)]
    [InlineData("Officials said 10 or 12 houses had burned.", 10, 12)]
    public void Two_figures_joined_by_or_are_one_range(string text, double low, double high)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Low.ShouldBe(low), c => c.High.ShouldBe(high));

    // "The number of people who have died since the fire reached 150 ... as more of the injured died": the dead.
    [Theory]
    [InlineData("The number of people who have died since the fire at the club reached 150 on Monday as more of the injured died in hospital, officials said.")]
    [InlineData("The number of people killed in the stadium crush rose to 135 after more of the injured died in hospital, officials said.")]
    [InlineData("The number of people killed when a ferry capsized on the lake rose to 136 on Friday, the minister said, as divers recovered more bodies.")]
    public void The_number_of_people_who_have_died_is_a_death_toll(string text)
        => Extract.Quantity(text).Subject.ShouldBe("casualties:");

    // "the category 5 storm flattened buildings" counts no buildings: the number grades the storm.
    [Theory]
    [InlineData("The category 5 storm flattened buildings on the island.")]
    [InlineData("Officials raised the alert to level 4 as the volcano rumbled.")]
    public void A_grade_is_no_count(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldBeEmpty();

    // "In St. Martin, ... at least eight people were killed": a place whose name opens with an abbreviation.
    [Fact]
    public void A_place_named_with_an_abbreviated_saint_is_placed()
        => Extract.Quantity("In St. Martin, shared by France and the Netherlands, at least eight people were killed, officials said.")
            .Place.ShouldNotBeEmpty();

    // "The German Farmers' Association said": a body named with a nationality speaks for itself, not for Germany.
    [Fact]
    public void A_body_whose_name_opens_with_a_nationality_speaks_for_itself()
        => Extract.Quantity("The German Farmers' Association said about 30,000 people had taken part in the protest.")
            .Attribution.ShouldBe("German Farmers' Association");

    // "Police in Berlin put the crowd in the capital at 100,000": Berlin's crowd, not the 1.4 million nationwide.
    [Fact]
    public void Police_in_a_city_count_that_city_s_crowd()
        => Extract.Quantity("Police in Berlin put the crowd in the capital at 100,000.").Place.ShouldBe("berlin");

    // Who puts a crowd at a ceiling, or cuts its own figure, gives the figure; a count it is compared with ("the number
    // first reported") does not.
    [Theory]
    [InlineData("Police put the loyalist crowd at no more than 31,000.", "Police")]
    [InlineData("Independent monitors put the turnout at fewer than 5,000 people.", "Independent monitors")]
    [InlineData("The United Nations has cut its figure for the number of people killed in the floods to 3,958.", "United Nations")]
    [InlineData("The health department has put the final death toll at 246, nearly five times the number first reported.", "health department")]
    [InlineData("At least 14 people have died in the floods, officials on both sides of the front line said.", "officials")]
    [InlineData("A shadow government formed by opponents of the junta put the toll at more than 4,000.", "shadow government")]
    [InlineData("Forces stormed the camp, killing at least 35 people, according to a doctors' committee linked to the protest movement.", "doctors' committee")]
    public void Who_puts_a_figure_at_a_ceiling_or_cuts_it_gives_it(string text, string attribution)
        => Extract.From(text).OfType<QuantityClaim>().Single().Attribution.ShouldBe(attribution);

    // "nearly three times the figure given by Saudi Arabia": the figure compared with is Saudi Arabia's, not this one.
    [Fact]
    public void Who_gave_a_figure_compared_with_gave_no_other()
        => Extract.From("At least 2,177 people died, according to a count of official statements, nearly three times the figure given by Saudi Arabia.")
            .OfType<QuantityClaim>().Single().Attribution.ShouldNotBe("Saudi Arabia");

    // ", while Italy's National Institute of Geophysics and Volcanology measured it at 6.0": a body whose name joins two
    // fields with "and" measures the figure of its own clause.
    [Fact]
    public void A_contrasted_clause_s_measurer_with_a_long_name_gives_its_figure()
    {
        var claims = Extract.From("The U.S. Geological Survey put the magnitude at 6.2, while Italy's National Institute of Geophysics and Volcanology measured it at 6.0.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 6.2).Attribution.ShouldBe("U.S. Geological Survey");
        claims.Single(c => c.Value == 6.0).Attribution.ShouldStartWith("Italy's National Institute");
    }

    // Each side of a front counts the ground it holds: two counts of two grounds, not two counts of one.
    [Fact]
    public void A_count_of_the_ground_one_side_holds_is_placed_apart()
    {
        var claims = Extract.From("The Russian-installed authorities said 59 people had died in the occupied part of the region, while Ukrainian officials said 32 people had died in the areas they control.")
            .OfType<QuantityClaim>().ToList();

        claims.ShouldAllBe(c => c.Place.StartsWith("held by "));
        claims.Single(c => c.Value == 59).Place.ShouldNotBe(claims.Single(c => c.Value == 32).Place);
        Extract.Quantity("Police said 20,000 people attended the rally held by the opposition.").Place.ShouldBe("");
    }

    // The site or the wreckage of the event holds all of its dead, as what buried them does: bodies recovered there are
    // no part of them.
    [Theory]
    [InlineData("At least 270 bodies have been recovered from the site of the crash in Ahmedabad, a hospital official said.", "")]
    [InlineData("Rescuers said 40 bodies had been recovered from the wreckage.", "")]
    [InlineData("Six bodies were pulled from basements in the town.", "basements")]
    [InlineData("The government said 499 bodies had been recovered from the mudslide and flood.", "")]
    [InlineData("Rescuers said 40 bodies had been pulled from the rubble.", "")]
    public void Bodies_recovered_from_the_event_s_site_are_all_of_it(string text, string place)
        => Extract.From(text).OfType<QuantityClaim>().Single().Place.ShouldBe(place);

    // "X put the number at 448, and Y at 469": the second clause's subject measures its figure, with the verb left out;
    // a body named by a country ("Iran Human Rights") is no government.
    [Theory]
    [InlineData("Iran Human Rights put the number of people killed at 448, and the activist news agency HRANA at 469.", "Iran Human Rights", "HRANA")]
    [InlineData("Police put the crowd at 10,000, and organisers at 50,000.", "Police", "organisers")]
    public void A_clause_with_its_verb_left_out_has_its_own_measurer(string text, string first, string second)
        => Extract.From(text).OfType<QuantityClaim>().Select(c => c.Attribution).ShouldBe([first, second]);

    // "The toll included 60 children under 18 and 29 women", "put the toll at 62, counting two deaths from wounds": each
    // of a list is a part of the toll.
    [Theory]
    [InlineData("At least 448 people have been killed. The toll included 60 children under 18 and 29 women, the group said.", 29)]
    [InlineData("The ministry had earlier put the toll at 62, counting two deaths from wounds sustained on Monday.", 2)]
    public void Each_of_a_list_a_toll_included_is_a_part(string text, double part)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == part).Subject.ShouldBe("");

    // "The official toll stood at 110, with 197 people missing, but survivors and community leaders in the villages below
    // the volcano said ...": the official figure is the officials', past a clause that goes on with it; the people in a
    // place speak, not the place.
    [Fact]
    public void An_official_figure_contrasted_later_in_the_sentence_stays_official()
    {
        var claims = Extract.From("The official toll stood at 110, with 197 people missing, but survivors and community leaders in the villages below the volcano said that as many as 2,000 people might be buried under the ash.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 110).Attribution.ShouldBe("officials");
        claims.Single(c => c.High == 2_000).Attribution.ShouldBe("survivors and community leaders");

        // A contrast past the sentence's own speaker ("230,000, Haiti's government said ..., and even that number") sets
        // nothing against the figure.
        Extract.From("The official toll now stands at 230,000, Haiti's government said on Tuesday, up from the 212,000 the prime minister announced last week, and even that number is not final.")
            .OfType<QuantityClaim>().Single(c => c.Value == 230_000).Attribution.ShouldBe("Haiti's government");
    }

    // A march through a city's centre, or a rally named after the city, is that city's crowd.
    [Theory]
    [InlineData("Organisers said about 250,000 people had marched through downtown Lindbury on Saturday.", 250_000, "lindbury")]
    [InlineData("Police said 40,000 people had marched through Port Avery.", 40_000, "port avery")]
    [InlineData("Organisers had said 550,000 people joined the Port Avery rally on Sunday night.", 550_000, "port avery")]
    public void A_march_through_a_city_is_its_crowd(string text, double value, string place)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Place.ShouldBe(place);

    // Ground and places held or taken are counted as a capture, whichever side says so.
    [Theory]
    [InlineData("The governor said rebel forces controlled 28 settlements.", 28, "localities")]
    [InlineData("The commander said his troops had taken control of 74 villages.", 74, "localities")]
    [InlineData("The army chief said his forces controlled about 1,000 square kilometres.", 1_000, "square kilometers")]
    public void Ground_held_is_a_capture(string text, double value, string unit)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("capture:"), c => c.Unit.ShouldBe(unit));

    // Those who take the ground are not what they took.
    [Fact]
    public void Fighters_who_take_control_are_no_capture()
        => Extract.From("The commander said his 25,000 fighters had taken control of military sites in the city.").OfType<QuantityClaim>()
            .Single(c => c.Value == 25_000).Subject.ShouldNotStartWith("capture:");

    // Soldiers who did the killing are not whose dead the sentence counts.
    [Theory]
    [InlineData("Indian commandos killed the last of the gunmen at the hotel on Saturday, and officials said at least 195 people had been killed in the attacks.", 195)]
    [InlineData("Rapid Support Forces fighters killed at least 2,000 civilians after capturing the town, the government said.", 2_000)]
    [InlineData("An inquiry found that 105 civilians were killed when a bomb set off explosives planted by Islamic State fighters in a house.", 105)]
    [InlineData("The parliament said 240 people had been killed when Azerbaijani forces captured the town.", 240)]
    public void The_killers_force_is_not_the_victims_side(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Low == value).Subject.ShouldBe("casualties:");

    // Those a disaster touched are neither its dead nor its displaced.
    [Fact]
    public void People_affected_are_not_the_dead()
        => Extract.From("The floods have killed 1,100 people since June and affected more than 30 million, the disaster agency said.").OfType<QuantityClaim>()
            .Single(c => c.Low > 1_000_000).Subject.ShouldBe("affected:");

    // A clause that sets the scene after a toll ("as troops were sent to the city") has verbs of its own.
    [Fact]
    public void A_scene_set_after_the_toll_leaves_it_a_toll()
        => Extract.From("The number of people killed by the magnitude 7.9 quake that struck the coast on Saturday has risen to 640, the president said on Monday, as troops were sent to the port city to stop looting.")
            .OfType<QuantityClaim>().Single(c => c.Value == 640).Subject.ShouldBe("casualties:");

    // "revised the toll down to 279, saying the earlier figure of 802 had included the missing": the replaced figure counts
    // what the revision does.
    [Fact]
    public void The_earlier_figure_a_revision_replaced_counts_the_same()
        => Extract.From("The government revised the death toll down to 279 on Thursday, saying the earlier figure of 802 had included people who were reported missing.")
            .OfType<QuantityClaim>().Single(c => c.Value == 802).Subject.ShouldBe("casualties:");

    // One blast of several counts where it went off: "killed on the bus in X", "the bomb on the bus in X had killed".
    [Theory]
    [InlineData("Police said 14 people had been killed on the bus in Marlow Square.", "marlow square")]
    [InlineData("Police said the bomb on the bus in Marlow Square had killed 13 people.", "marlow square")]
    [InlineData("The blast at Eastgate killed seven people, police said.", "eastgate")]
    public void One_blast_s_dead_are_its_place_s(string text, string place)
        => Extract.From(text).OfType<QuantityClaim>().Single().Place.ShouldBe(place);

    // The fire at a named site is the event itself, not one place of it.
    [Fact]
    public void A_fire_at_a_named_site_is_the_whole()
        => Extract.From("The fire at Harbour Studio killed 34 people, police said.").OfType<QuantityClaim>().Single().Place.ShouldBe("");

    // An assessment's figure is its makers', however the sentence that cites it is spoken.
    [Theory]
    [InlineData("Damage from the floods has reached $30 billion, according to an assessment by the World Bank released on Wednesday.", 30e9, "World Bank")]
    [InlineData("The government said the losses were more than $40 billion, well above the $30 billion the international assessment found.", 30e9, "international assessment")]
    public void An_assessment_s_figure_is_its_makers(string text, double value, string attribution)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Attribution.ShouldBe(attribution);

    // Those driven into shelters or flown out of a city left their homes; they are not the dead the sentence counts first.
    [Theory]
    [InlineData("The storm has killed at least nine people, officials said, as record rain flooded the city and forced more than 30,000 people into shelters.", 30_000)]
    [InlineData("About 82,300 people have been flown out of the capital since the airlift began, the White House said.", 82_300)]
    public void Sheltered_and_airlifted_people_are_displaced(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBe("displacement:");

    // "..., while a Pentagon official put the number at 122,300": the second clause's measurer, named by a body and a
    // singular official.
    [Theory]
    [InlineData("The State Department said 124,000 people had been evacuated, while a Pentagon official put the number at 122,300.", "Pentagon")]
    [InlineData("The ministry said 5,200 people had been evacuated, while a senior official put the number at 4,900.", "senior official")]
    public void A_single_official_measures_the_contrasted_clause(string text, string measurer)
        => Extract.From(text).OfType<QuantityClaim>().Last().Attribution.ShouldBe(measurer);

    // "Liberia's health ministry said its own count of deaths was 2,484": that country's dead, not the outbreak's.
    [Fact]
    public void A_country_s_body_s_own_count_is_the_country_s()
        => Extract.From("The fever has killed 4,447 people across the region, the WHO said. Liberia's health ministry said its own count of deaths was 2,484.")
            .OfType<QuantityClaim>().Single(c => c.Value == 2_484).Place.ShouldBe("liberia");

    // Several events months apart add up to a sum, not to one event's toll; twin blasts of one attack are one event.
    [Theory]
    [InlineData("Regulators grounded the jet after two crashes in five months that killed 346 people.", 346, "events together")]
    [InlineData("Two blasts killed 30 people on Monday, police said.", 30, "")]
    [InlineData("Seventeen people were killed in three days of attacks in and around the capital, officials said.", 17, "events together")]
    [InlineData("Seventeen people were killed in the attacks in and around the capital, officials said.", 17, "")]
    [InlineData("The two mass shootings in Brookfield and Marlow killed 31 people over the weekend, officials said.", 31, "events together")]
    public void A_sum_over_events_months_apart_is_no_one_toll(string text, double value, string place)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Place.ShouldBe(place);

    // "Twelve other people were hurt ..., bringing the total of injured to 70": others that bring a total to a figure add to
    // it; the missing that bring a toll to a figure are still the missing.
    [Theory]
    [InlineData("Police said 58 people had been wounded by gunfire. Twelve other people were hurt in the rush to escape, bringing the total of injured to 70, the police chief said.", 12, "")]
    [InlineData("Divers have recovered 25 bodies, and seven people are still missing, bringing the toll of the disaster to 32.", 7, "missing:")]
    public void Others_that_bring_a_total_to_a_figure_add_to_it(string text, double value, string subject)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBe(subject);

    // "..., saying that some bodies had turned out to be those of Hamas fighters": the grounds name no side of the dead.
    [Fact]
    public void Fighters_named_in_the_grounds_are_not_the_dead_s_side()
        => Extract.From("The government revised the number of people killed in the attack down to about 1,200, a spokesman said, saying that some bodies had turned out to be those of Hamas fighters.")
            .OfType<QuantityClaim>().Single(c => c.Value == 1_200).Subject.ShouldBe("casualties:");

    // Troops sent to the capital region are the capital's, not a part of a deployment across the states.
    [Fact]
    public void Troops_sent_to_the_capital_region_are_placed_there()
        => Extract.From("The defence secretary said he had ordered the 1,600 active-duty troops sent to the capital region to go home.")
            .OfType<QuantityClaim>().Single().Place.ShouldBe("capital");

    // A side's own dead in a war are the side's subject, not a place: "Pakistan's military put its own dead at 23".
    [Fact]
    public void A_side_s_own_dead_in_a_war_are_its_subject()
        => Extract.From("Pakistan's military put its own dead at 23, while the Taliban said 58 Pakistani soldiers had died.")
            .OfType<QuantityClaim>().Single(c => c.Value == 23).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("casualties:Pakistan"), c => c.Place.ShouldBe(""));

    // Where a quake was centred is no scope of its figures.
    [Fact]
    public void An_epicentre_places_no_figure()
        => Extract.From("A magnitude 7.4 earthquake centred near Dalbury in the hills killed more than 9,000 people on Saturday, the minister said.")
            .OfType<QuantityClaim>().ShouldAllBe(c => c.Place == "");

    // Those whom the victims included are among the dead, as those the dead included are.
    [Fact]
    public void Those_the_victims_included_are_among_the_dead()
        => Extract.From("The victims included 82 Iranians and 63 Canadians, according to Ukraine's foreign minister.").OfType<QuantityClaim>()
            .ShouldAllBe(c => c.Subject == "casualties:");

    // A company's own losses are its part of the damage; a country's are the whole its story counts.
    [Theory]
    [InlineData("Merck put its losses from the attack at 870 million dollars.", "merck")]
    [InlineData("Ukraine put its losses at 5 billion dollars.", "")]
    public void A_company_s_own_losses_are_its_part_of_the_damage(string text, string place)
        => Extract.From(text).OfType<QuantityClaim>().ShouldHaveSingleItem().Place.ShouldBe(place);

    // Those who lost one kind of data are a part of all whose data a breach took.
    [Fact]
    public void Customers_who_lost_one_kind_of_data_are_a_part_of_the_breach()
    {
        var claims = Extract.From("The breach affected 10 million people, the company said. About 2.8 million customers had passport or licence numbers exposed, the minister said.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 10_000_000).ShouldSatisfyAllConditions(c => c.Unit.ShouldBe("customers"), c => c.Place.ShouldBeEmpty());
        claims.Single(c => c.Value == 2_800_000).Place.ShouldBe("one kind of data");
    }

    // "Of the 73 passengers, 33 survived": the survivors of one kind among all on board are a part of all who survived.
    [Fact]
    public void A_figure_of_one_kind_among_those_on_board_is_a_part()
    {
        var claims = Extract.From("Of the 73 passengers, 33 survived. Of the 15 people aboard, 14 died.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 33).Place.ShouldBe("passengers");
        claims.Single(c => c.Value == 14).Place.ShouldBeEmpty();
    }

    // Two attacks' sites named by what happened there place their own tolls: "the shooting on Utoya killed 69".
    [Fact]
    public void A_shooting_named_by_its_site_places_its_toll()
    {
        var claims = Extract.From("The bomb in Oslo killed eight people, and the shooting on Utoya killed 69, most of them teenagers.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 8).Place.ShouldBe("oslo");
        claims.Single(c => c.Value == 69).Place.ShouldBe("utoya");
    }

    // Those whose data a breach took are the service's customers, however they are named.
    [Theory]
    [InlineData("The company raised its count of people affected by the breach to about 190 million.", 190_000_000)]
    [InlineData("The company said the personal data of about 100 million people had been stolen.", 100_000_000)]
    public void Those_a_breach_took_data_from_are_its_customers(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => c.Value.ShouldBe(value), c => c.Unit.ShouldBe("customers"), c => c.Subject.ShouldBe("breach:"));

    // "including health claims of about 480,000 people" is a part of the whole before it, compared with nothing.
    [Fact]
    public void A_part_named_by_what_of_it_was_taken_is_a_part()
        => Extract.From("The insurer said the data of all 9.7 million of its customers had been accessed, including health claims of about 480,000 people.")
            .OfType<QuantityClaim>().Single(c => c.Value == 480_000).Subject.ShouldBeEmpty();

    // A storm's path is no scope of its toll: "when it tore across the delta" names where the whole storm went.
    [Fact]
    public void A_storm_s_path_is_no_scope_of_its_toll()
        => Extract.From("Cyclone Nargis killed nearly 4,000 people when it tore across the Irrawaddy delta at the weekend.")
            .OfType<QuantityClaim>().ShouldHaveSingleItem().Place.ShouldBeEmpty();

    // "Indian officials said more than 600 people had died on their side of the Line of Control": the speaking country's
    // own side of a line is its part, whatever the sentence opened with.
    [Fact]
    public void A_country_s_own_side_of_a_line_is_its_part()
        => Extract.From("A magnitude 7.4 earthquake killed more than 9,000 people on Saturday, the interior minister said, and Indian officials said more than 600 people had died on their side of the Line of Control.")
            .OfType<QuantityClaim>().Single(c => c.Low == 600).Place.ShouldBe("india");

    // "bringing the total in both countries to more than 74,500": a wider total than one country's toll.
    [Fact]
    public void A_total_in_both_countries_is_counted_apart()
        => Extract.From("The government put the number of people killed at 73,276 on Wednesday, bringing the total in both countries to more than 74,500.")
            .OfType<QuantityClaim>().ShouldSatisfyAllConditions(
                claims => claims.Single(c => c.Value == 73_276).Place.ShouldBe(""),
                claims => claims.Single(c => c.Low == 74_500).Place.ShouldBe("countries together"));

    // The sites of one attack listed side by side each count their own dead; one site alone is the event's.
    [Theory]
    [InlineData("At least 11 people were killed at the airport and about 20 at the metro station, officials said.", 11, "airport")]
    [InlineData("At least 11 people were killed at the airport and about 20 at the metro station, officials said.", 20, "metro station")]
    [InlineData("At least 13 people were killed at the airport, officials said.", 13, "")]
    public void Sites_listed_side_by_side_count_their_own_dead(string text, double value, string place)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Place.ShouldBe(place);

    // A sentence that sets its count at a visit it opens with gives the count of then; one that only dates the event does not.
    [Theory]
    [InlineData("'When we left the city, they had about 40 deaths,' the envoy said.", QuantityClaim.EarlierAnchor)]
    [InlineData("When the minister visited the town on Monday, 12 people had been confirmed dead.", QuantityClaim.EarlierAnchor)]
    [InlineData("When the storm hit, it killed 40 people, officials said.", "")]
    public void A_count_at_a_visit_is_of_then(string text, string anchor)
        => Extract.From(text).OfType<QuantityClaim>().Single().Anchor.ShouldBe(anchor);

    // The bodies recovered are the toll; those identified are a part of it.
    [Theory]
    [InlineData("The number of bodies recovered from the sunken hull reached 359 on Saturday, officials said.", "casualties:")]
    [InlineData("The number of bodies identified reached 359 on Saturday, officials said.", "identification:")]
    public void The_number_of_bodies_recovered_is_a_toll(string text, string subject)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == 359).Subject.ShouldBe(subject);

    // Those a figure says carried out the attack are its attackers, not its dead; a headline's passive ("Three people
    // stabbed") counts victims.
    [Theory]
    [InlineData("Three men drove a van into pedestrians on the bridge on Saturday night, killing six people, the police said.", 3, "attackers")]
    [InlineData("Two gunmen opened fire on diners at a restaurant, killing 12 people.", 2, "attackers")]
    [InlineData("Three people stabbed at festival, killing one.", 3, "people")]
    public void Those_who_carried_out_an_attack_are_its_attackers(string text, double value, string unit)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Unit.ShouldBe(unit);

    // Those who died in hospital, listed beside the sites of an attack, are a part of its dead; a toll of the hospital
    // alone is the toll.
    [Theory]
    [InlineData("Seven people were killed at the bowling alley and eight at the bar, and three died in hospital.", "hospital")]
    [InlineData("Three people died in hospital after eating the mushrooms, officials said.", "")]
    public void Those_who_died_in_hospital_beside_the_sites_are_a_part(string text, string place)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == 3).Place.ShouldBe(place);

    // "in his town alone" and "there" after an office holder of a place name that place.
    [Theory]
    [InlineData(400)]
    [InlineData(200)]
    public void An_office_holders_town_places_its_figures(double value)
        => Extract.From("The mayor of Pedernales said 400 people had died in his town alone, though the government had recorded fewer than 200 deaths there.")
            .OfType<QuantityClaim>().Single(c => c.Value == value).Place.ShouldBe("pedernales");

    // A figure told of what the event is set against belongs to that other occasion.
    [Fact]
    public void The_toll_of_an_occasion_compared_with_is_that_occasions()
        => Extract.Quantity("The disaster killed more people than the sinking of the Titanic, in which about 1,500 died.")
            .Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);

    // So does one told of the event the story's is ranked behind.
    [Fact]
    public void The_cost_of_the_storm_the_story_s_is_ranked_behind_is_that_storm_s()
        => Extract.From("Forecasters said the storm caused $90 billion in damage, making it the second-costliest U.S. hurricane after Andrew, which caused $110 billion.")
            .OfType<QuantityClaim>().Single(c => c.Value == 110_000_000_000).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);

    // An earlier figure of the event itself, after "than", is no other occasion.
    [Fact]
    public void A_figure_compared_with_an_earlier_estimate_is_not_another_occasions()
        => Extract.From("The toll is far higher than the first estimate, which put it at 900 dead.").OfType<QuantityClaim>()
            .Single(c => c.Value == 900).Anchor.ShouldNotBe(QuantityClaim.OtherEventAnchor);

    // A name that goes on after "of" is named whole: "the Tree of Life synagogue" is not "Tree".
    [Fact]
    public void A_place_name_goes_on_after_of()
        => Extract.Quantity("A gunman killed 11 people at the Tree of Life synagogue in Pittsburgh on Saturday.").Place.ShouldBe("tree of life");

    // A second thing said ("and that 388 people had been rescued") has its own verbs: the passengers before it were aboard.
    [Fact]
    public void A_second_thing_said_does_not_govern_the_figures_before_it()
        => Extract.From("Officials said 1,312 passengers and 98 crew had been aboard, and that 388 people had been rescued.").OfType<QuantityClaim>()
            .Single(c => c.Value == 1312).Subject.ShouldBe("aboard:");

    // "far fewer than the 25 he had estimated" counts what the toll counts, not the part named between them.
    [Fact]
    public void A_figure_compared_with_a_toll_counts_what_the_toll_counts()
        => Extract.From("The sheriff said on Thursday that 15 people had died in the shooting, including the two gunmen, far fewer than the 25 he had estimated on Tuesday.")
            .OfType<QuantityClaim>().Single(c => c.Value == 25).Unit.ShouldBe("people");

    // After ", and", people with a verb of their own open a clause rather than end a list of kinds.
    [Fact]
    public void People_after_a_clause_joint_with_their_own_verb_are_counted()
        => Extract.From("The toll stood at 29 civilians, plus the four dead attackers, and 143 people were wounded, the ministry said.").OfType<QuantityClaim>()
            .Single(c => c.Value == 143).Subject.ShouldBe("injuries:");

    // One "wounded and detained" is a suspect taken, not a victim.
    [Fact]
    public void The_wounded_and_detained_are_no_victims()
        => Extract.From("Four were shot dead, one woman was wounded and detained, and three suspects were arrested on Monday.").OfType<QuantityClaim>()
            .ShouldNotContain(c => c.Subject.StartsWith("injuries:", StringComparison.Ordinal));

    // People named by what they do are counted by the gathering they joined, as by the harm that befell them.
    [Theory]
    [InlineData("More than 150,000 teachers and supporters marched through Lisbon on Saturday, the union said.", 150_000)]
    [InlineData("The union said 40,000 nurses had rallied outside parliament.", 40_000)]
    public void People_named_by_their_work_who_marched_are_a_turnout(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).ShouldSatisfyAllConditions(
            c => c.Unit.ShouldBe("people"), c => c.Subject.ShouldBe("turnout:"));

    // Arrests "over the two nights" add up several nights, so they are no one night's count.
    [Fact]
    public void Arrests_over_several_nights_are_a_sum()
        => Extract.From("The interior ministry said 133 people had been detained over the two nights.").OfType<QuantityClaim>()
            .Single(c => c.Value == 133).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("arrest:"), c => c.Place.ShouldBe("events together"));

    // The force they belong to may be named in the possessive before the verb: "members of Nigeria's task force were killed".
    [Fact]
    public void Members_of_a_force_named_in_the_possessive_are_counted_dead()
        => Extract.From("At least 23 members of Nigeria's Civilian Joint Task Force were killed on Sunday near Maiduguri.").OfType<QuantityClaim>()
            .Single(c => c.Value == 23).Subject.ShouldBe("casualties:");

    // The explosives a vehicle carried are its cargo, and so is another's figure set against them in the same unit.
    [Fact]
    public void Explosives_carried_and_a_figure_set_against_them_are_one_cargo()
        => Extract.From("The van carried about 200 kilograms of explosive, far less than the 1,000 kilograms reported by state television.")
            .OfType<QuantityClaim>().Select(c => (c.Value, c.Subject)).ShouldBe([(200, "cargo:"), (1000, "cargo:")]);

    // "an earlier figure of 18 given by a Red Cross official": the official's figure, not the speaker's.
    [Fact]
    public void A_figure_given_by_someone_named_after_it_is_theirs()
        => Extract.From("The ministry said 12 people had died, lower than an earlier figure of 18 given by a Red Cross official.")
            .OfType<QuantityClaim>().Single(c => c.Value == 18).Attribution.ShouldBe("Red Cross official");

    // A speaker's own estimate after setting the crowd against someone else's claim is no earlier figure.
    [Fact]
    public void An_estimate_after_a_comparison_with_another_claim_is_the_speakers_own()
        => Extract.From("Police said far fewer people had attended than the organisers claimed, putting the crowd at no more than 200,000.")
            .OfType<QuantityClaim>().Single(c => c.Value == 200_000).ShouldSatisfyAllConditions(
                c => c.Anchor.ShouldBe(""), c => c.Subject.ShouldBe("turnout:"), c => c.Attribution.ShouldBe("Police"));

    // After ", and", people with a progressive verb of their own ("were living in tents") are no part of the toll before.
    [Fact]
    public void People_with_a_verb_of_their_own_after_a_toll_are_not_its_dead()
        => Extract.From("The floods killed 61 people, and about 9,000 people were sheltering in schools, the agency said.").OfType<QuantityClaim>()
            .Single(c => c.Value == 9_000).Subject.ShouldNotStartWith("casualties:");

    // A figure a colon breaks down is counted by the words before it, not by the parts after it.
    [Fact]
    public void A_figure_broken_down_after_a_colon_keeps_its_own_count()
        => Extract.From("Officials put the number of dead and missing from the storm at about 4,100: 2,900 dead and 1,200 missing.").OfType<QuantityClaim>()
            .Select(c => (c.Value, c.Subject)).ShouldBe([(4_100, "presumed:"), (2_900, "casualties:"), (1_200, "missing:")]);

    // "The flight had 126 passengers" counts those aboard, as "was carrying" does.
    [Fact]
    public void Passengers_a_flight_had_were_aboard()
        => Extract.From("The flight had 126 passengers and six crew, officials said.").OfType<QuantityClaim>()
            .Single(c => c.Value == 126).Subject.ShouldBe("aboard:");

    // A march named after a month ("the March for Our Lives") is no month and no place; the place after it is the figure's.
    [Fact]
    public void A_place_after_a_march_named_by_a_month_is_the_figures()
        => Extract.From("Analysts estimated that about 150,000 people were at the March for Science in Boston at its peak.").OfType<QuantityClaim>()
            .Single().Place.ShouldBe("boston");

    // "far below the organisers' figure of 500,000": the organisers' count of the same crowd.
    [Fact]
    public void A_figure_named_as_someone_elses_count_is_theirs_and_counts_the_same()
        => Extract.From("Analysts estimated that 120,000 people had marched, far below the organisers' figure of 500,000.").OfType<QuantityClaim>()
            .Single(c => c.Value == 500_000).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("turnout:"), c => c.Attribution.ShouldBe("organisers"));

    // Workers sacked are jobs cut.
    [Fact]
    public void Workers_sacked_are_layoffs()
        => Extract.From("The chief executive admitted sacking 786 workers without consultation.").OfType<QuantityClaim>()
            .Single().Subject.ShouldBe("layoffs:");

    // "put the number of intruders at about 800" counts intruders, not the jets the paragraph counted before.
    [Fact]
    public void A_figure_for_a_number_of_something_unknown_does_not_go_on_counting()
        => Extract.From("Pakistan said it had shot down two Indian fighter jets. India put the number of intruders at about 800.").OfType<QuantityClaim>()
            .ShouldNotContain(c => c.Value == 800 && c.Unit == "aircraft");

    // After a semicolon a second speaker's "its" is its own: Pakistan's soldiers, not India's.
    [Fact]
    public void Its_soldiers_after_a_semicolon_are_the_second_speakers()
        => Extract.From("India said more than 700 intruders had died; Pakistan said 357 of its soldiers were killed.").OfType<QuantityClaim>()
            .Single(c => c.Value == 357).Subject.ShouldBe("casualties:Pakistan");

    // Intruders killed by a force the story counts are not that force's dead.
    [Fact]
    public void Intruders_killed_are_not_the_forces_own_dead()
        => Extract.From("The army said 527 Indian soldiers were killed in the fighting. India said more than 700 intruders had died.").OfType<QuantityClaim>()
            .Single(c => c.Low == 700).Subject.ShouldBe("casualties:");

    // A part listed after a toll does not make a rival source's toll, set against it after ", while", another part of it;
    // and that source is named past a leaning written before its name ("opposition-run").
    [Fact]
    public void A_rival_sources_toll_after_while_is_a_whole_of_its_own()
    {
        var claim = Extract.From("The number of people killed rose to 72, including 20 children, the monitoring group said, "
            + "while the opposition-run Tarvo health directorate put the toll at more than 100.").OfType<QuantityClaim>().Single(c => c.Low == 100);

        claim.ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("casualties:"), c => c.Attribution.ShouldBe("Tarvo health directorate"));
    }

    // A crowd is counted also as "the number of marchers", as those "attending", and, in a story of a crowd, as people
    // someone counted.
    [Theory]
    [InlineData("Police put the number of protesters at 40,000.", 40_000)]
    [InlineData("About 40,000 people were attending the air show when the jets collided.", 40_000)]
    [InlineData("Unions said 3.5 million people marched. In Lyon, organisers counted 40,000 people, while police said 12,000.", 40_000)]
    public void A_crowd_is_counted_however_it_is_named(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBe("turnout:");

    // A measurer after ", while" is named with its "for" or "of": "the Tarvo Association for Human Rights said".
    [Fact]
    public void A_rival_measurer_is_named_whole()
        => Extract.From("The number of migrants who died rose to 23, officials said, while the Tarvo Association for Human Rights said at least 37 people had died.")
            .OfType<QuantityClaim>().Single(c => c.Low == 37).Attribution.ShouldBe("Tarvo Association for Human Rights");

    // A weight a bomb or a hold was filled with is its cargo, in kilograms whatever unit it was given in; a thing that
    // only weighs so much is no cargo, and pounds paid are money, not a weight.
    [Theory]
    [InlineData("Investigators said the van contained about 2,000 pounds of fertiliser and diesel.", 907)]
    [InlineData("The bomb weighed as much as 500 kilograms, an army engineer said.", 500)]
    [InlineData("The lorry was packed with 3 tonnes of explosives, police said.", 3_000)]
    [InlineData("The tanker Marisol, carrying 40,000 tonnes of crude oil, was leaking off the cape on Sunday.", 40_000_000)]
    public void What_a_bomb_or_a_truck_was_filled_with_is_its_cargo(string text, double kilograms)
    {
        var claim = Extract.Quantity(text);

        claim.Subject.ShouldBe("cargo:");
        (claim.Unit == "tonnes" ? claim.Value * 1_000 : claim.Value).ShouldBe(kilograms, tolerance: 1);
    }

    [Theory]
    [InlineData("The probe, weighing about 900 kg, landed near the pole on Friday.")]
    [InlineData("The club paid 40 million pounds for the striker in August.")]
    public void A_thing_s_own_weight_and_a_sum_in_pounds_are_no_cargo(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldAllBe(c => c.Subject != "cargo:");

    [Fact]
    public void As_much_as_bounds_an_amount_from_above()
        => Extract.Quantity("The spill released as much as 4,000 tonnes of crude oil.").Precision.ShouldBe(QuantityPrecision.UpTo);

    // A figure that is who speaks counts no one: "One survivor said"; one that only looks like a speaker still counts.
    [Theory]
    [InlineData("One survivor said there had been at least 900 people on board.", 900)]
    [InlineData("Two rescued miners told reporters that 40 men were still underground.", 40)]
    [InlineData("Divers were searching for dozens of people feared trapped in the hull.", 24)]
    public void A_figure_that_speaks_is_no_count(string text, double low)
        => Extract.From(text).OfType<QuantityClaim>().ShouldHaveSingleItem().Low.ShouldBe(low);

    // A share of the survivors or the missing that no act of its own follows is a part of them, not a count of its own.
    [Theory]
    [InlineData("The coast guard said 31 of the survivors were from the island.")]
    [InlineData("Police said 12 of the missing were children from the same school.")]
    public void A_share_of_the_survivors_or_the_missing_is_a_part(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldAllBe(c => c.Subject == "");

    // The soldiers a force killed are the enemy's dead, and the force's own wounded, joined to its dead, are named as the
    // lexicon knows the force.
    [Fact]
    public void The_enemy_s_dead_and_a_force_s_wounded_are_whose_they_are()
    {
        var claims = Extract.From("Marines killed 40 enemy soldiers near the river on Monday. Three American soldiers were killed and 9 wounded, the command said.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 40).Subject.ShouldBe("casualties:");
        claims.Single(c => c.Value == 9).Subject.ShouldBe("injuries:United States");
    }

    // A clause that sets the scene with more of the counted after "as" has its own verbs: the toll is still the dead.
    [Fact]
    public void A_toll_that_rose_as_more_died_is_the_dead()
        => Extract.From("The death toll from the fire at the Lantern club rose to 19 on Friday as three more victims died of their burns.")
            .OfType<QuantityClaim>().Single(c => c.Value == 19).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("casualties:"), c => c.Stance.ShouldBe(Stance.Asserted));

    // One person whose death a clause of its own tells is someone described, not a toll.
    [Theory]
    [InlineData("Police said they suspected a Swedish deckhand, who died in the fire, of starting it.")]
    [InlineData("A passenger who was killed in the crash had called his wife minutes earlier.")]
    public void One_person_described_by_a_death_is_no_toll(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldAllBe(c => c.Subject != "casualties:");

    // A bare figure the homeless are counted by: "as many as 11 million were left homeless".
    [Theory]
    [InlineData("Aid agencies estimated that as many as 11 million were left homeless.", 11_000_000)]
    [InlineData("The government said 4,800 had lost their homes.", 4_800)]
    public void A_bare_figure_left_homeless_counts_the_homeless(string text, double value)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Value.ShouldBe(value), c => c.Unit.ShouldBe("people"), c => c.Subject.ShouldBe("homeless:"));

    [Fact]
    public void Seabirds_are_animals()
        => Extract.Quantity("The oil fouled the beaches, killing as many as 150,000 seabirds.")
            .ShouldSatisfyAllConditions(c => c.Unit.ShouldBe("animals"), c => c.Subject.ShouldBe("casualties:"));

    // Hostages held are those taken, whatever a later clause of the sentence says befell others.
    [Theory]
    [InlineData("The number of hostages held in the hall was about 620, officials now say, and 28 gunmen were killed.", 620)]
    [InlineData("About 620 hostages were held in the hall, officials now say, and 28 gunmen were killed.", 620)]
    public void Hostages_held_are_the_abducted(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBe("abduction:");

    // Those who took the hostages are attackers, counted apart from the hostages who died.
    [Theory]
    [InlineData("Officials said 31 hostage-takers were killed.")]
    [InlineData("Officials said 31 of the hostage takers were dead.")]
    [InlineData("Officials said 31 of the gunmen were dead.")]
    public void Hostage_takers_killed_are_attackers(string text)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Value.ShouldBe(31), c => c.Unit.ShouldBe("attackers"), c => c.Subject.ShouldBe("casualties:"));

    // A toll among some people counts them, and a toll set against theirs with "but" counts them too.
    [Fact]
    public void A_toll_among_hostages_and_a_toll_set_against_it_count_hostages()
    {
        Extract.Quantity("The death toll among the hostages rose to 96 on Monday.").Unit.ShouldBe("hostages");
        Extract.From("Officials put the number of hostages who died at 102, but a group of relatives says at least 140 died.").OfType<QuantityClaim>()
            .Count(c => c.Unit == "hostages" && c.Subject == "casualties:").ShouldBe(2);
    }

    [Fact]
    public void A_range_whose_low_end_has_its_own_multiplier_is_one_range()
        => Extract.Quantity("Officials estimated that 30 million to 40 million gallons of water had rushed into the tunnel.")
            .ShouldSatisfyAllConditions(c => c.Precision.ShouldBe(QuantityPrecision.Range), c => c.Low.ShouldBe(30e6 * 3.785411784, 1),
                c => c.Subject.ShouldBe("spill:"));

    // Water that flooded a mine is let out as a spill is; homes flooded are no spill.
    [Fact]
    public void Water_that_flooded_a_mine_is_a_spill_and_homes_flooded_are_not()
    {
        Extract.Quantity("About 90 million gallons of water flooded the mine.").Subject.ShouldBe("spill:");
        Extract.Quantity("About 4,000 homes were flooded.").Subject.ShouldBe("");
    }

    // What a gathering drew is people.
    [Fact]
    public void A_figure_a_rally_drew_counts_its_crowd()
        => Extract.Quantity("Police said the rally had drawn about 70,000.").ShouldSatisfyAllConditions(c => c.Unit.ShouldBe("people"), c => c.Subject.ShouldBe("turnout:"));

    // A sum whose currency is written out is money in that currency; a weight in pounds is no money.
    [Theory]
    [InlineData("The bank agreed to buy its rival for 2 billion Swiss francs.", 2e9, "CHF")]
    [InlineData("The court ordered it to pay 150 million euros in damages.", 150e6, "EUR")]
    [InlineData("Prosecutors said he stole 6 billion dollars from customers.", 6e9, "USD")]
    [InlineData("The insurer paid 40 million pounds to the families.", 40e6, "GBP")]
    [InlineData("Officials estimated the damage at 1 trillion rupees.", 1e12, "INR")]
    [InlineData("The device held about 900 pounds of explosives.", 900 * 0.45359237, "kilograms")]
    public void A_sum_with_its_currency_written_out_is_money(string text, double value, string unit)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Value.ShouldBe(value, value * 0.01), c => c.Unit.ShouldBe(unit));

    // A country is a part of a company's job cuts, though it is the whole of a disaster's toll.
    [Fact]
    public void Jobs_cut_in_one_country_are_that_country_s()
        => Extract.Quantity("The bank said it would cut about 2,000 jobs in Switzerland as it absorbs its rival.").Place.ShouldBe("switzerland");

    // Commandos who boarded a ship are those who acted, not whose people the dead on board were.
    [Fact]
    public void The_dead_on_a_ship_a_force_boarded_are_not_that_force_s()
        => Extract.Quantity("Israeli commandos boarded the ship before dawn, and at least 10 activists were killed on its deck.").Subject.ShouldBe("casualties:");

    // Deaths above a baseline are a toll of their own, neither a plan nor an increment.
    [Theory]
    [InlineData("Undertakers said about 9,000 more people than usual had died during the heat wave.", 9_000)]
    [InlineData("A study found that 12,400 more people died in the country between July 1 and July 20 than would have been expected.", 12_400)]
    public void Deaths_above_the_usual_are_a_toll(string text, double value)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Value.ShouldBe(value), c => c.Subject.ShouldBe("casualties:"), c => c.Stance.ShouldBe(Stance.Asserted));

    [Fact]
    public void People_who_caught_the_disease_are_cases()
        => Extract.Quantity("More than 3,900 people have caught the disease, the ministry said.").Subject.ShouldBe("outbreak:");

    // A sum that says what it is counts that, and the participle after it names no speaker.
    [Fact]
    public void A_sum_named_as_aid_is_aid_whatever_the_sentence_began_with()
    {
        var claims = Extract.From("The governor said the damage was more than 150 billion rupees, far more than the 4 billion rupees in central aid announced so far.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 4e9).Subject.ShouldBe("aid:");
        claims.Single(c => c.Value == 150e9).Subject.ShouldBe("damage:");
        claims.ShouldAllBe(c => c.Attribution == "governor");
    }

    // In a story of pupils abducted, those "taken" are the abducted, "the number was" gives another count of them, and
    // pupils who escaped are people, no spill.
    [Fact]
    public void Pupils_taken_escaped_and_the_number_another_source_gives()
    {
        var claims = Extract.From("The governor said 19 of the abducted pupils had escaped. The head teacher said 212 were taken, while a police spokesman said the "
            + "number was about 80.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 212).Subject.ShouldBe("abduction:");
        claims.Single(c => c.Value == 80).Subject.ShouldBe("abduction:");
        claims.Single(c => c.Value == 19).Subject.ShouldBe("escape:");
    }

    [Fact]
    public void A_bare_figure_abducted_or_kidnapped_counts_people()
        => Extract.From("The head teacher said 212 were abducted, while police said 80 had been kidnapped.").OfType<QuantityClaim>()
            .Count(c => c.Unit == "people" && c.Subject == "abduction:").ShouldBe(2);

    // The dead of one cause are a count of their own beside all the dead.
    [Theory]
    [InlineData("The committee said three workers died in accidents on building sites.")]
    [InlineData("The minister said about 400 workers had died at work since 2014.")]
    [InlineData("Officials said two teenagers died in a car crash during the evacuation.")]
    public void Deaths_in_accidents_or_at_work_are_counted_apart(string text)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("casualties:"), c => c.Place.ShouldBe("accidents"));

    // A car crash that is the story itself is no cause apart.
    [Fact]
    public void A_car_crash_that_is_the_story_is_no_cause_apart()
        => Extract.Quantity("Police said five people died in a car crash on the motorway.").Place.ShouldBeEmpty();

    // People named by what they are who gathered for a rally are its crowd.
    [Theory]
    [InlineData("About 400 white nationalists had gathered for the rally, police said.")]
    [InlineData("About 400 supporters had gathered outside the court, police said.")]
    public void People_who_gathered_for_a_rally_are_its_crowd(string text)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Value.ShouldBe(400), c => c.Subject.ShouldBe("turnout:"));

    // A march on the eve of the rally is another occasion than the rally.
    [Fact]
    public void A_crowd_on_the_eve_of_the_rally_is_another_occasion()
        => Extract.Quantity("About 200 men carrying torches marched through the campus on Friday night, the eve of the rally.").Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);

    // Officers assigned to a place were sent there: a deployment, like those deployed.
    [Theory]
    [InlineData("Officials said only about 58 police officers had been assigned to the district that night.")]
    [InlineData("Police said they had assigned 58 officers to the square.")]
    public void Officers_assigned_to_a_place_are_a_deployment(string text)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Value.ShouldBe(58, 3), c => c.Subject.ShouldStartWith("deployment:"));

    // A document made public speaks for itself, not the place or the time it was published in.
    [Theory]
    [InlineData("The Soviet report presented to the atomic agency in Vienna this week put the number of dead at 31.", "Soviet report")]
    [InlineData("The World Bank report released this week put the damage at 3 billion dollars.", "World Bank")]
    public void A_report_made_public_gives_its_own_figure(string text, string speaker)
        => Extract.Quantity(text).Attribution.ShouldBe(speaker);

    // Estimates that are no one's named are a source apart from the official figure the sentence before gave.
    [Theory]
    [InlineData("Independent estimates put the number of dead far higher, at up to 40,000.", "independent estimates")]
    [InlineData("Some estimates have put the toll at 40,000.", "some estimates")]
    public void Unnamed_estimates_are_a_source_of_their_own(string text, string source)
    {
        var claims = Extract.From("The official death toll stands at about 15,400, the government said on Wednesday. " + text).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value >= 24000).Attribution.ShouldBe(source);
        claims.Single(c => c.Value < 20000).Attribution.ShouldBe("government");
    }

    // Figures named by whose they are ("the government's final figures", "Police figures") are that body's, not those
    // of the speaker of the sentence after them.
    [Theory]
    [InlineData("The government's final figures put the dead at 84,537.", "government")]
    [InlineData("Police figures put the crowd at 20,000.", "police")]
    [InlineData("The army's latest count put the dead at 300.", "army")]
    public void Figures_named_by_whose_they_are_are_that_body_s(string text, string speaker)
        => Extract.From(text + " The storm affected 2.4 million people, the UN later said.").OfType<QuantityClaim>().First().Attribution.ShouldBe(speaker);

    // "the dead at X and the missing at Y, a total of Z": the total counts the dead and the missing together.
    [Fact]
    public void A_total_of_the_dead_and_the_missing_counts_them_together()
        => Extract.From("The final figures put the dead at 84,537 and the missing at 53,836, a total of 138,373.")
            .OfType<QuantityClaim>().Single(c => c.Value == 138_373).Subject.ShouldBe("presumed:");

    // Pilots are counted apart from all the dead, of whom they are a part.
    [Fact]
    public void Pilots_killed_are_counted_apart_from_all_the_dead()
        => Extract.From("A jet crashed into the crowd, killing 33 people. The three pilots were also killed.").OfType<QuantityClaim>()
            .Single(c => c.Value == 3).Unit.ShouldBe("pilots");

    // People who face charges over a disaster are no toll of it, whatever the clause after them says killed.
    [Theory]
    [InlineData("Police said on Friday that 16 people should face charges over the nightclub fire, which killed 241 people.")]
    [InlineData("Prosecutors said 16 people would stand trial over the fire, which killed 241 people.")]
    public void People_facing_charges_are_no_toll(string text)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == 16).Subject.ShouldBe("charge:");

    // Nor are those sentenced over it, or questioned about it.
    [Theory]
    [InlineData("Five men were sentenced to death over the bombing, which killed 22 people.", 5, "conviction:")]
    [InlineData("Police questioned 40 people over the attack, which killed 22 people.", 40, "questioning:")]
    public void People_sentenced_or_questioned_are_no_toll(string text, double value, string subject)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Subject.ShouldBe(subject);

    // "the number of officers hurt", after the police are named, counts police officers, not all the injured.
    [Fact]
    public void A_number_of_officers_hurt_counts_police()
        => Extract.Quantity("The government said police had acted proportionately. The interior ministry raised the number of officers hurt to 431.")
            .ShouldSatisfyAllConditions(c => c.Unit.ShouldBe("police"), c => c.Subject.ShouldBe("injuries:"));

    // A campaign set off by commas after the role it plays is who speaks.
    [Fact]
    public void A_campaign_named_after_its_role_speaks()
        => Extract.Quantity("The organisers, the People's Vote campaign, said more than one million people had taken part.")
            .Attribution.ShouldBe("organisers People's Vote campaign");

    // The area of a fire that forced an evacuation is the land it burned: no one is evacuated in hectares.
    [Fact]
    public void A_fire_s_area_is_burned_land_even_beside_an_evacuation()
        => Extract.Quantity("The wildfire that forced the evacuation of the city had grown to about 160,000 hectares by Sunday.").Subject.ShouldBe("burned:");

    // Water a burst dam sent downstream is no force deployed.
    [Fact]
    public void Water_sent_downstream_is_no_deployment()
        => Extract.Quantity("The dam collapsed on Monday night, sending about 5 billion cubic meters of water into villages downstream.")
            .Subject.ShouldNotStartWith("deployment");

    // Bodies said to be in the morgues of the city where it happened are all of them, not a part counted at one place.
    [Fact]
    public void Bodies_taken_to_the_city_s_morgues_are_no_part_of_the_toll()
        => Extract.Quantity("A blogger claimed that more than 300 bodies had been taken to the city's morgues.").Place.ShouldBe("");

    // A person after "at" is no place: "at Mr Tokayev's request", "at the president's invitation".
    [Theory]
    [InlineData("The alliance sent about 2,000 troops to the country at Mr Tokayev's request.")]
    [InlineData("The alliance sent about 2,000 troops to the country at Tokayev's request.")]
    public void A_person_at_whose_request_troops_were_sent_is_no_place(string text)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(q => q.Subject.ShouldBe("deployment:"), q => q.Place.ShouldBe(""));

    // "The number of people who died in Velmar" places the figure it rose to, as "the number of dead in Velmar" does.
    [Theory]
    [InlineData("The number of people who died in Velmar has risen to 964, officials said.")]
    [InlineData("The number of people confirmed to have died in Velmar rose to 964.")]
    public void The_number_of_people_who_died_in_a_place_is_that_place_s(string text)
        => Extract.Quantity(text).Place.ShouldBe("velmar");

    // One who counted a crowd at the scene does not make the crowd a part counted there.
    [Fact]
    public void A_crowd_estimated_by_someone_at_the_scene_is_the_whole_crowd()
        => Extract.From("The crowd was estimated at 5,000 by one reporter at the scene.").OfType<QuantityClaim>().Single(c => c.Value == 5_000).Place.ShouldBe("");

    // A figure counted over the whole world is the world's, not the country the story is about.
    [Theory]
    [InlineData("Worldwide, the agency put excess deaths over the two years at about 14.9 million.")]
    [InlineData("The agency said about 14.9 million more people died worldwide than would have been expected.")]
    public void A_figure_counted_worldwide_is_the_world_s(string text)
        => Extract.Quantity(text).Place.ShouldBe("world");

    // A bare figure "unaccounted for" after a toll counts the missing, as "missing" does.
    [Fact]
    public void A_bare_figure_unaccounted_for_counts_the_missing()
        => Extract.From("At least 44 people were killed and 279 were unaccounted for, officials said.").OfType<QuantityClaim>()
            .Single(q => q.Value == 279).Subject.ShouldBe("missing:");

    // "any of the 118 men on board" names all who were aboard, of whom the verb after tells a part.
    [Fact]
    public void The_whole_after_any_of_the_counts_those_aboard()
        => Extract.Quantity("Divers ended hopes that any of the 118 men on board had survived, officials said.").Subject.ShouldBe("aboard:");

    // Someone listed among the dead who was found alive is an error in the toll, and the toll the sentence goes on to
    // give is no part of that one person.
    [Fact]
    public void One_listed_among_the_dead_but_found_alive_is_no_toll_and_the_lowered_toll_is()
    {
        var claims = Extract.From("A miner who had been listed among the dead was found alive on Friday, lowering the toll to 51.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 1).Subject.ShouldBe("");
        claims.Single(c => c.Value == 51).Subject.ShouldBe("casualties:");
    }

    [Theory]
    [InlineData("The oil tanker sank, taking much of its cargo of 77,000 tonnes to the seabed.")]
    [InlineData("The tanker broke in two and sank, carrying much of its cargo of 77,000 tonnes of fuel oil, which began leaking.")]
    public void What_a_sunken_ship_carried_is_its_cargo(string text)
        => Extract.Quantity(text).Subject.ShouldBe("cargo:");

    [Theory]
    [InlineData("The army has said that no soldiers were killed, contradicting earlier reports.", "personnel")]
    [InlineData("No civilians were killed in the raid, the ministry said.", "civilians")]
    public void None_of_one_kind_killed_is_counted_in_that_kind(string text, string unit)
    {
        var none = Extract.Quantity(text);

        none.Value.ShouldBe(0);
        none.Unit.ShouldBe(unit);
    }

    [Fact]
    public void A_zero_joined_to_a_unit_names_an_aim_not_a_count()
        => Extract.From("The UN praised the state's zero-casualty approach to cyclones.").OfType<QuantityClaim>().ShouldBeEmpty();

    [Theory]
    [InlineData("Authorities moved about 1.2 million people to shelters before the cyclone struck.", 1_200_000)]
    [InlineData("Officials took 40,000 residents to relief camps overnight.", 40_000)]
    public void People_moved_to_shelters_are_displaced(string text, double value)
    {
        var moved = Extract.Quantity(text);

        moved.Subject.ShouldBe("displacement:");
        moved.Value.ShouldBe(value);
    }

    // Those who walked away unhurt are a part of those aboard, not their number.
    [Fact]
    public void Those_aboard_who_walked_away_unhurt_are_no_count_of_those_aboard()
        => Extract.Quantity("The airline said 123 of the people on board had walked away unhurt.").Subject.ShouldBe("escape:");

    [Theory]
    [InlineData("Prosecutors charged three city officials over the leak.")]
    [InlineData("Two village elders were detained after the clashes.")]
    public void A_place_s_word_before_those_who_serve_it_counts_no_places(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldNotContain(c => c.Unit == "localities");

    [Theory]
    [InlineData("Delhi Police said 394 of its personnel had been injured and that 22 cases had been registered.")]
    [InlineData("Police said they had registered 25 cases over the violence.")]
    public void Cases_the_police_register_are_no_outbreak(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldNotContain(c => c.Subject == "outbreak:");

    [Fact]
    public void Cases_health_officials_register_are_an_outbreak_s()
        => Extract.Quantity("Health officials said 250 cases of cholera had been registered since June.").Subject.ShouldBe("outbreak:");

    [Theory]
    [InlineData("The ombudsman said 80 protesters had been injured by rubber bullets.")]
    [InlineData("Doctors said 35 people were hit by pellets fired by the police.")]
    public void Those_hurt_by_what_police_fire_at_a_crowd_are_counted_apart(string text)
        => Extract.Quantity(text).Subject.ShouldBe("projectile wounds:");

    [Theory]
    [InlineData("Two protesters lost an eye, doctors said.")]
    [InlineData("At least 12 people were blinded by pellets, the hospital said.")]
    public void Those_who_lost_an_eye_are_no_dead(string text)
        => Extract.Quantity(text).Subject.ShouldBe("eye injuries:");

    // A side that puts a number on its own soldiers killed counts its own dead, however many words stand between.
    [Fact]
    public void The_number_of_its_own_soldiers_killed_is_the_side_s_dead()
        => Extract.Quantity("The Indian army put the number of its soldiers killed in the mountain conflict at 474 on Tuesday.").Subject.ShouldBe("casualties:India");

    // Words in quotation marks after a figure are what it counts: "26 \"armed criminals\"" is no bare toll of people.
    [Fact]
    public void A_figure_before_quoted_words_is_not_bare()
        => Extract.From("The ministry said 164 people had died. Officials had earlier said 26 \"armed criminals\" and 16 members of the security forces were killed.")
            .OfType<QuantityClaim>().ShouldNotContain(c => c.Value == 26 && c.Unit == "people");

    // Whatever a service calls those whose data a breach took, they are its customers; harm one is exposed to is no
    // breach.
    [Theory]
    [InlineData("Hackers had taken the information of up to 500 million guests, the hotel group said.", 500_000_000)]
    [InlineData("The regulator said 339 million guest records had been stolen.", 339_000_000)]
    public void Those_a_breach_exposed_are_customers(string text, double value)
        => Extract.Quantity(text).ShouldSatisfyAllConditions(c => c.Value.ShouldBe(value), c => c.Subject.ShouldBe("breach:"), c => c.Unit.ShouldBe("customers"));

    [Fact]
    public void A_population_exposed_to_shaking_is_no_breach()
        => Extract.From("The survey's estimate of population exposed to very strong shaking was more than 700,000 people.")
            .OfType<QuantityClaim>().ShouldNotContain(c => c.Subject == "breach:");

    // A gathering named with a possessive is no place ("Saturday's People's Vote march"); a day's possessive and a
    // square's name are.
    [Theory]
    [InlineData("An expert estimated that 400,000 people took part in Saturday's People's Vote march.", "")]
    [InlineData("An expert estimated that 400,000 people took part in Saturday's Women's March.", "")]
    [InlineData("An expert estimated that 400,000 people took part in Saturday's London march.", "london")]
    [InlineData("About 400,000 people gathered in St Peter's Square on Sunday.", "st peter's square")]
    public void A_gathering_s_own_name_is_no_place(string text, string place)
        => Extract.Quantity(text).Place.ShouldBe(place);

    // Those who took part in a vote are no crowd.
    [Theory]
    [InlineData("The non-binding vote went ahead on November 9 in a reduced form; 2.3 million people took part.", "")]
    [InlineData("More than 2 million people took part in the march against the referendum.", "turnout:")]
    public void Taking_part_in_a_vote_is_no_crowd(string text, string subject)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value >= 2_000_000).Subject.ShouldBe(subject);

    // "and" before a number opens a count of its own, not a second modifier of one noun.
    [Fact]
    public void A_second_count_after_and_is_its_own()
    {
        var claims = Extract.From("Twelve Palestinians and one Israeli soldier were killed in the two-day raid.").OfType<QuantityClaim>().ToList();

        claims.Select(c => c.Value).ShouldBe([12, 1], ignoreOrder: true);
        claims.Single(c => c.Value == 1).Subject.ShouldBe("casualties:Israel");
    }

    // An aside on who they were (", many of them children,") stands between a people named by an unlisted noun and the
    // verb that says what befell them.
    [Theory]
    [InlineData("About 9,000 Rohingya, most of them women and children, have fled across the border, aid groups said.", 9_000)]
    [InlineData("Up to 600 members of the sect, many of them elderly, were trapped in the compound, officials said.", 600)]
    public void An_aside_on_who_they_were_keeps_the_count(string text, double value)
        => Extract.From(text).OfType<QuantityClaim>().ShouldContain(c => c.Value == value && c.Unit == "people" && c.Subject.Length > 0);

    // A passive ("Damage was put at") names no measurer, whatever clause follows.
    [Fact]
    public void A_figure_put_in_the_passive_has_no_measurer()
        => Extract.Quantity("Damage was put at about $2 billion, and many roads were cut.").Attribution
            .ShouldBe(Extract.Quantity("Damage was put at about $2 billion.").Attribution);
}
