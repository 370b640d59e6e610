using FactCheck.Extraction;
using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;
using FactCheck.Extraction.Framing;

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
    public void Arrests_in_a_story_of_a_dated_march_are_that_day_s_and_arrests_in_any_other_story_have_no_day()
    {
        var march = new ClaimExtractor().Extract(Document.FromText("march", "About 90,000 people marched on Saturday, the ministry said. Police detained 130 people.",
            published: new DateOnly(2031, 5, 18))).Claims.OfType<QuantityClaim>().ToList();
        var bombing = new ClaimExtractor().Extract(Document.FromText("bombing", "Police said on Saturday that 24 people had been arrested.",
            published: new DateOnly(2031, 5, 18))).Claims.OfType<QuantityClaim>().ToList();

        march.Single(c => c.Value == 130).Occasion.ShouldBe(new DateOnly(2031, 5, 17));
        bombing.Single(c => c.Value == 24).Occasion.ShouldBeNull();
    }

    [Fact]
    public void Those_without_power_on_a_day_the_sentence_names_are_that_day_s()
    {
        var claims = new ClaimExtractor().Extract(Document.FromText("blackout", """
            A grid failure left more than 300 million people without electricity on Monday. On Tuesday three grids collapsed, cutting power to about 620 million people.
            """, published: new DateOnly(2012, 8, 1))).Claims.OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 300_000_000).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("outage:"), c => c.Occasion.ShouldBe(new DateOnly(2012, 7, 30)));
        claims.Single(c => c.Value == 620_000_000).Occasion.ShouldBe(new DateOnly(2012, 7, 31));
    }

    [Fact]
    public void A_march_figure_takes_the_day_its_sentence_gives_else_the_day_its_article_first_gave()
    {
        var document = Document.FromText("march", """
            Organisers said 90,000 people marched through the capital on Saturday. Police counted 31,000 marchers at the peak.

            A rally on May 10 drew 12,000 protesters, police said. In the north, police counted 26,000 marchers, against 21,000 marchers on May 3.
            """, published: new DateOnly(2031, 5, 18));
        var claims = new ClaimExtractor().Extract(document).Claims.OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 90_000).Occasion.ShouldBe(new DateOnly(2031, 5, 17));
        claims.Single(c => c.Value == 31_000).Occasion.ShouldBe(new DateOnly(2031, 5, 17));
        claims.Single(c => c.Value == 12_000).Occasion.ShouldBe(new DateOnly(2031, 5, 10));
        claims.Single(c => c.Value == 26_000).Occasion.ShouldBe(new DateOnly(2031, 5, 17));
        claims.Single(c => c.Value == 21_000).Occasion.ShouldBe(new DateOnly(2031, 5, 3));
    }

    [Theory]
    [InlineData("The previous deadliest storm on the island, a 1972 cyclone, killed 64 people.")]
    [InlineData("The last worst flood in the valley left 212 people dead.")]
    [InlineData("Three weeks ago a crane collapsed onto the stadium, killing 37 people.")]
    public void A_figure_of_a_previous_record_belongs_to_another_occasion(string text)
        => Quantities(text).ShouldHaveSingleItem().Anchor.ShouldBe("other");

    [Fact]
    public void A_previous_march_and_its_rival_estimate_belong_to_another_occasion()
        => Quantities("An earlier pension march in March had drawn 90,000 people, police said, while organisers put that crowd at 300,000.")
            .Select(c => c.Anchor).ShouldBe(["other", "other"]);

    [Fact]
    public void A_figure_tied_to_a_year_before_the_coverage_belongs_to_that_year()
    {
        var document = Document.FromText("quake", "The tremor killed 410 people, the worst since a 1998 quake that killed 3,100 people.", published: new DateOnly(2031, 5, 2));
        var claims = new ClaimExtractor().Extract(document, BatchContext.Of([document])).Claims.OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 410).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 3_100).Anchor.ShouldBe("1998");
    }

    // The year of what a superlative measures the figure against dates that, not the figure.
    [Theory]
    [InlineData("About one million people marched through the capital on Sunday in the largest protest since the revolution of 2004.", 1_000_000)]
    [InlineData("The bomb killed 30 people in the deadliest attack on the city since 2004.", 30)]
    public void A_year_a_superlative_reaches_back_to_dates_the_comparison_not_the_figure(string text, double value)
    {
        var document = Document.FromText("march", text, published: new DateOnly(2013, 12, 9));
        var claims = new ClaimExtractor().Extract(document, BatchContext.Of([document])).Claims.OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == value).Anchor.ShouldBe("");
    }

    [Fact]
    public void A_figure_that_looks_like_a_year_is_read_and_is_not_its_own_anchor()
    {
        var document = Document.FromText("garrison", "In Dunmore, 1800 troops arrived, the governor said.", published: new DateOnly(2031, 5, 2));
        var result = new ClaimExtractor().Extract(document, BatchContext.Of([document]));

        result.Warnings.ShouldBeEmpty();
        var troops = result.Claims.OfType<QuantityClaim>().ShouldHaveSingleItem();
        troops.Value.ShouldBe(1800);
        troops.Anchor.ShouldBe("");
    }

    [Theory]
    [InlineData("Officials said 97 people had died and one more victim was still to be identified.", 1)]
    [InlineData("The army said 40 additional troops were killed in the ambush.", 40)]
    public void A_figure_of_more_of_the_same_adds_to_a_toll_and_is_compared_with_nothing(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldBeEmpty();

    [Fact]
    public void People_cut_off_are_stranded_not_dead()
    {
        var claims = Quantities("More than 600 people were stranded in Taroko park after rockfalls blocked the roads, the agency said, as the toll from the earthquake rose to 10.");

        claims.Single(c => c.Value == 600).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("stranded:"), c => c.Place.ShouldBe("taroko"));
        claims.Single(c => c.Value == 10).Subject.ShouldBe("casualties:");
    }

    [Theory]
    [InlineData("In the Maule region, the toll was revised to 316.", "maule")]
    [InlineData("In the Maule region, the number of dead rose to 316.", "maule")]
    public void A_tally_after_an_opening_place_is_that_place_s(string text, string place)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe(place);

    [Theory]
    [InlineData("Los Angeles police said the march drew about 100,000 people.", "los angeles")]
    [InlineData("On Friday police said 70 people were unaccounted for.", "")]
    [InlineData("Riot police said 2,000 protesters had gathered.", "")]
    public void A_local_authority_counts_its_own_place_however_many_words_name_it(string text, string place)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe(place);

    [Fact]
    public void The_whole_a_part_is_of_is_compared_with_nothing()
        => Quantities("About 30,000 of the city's 90,000 residents have fled, the agency said.").ShouldAllBe(c => c.Subject == "" || c.Value != 90_000);

    [Theory]
    [InlineData("The agency lowered its count of the dead to 3,958 after the charity denied that it had ever reported 11,300 deaths.", 3_958, Stance.Asserted)]
    [InlineData("The agency lowered its count of the dead to 3,958 after the charity denied that it had ever reported 11,300 deaths.", 11_300, Stance.Denied)]
    [InlineData("Reports of 40 dead were denied by the ministry.", 40, Stance.Denied)]
    [InlineData("NATO said the claim was untrue and that two Marines had died.", 2, Stance.Asserted)]
    [InlineData("The army denied that soldiers fired on the crowd and that 40 people were killed.", 40, Stance.Denied)]
    [InlineData("The ministry said the figure of 300 dead was untrue.", 300, Stance.Denied)]
    public void A_denial_denies_the_figures_it_governs(string text, double value, Stance stance)
        => Quantities(text).Single(c => c.Value == value).Stance.ShouldBe(stance);

    [Fact]
    public void More_than_normal_is_a_comparison_not_an_increment()
        => Quantities("The government acknowledged 860 more deaths than usual over those months.").ShouldHaveSingleItem().Subject.ShouldStartWith("casualties:");

    [Fact]
    public void Parts_and_increments_are_compared_with_nothing()
    {
        var claims = Quantities("""
            The storm killed 57 people, including 19 women. Rescuers found another 8 bodies on Monday.
            """);

        claims.Single(c => c.Value == 57).Subject.ShouldStartWith("casualties:");
        claims.Single(c => c.Value == 19).Subject.ShouldBe("");
        claims.Single(c => c.Value == 8).Subject.ShouldBe("");
    }

    [Fact]
    public void Where_people_are_trapped_is_no_place_of_the_paragraphs_later_figures()
    {
        var claims = Quantities("""
            Rescuers dug for a third day to reach 35 workers trapped in a tunnel at the Tapovan power project. The state government said 32 bodies had been found.
            """);

        claims.Single(c => c.Value == 35).Place.ShouldNotBeEmpty();
        claims.Single(c => c.Value == 32).Place.ShouldBe("");
    }

    [Theory]
    [InlineData("Troops killed 82 people in Bago on Friday, bringing the death toll to 701.", "")]
    [InlineData("Troops killed 82 people in Bago on Friday, the group said, bringing its count of the dead to 701.", "")]
    [InlineData("Troops killed 82 people on Friday, bringing the toll in Bago to 701.", "bago")]
    public void A_total_a_part_brings_up_is_the_whole_not_the_parts_place(string text, string place)
        => Quantities(text).Single(c => c.Value == 701).Place.ShouldBe(place);

    [Fact]
    public void A_place_name_at_the_edge_of_the_window_is_read_whole()
    {
        var claims = Quantities("""
            A 21-storey residential building under construction collapsed in the Ikoyi district of Lagos on Monday afternoon, trapping dozens of workers, officials said. Three people were rescued alive.
            """);

        // The building's own place; where it stands limits no later figure ("Three people were rescued alive").
        claims.Single(c => c.Unit == "storeys").Place.ShouldBe("ikoyi");
        claims.Single(c => c.Value == 3).Place.ShouldBe("");
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
    public void A_place_the_articles_name_counts_what_it_records_and_a_toll_across_several_states_is_the_whole()
    {
        var documents = new[]
        {
            Document.FromText("a", "The storm that came ashore in Georgia has killed at least 104 people in five states, officials said. In Virginia the toll stood at 20, while Floyd County reported 9 deaths.", title: "Storm kills more than 100", published: new DateOnly(2025, 9, 30)),
            Document.FromText("b", "Rescuers searched the hills on Friday, state officials said. Virginia accounted for 26 of the deaths.", title: "Toll rises", published: new DateOnly(2025, 10, 3)),
        };
        var batch = BatchContext.Of(documents);
        var claims = documents.SelectMany(d => new ClaimExtractor().Extract(d, batch).Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 104).Place.ShouldBe("");
        claims.Single(c => c.Value == 20).Place.ShouldBe("virginia");
        claims.Single(c => c.Value == 9).Place.ShouldBe("floyd county");
        claims.Single(c => c.Value == 26).Place.ShouldBe("virginia");
    }

    // A place may be followed by a relative clause before its verb; a clause opened by a name that acts is no second place.
    [Fact]
    public void A_place_described_before_its_verb_and_a_place_before_another_clause_keep_their_counts()
    {
        var documents = new[]
        {
            Document.FromText("a", "Hurricane Rosa has killed at least 60 people in Texas, officials said.\n\nHarris County, where the storm came ashore on Monday, accounted for 31 of the deaths, the sheriff said.", title: "Rosa toll in Texas rises", published: new DateOnly(2025, 9, 30)),
            Document.FromText("b", "At least 70 people died in Texas.\n\nSix people were killed in Louisiana and Rosa also killed three people in Mexico.", title: "Rosa toll passes 70", published: new DateOnly(2025, 10, 3)),
        };
        var batch = BatchContext.Of(documents);
        var claims = documents.SelectMany(d => new ClaimExtractor().Extract(d, batch).Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 31).Place.ShouldBe("harris county");
        claims.Single(c => c.Value == 6).Place.ShouldBe("louisiana");
    }

    // Where a batch counts two countries' dead apart, a toll "from floods in" one of them and a country's agency's dead
    // "there" are that country's; officials "in" a state count that state's.
    [Fact]
    public void A_country_s_toll_named_after_its_cause_or_by_its_own_agency_is_that_country_s()
    {
        var documents = new[]
        {
            Document.FromText("a", "Floods in Austria and Slovenia have killed more than 60 people, officials said.\n\nIn Austria, at least 45 people have died, police said. In Slovenia, the toll rose to 15.", title: "Floods kill 60 in Austria and Slovenia", published: new DateOnly(2025, 7, 16)),
            Document.FromText("b", "The death toll from floods in Austria rose to at least 52 on Monday.\n\nSlovenia's civil protection agency said 18 people had died there. Officials in Carinthia said 21 people had died in the state.", title: "Austrian flood toll passes 50", published: new DateOnly(2025, 7, 19)),
        };
        var batch = BatchContext.Of(documents);
        var claims = documents.SelectMany(d => new ClaimExtractor().Extract(d, batch).Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 52).Place.ShouldBe("austria");
        claims.Single(c => c.Value == 18).Place.ShouldBe("slovenia");
        claims.Single(c => c.Value == 21).Place.ShouldBe("carinthia");
    }

    // Crowds at a rally held against the protest the headlines are about are another crowd; a person's name before
    // "rally" in a headline is no place.
    [Fact]
    public void A_counter_rally_s_crowd_is_counted_apart_from_the_protest_s()
    {
        var documents = new[]
        {
            Document.FromText("a", "More than 80,000 people marched in central Tbilisi on Sunday against the government.\n\nEarlier, a pro-government rally in the city drew 12,000 people, according to the interior ministry.", title: "Huge crowds march in Tbilisi", published: new DateOnly(2024, 5, 12)),
            Document.FromText("b", "Organisers said about 150,000 people had taken part on Sunday.\n\nPresident Ivan Markov, speaking to his own supporters, said 50,000 people had come to his rally.", title: "Markov rally dwarfed by opposition march", published: new DateOnly(2024, 5, 13)),
        };
        var batch = BatchContext.Of(documents);
        var claims = documents.SelectMany(d => new ClaimExtractor().Extract(d, batch).Claims).OfType<QuantityClaim>().ToList();

        claims.Where(c => c.Value is 80_000 or 150_000).ShouldAllBe(c => c.Place == "tbilisi");
        claims.Where(c => c.Value is 12_000 or 50_000).ShouldAllBe(c => c.Place == FrameCues.CounterGatheringPlace);
    }

    // A rally for a man ("the pro-Lukashenko rally") or a "loyalist crowd" is held against the protest; a march for a
    // people ("a pro-Palestinian march") may be the story's own.
    [Fact]
    public void A_rally_for_a_leader_is_counted_apart_and_a_march_for_a_people_is_not()
    {
        var documents = new[]
        {
            Document.FromText("a", "The opposition rally in Minsk drew at least 100,000 people, while the government said 65,000 had attended the pro-Lukashenko rally held earlier.\n\nObservers put the loyalist crowd at no more than 31,000.", title: "Record crowd at opposition rally", published: new DateOnly(2020, 8, 17)),
            Document.FromText("b", "Organisers said 200,000 people had taken part in the march.", title: "Minsk protest draws record crowd", published: new DateOnly(2020, 8, 16)),
        };
        var batch = BatchContext.Of(documents);
        var claims = documents.SelectMany(d => new ClaimExtractor().Extract(d, batch).Claims).OfType<QuantityClaim>().ToList();

        claims.Where(c => c.Value is 65_000 or 31_000).ShouldAllBe(c => c.Place == FrameCues.CounterGatheringPlace);
        claims.Where(c => c.Value is 100_000 or 200_000).ShouldAllBe(c => c.Place != FrameCues.CounterGatheringPlace);

        var march = new[]
        {
            Document.FromText("c", "Police said 100,000 people joined the pro-Palestinian march in London, and a counter-protest drew 2,000 people.", title: "Huge London march for Gaza", published: new DateOnly(2023, 11, 11)),
            Document.FromText("d", "Organisers said 800,000 people marched through London.", title: "Hundreds of thousands march in London", published: new DateOnly(2023, 11, 11)),
        };
        var marchBatch = BatchContext.Of(march);
        var counts = march.SelectMany(d => new ClaimExtractor().Extract(d, marchBatch).Claims).OfType<QuantityClaim>().ToList();

        counts.Single(c => c.Value == 100_000).Place.ShouldNotBe(FrameCues.CounterGatheringPlace);
        counts.Single(c => c.Value == 2_000).Place.ShouldBe(FrameCues.CounterGatheringPlace);
    }

    // Two named fires that the articles tell of are counted apart, each by its name; with one, the name is the event's.
    [Fact]
    public void Two_named_fires_are_counted_apart()
    {
        var documents = new[]
        {
            Document.FromText("a", "The Palisades fire had burned more than 15,800 acres, and the Eaton fire about 10,600 acres.\n\nThe fires killed at least five people.", title: "Wildfires rage", published: new DateOnly(2025, 1, 9)),
            Document.FromText("b", "The number of people killed rose to 24, 16 of them in the Eaton fire and eight in the Palisades fire.\n\nThe Palisades fire burned 23,448 acres, and the Eaton fire 14,021 acres.", title: "Fires contained", published: new DateOnly(2025, 1, 31)),
        };
        var batch = BatchContext.Of(documents);
        var claims = documents.SelectMany(d => new ClaimExtractor().Extract(d, batch).Claims).OfType<QuantityClaim>().ToList();

        claims.Where(c => c.Text.Contains("15,800") || c.Text.Contains("23,448") || c.Text == "eight").Select(c => c.Place).ShouldBe(["palisades", "palisades", "palisades"], ignoreOrder: true);
        claims.Where(c => c.Text.Contains("10,600") || c.Text.Contains("14,021") || c.Text == "16").Select(c => c.Place).ShouldBe(["eaton", "eaton", "eaton"], ignoreOrder: true);
        claims.Where(c => c.Text.Contains("five") || c.Text == "24").Select(c => c.Place).ShouldBe(["", ""]);

        var one = Document.FromText("c", "The Camp fire burned 150,000 acres.", title: "Camp fire", published: new DateOnly(2018, 11, 20));
        new ClaimExtractor().Extract(one, BatchContext.Of([one])).Claims.OfType<QuantityClaim>().Single().Place.ShouldBe("");
    }

    // Two countries whose attacks the articles say killed people are at war: each one's dead are counted apart, on the
    // side the attacks were aimed at or, where no target is named, the side of the speaker they were not carried out by.
    [Fact]
    public void The_dead_of_two_warring_countries_are_counted_apart()
    {
        var documents = new[]
        {
            Document.FromText("a", "Israeli air strikes on Iran have killed 224 people since Friday, the health ministry said. Iranian missile attacks on Israel have killed 24 people.", title: "War widens", published: new DateOnly(2025, 6, 16)),
            Document.FromText("b", "Iran's health ministry said 610 people had been killed in Israeli strikes. Israeli officials said 28 people had been killed by Iranian missiles.", title: "Ceasefire holds", published: new DateOnly(2025, 6, 25)),
        };
        var batch = BatchContext.Of(documents);
        var claims = documents.SelectMany(d => new ClaimExtractor().Extract(d, batch).Claims).OfType<QuantityClaim>().ToList();

        batch.CountriesCountedApart.ShouldBe(["Iran", "Israel"], ignoreOrder: true);
        claims.Where(c => c.Value is 224 or 610).ShouldAllBe(c => c.Place == "iran");
        claims.Where(c => c.Value is 24 or 28).ShouldAllBe(c => c.Place == "israel");
    }

    // Another company's layoffs, in stories headlined on one company's, are that company's.
    [Fact]
    public void Another_company_s_layoffs_are_counted_apart()
    {
        var documents = new[]
        {
            Document.FromText("a", "Orbital Systems said on Monday it would cut 4,000 jobs.\n\nThe cuts follow Helix's announcement on Thursday that it would eliminate 6,000 positions, and Norden's plan to lay off 2,500 employees.", title: "Orbital Systems to cut 4,000 jobs", published: new DateOnly(2024, 3, 4)),
            Document.FromText("b", "Orbital's decision to lay off 4,200 workers will hit sales teams hardest.\n\nVantage cut 3,000 jobs in January.", title: "Orbital layoffs hit sales", published: new DateOnly(2024, 3, 5)),
        };
        var batch = BatchContext.Of(documents);
        var claims = documents.SelectMany(d => new ClaimExtractor().Extract(d, batch).Claims).OfType<QuantityClaim>().ToList();

        claims.Where(c => c.Value is 4_000 or 4_200).ShouldAllBe(c => c.Subject == "layoffs:" && c.Place == "");
        claims.Single(c => c.Value == 6_000).Place.ShouldBe("helix");
        claims.Single(c => c.Value == 2_500).Place.ShouldBe("norden");
        claims.Single(c => c.Value == 3_000).Place.ShouldBe("vantage");
    }

    [Theory]
    [InlineData("UN says 500 killed by soldiers in Dalor", "")]
    [InlineData("UN report on the army operation", "dalor")]
    public void A_place_more_than_one_headline_kills_in_is_the_event_s(string secondTitle, string place)
    {
        var documents = new[]
        {
            Document.FromText("a", "The army said it had killed 120 militants in the operation.", title: "Army says 120 militants killed in Dalor", published: new DateOnly(2022, 4, 2)),
            Document.FromText("b", "At least 500 people were killed in Dalor, the UN said.", title: secondTitle, published: new DateOnly(2023, 5, 12)),
        };
        var batch = BatchContext.Of(documents);

        new ClaimExtractor().Extract(documents[1], batch).Claims.OfType<QuantityClaim>().Single().Place.ShouldBe(place);
    }

    [Fact]
    public void A_place_a_title_puts_the_event_in_is_the_whole_when_it_records_a_figure()
    {
        var documents = new[]
        {
            Document.FromText("a", "Ohio has confirmed 40 cases, health officials said. Ten people were treated in Ohio.", title: "Outbreak spreads in eastern Ohio", published: new DateOnly(2025, 3, 3)),
        };
        var claims = new ClaimExtractor().Extract(documents[0], BatchContext.Of(documents)).Claims.OfType<QuantityClaim>();

        claims.Single(c => c.Value == 40).Place.ShouldBe("");
    }

    // "Pellan gas leak toll rises to 12": the headline names the event by its place, so a toll placed there is the
    // whole.
    [Fact]
    public void A_place_a_headline_names_a_leak_by_is_the_whole_event()
    {
        var documents = new[]
        {
            Document.FromText("a", "A gas leak at a chemical plant killed 11 people, police said.", title: "Gas leak kills 11", published: new DateOnly(2025, 5, 7)),
            Document.FromText("b", "An inquiry blamed the company for the gas leak that killed 15 people in Pellan in May.", title: "Pellan gas leak toll rises to 15", published: new DateOnly(2025, 7, 8)),
        };
        var claims = new ClaimExtractor().Extract(documents[1], BatchContext.Of(documents)).Claims.OfType<QuantityClaim>();

        claims.Single(c => c.Value == 15).Place.ShouldBe("");
    }

    [Fact]
    public void A_crowd_counted_outside_a_building_is_counted_there_not_nationwide()
    {
        var claims = Quantities("The city police counted 80,000 protesters outside Congress, while the unions said 1.5 million people marched nationwide.");

        claims.Single(c => c.Value == 80_000).Place.ShouldBe("congress");
        claims.Single(c => c.Value == 1_500_000).Place.ShouldBe("");
    }

    [Theory]
    [InlineData("The cruiser normally carries a crew of about 500, the navy said.")]
    [InlineData("The ferry can carry 1,200 passengers, the company said.")]
    [InlineData("The stadium, which has a capacity of 60,000 people, was evacuated.")]
    public void What_a_thing_can_hold_counts_no_one_on_the_day(string text)
        => Quantities(text).ShouldAllBe(c => c.Subject == "");

    [Fact]
    public void A_length_counts_no_one_whatever_act_its_sentence_tells()
    {
        var claims = Quantities("Soldiers rescued the children from the cable car, which was hanging about 900 feet above the ground, the army said.");

        claims.Single().Unit.ShouldBe("meters");

        // No one rescued: how high the car hung.
        claims.Single().Subject.ShouldBe("size:height above ground");
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

    // Pounds and euros are sums of money in their own currencies, never compared with dollars.
    [Theory]
    [InlineData("Insurers put the damage from the floods at £1.3 billion.", "GBP", 1.3e9, 1.3e9)]
    [InlineData("Insurers put the damage from the floods at between €1.5 billion and €2 billion.", "EUR", 1.5e9, 2e9)]
    public void Pounds_and_euros_are_money_in_their_currency(string text, string currency, double low, double high)
        => Quantities(text).Single().ShouldSatisfyAllConditions(c => c.Unit.ShouldBe(currency), c => (c.Low, c.High).ShouldBe((low, high)), c => c.Subject.ShouldBe("damage:"));

    [Theory]
    [InlineData("The study put excess deaths anywhere from 420 to 1,900 deaths.", 420, 1_900)]
    [InlineData("Its confidence interval runs from 420 to 1,900 deaths.", 420, 1_900)]
    [InlineData("Officials counted 12-30 deaths in the valley.", 12, 30)]
    [InlineData("About 12-30 people died in the valley.", 12, 30)]
    public void From_to_and_hyphenated_figures_are_ranges(string text, double low, double high)
    {
        var claim = Quantities(text).Single();

        claim.Precision.ShouldBe(QuantityPrecision.Range);
        (claim.Low, claim.High).ShouldBe((low, high));
    }

    [Fact]
    public void A_figure_that_changes_from_one_value_to_another_is_no_range()
    {
        var claim = Quantities("The ministry raised the official death toll from 40 to 212 deaths.").Single(c => c.Value == 212);

        claim.Precision.ShouldBe(QuantityPrecision.Exact);
    }

    [Fact]
    public void A_figure_the_sentence_negates_is_denied()
        => Quantities("""The minister wrote that "900 people did not die" in the storm.""").Single().Stance.ShouldBe(Stance.Denied);

    [Fact]
    public void Direct_and_indirect_shares_of_a_toll_are_parts()
    {
        var claims = Quantities("The toll reached 52 deaths. Doctors said 30 people were killed directly by the storm and 22 by indirect causes.");

        claims.Single(c => c.Value == 52).Subject.ShouldStartWith("casualties:");
        claims.Single(c => c.Value == 30).Subject.ShouldBe("");
    }

    [Fact]
    public void Damage_losses_and_reconstruction_are_different_sums()
    {
        var claims = Quantities("""
            The cyclone caused $2 billion in damage. The government is seeking $7 billion for reconstruction. Economic losses were put at $900 million.
            """);

        claims.Single(c => c.Value == 2e9).Subject.ShouldBe("damage:");
        claims.Single(c => c.Value == 7e9).Subject.ShouldBe("reconstruction:");
        claims.Single(c => c.Value == 9e8).Subject.ShouldBe("losses:");
    }

    [Fact]
    public void Qualifiers_bound_sums_of_money_and_estimates_of_damage_are_not_plans()
    {
        var claim = Quantities("The mayor said the damage could reach up to $4 billion.").Single();

        claim.Precision.ShouldBe(QuantityPrecision.UpTo);
        claim.High.ShouldBe(4e9);
        claim.Stance.ShouldNotBe(Stance.Planned);
    }

    [Fact]
    public void A_place_in_another_phrase_of_the_clause_does_not_limit_the_figure()
        => Quantities("The fire at the Westgate depot on Friday caused $30 million in damage.").Single().Place.ShouldBe("");

    // A result "in the last election" is another vote's.
    [Fact]
    public void A_result_of_the_last_election_is_another_event()
    {
        var claims = Quantities("""
            The party won 240 of the 543 seats. It had won 303 seats in the last election.
            """);

        claims.Single(c => c.Value == 240).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 303).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
    }

    // "A second device ... hurt no one": another bomb's toll, not the first one's.
    [Fact]
    public void A_second_bomb_is_another_event()
    {
        var claims = Quantities("""
            A bomb exploded at the shrine on Monday, killing 20 people and wounding about 80. A second device thrown from a bridge at a pier on Tuesday hurt no one.
            """);

        claims.Single(c => c.Value == 80).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 0).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
    }

    // "the second crash of the model in five months, after a Lion Air jet went down": the one before this is another.
    [Fact]
    public void The_crash_before_a_second_one_is_another_event()
    {
        var claims = Quantities("""
            The jet crashed after take-off, killing all 157 people on board. It was the second crash of the model in five months, after a Lion Air jet went down off Indonesia in October, killing 189 people.
            """);

        claims.Single(c => c.Value == 157).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 189).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
    }

    // "three months after gunmen killed 145 people at a concert hall near Moscow": that attack's toll and place are its
    // own, and the figure after the aside is this event's, with no place.
    [Fact]
    public void An_earlier_attack_told_of_in_an_aside_is_another_event_and_keeps_its_place()
    {
        var claims = Quantities("""
            The attacks, three months after gunmen killed 145 people at a concert hall near Moscow, killed 20 people, officials said.
            """);

        claims.Single(c => c.Value == 145).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
        claims.Single(c => c.Value == 20).ShouldSatisfyAllConditions(c => c.Anchor.ShouldBe(""), c => c.Place.ShouldBe(""), c => c.Subject.ShouldBe("casualties:"));
    }

    [Fact]
    public void A_figure_after_an_earlier_attack_set_off_by_a_comma_is_this_events()
        => Quantities("Three months after gunmen stormed the hotel, the inquiry put the toll at 22.").Single().Anchor.ShouldBe("");

    // "The death toll in the Air India Express crash": a name that goes on to the event's noun is the event, and no
    // shorter name inside it ("Air India") is a place.
    [Fact]
    public void A_name_that_names_the_event_gives_no_place_of_its_first_words()
        => Quantities("The death toll in the Air India Express crash at Kozhikode rose to 18 on Saturday.").Single().Place.ShouldBe("");

    // "a plane flying from Baku to Grozny in Russia": where a journey starts and ends acts in nothing.
    [Theory]
    [InlineData("A passenger plane flying from Baku to Grozny in Russia crashed near the city, and 32 people survived.")]
    [InlineData("A ferry bound for Moscow sank in the river, and 32 people survived.")]
    public void The_ends_of_a_journey_are_no_actor(string text)
        => Quantities(text).Single(c => c.Value == 32).Subject.ShouldBe("rescue:");

    [Fact]
    public void An_aftershock_or_a_second_quake_is_another_event()
    {
        var claims = Quantities("""
            The survey measured the main quake at 6.9. An aftershock of magnitude 5.2 followed at dusk. A fresh 5.8 tremor hit the coast on Friday.
            """);

        claims.Single(c => c.Value == 6.9).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 5.2).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
        claims.Single(c => c.Value == 5.8).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
    }

    [Fact]
    public void The_wider_campaign_an_attack_was_part_of_is_another_event()
    {
        var claims = Quantities("""
            The group said the army carried out the gas attack on the town as part of a campaign against the country's Kurds. It estimated that 4,000 people died in the attack. The campaign killed at least 50,000 people that year, the report said.
            """);

        claims.Single(c => c.Value == 4_000).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 50_000).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
    }

    [Fact]
    public void The_second_quake_with_its_noun_left_out_is_another_event()
    {
        var claims = Quantities("The institute measured the first quake at magnitude 6.7 and the second at 6.2.");

        claims.Single(c => c.Value == 6.7).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 6.2).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
    }

    [Fact]
    public void One_of_several_blasts_named_by_its_order_or_its_size_is_another_event()
    {
        var claims = Quantities("""
            Seismologists recorded the blast at magnitude 2.2. The larger of the two blasts had a magnitude of 2.3. A magnitude of 2.1 was recorded for the second blast.
            """);

        claims.Single(c => c.Value == 2.2).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 2.3).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
        claims.Single(c => c.Value == 2.1).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
    }

    [Fact]
    public void A_second_wave_of_explosions_is_another_event()
    {
        var claims = Quantities("The pagers exploded on Tuesday, killing 12 people. A second wave of explosions, involving radios, killed 20 people on Wednesday.");

        claims.Single(c => c.Value == 12).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 20).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
    }

    [Fact]
    public void A_bare_figure_put_at_after_a_longer_description_counts_what_came_before()
        => Quantities("About 10,000 soldiers had been sent to Russia, the Pentagon said. Kyiv put the number already in the country at 11,000.")
            .Single(c => c.Value == 11_000).Subject.ShouldBe("deployment:Russia");

    [Theory]
    [InlineData("Symptoms can take weeks to appear, and the troops at the base, an estimated 2,000 of them, were screened in waves.", 2_000)]
    [InlineData("The air base housed about 1,500 U.S. and coalition personnel at the time.", 1_500)]
    public void Troops_a_base_holds_are_its_garrison_whoever_sent_them(string text, double value)
    {
        var claim = Quantities(text).ShouldHaveSingleItem();

        claim.Value.ShouldBe(value);
        claim.Subject.ShouldBe("garrison:");
    }

    [Fact]
    public void Only_troops_are_a_garrison_and_a_garrison_dates_nothing()
    {
        Quantities("The stadium hosted 60,000 fans on Saturday.").ShouldAllBe(c => c.Subject != "garrison:");
        Extract.From("Iran fired missiles at two bases housing U.S. troops early on Wednesday.", "2020-01-08").OfType<DateClaim>()
            .ShouldHaveSingleItem().Subject.ShouldNotStartWith("garrison");
    }

    [Fact]
    public void Troops_moved_to_a_named_region_are_counted_there()
        => Quantities("About 8,000 soldiers have moved to Russia's Belgorod region, the minister said.").ShouldHaveSingleItem().Place.ShouldBe("belgorod");

    [Theory]
    [InlineData("The governor said the toll could climb to 4,000.")]
    [InlineData("Some aid agencies said the final toll could be as high as 30,000.")]
    [InlineData("Nobody could say whether 3,000 or 5,000 people had died.")]
    [InlineData("The agency estimated that the death toll in the region could exceed 10,000 people, and that economic losses could reach billions.")]
    public void A_forecast_or_a_guess_counts_no_one(string text)
        => Quantities(text).ShouldAllBe(c => c.Subject == "");

    // "the real toll could be as high as" guesses at what has happened, not at what will; and the official figure it is
    // set against counts the same dead and is the authorities'.
    [Fact]
    public void A_guess_at_the_real_toll_is_a_count_and_the_official_figure_is_the_authorities()
        => Quantities("The opposition leader said on Tuesday that the real death toll from the unrest in the northern provinces could be as high as 900, far above the official figure of 260.")
            .Select(c => (c.Value, c.Subject, c.Stance, c.Attribution)).ShouldBe([(900, "casualties:", Stance.Asserted, "opposition leader"), (260, "casualties:", Stance.Asserted, "officials")]);

    // "the real number was far higher, possibly more than 1,000" raises the count before it: the dead, whatever the
    // clause after it accuses anyone of, and a guess at the count, not a plan.
    [Fact]
    public void A_count_said_to_be_far_higher_counts_what_the_one_before_counted()
    {
        var claims = Quantities("Officials said 140 people had died in the clashes. Church groups said the true figure was much higher, perhaps 600, and accused police of firing on mourners.");

        claims.Select(c => (c.Value, c.Subject, c.Stance)).ShouldBe([(140, "casualties:", Stance.Asserted), (600, "casualties:", Stance.Asserted)]);
    }

    // A toll said to be far higher counts the dead though no count came before it in the article.
    [Fact]
    public void A_toll_said_to_be_far_higher_counts_the_dead_with_no_count_before()
        => Quantities("Opposition groups said the true toll was much higher, perhaps 900, and that troops had fired on mourners.")
            .ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.Value.ShouldBe(900), c => c.Subject.ShouldBe("casualties:"), c => c.Stance.ShouldBe(Stance.Asserted));

    // Soldiers counted beside civilians are a group of their own, not the toll of all the dead.
    [Fact]
    public void Soldiers_counted_beside_civilians_are_a_group_of_their_own()
    {
        var claims = Quantities("Officials put the number of civilian dead at 52 and said nine soldiers had been killed.");

        claims.Single(c => c.Value == 9).Unit.ShouldBe("personnel");
        claims.Single(c => c.Value == 52).Unit.ShouldBe("civilians");
    }

    // Bodies taken from one grave are that grave's share of the toll; from graves in the plural they may be all of it.
    [Theory]
    [InlineData("Forensic teams exhumed 41 bodies from a mass grave outside the town, the prosecutor said.", "")]
    [InlineData("Police said 39 bodies had been found in a single shallow grave near the river.", "")]
    [InlineData("Police have exhumed 39 bodies from shallow graves in the forest, officials said.", "casualties:")]
    public void Bodies_from_one_grave_are_a_part_of_the_toll(string text, string subject)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldBe(subject);

    // Dead counted over several nights of attacks are a sum over them, not one night's toll.
    [Fact]
    public void The_dead_of_several_nights_of_attacks_are_counted_together()
        => Quantities("At least 70 people have been killed in three nights of attacks on the coast.").ShouldHaveSingleItem().Place.ShouldBe("events together");

    // Those who escaped or fled and say how many died speak of the dead, not of who escaped.
    [Theory]
    [InlineData("Villagers who escaped said 35 people had been killed in the raid.")]
    [InlineData("Survivors who fled to the border said at least 60 people had been killed.")]
    public void A_relative_clause_in_the_speaker_s_name_says_nothing_of_the_figure(string text)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldBe("casualties:");

    // With no cue after the figure, the relative clause still says what the figure is about: the rally its route was
    // measured for.
    [Fact]
    public void A_relative_clause_in_the_speaker_s_name_names_the_event_when_nothing_after_does()
        => Quantities("Researchers who measured the rally route said no more than 80,000 people could have fitted into the square.")
            .ShouldHaveSingleItem().Subject.ShouldBe("turnout:");

    // Two counts joined by "and", with a number before the second, are two counts, each with its own noun.
    [Theory]
    [InlineData("The army said 40 militants and six soldiers had been killed in the fighting.", 40, 6)]
    [InlineData("Police said 23 rebels and nine civilians were killed in the raid.", 23, 9)]
    public void Two_counts_joined_by_and_are_two_counts(string text, double first, double second)
        => Quantities(text).Select(c => (c.Value, c.Subject)).ShouldBe([(first, "casualties:"), (second, "casualties:")]);

    [Fact]
    public void A_year_in_a_relative_clause_dates_the_figure_after_it()
    {
        var document = Document.FromText("storm", "The storm rivals the 1991 cyclone, which killed 138,000 people.", published: new DateOnly(2031, 5, 2));
        var claim = new ClaimExtractor().Extract(document, BatchContext.Of([document])).Claims.OfType<QuantityClaim>().Single();

        claim.Anchor.ShouldBe("1991");
    }

    [Fact]
    public void A_capital_is_a_place_inside_the_event_and_a_country_is_the_whole()
    {
        var claims = Quantities("""
            Police counted 41,000 marchers in Lisbon. Some 190,000 people marched in Portugal. The Porto police said 12,000 people joined the march.
            """);

        claims.Single(c => c.Value == 41_000).Place.ShouldBe("lisbon");
        claims.Single(c => c.Value == 190_000).Place.ShouldBe("");
        claims.Single(c => c.Value == 12_000).Place.ShouldBe("porto");
    }

    [Fact]
    public void A_figure_a_total_includes_is_a_part()
    {
        var claims = Quantities("Officials said 48 people died. The total includes 41 people who died in the hotel.");

        claims.Single(c => c.Value == 41).Subject.ShouldBe("");
    }

    [Fact]
    public void An_ordinal_after_a_names_which_one_not_how_many()
        => Quantities("The fire started in a fourth-floor flat of the block.").ShouldBeEmpty();

    [Fact]
    public void Munitions_fired_count_one_attack_whichever_side_the_sentence_names()
    {
        var claims = Quantities("""
            The defence ministry said 12 rockets had been launched at Dorne. The rebels said they fired 9 rockets.
            """);

        claims.Select(c => c.Subject).Distinct().ShouldHaveSingleItem().ShouldBe("strike:");
    }

    [Fact]
    public void Bodies_counted_where_they_were_recovered_are_a_part_of_the_toll()
    {
        var claims = Quantities("""
            The landslide killed 44 people, officials said. Nine bodies were pulled from the riverbed on Friday.
            """);

        claims.Single(c => c.Value == 44).Place.ShouldBe("");
        claims.Single(c => c.Value == 9).Place.ShouldBe("riverbed");
    }

    [Fact]
    public void Where_the_last_victim_was_found_is_no_place_of_the_risen_total()
        => Quantities("The number of people killed in the attacks has risen to 50 after investigators found another body at the Al Noor mosque, police said.")
            .ShouldHaveSingleItem().Place.ShouldBe("");

    [Fact]
    public void The_last_bodies_recovered_are_what_closed_the_count()
        => Quantities("Rescuers recovered the last two bodies from the mine on Saturday, bringing the toll to 301, the minister said.")
            .Single(c => c.Value == 2).Subject.ShouldBe("");

    // What a morgue or a hospital took in is a part of the toll, told before the figure as after it.
    [Theory]
    [InlineData("The coroner said the morgue had received more than 180 bodies.", "morgue")]
    [InlineData("Officials said the main hospital had admitted 45 injured people.", "hospital")]
    public void What_a_morgue_or_a_hospital_took_in_is_a_part(string text, string place)
        => Quantities(text).Single().Place.ShouldBe(place);

    [Fact]
    public void Bodies_kept_somewhere_are_a_part_of_the_toll_and_the_living_taken_somewhere_are_all_of_themselves()
    {
        var claims = Quantities("""
            The ferry sank with 61 people aboard. Some 30 bodies lay in a warehouse by the quay on Tuesday.
            The vessel's 14 crew members were taken to the port of Tarsus. About 40 injured passengers were taken to hospital.
            Eleven bodies were pulled from the Bosporus.
            """);

        claims.Single(c => c.Value == 30).Place.ShouldBe("warehouse");
        claims.Single(c => c.Value == 14).Place.ShouldBe("");
        claims.Single(c => c.Value == 40).Place.ShouldBe("hospital");
        claims.Single(c => c.Value == 11).Place.ShouldBe("bosporus");
    }

    [Fact]
    public void A_sum_given_as_the_worth_of_what_was_seized_is_not_the_payment_named_after_it()
    {
        var claims = Quantities("""
            Prosecutors said they had confiscated 40 kilos of gold, valued at about $2.6 million, from the bribes paid to the minister.
            The firm's payment of 90 bitcoin, then worth some $3 million, was the largest.
            """);

        claims.Single(c => c.Value == 2.6e6).Subject.ShouldNotStartWith("payment");
        claims.Single(c => c.Value == 3e6).Subject.ShouldBe("payment:");
    }

    [Fact]
    public void A_worth_belongs_to_what_the_main_verb_did_not_to_a_payment_described_in_between()
    {
        var claims = Quantities("""
            Officials said they had recovered 50 bitcoin of the ransom paid by the hospital group, worth about $1.9 million.
            The hospital group paid the gang 80 bitcoin, then worth about $3.1 million.
            """);

        claims.Single(c => c.Value == 1.9e6).Subject.ShouldBe("recovery:");
        claims.Single(c => c.Value == 3.1e6).Subject.ShouldBe("payment:");
    }

    [Fact]
    public void Flats_are_a_building_size_only_when_the_building_holds_them()
    {
        var claims = Quantities("""
            The hostel is a block of about 90 flats on the ring road. Officers have traced the tenants of 61 flats.
            The council said the tower's 96 flats were all occupied.
            """);

        claims.Single(c => c.Value == 90).Subject.ShouldBe("building:");
        claims.Single(c => c.Value == 96).Subject.ShouldBe("building:");
        claims.Single(c => c.Value == 61).Subject.ShouldBe("");
    }

    [Fact]
    public void People_who_moved_somewhere_are_no_troop_movement()
    {
        var claims = Quantities("""
            The agency said 40,000 people moved into shelters after the cyclone. The army deployed 3,000 soldiers.
            """);

        claims.Single(c => c.Value == 40_000).Subject.ShouldBe("");
        claims.Single(c => c.Value == 3_000).Subject.ShouldStartWith("deployment:");
    }

    [Fact]
    public void A_paragraph_that_opens_with_a_place_places_the_figures_after_it()
    {
        var claims = Quantities("""
            The storm killed at least 310 people across the islands, the government said.

            On Tamsin Atoll, fishermen said the surge had flattened the harbour. At least 12 people were killed on the atoll.

            Officials said 40 people were missing near the summit of Mount Arlo, and 6 were killed by the Arlo landslide. More than 25 were injured, they said.
            """);

        claims.Single(c => c.Value == 310).Place.ShouldBe("");
        claims.Single(c => c.Value == 12).Place.ShouldBe("tamsin atoll");
        claims.Single(c => c.Value == 40).Place.ShouldBe("arlo");
        claims.Single(c => c.Value == 6).Place.ShouldBe("arlo");
        claims.Single(c => c.Value == 25).Place.ShouldBe("arlo");
    }

    [Fact]
    public void A_place_after_and_with_another_verb_belongs_to_that_clause_and_a_demonym_before_capital_is_the_capital()
    {
        var claims = Quantities("""
            The blast killed 41 people, injuring more than 900 and shattering windows across the Corvish capital.
            Another 30 people were hurt in the Corvish capital.
            """);

        claims.Single(c => c.Value == 900).Place.ShouldBe("");
        claims.Single(c => c.Value == 30).Place.ShouldBe("capital");
    }

    [Fact]
    public void Counts_after_with_are_parts_only_of_a_figure_of_the_same_event()
    {
        var claims = Quantities("""
            The toll rose to 88 on Monday, the ministry said, with about 700 injured and some 40 people still missing.
            The toll passed 500, with 310 dead in the north.
            """);

        claims.Single(c => c.Value == 700).Subject.ShouldBe("injuries:");
        claims.Single(c => c.Value == 40).Subject.ShouldBe("missing:");
        claims.Single(c => c.Value == 310).Subject.ShouldBe("");
    }

    [Fact]
    public void A_cue_between_the_number_and_the_counted_thing_names_the_event()
        => Quantities("Divers kept looking for more than 70 missing people.").Single().Subject.ShouldBe("missing:");

    [Theory]
    [InlineData("Police had detained 14 people by early evening.", "by early evening")]
    [InlineData("As of 11 a.m., 40 people had been rescued.", "as of 11 a.m.")]
    [InlineData("Police detained 14 people on Sunday.", "")]
    public void A_figure_keeps_the_time_of_day_it_was_given_for(string text, string time)
        => Quantities(text).Single().TimeOfDay.ShouldBe(time);

    [Fact]
    public void A_timeline_goes_on_counting_what_its_first_entry_counted()
    {
        var claims = Quantities("""
            Here is every official count, in order.
            May 3 - 14 workers treated for smoke inhalation, the company said.
            May 5 - 26 diagnosed with lung damage.
            May 9 - 41.
            """);

        claims.Select(c => (c.Value, c.Subject, c.Unit)).ShouldBe([(14, "injuries:", "people"), (26, "injuries:", "people"), (41, "injuries:", "people")]);
    }

    [Theory]
    [InlineData("No one was killed in the blast, police said.", "casualties:", "people")]
    [InlineData("Officials said no soldiers were hurt.", "injuries:", "personnel")]
    public void Words_that_count_no_one_are_a_count_of_zero(string text, string subject, string unit)
    {
        var zero = Quantities(text).ShouldHaveSingleItem();
        zero.Value.ShouldBe(0);
        zero.Subject.ShouldBe(subject);
        zero.Unit.ShouldBe(unit);
    }

    [Fact]
    public void No_casualties_counts_no_dead_and_no_wounded()
        => Quantities("The army said there were no casualties.").Select(c => (c.Value, c.Subject)).ShouldBe([(0, "casualties:"), (0, "injuries:")]);

    // "No one was harmed" and "none were killed or injured" count no dead and no hurt, whatever nationalities are
    // listed.
    [Theory]
    [InlineData("Officials said no one had been harmed.", "people")]
    [InlineData("No American or Iraqi personnel were killed or injured, the military said.", "personnel")]
    [InlineData("The army said no soldiers were wounded or killed.", "personnel")]
    public void None_harmed_counts_no_dead_and_no_wounded(string text, string unit)
        => Quantities(text).Select(c => (c.Value, c.Subject[..(c.Subject.IndexOf(':') + 1)], c.Unit)).Order()
            .ShouldBe([(0, "casualties:", unit), (0, "injuries:", unit)]);

    [Fact]
    public void No_deaths_says_nothing_of_the_wounded()
        => Quantities("Officials said there had been no deaths.").ShouldHaveSingleItem().Subject.ShouldBe("casualties:");

    [Fact]
    public void A_decimal_below_ten_counts_no_one_and_a_measured_one_is_a_magnitude()
    {
        var claims = Quantities("The earthquake killed at least 300 people. The U.S. Geological Survey measured it at 7.9.");

        claims.Single(c => c.Value == 7.9).Subject.ShouldStartWith("magnitude");
        Quantities("The quake killed 300 people. Officials said 2.5 of the town's schools were gone.").ShouldAllBe(c => c.Value != 2.5);
    }

    [Fact]
    public void Voters_who_took_part_are_a_turnout_and_registered_voters_are_not()
    {
        Quantities("The electoral council said 10.4 million voters had taken part.").ShouldHaveSingleItem().Subject.ShouldBe("turnout:");
        Quantities("The country has 20 million registered voters.").ShouldHaveSingleItem().Unit.ShouldBe("electorate");
    }

    // The towns a crowd gathered in are where it was, not what a later bare figure goes on counting.
    [Fact]
    public void A_bare_figure_after_the_towns_of_a_protest_counts_the_crowd()
    {
        var claims = Quantities("The unions said 300,000 people had joined the marches in 35 towns. The interior ministry said 90,000 had protested nationwide.");

        claims.Single(c => c.Value == 35).Unit.ShouldBe("localities");
        claims.Single(c => c.Value == 90_000).Unit.ShouldBe("people");
    }

    [Fact]
    public void A_crowd_put_at_a_figure_in_a_named_city_is_that_city_s()
        => Quantities("Police put the crowd in Seoul at 320,000 at its peak.").ShouldHaveSingleItem().Place.ShouldBe("seoul");

    // A march named with its city before the verb is that city's; a sentence that opens on the whole country is no
    // continuation of the city named before it.
    [Fact]
    public void A_march_in_a_city_is_that_city_s_and_a_nationwide_count_after_it_is_the_whole()
    {
        var claims = Quantities("""
            Tuesday's march in Lyon drew 31,000 people according to the police, while the unions put the figure at 90,000. Nationwide, the interior ministry recorded 960,000 protesters in more than 200 demonstrations.
            """);

        claims.Where(c => c.Value is 31_000 or 90_000).ShouldAllBe(c => c.Place == "lyon");
        claims.Single(c => c.Value == 960_000).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("turnout:"), c => c.Place.ShouldBeEmpty());
    }

    [Theory]
    [InlineData("Nine of the dead were children under 10.")]
    [InlineData("The dead included children under 10, officials said.")]
    public void An_age_limit_is_no_count(string text)
        => Quantities(text).ShouldAllBe(c => c.Value != 10 && c.Value != 70);

    [Theory]
    [InlineData("Ten people were crushed to death on a footbridge, police said.")]
    [InlineData("Three people were trampled to death at the gate, police said.")]
    public void Crushed_or_trampled_to_death_counts_the_dead(string text)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldBe("casualties:");

    [Fact]
    public void Workers_who_rally_are_a_crowd_and_a_union_s_estimate_is_the_union_s()
    {
        var claims = Quantities("About 3,000 workers rallied outside the plant on Monday, police said, far fewer than the union's estimate of 6,540 strikers.");

        var crowd = claims.Single(c => c.Value == 3_000);
        (crowd.Subject, crowd.Unit, crowd.Attribution).ShouldBe(("turnout:", "people", "police"));
        claims.Single(c => c.Value == 6_540).Attribution.ShouldBe("union");
    }

    [Fact]
    public void Raising_an_estimate_by_a_figure_counts_the_change_not_a_total()
        => Quantities("The ministry said 166,320 people had died, raising its estimate by more than 50,000.")
            .Single(c => c.Low == 50_000).Subject.ShouldBe("");

    [Fact]
    public void A_word_set_off_by_commas_before_the_verb_is_no_part_of_the_speaker()
        => Quantities("The national disaster agency, however, put the death toll at 115,000.")
            .ShouldHaveSingleItem().Attribution.ShouldBe("national disaster agency");

    [Theory]
    [InlineData("SYDNEY, Sept 23 - Optus, Australia's second-largest telecommunications company, said on Thursday that 9.8 million customers were affected.", "Optus")]
    [InlineData("Medibank, the insurer, said 9.8 million customers were affected.", "Medibank")]
    [InlineData("However, the insurer said 9.8 million customers were affected.", "insurer")]
    public void A_one_word_name_before_its_role_speaks(string text, string speaker)
        => Quantities(text).ShouldHaveSingleItem().Attribution.ShouldBe(speaker);

    [Fact]
    public void A_column_that_numbered_fighters_is_a_force_and_a_crowd_that_numbered_is_a_turnout()
    {
        Quantities("Russian officials said the column had numbered about 5,000 fighters.").ShouldHaveSingleItem().Subject.ShouldStartWith("deployment:");
        Quantities("The crowd numbered about 50,000 people, police said.").ShouldHaveSingleItem().Subject.ShouldBe("turnout:");
    }

    // People who fill a street or a square are a crowd; a boat packed with people and water that filled a train are
    // not.
    [Theory]
    [InlineData("In the city, the military police said one million people filled Paulista Avenue.", "turnout:")]
    [InlineData("Police said 30,000 people had packed the city centre on Saturday.", "turnout:")]
    [InlineData("About 5,000 people thronged the main square, police said.", "turnout:")]
    [InlineData("Twelve people died when water filled a train on the city's subway.", "casualties:")]
    public void People_who_fill_a_public_place_are_a_crowd(string text, string subject)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldBe(subject);

    [Fact]
    public void Suspected_cases_are_counted_apart_from_confirmed_cases()
    {
        Quantities("The ministry said 16 suspected cases had been reported.").ShouldHaveSingleItem().Unit.ShouldBe("suspected cases");
        Quantities("The WHO reported nine confirmed cases.").ShouldHaveSingleItem().Unit.ShouldBe("cases");
    }

    [Fact]
    public void Parents_of_children_speak_not_the_children_or_their_school()
        => Extract.From("Parents of children killed when their schools collapsed accused officials of allowing shoddy construction.")
            .ShouldAllBe(c => c.Attribution == "Parents");

    [Fact]
    public void A_paragraph_that_turns_to_another_story_belongs_to_another_event()
    {
        var claims = Quantities("""
            The strike killed 12 people, officials said.

            Separately, a bus crashed near the border, killing 30 people.
            """);

        claims.Single(c => c.Value == 12).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 30).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
    }

    [Fact]
    public void A_year_before_killed_is_no_count_and_a_temperature_is_no_figure()
    {
        var claims = Quantities("By comparison, the depot fire of 1994 killed 27 people. Temperatures reached 1,100C.");

        claims.ShouldHaveSingleItem().Value.ShouldBe(27);
        claims[0].Anchor.ShouldBe("1994");
    }

    [Fact]
    public void What_exploded_and_who_responded_are_their_own_quantities_and_fire_is_no_attack()
    {
        var claims = Quantities("""
            A fire tore through the 18-storey depot. While the depot burned, 150 firefighters were at the scene.
            Investigators said no more than 40 tonnes of fertiliser had exploded.
            """);

        claims.Single(c => c.Value == 18).Subject.ShouldBe("building:");
        claims.Single(c => c.Value == 150).Subject.ShouldBe("response:");
        claims.Single(c => c.Value == 40).Subject.ShouldBe("explosion:");
    }

    [Fact]
    public void A_figure_after_then_counts_what_the_figure_before_it_counted()
        => Quantities("At first the police confirmed 9 deaths, then 14.").Select(c => (c.Value, c.Subject)).ShouldBe([(9, "casualties:"), (14, "casualties:")]);

    [Fact]
    public void The_presumed_dead_are_another_measure_and_the_whole_of_a_part_is_no_new_figure()
    {
        var claims = Quantities("""
            Police said 40 people were now presumed dead. The commander said 22 of the 40 had been confirmed dead.
            """);

        claims.Single(c => c.Value == 40 && c.Subject != "").Subject.ShouldBe("presumed:");
        claims.Where(c => c.Value is 22 or 40 && c.Subject == "").Count().ShouldBe(2);
    }

    [Theory]
    [InlineData("Seven gunmen stormed the school on Tuesday.", 7)]
    [InlineData("The army said all seven attackers, who wore suicide vests, had been killed.", 7)]
    [InlineData("Six gunmen attacked the school.", 6)]
    public void Attackers_who_stormed_or_all_of_whom_died_count_the_attack_s_party(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldBe("strike:");

    [Theory]
    [InlineData("The rebels had seized the theatre on Wednesday. Forty-one rebels were killed, the security service said.", "militants")]
    [InlineData("Jets struck a camp in the hills on Tuesday. More than 250 militants had been killed, a politician said.", "people")]
    [InlineData("Security forces killed 41 militants after they stormed government buildings, the minister said.", "militants")]
    public void Rebels_killed_are_counted_apart_only_where_they_attacked(string text, string unit)
        => Quantities(text).Single(c => c.Value is 41 or 250).Unit.ShouldBe(unit);

    [Fact]
    public void Workers_named_by_their_country_are_that_country_s_dead()
        => Quantities("The government confirmed that five Norwegian workers had been killed in the attack.").ShouldHaveSingleItem().Place.ShouldBe("norway");

    [Theory]
    [InlineData("Hamas took about 250 people hostage, of whom 105 were freed during a truce.", 250)]
    [InlineData("The military said Hamas was holding about 150 hostages in Gaza.", 150)]
    public void People_taken_or_held_hostage_are_abducted(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldBe("abduction:");

    [Theory]
    [InlineData("A gunman shot 13 people at a supermarket on Saturday, killing 10, police said.", 13, "shot:")]
    [InlineData("A gunman shot 13 people at a supermarket on Saturday, killing 10, police said.", 10, "casualties:")]
    [InlineData("Three people were shot and killed on Friday.", 3, "casualties:")]
    [InlineData("Two officers were shot and wounded.", 2, "injuries:")]
    public void People_shot_are_the_dead_and_the_wounded_together(string text, double value, string subject)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldBe(subject);

    [Fact]
    public void Some_attackers_killed_are_still_a_toll_of_attackers()
        => Quantities("Soldiers shot dead four attackers, officials said.").ShouldHaveSingleItem().Subject.ShouldBe("casualties:");

    [Theory]
    [InlineData("The doctors' union put the number of civilians killed at 264.", "civilians")]
    [InlineData("The number of children killed rose to 26, the agency said.", "children")]
    [InlineData("The total number of foreign hostages killed stands at 39, officials said.", "hostages")]
    [InlineData("The number of hostages who died has risen to 118, officials said.", "hostages")]
    public void A_count_of_one_kind_of_dead_counts_that_kind(string text, string unit)
        => Quantities(text).ShouldHaveSingleItem().Unit.ShouldBe(unit);

    [Fact]
    public void A_numbered_occasion_of_someones_is_another_event_and_drew_counts_a_crowd()
    {
        var claims = Quantities("""
            The parade drew 80,000 people, police said. Mayor Lind's first parade drew an estimated 200,000 people.
            """);

        claims.Single(c => c.Value == 80_000).Subject.ShouldBe("turnout:");
        claims.Single(c => c.Value == 80_000).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 200_000).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
        Quantities("Valdoria's first estimate put the toll at 310 dead.").Single().Anchor.ShouldBe("");
    }

    [Fact]
    public void A_bare_figure_in_the_next_paragraph_still_counts_what_the_story_was_counting()
    {
        var claims = Quantities("""
            The official toll now stands at 1,900, the government said.

            Officials said families had buried some victims themselves. The first estimate, on May 2, had been 1,200.
            """);

        claims.Single(c => c.Value == 1_200).Subject.ShouldBe("casualties:");
    }

    [Fact]
    public void One_places_share_of_a_national_count_is_that_places_count()
    {
        var claims = Quantities("""
            The ministry counted 806,000 protesters in total, including 65,000 in Lyon. The union put the nationwide total at 1.5 million.
            """);

        claims.Single(c => c.Value == 65_000).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("turnout:"), c => c.Place.ShouldBe("lyon"));
        claims.Single(c => c.Value == 1_500_000).Place.ShouldBeEmpty();
    }

    [Fact]
    public void The_capital_is_the_one_capital_the_articles_name()
    {
        var text = """
            The union said 1.5 million people had taken part nationwide, 250,000 of them in the capital. Police put the figure for Paris at 65,000, while the union counted a quarter of a million in the capital.
            """;
        var document = Document.FromText("test", text, published: new DateOnly(2019, 12, 6));
        var claims = new ClaimExtractor().Extract(document, BatchContext.Of([document])).Claims.OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 1_500_000).Subject.ShouldBe("turnout:");
        claims.Where(c => c.Value is 250_000 or 65_000).Select(c => c.Place).ShouldBe(["paris", "paris", "paris"]);
        claims.Single(c => c.Value == 65_000).Attribution.ShouldBe("Police");
        claims.Where(c => c.Value == 250_000).ShouldAllBe(c => c.Attribution == "union");
    }

    [Fact]
    public void The_capital_stays_unnamed_when_the_articles_name_several_capitals()
    {
        var document = Document.FromText("test", "Envoys from Paris and Berlin met. About 20,000 people marched in the capital.", published: new DateOnly(2019, 12, 6));

        new ClaimExtractor().Extract(document, BatchContext.Of([document])).Claims.OfType<QuantityClaim>().Single().Place.ShouldBe("capital");
    }

    [Theory]
    [InlineData("Police detained 71 people, the Lyon police chief said.", "lyon")]
    [InlineData("Police detained 71 people, French police said.", "")]
    [InlineData("On Friday police had said 71 people were detained.", "")]
    public void A_citys_police_count_in_their_city(string text, string place)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe(place);

    [Theory]
    [InlineData("A fire brought down its 93-metre spire.", "size:spire", "meters")]
    [InlineData("The spire, a later addition, stood 96 metres high before it collapsed.", "size:spire", "meters")]
    [InlineData("The main spire stood 96 metres tall.", "size:spire", "meters")]
    [InlineData("The alley where the victims were crushed is 3.2 metres wide.", "size:alley", "meters wide")]
    [InlineData("Jezero Crater, 45 kilometres wide, held a lake.", "size:crater", "kilometers wide")]
    [InlineData("The ship, a 400-metre-long vessel, ran aground.", "size:vessel", "meters")]
    public void A_length_is_the_size_of_the_thing_it_measures(string text, string subject, string unit)
        => Quantities(text).ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.Subject.ShouldBe(subject), c => c.Unit.ShouldBe(unit));

    [Theory]
    [InlineData("The camp sits about 60 miles north of Nairobi.")]
    [InlineData("The tremor hit some 40 km southeast of Lima.")]
    public void A_distance_measures_no_thing(string text)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldBeEmpty();

    [Fact]
    public void Firefighters_who_are_hurt_are_injuries_not_the_response()
    {
        var claims = Quantities("About 400 firefighters fought the blaze. One firefighter was injured.");

        claims.Single(c => c.Value == 400).Subject.ShouldBe("response:");
        claims.Single(c => c.Value == 1).Subject.ShouldBe("injuries:");
    }

    [Fact]
    public void Money_paid_and_money_recovered_are_two_sums()
    {
        var claims = Quantities("""
            The company paid nearly $5 million to the hackers. He authorised a ransom of $4.4 million because executives did not know how badly the systems were damaged. Officials recovered about $2.3 million of it. Divers recovered the bodies of 14 people.
            """);

        claims.Where(c => c.Unit == "USD" && c.Value > 4e6).ShouldAllBe(c => c.Subject == "payment:" && c.Stance == Stance.Asserted);
        claims.Single(c => c.Value == 2.3e6).Subject.ShouldBe("recovery:");
        claims.Single(c => c.Value == 14).Subject.ShouldNotStartWith("recovery");
    }

    [Fact]
    public void A_toll_followed_by_when_its_people_died_is_still_the_toll()
        => Quantities("The final toll was 296 after several of the injured died in hospital.").ShouldHaveSingleItem().Subject.ShouldBe("casualties:");

    [Fact]
    public void The_number_of_people_on_board_counts_those_aboard()
        => Quantities("The number of people on board the ferry was revised to 475 on Thursday.").ShouldHaveSingleItem().Subject.ShouldBe("aboard:");

    [Fact]
    public void Who_revises_a_toll_gives_it()
        => Quantities("Indonesian officials on Monday revised the death toll down to 125, saying some victims had been counted twice by different hospitals.")
            .ShouldHaveSingleItem().Attribution.ShouldBe("Indonesian officials");

    [Fact]
    public void Who_puts_a_figure_from_a_place_keeps_it_when_a_contrasted_clause_has_a_speaker_of_its_own()
    {
        var claims = Quantities("""
            Officials in northern Peru put the toll at 2,000 dead, while aid workers said hundreds were still missing.
            """);

        claims.Single(c => c.Value == 2_000).Attribution.ShouldBe("Officials");
    }

    [Fact]
    public void A_clause_joined_by_and_has_its_own_counter()
    {
        var claims = Quantities("The military command on the island said it had counted 381 dead, and the provincial government put the figure at 226.");

        claims.Single(c => c.Value == 381).Attribution.ShouldBe("military command");
        claims.Single(c => c.Value == 226).Attribution.ShouldBe("provincial government");
    }

    [Theory]
    [InlineData("A state investigation released on Saturday found that the fire destroyed 114 homes.", "state investigation")]
    [InlineData("A British intelligence assessment published on Thursday put the number of dead at a minimum of 350.", "United Kingdom")]
    public void When_a_document_came_out_is_no_part_of_who_gives_its_figure(string text, string attribution)
        => Quantities(text).ShouldHaveSingleItem().Attribution.ShouldBe(attribution);

    [Fact]
    public void Two_countries_agencies_in_one_sentence_each_count_their_own_country_s_share()
    {
        var claims = Quantities("Georgia's interior ministry said about 53,000 Russians had crossed into Georgia, and Finland's border guard said 43,000 had arrived in the past week.");

        var arrivals = claims.Single(c => c.Value == 43_000);
        arrivals.Attribution.ShouldBe("Finland's border guard");
        arrivals.Place.ShouldBe("finland");
    }

    [Fact]
    public void A_march_a_week_earlier_is_another_day_and_each_clause_has_its_counter()
    {
        var claims = Quantities("""
            Organisers said nearly 2 million people took part in Sunday's march. A week earlier, organisers had counted 1.03 million marchers, while police put that crowd at 240,000.
            """);

        claims.Single(c => c.Value == 2_000_000).Occasion.ShouldBe(new DateOnly(2024, 10, 13));
        claims.Where(c => c.Value is 1_030_000 or 240_000).ShouldAllBe(c => c.Occasion == new DateOnly(2024, 10, 6));
        claims.Single(c => c.Value == 240_000).Attribution.ShouldBe("police");
    }

    [Fact]
    public void A_participle_after_what_it_counts_names_no_speaker()
        => Quantities("The regional ministry put the toll at 212 on Monday, with more than 9,000 cases recorded since May.")
            .ShouldAllBe(c => c.Attribution == "regional ministry");

    [Fact]
    public void A_figure_with_a_verb_of_its_own_after_a_clause_joint_is_not_governed_by_the_verb_before()
        => Quantities("The flood has killed 340 people, officials said, and more than 5,000 have been treated in hospital.")
            .Single(c => c.Value == 5_000).Subject.ShouldNotStartWith("casualties:");

    [Fact]
    public void People_who_took_to_the_streets_are_a_crowd_on_the_day_the_sentence_names()
    {
        var crowd = Quantities("Nearly two million people took to the streets on Sunday, organisers said.").Single();

        crowd.Subject.ShouldBe("turnout:");
        crowd.Occasion.ShouldBe(new DateOnly(2024, 10, 13));
    }

    [Fact]
    public void An_undated_article_s_march_named_by_its_day_is_that_day_of_the_batch_s_year_and_its_sunday_is_no_day()
    {
        var dated = Document.FromText("a.txt", "Police said 338,000 people marched on Sunday.", published: new DateOnly(2019, 6, 17));
        var undated = Document.FromText("b.txt", "Researchers estimated that 600,000 people joined the June 16 march.");
        var sunday = Document.FromText("c.txt", "On Sunday, 40,000 people marched.");
        var claims = new ClaimExtractor().ExtractAll([dated, undated, sunday]).Where(r => r.Document.Id != "a.txt")
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 600_000).Occasion.ShouldBe(new DateOnly(2019, 6, 16));
        claims.Single(c => c.Value == 40_000).Occasion.ShouldBeNull();
    }

    [Fact]
    public void A_day_named_with_its_march_after_the_speakers_verb_is_the_marchs_day()
        => Quantities("Organisers said the October 6 march had drawn more than one million people.")
            .Single().Occasion.ShouldBe(new DateOnly(2024, 10, 6));

    [Fact]
    public void One_person_is_no_count_of_a_crowd()
        => Quantities("Organisers said 2 million people, plus one, had marched on Sunday, counting a protester who fell from a roof on Saturday.")
            .Where(c => c.Subject.StartsWith("turnout:", StringComparison.Ordinal)).Select(c => c.Value).ShouldBe([2_000_000]);

    [Fact]
    public void A_body_is_no_count_of_the_dead()
        => Quantities("A guard told the court he had found a body in the stairwell before the fire spread, police said.")
            .ShouldAllBe(c => !c.Subject.StartsWith("casualties", StringComparison.Ordinal));

    [Theory]
    [InlineData("A week earlier, organisers had counted 1.03 million marchers.", "2024-10-06")]
    [InlineData("٣ days earlier, organisers had counted 1.03 million marchers.", "2024-10-10")]
    [InlineData("A week later, organisers put the crowd at 1.03 million.", "2024-10-20")]
    public void Days_earlier_or_later_are_counted_from_the_articles_march(string second, string day)
        => Quantities($"Organisers said nearly 2 million people took part in Sunday's march. {second}")
            .Single(c => c.Value == 1_030_000).Occasion.ShouldBe(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Police_officers_hurt_are_police_not_the_people_of_the_toll()
    {
        var claims = Quantities("Police said 22 officers were injured. Seven soldiers were wounded, the army said.");

        claims.Single(c => c.Value == 22).Unit.ShouldBe("police");
        claims.Single(c => c.Value == 7).Unit.ShouldBe("people");
    }

    [Theory]
    [InlineData("Most of the deaths were in the province of Al Haouz, where 394 people died, the ministry said.", "al haouz")]
    [InlineData("The shootings began at a dormitory, Ambler Hall, where two people were killed, police said.", "ambler hall")]
    public void A_where_clause_counts_in_the_place_it_follows(string text, string place)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe(place);

    // "the city's toll for the Trade Center": a toll for a named place is that place's; a toll for a storm is the
    // storm's.
    [Theory]
    [InlineData("A year on, the city's toll for the Trade Center stands at 2,801 people, officials said.", "trade center")]
    [InlineData("The toll for Hurricane Ivo stands at 150 people, officials said.", "")]
    public void A_toll_for_a_named_place_is_that_place_s(string text, string place)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe(place);

    [Fact]
    public void A_toll_across_the_state_is_the_whole_after_a_county_figure()
    {
        var claims = Quantities("At least 60 people died in Kerr County. The toll across the state stood at 95.");

        claims.Single(c => c.Value == 60).Place.ShouldBe("kerr county");
        claims.Single(c => c.Value == 95).Place.ShouldBe("");
    }

    [Fact]
    public void Those_left_without_homes_are_the_homeless()
        => Quantities("The governor said 250,000 people had been left without homes.").ShouldHaveSingleItem().Subject.ShouldBe("homeless:");

    // Those whose homes are gone and those told to leave for a while are two counts, as a volcano's 20,000 homeless and
    // the 400,000 ordered out of the city are.
    [Fact]
    public void The_homeless_are_counted_apart_from_those_who_left()
    {
        var claims = Quantities("About 20,000 people have been left homeless. About 400,000 people were ordered to leave the city on Thursday.");

        claims.Single(c => c.Value == 20_000).Subject.ShouldBe("homeless:");
        claims.Single(c => c.Value == 400_000).Subject.ShouldBe("displacement:");
    }

    [Fact]
    public void A_where_clause_after_a_town_named_as_one_counts_in_that_town()
        => Quantities("Protesters jeered the king during a visit to the town of Catarroja, where at least 25 people died.")
            .ShouldHaveSingleItem().Place.ShouldBe("catarroja");

    [Theory]
    [InlineData("The storm killed 120 people. Another 300 people were missing.")]
    [InlineData("The storm killed 120 people, and 300 remain missing.")]
    [InlineData("The storm killed 120 people. In all, 300 were still missing.")]
    public void Those_still_missing_after_a_toll_are_a_count_of_their_own(string text)
        => Quantities(text).Single(c => c.Value == 300).Subject.ShouldBe("missing:");

    [Fact]
    public void A_named_venue_that_opens_a_sentence_places_its_figures()
        => Quantities("At the Olympia concert hall, gunmen killed at least 40 people, police said.").ShouldHaveSingleItem().Place.ShouldBe("olympia");

    [Fact]
    public void A_toll_keeps_its_event_when_a_clause_after_it_speaks_of_the_wounded()
        => Quantities("The death toll from the November 13 bombings rose to 60 on Friday after one of the wounded died in hospital, officials said.")
            .ShouldHaveSingleItem().Subject.ShouldBe("casualties:");

    [Fact]
    public void A_which_clause_on_the_event_counts_the_event_not_the_place_the_sentence_is_in()
    {
        var claims = Quantities("Thousands of people marched in Lyon on Saturday over the collision, which killed at least 40 people.");

        claims.Single(c => c.Value == 40).Place.ShouldBe("");
    }

    [Theory]
    [InlineData("At least 14 people have died in the Camp Creek fire, officials said.", "")]
    [InlineData("At least 14 people have died in Camp Creek, officials said.", "camp creek")]
    [InlineData("Rescuers said 31 people were killed in the Ortiz Tower collapse.", "")]
    public void A_place_that_names_the_event_is_no_part_of_it(string text, string place)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe(place);

    [Theory]
    [InlineData("The rebels freed 17 hostages on Sunday, mediators said.", "release:")]
    [InlineData("The government released 45 prisoners under the deal.", "release:")]
    [InlineData("Rescuers freed 12 people from the rubble overnight.", "rescue:")]
    [InlineData("An inquiry released on Friday found that 300 people had died.", "casualties:")]
    public void Captives_let_go_are_released_and_nothing_else_is(string text, string subject)
        => Quantities(text).First().Subject.ShouldBe(subject);

    [Fact]
    public void A_rate_for_every_one_of_something_is_no_count()
    {
        var claims = Extract.From("The deal frees three prisoners for every hostage released, officials said.", "2024-05-02");

        claims.OfType<QuantityClaim>().ShouldAllBe(c => c.Subject.Length == 0);
    }

    [Fact]
    public void A_report_released_on_a_day_dates_no_release()
        => Extract.Date("The ministry's report, released at the end of March, was disputed.", "2024-05-02").Subject.ShouldBe("");

    [Fact]
    public void Attackers_killed_are_counted_apart_from_those_they_killed()
    {
        var claims = Quantities("Gunmen killed six people at the hotel before soldiers shot dead four attackers, officials said.");

        claims.Single(c => c.Value == 6).Unit.ShouldBe("people");
        var attackers = claims.Single(c => c.Value == 4);
        attackers.Unit.ShouldBe("attackers");
        attackers.Subject.ShouldBe("casualties:");
    }

    [Theory]
    [InlineData("The report said fewer than 100 prisoners had been executed.")]
    [InlineData("Gunmen massacred 30 people in the village on Sunday, the governor said.")]
    [InlineData("At least 12 people were murdered in the town last week, police said.")]
    public void The_murdered_and_the_executed_are_dead(string text)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldBe("casualties:");

    [Theory]
    [InlineData("Police now presume that 44 people who were in the building are dead.", "presumed:")]
    [InlineData("The government says 5,335 pupils died or are missing.", "presumed:")]
    [InlineData("Officials said the number of dead and missing had risen to 96.", "presumed:")]
    [InlineData("Police now believe that 44 people who were in the building are dead.", "casualties:")]
    public void The_dead_a_speaker_presumes_are_presumed_dead(string text, string subject)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldBe(subject);

    [Theory]
    [InlineData("In the state of Saxony 27 people died, the state government said.", "saxony")]
    [InlineData("In neighbouring Lower Austria the toll was 12, officials said.", "lower austria")]
    [InlineData("About 900 people were evacuated in the district of Bihor, the prefect said.", "bihor")]
    [InlineData("In the northern province of Kunar, 41 people died, officials said.", "kunar")]
    [InlineData("Some 9,000 residents of the nearby town of Oakridge were evacuated.", "oakridge")]
    [InlineData("The storm may have killed 10,000 people in the central Veldanian province of Lorne alone, police said.", "lorne")]
    [InlineData("In the delta town of Morrow, residents said 10,000 people had died in the township alone.", "morrow")]
    [InlineData("Residents said 600 people had died in the coastal city of Sarn.", "sarn")]
    [InlineData("In the hamlet of Curah Sela alone, 12 people died.", "curah sela")]
    [InlineData("The minister said no one had been killed inside Varna Square itself.", "varna square")]
    [InlineData("Officials said 40 people had died within Dalmora, most of them in the old town.", "dalmora")]
    public void A_place_named_with_its_kind_of_area_or_its_bearing_is_the_figure_s_place(string text, string place)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe(place);

    [Fact]
    public void Records_of_customers_are_no_speaker_of_their_own()
    {
        var claim = Quantities("Hackers stole the call and text records of about 40 million customers, the company said.").ShouldHaveSingleItem();

        claim.Attribution.ShouldBe("company");
        claim.Unit.ShouldBe("customers");
        claim.Subject.ShouldStartWith("breach:");
    }

    // Data harvested from profiles, or improperly shared, was taken as data stolen is; those who downloaded the app that
    // took it did not have it taken.
    [Fact]
    public void Harvested_or_improperly_shared_data_is_a_breach_and_those_who_acted_are_not_its_victims()
    {
        Quantities("A consulting firm harvested data from about 50 million profiles, the newspaper said.")
            .ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.Subject.ShouldStartWith("breach:"), c => c.Unit.ShouldBe("customers"));
        Quantities("The company said the personal information of up to 87 million people may have been improperly shared.")
            .ShouldHaveSingleItem().Subject.ShouldStartWith("breach:");
        Quantities("The data was gathered through a quiz app downloaded by about 270,000 people.")
            .ShouldHaveSingleItem().Subject.ShouldNotStartWith("breach:");
    }

    [Theory]
    [InlineData("Its own records showed the valve had failed eight times in six years, a union said.", "union")]
    [InlineData("Police records show 12 people died in the fire, the mayor said.", "mayor")]
    public void Records_that_show_something_are_what_the_speaker_cites_not_the_speaker(string text, string speaker)
        => Extract.From(text).ShouldAllBe(c => c.Attribution == speaker);

    [Fact]
    public void A_place_singled_out_before_the_speaker_is_the_figures()
        => Quantities("In Bhuj alone, officials say 8,000 people were killed.").ShouldHaveSingleItem().Place.ShouldBe("bhuj");

    [Theory]
    [InlineData("At least 60 Jordanians also died, the diplomats said.", "jordan")]
    [InlineData("Jordan put its own toll at 41, the foreign ministry said.", "jordan")]
    [InlineData("More than 20 Nepalis were killed in the avalanche, officials said.", "nepal")]
    public void A_count_of_one_country_s_people_is_that_country_s(string text, string place)
        => Quantities(text).Single(c => c.Subject.StartsWith("casualties:", StringComparison.Ordinal)).Place.ShouldBe(place);

    // "India says it lost five soldiers and 16 civilians": the country's own dead, each of them; the other side's count,
    // given without a name, stays unplaced.
    [Fact]
    public void The_losses_a_country_says_it_suffered_are_its_own_people()
    {
        var claims = Quantities("Ethiopia says 40 civilians and 11 soldiers were killed; Eritrea says it lost five soldiers and 16 civilians.");

        claims.Where(c => c.Value is 5 or 16).ShouldAllBe(c => c.Place == "eritrea");
        claims.Where(c => c.Value is 40 or 11).ShouldAllBe(c => c.Place == "");
    }

    [Fact]
    public void A_country_s_share_of_its_own_people_is_that_country_s()
        => Quantities("At least 550 pilgrims died during the pilgrimage. Egypt said 31 of its registered pilgrims had died.")
            .Single(c => c.Value == 31).Place.ShouldBe("egypt");

    [Fact]
    public void A_figure_of_an_event_weeks_apart_is_another_event()
        => Quantities("The collapse, which killed 16, came a month after a fire at an office building in Shanxi killed 26 people.")
            .Single(c => c.Value == 26).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);

    // An anniversary opens with the time since the event, and its main clause counts that event's dead.
    [Fact]
    public void A_figure_after_the_time_since_an_event_counts_that_event()
    {
        var claims = Quantities("A year after a gunman opened fire in the square, the town remembered the 23 people who were killed. Two months after a fire killed 26 people at the depot, a blast killed 30 workers.");

        claims.Single(c => c.Value == 23).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 26).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
    }

    [Fact]
    public void Miners_underground_are_counted_like_people_on_board()
        => Quantities("The roof fell at 3 p.m., when 425 miners were underground, the emergency department said.")
            .ShouldHaveSingleItem().Subject.ShouldBe("aboard:");

    [Fact]
    public void Worshippers_inside_a_building_are_counted_like_people_on_board()
        => Quantities("The rabbi said 51 worshippers had been inside the synagogue when the gunman fired at its door.")
            .Single(c => c.Value == 51).Subject.ShouldBe("aboard:");

    [Theory]
    [InlineData("The toll rose to 98 on Sunday. The hall held 800 people, but witnesses said about 2,500 had crowded inside.", 2_500)]
    [InlineData("As many as 1,800 people crammed into the club that night, the fire chief said.", 1_800)]
    public void A_crowd_packed_inside_is_counted_like_people_on_board(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldBe("aboard:");

    [Fact]
    public void People_on_a_footbridge_are_counted_like_people_on_board()
        => Quantities("About 120 people were on the footbridge when the crush began, a railway official said.")
            .ShouldHaveSingleItem().Subject.ShouldBe("aboard:");

    [Theory]
    [InlineData("The gunman fired 41 shots in 32 seconds before six police officers killed him outside a bar.", 6)]
    [InlineData("Two passengers overpowered the attacker before the train reached the station.", 2)]
    [InlineData("Two people inside the club confronted and subdued the gunman, who was taken to hospital.", 2)]
    public void Who_did_the_act_to_someone_named_after_them_befell_nothing(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldBe("");

    [Fact]
    public void Those_wounded_by_one_cause_beside_others_hurt_are_a_part()
    {
        var claims = Quantities("The chief said 14 people had been wounded by gunfire and 13 others injured as people fled.");

        claims.Single(c => c.Value == 14).Subject.ShouldBe("");
        // Alone, those hurt by gunfire are still counted apart from all the hurt ("Eight people were wounded" elsewhere).
        Quantities("The chief said 14 people had been wounded by gunfire.").ShouldHaveSingleItem().Subject.ShouldBe("gunshot wounds:");
    }

    [Theory]
    [InlineData("In the shootout that followed, the couple fired 76 rounds at officers, the chief said.", 76)]
    [InlineData("Police shot dead five men in the seaside town early on Friday, hours after the van attack in the city.", 5)]
    [InlineData("The verdict set off riots in the city in which at least 30 people were killed.", 30)]
    public void A_later_fight_or_the_unrest_an_event_set_off_is_another_occasion(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);

    [Theory]
    [InlineData("The couple fired about 70 rounds inside the building, the chief said.", 70)]
    [InlineData("Police shot dead five protesters in the square on Friday.", 5)]
    [InlineData("The riots in the city killed at least 30 people.", 30)]
    public void The_event_s_own_fight_is_no_other_occasion(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Anchor.ShouldBe("");

    [Theory]
    [InlineData("The fire killed 60 people, including 37 children, officials said.", 37, "casualties:")]
    [InlineData("The fire killed 60 people, 37 of them children, officials said.", 37, "casualties:")]
    [InlineData("Forty-one of the dead were children, officials said.", 41, "casualties:")]
    [InlineData("Of the dead, 41 were children, officials said.", 41, "casualties:")]
    [InlineData("The bomb exploded, killing at least 31 people, including 12 children, and injuring more than 200.", 12, "casualties:")]
    [InlineData("As many as 750 people had been on board, including about 100 children, survivors told aid workers.", 100, "aboard:")]
    [InlineData("The group said 28 people had been killed in the Qana strike, including 16 children.", 16, "casualties:")]
    public void All_of_a_kind_among_a_whole_count_that_kind(string text, double value, string subject)
    {
        var claims = Quantities(text);

        var kind = claims.Single(c => c.Value == value);
        kind.Unit.ShouldBe("children");
        kind.Subject.ShouldBe(subject);
        claims.Where(c => c.Unit == "people").ShouldAllBe(c => c.Subject != "");
    }

    [Fact]
    public void A_share_of_a_cargo_counts_what_leaked_and_the_cargo_is_its_whole()
    {
        var claims = Quantities("Scientists estimate that about 63,000 tonnes of its 77,000-tonne cargo have leaked into the sea.");

        claims.Single(c => c.Value == 63_000).Subject.ShouldBe("spill:");
        claims.Single(c => c.Value == 77_000).Subject.ShouldBe("");
    }

    [Theory]
    [InlineData("The ferry, which was licensed to carry 536 passengers, capsized in a storm.", 536)]
    [InlineData("It was carrying about 2,000 people, nearly four times the 580 passengers it was licensed to carry, and rescue services were slow.", 580)]
    [InlineData("The 155 survivors were being held at the island's reception centre, which was built for 250 people and was housing more than 900.", 250)]
    public void What_a_vessel_or_a_shelter_may_hold_is_no_count_of_those_it_held(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldBe("");

    // What a permit allowed to be built, or a venue or vessel to hold, is no measure of what was built or held.
    [Theory]
    [InlineData("The state government said the developer had been allowed to build only 15 floors.", 15)]
    [InlineData("The club was licensed to hold 1,500 people, the fire chief said.", 1_500)]
    public void What_a_permit_allowed_is_a_plan_not_a_measure(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Stance.ShouldBe(Stance.Planned);

    [Fact]
    public void A_building_s_own_floors_are_no_plan()
        => Quantities("The developer built 21 floors, the state government said.").Single().Stance.ShouldBe(Stance.Asserted);

    // Up to three words with no name may say who gives a figure in a clause of its own; "another" is no part of them.
    [Theory]
    [InlineData("Aid agencies said the number of missing could be far higher, and a church relief group put it at more than 1,000.", 1_000, "church relief group")]
    [InlineData("The Nicaraguan Center for Human Rights put the toll at 351, and another rights group counted 448 people.", 448, "rights group")]
    public void An_unnamed_group_of_up_to_three_words_gives_its_own_clause_s_figure(string text, double value, string speaker)
        => Quantities(text).Single(c => c.Value == value).Attribution.ShouldBe(speaker);

    // A clause of its own after a semicolon or "but" has its own speaker, who may say in the present.
    [Theory]
    [InlineData("The siege ended with 130 hostages dead, according to the official count; survivors' groups say 174 died.")]
    [InlineData("Officials said 130 people died, but survivors' groups say 174 died.")]
    public void A_speaker_who_says_in_a_clause_of_its_own_gives_its_figure(string text)
        => Quantities(text).Single(c => c.Value == 174).Attribution.ShouldBe("survivors' groups");

    // Who puts a figure at a value is the subject of "put", whatever bound the figure has, and not those who cite them.
    [Theory]
    [InlineData("The United Nations put the toll at no fewer than 133.", "United Nations")]
    [InlineData("The United Nations put the toll at as many as 133.", "United Nations")]
    [InlineData("A French security assessment cited by several media put the number of dead at about 600.", "France")]
    [InlineData("The electoral commission declared President Yoweri Museveni the winner of the election with 58.64 percent of the vote.", "electoral commission")]
    public void Who_puts_a_figure_at_a_value_gives_it(string text, string speaker)
        => Quantities(text).ShouldHaveSingleItem().Attribution.ShouldBe(speaker);

    // A document speaks, not when or where it was made known: "declassified this year", "sent in June".
    [Theory]
    [InlineData("A British diplomatic cable declassified this year said at least 10,000 civilians were killed.", "British diplomatic cable")]
    [InlineData("A cable sent in June said 40 people died.", "cable")]
    [InlineData("A British diplomatic cable leaked last week said 40 people died.", "British diplomatic cable")]
    public void A_document_speaks_not_the_time_it_was_made_known(string text, string speaker)
        => Quantities(text).ShouldHaveSingleItem().Attribution.ShouldBe(speaker);

    // Those a verb before killed are dead, whatever befell them first; a participle alone says what befell them.
    [Theory]
    [InlineData("Human Rights Watch said the militants had killed as many as 770 captured recruits.", "casualties:")]
    [InlineData("Witnesses said soldiers shot dead 12 detained protesters.", "casualties:")]
    [InlineData("The army said 40 captured fighters were being held in the city.", "capture:")]
    public void Those_a_verb_before_killed_are_dead(string text, string subject)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldBe(subject);

    // A share of the killed counts what befell that share, not the toll.
    [Fact]
    public void A_share_of_the_killed_is_no_toll()
        => Quantities("The commission said 123 of the people killed in the unrest had been shot by security forces.")
            .ShouldHaveSingleItem().Subject.ShouldNotBe("casualties:");

    // A relief body named after a country is that body, not the country's government.
    [Theory]
    [InlineData("The Chinese Red Cross said 2,600 people had died, but withdrew the figure within hours.", "Chinese Red Cross")]
    [InlineData("The Iraqi Red Crescent said 26 people had died, but withdrew the figure.", "Iraqi Red Crescent")]
    public void A_red_cross_named_after_a_country_is_no_government(string text, string speaker)
        => Quantities(text).ShouldHaveSingleItem().Attribution.ShouldBe(speaker);

    // Who has documented a count gives it.
    [Fact]
    public void Who_documented_a_count_gives_it()
        => Quantities("The Tiananmen Mothers, a group of relatives of those killed, have documented 202 people who died in the crackdown.")
            .ShouldHaveSingleItem().Attribution.ShouldBe("Tiananmen Mothers");

    // A crowd that tried to do something is still a crowd; those a crowd tried to reach are not.
    [Theory]
    [InlineData("Police said about 9,000 protesters had tried to take the airport.", "turnout:")]
    [InlineData("Police said 9,000 demonstrators tried to storm the airport.", "turnout:")]
    [InlineData("Two migrants died when about 2,000 people tried to climb the fence.", "")]
    public void A_crowd_that_tried_is_a_crowd(string text, string subject)
        => Quantities(text).Single(c => c.Value >= 2_000).Subject.ShouldBe(subject);

    // A relative clause that says who put the figure at its value gives the figure to them, whoever speaks.
    [Fact]
    public void A_figure_a_relative_clause_gives_is_its_giver_s()
        => Quantities("The president said he had heard the message of the march, which the governor put at 1.2 million people.")
            .ShouldHaveSingleItem().Attribution.ShouldBe("governor");

    // A force's name is no city whose authority counts its own place; a city's police is.
    [Theory]
    [InlineData("The Carabineros police force put the march at about 800,000 people.", "")]
    [InlineData("The Marseille police put the march at 64,000 people.", "marseille")]
    public void A_police_force_s_name_is_no_place(string text, string place)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe(place);

    [Fact]
    public void A_crowd_called_for_is_a_plan_not_a_crowd()
    {
        Quantities("Organisers had called for a million people to march on Tuesday.").ShouldHaveSingleItem().Stance.ShouldBe(Stance.Planned);
        Quantities("About a million people marched on Tuesday.").ShouldHaveSingleItem().Stance.ShouldBe(Stance.Asserted);
    }

    [Theory]
    [InlineData("The rescue was watched by an estimated one billion people around the world.")]
    [InlineData("An estimated 2 billion people watched the rescue of the miners on television.")]
    public void An_audience_far_away_befell_nothing(string text)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldBe("");

    [Fact]
    public void A_kind_among_the_same_kind_stays_a_part()
        => Quantities("The bomb killed 30 children, including five girls.").Single(c => c.Value == 5).Subject.ShouldBe("");

    [Fact]
    public void Protesters_who_crowded_into_a_square_are_a_turnout()
        => Quantities("About 50,000 protesters crowded into the main square on Saturday, police said.").ShouldHaveSingleItem().Subject.ShouldBe("turnout:");

    [Fact]
    public void A_country_that_sends_troops_is_the_deployment_s_actor_though_another_is_named_more()
    {
        var claims = Extract.From("""
            North Korea has sent about 1,500 soldiers to Russia's Far East, the spy agency said. The soldiers were flown on Russian navy ships. Moscow denied the report.

            Russia has not commented further.
            """).OfType<QuantityClaim>();

        claims.Single(c => c.Value == 1_500).Subject.ShouldBe("deployment:North Korea");
    }

    [Fact]
    public void Who_died_after_a_toll_rose_adds_to_it()
    {
        var claims = Quantities("The toll rose to 61 on Tuesday after two people died in hospital, the health ministry said.");

        claims.Single(c => c.Value == 61).Subject.ShouldBe("casualties:");
        claims.Single(c => c.Value == 2).Subject.ShouldBe("");
    }

    [Theory]
    [InlineData("More than 41 million acres of forest have burned in Canada since March.", "burned:")]
    [InlineData("About 80,000 people took part in the Women's March, organisers said.", "turnout:")]
    public void A_month_is_no_march(string text, string subject)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldBe(subject);

    [Fact]
    public void A_share_that_did_something_of_its_own_counts_that_and_the_whole_was_present()
    {
        var claims = Quantities("Investigators say 140 people were in the hotel as the blaze spread, and that 96 of them escaped.");

        claims.Single(c => c.Value == 140).Subject.ShouldBe("aboard:");
        claims.Single(c => c.Value == 96).Subject.ShouldBe("escape:");
    }

    [Fact]
    public void A_share_without_a_verb_of_its_own_stays_a_part()
        => Quantities("The blast killed 40 people, including 12 women.").Single(c => c.Value == 12).Subject.ShouldBe("");

    [Theory]
    [InlineData("Only five bodies had been recovered by Sunday, local officials said.", "")]
    [InlineData("Twelve bodies have so far been pulled from the rubble.", "")]
    [InlineData("Ten bodies were recovered on Monday, police said.", "casualties:")]
    public void Bodies_counted_as_a_search_s_progress_are_no_toll(string text, string subject)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldBe(subject);

    [Theory]
    [InlineData("At least 40 people drowned when the ferry capsized.")]
    [InlineData("Some 40 passengers perished in the fire.")]
    [InlineData("Forty people succumbed to their injuries, officials said.")]
    public void Those_who_drowned_perished_or_succumbed_are_the_dead(string text)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldBe("casualties:");

    [Theory]
    [InlineData("Twenty people died at the scene and three more in hospital.")]
    [InlineData("Twenty passengers were killed on the spot, police said.")]
    [InlineData("Twenty people died instantly when the roof fell.")]
    public void Those_who_died_at_the_scene_are_that_place_s_part_of_the_toll(string text)
        => Quantities(text).Single(c => c.Value == 20).Place.ShouldBe("scene");

    [Theory]
    [InlineData("The toll reached 64 after 37 victims died in hospitals in the weeks after the blaze.", 37, "hospital")]
    [InlineData("The toll rose to 32 as five more victims died in hospital.", 5, "hospital")]
    [InlineData("Thirty-seven victims were in hospital on Saturday with burns.", 37, "")]
    [InlineData("The governor said that one man had died in hospital of a blow to the head.", 1, "")]
    public void Those_who_died_in_hospital_are_that_part_of_the_toll(string text, double value, string place)
        => Quantities(text).Single(c => c.Value == value).Place.ShouldBe(place);

    // Dead listed side by side by cause are parts of the toll, each its cause's; one cause alone is the whole.
    [Theory]
    [InlineData("Earlier reports said about 2,000 soldiers died in fighting and about 100 died of exhaustion.", 2_000, "fighting")]
    [InlineData("Earlier reports said about 2,000 soldiers died in fighting and about 100 died of exhaustion.", 100, "exhaustion")]
    [InlineData("Officials said 12 people died in landslides and 30 died in floods.", 30, "floods")]
    [InlineData("Officials said 12 people died in the fighting and 30 were wounded.", 12, "")]
    [InlineData("Officials said 12 people died of hypothermia in the storm.", 12, "")]
    public void The_dead_listed_by_cause_are_each_cause_s_part(string text, double value, string place)
        => Quantities(text).Single(c => c.Value == value).Place.ShouldBe(place);

    // "there" points back to the place of the figure before, in its paragraph or the one before.
    [Fact]
    public void A_figure_placed_there_is_at_the_place_of_the_figure_before()
    {
        var document = Document.FromText("a", "Eighteen patients died at a private hospital in the Ravel district after flood water cut its power supply, the hospital said on Thursday.\n\nThe state government had earlier said 14 patients died there.", published: new DateOnly(2025, 12, 10));
        var claims = new ClaimExtractor().Extract(document).Claims.OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 18).ShouldSatisfyAllConditions(c => c.Place.ShouldBe("ravel"), c => c.Attribution.ShouldBe("hospital"));
        claims.Single(c => c.Value == 14).Place.ShouldBe("ravel");
    }

    [Fact]
    public void A_crowd_that_was_at_the_site_is_all_of_the_crowd()
        => Quantities("Earlier reports had said about 60,000 people were at the site.").ShouldHaveSingleItem().Place.ShouldBe("");

    [Fact]
    public void Last_year_that_dates_the_event_a_relative_clause_counts_compares_nothing()
        => Quantities("An inquiry said on Tuesday that the crush at the shrine last year, in which 45 people were killed, had been foreseeable.")
            .ShouldHaveSingleItem().Anchor.ShouldBe("");

    [Theory]
    [InlineData("Gunmen abducted 80 schoolgirls from their dormitory.", "children")]
    [InlineData("The governor said 80 girls had been kidnapped.", "children")]
    public void Abducted_girls_are_counted_as_children(string text, string unit)
    {
        var claim = Quantities(text).ShouldHaveSingleItem();

        claim.Subject.ShouldBe("abduction:");
        claim.Unit.ShouldBe(unit);
    }

    [Fact]
    public void A_single_boy_is_no_count()
        => Quantities("A baby boy was among those rescued.").ShouldBeEmpty();

    [Theory]
    [InlineData("The storm knocked out power to more than 900,000 homes and businesses.", 900_000)]
    [InlineData("About 400,000 customers were still without electricity on Tuesday.", 400_000)]
    [InlineData("The blizzard cut power to 250,000 households, the utility said.", 250_000)]
    public void Homes_and_customers_without_power_are_an_outage_s_customers(string text, double value)
    {
        var claim = Quantities(text).ShouldHaveSingleItem();

        claim.Value.ShouldBe(value);
        claim.Subject.ShouldBe("outage:");
        claim.Unit.ShouldBe("customers");
    }

    [Fact]
    public void A_share_that_a_verb_of_killing_takes_is_the_toll()
    {
        var claims = Quantities("The jet crashed into a wall, killing 179 of the 181 people on board, the fire agency said.");

        claims.Single(c => c.Value == 179).Subject.ShouldBe("casualties:");
    }

    // The whole a share of the dead is taken from is no toll, but those on board are a count of their own.
    [Fact]
    public void The_whole_on_board_that_a_share_is_taken_from_counts_those_aboard()
    {
        var claims = Quantities("The plane crashed near the city, killing 76 of the 81 people on board, officials said.");

        claims.Single(c => c.Value == 76).Subject.ShouldBe("casualties:");
        claims.Single(c => c.Value == 81).Subject.ShouldBe("aboard:");
    }

    [Fact]
    public void A_share_of_a_whole_that_is_no_unit_counts_nothing_the_paragraph_counted()
    {
        var claims = Quantities("The rocket blew up at an altitude of 24 miles. The company said 31 of the 33 engines had ignited.");

        claims.ShouldHaveSingleItem().Text.ShouldBe("24 miles");
    }

    [Theory]
    [InlineData("Two crew members were pulled alive from the tail section.")]
    [InlineData("Rescuers brought out alive 12 miners on Friday.")]
    public void Those_pulled_out_alive_are_rescued(string text)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldBe("rescue:");

    [Theory]
    [InlineData("Western officials said no more than 8,000 fighters took part in the march.")]
    [InlineData("About 1,000 troops crossed into the region on Tuesday, the general said.")]
    [InlineData("The mercenary chief said 25,000 fighters were advancing towards the capital.")]
    public void A_force_that_takes_part_crosses_or_advances_is_deployed(string text)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldStartWith("deployment:");

    [Fact]
    public void People_being_held_in_a_story_of_hostages_are_abducted_and_elsewhere_arrested()
    {
        Quantities("Militants are holding hostages in a school. Officials said 354 people were being held.")
            .ShouldHaveSingleItem().Subject.ShouldBe("abduction:");
        Quantities("Police said 35 people were being held after the riot.").ShouldHaveSingleItem().Subject.ShouldStartWith("arrest:");
    }

    // Hostages held are the people taken hostage, so "354 hostages" and "1,100 people held hostage" count one thing; the
    // hostages killed stay apart from the people killed, of whom they are a part.
    [Theory]
    [InlineData("Officials said 354 hostages were being held inside the school.", "people")]
    [InlineData("More than 1,100 people were taken hostage, officials said.", "people")]
    [InlineData("The siege ended with 334 hostages killed.", "hostages")]
    public void Hostages_held_count_the_people_taken_hostage(string text, string unit)
        => Quantities(text).ShouldHaveSingleItem().Unit.ShouldBe(unit);

    [Theory]
    [InlineData("The fires killed at least five people and forced about 70,000 residents from their homes.", 70_000)]
    [InlineData("About 180,000 people were under evacuation orders on Friday, the sheriff said.", 180_000)]
    public void People_driven_from_their_homes_or_ordered_out_are_displaced(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldBe("displacement:");

    [Fact]
    public void Cars_a_ship_carries_are_aboard_even_when_new()
        => Quantities("The ship was carrying 3,783 new cars, the company said.").ShouldHaveSingleItem().Subject.ShouldBe("aboard:");

    [Fact]
    public void A_share_of_a_named_whole_counts_that_whole_s_unit_not_the_paragraph_s()
    {
        var claims = Quantities("The other 22 crew members were evacuated. The coast guard said 25 of the cars were electric.");

        claims.Single(c => c.Value == 25).Unit.ShouldBe("vehicles");
    }

    [Theory]
    [InlineData("The agency said about 5,000 new cases were being reported each day.", 5_000)]
    [InlineData("Forty-one more people have tested positive, the ministry said.", 41)]
    public void Qualified_and_spelled_out_increments_are_no_totals(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldBe("");

    [Fact]
    public void A_total_after_an_increment_in_a_new_paragraph_keeps_the_whole_event_as_its_place()
    {
        var claims = Quantities("""
            Forty-one more people on the ship have tested positive for the virus, bringing the total to 61, the ministry said.
            """);

        var total = claims.Single(c => c.Value == 61);
        total.Subject.ShouldBe("outbreak:");
        total.Place.ShouldBe("");
    }

    [Fact]
    public void What_a_permit_allows_is_no_count_of_what_there_is()
        => Quantities("The building had permission for only three floors, but six more had been added.")
            .Single(c => c.Value == 3).Stance.ShouldBe(Stance.Planned);

    [Fact]
    public void A_section_labelled_with_a_place_counts_there()
    {
        var claims = Quantities("""
            The quake killed at least 2,100 people across the country and set off a landslide on Kibo.

            Kibo. Early counts put the dead at 14 climbers and guides.
            """);

        claims.Single(c => c.Value == 14).Place.ShouldBe("kibo");
        claims.Single(c => c.Value == 2_100).Place.ShouldBe("");
    }

    // An opening place keeps its figure however long the relative clause set between them.
    [Fact]
    public void A_place_alone_before_a_long_relative_clause_is_the_figure_s()
        => Quantities("In La Faute-sur-Mer alone, where houses stood behind a sea wall on land below sea level, 29 people died.")
            .ShouldHaveSingleItem().Place.ShouldBe("la faute-sur-mer");

    [Theory]
    [InlineData("The number of people killed by Cyclone Fani in Odisha has risen to 64, officials said.", 64, "odisha")]
    [InlineData("The number of deaths blamed on Hurricane Ian in Florida rose to at least 81 on Sunday.", 81, "florida")]
    public void A_toll_of_what_a_named_storm_did_in_a_place_is_that_place_s(string text, double value, string place)
        => Quantities(text).Single(c => c.Value == value).Place.ShouldBe(place);

    [Theory]
    [InlineData("Lee County's sheriff defended the evacuation order. The county's toll rose to 55, and the statewide total to 109.", "lee county")]
    [InlineData("The storm did most damage in Puri district. The district's toll rose to 55.", "puri")]
    [InlineData("Lee County's sheriff defended the evacuation order. At least 55 people died in the county.", "lee county")]
    public void A_toll_that_names_its_area_by_kind_is_the_area_named_before(string text, string place)
        => Quantities(text).Single(c => c.Value == 55).Place.ShouldBe(place);

    [Theory]
    [InlineData("The number of people killed by the earthquakes in Turkey and Syria has passed 11,000, officials said.")]
    [InlineData("The number of hostages who died in the Moscow theatre siege rose to 118, officials said on Sunday.")]
    [InlineData("The number of people killed in the Los Angeles wildfires rose to 24 on Sunday, the medical examiner said.")]
    public void A_toll_in_two_places_or_in_a_thing_named_by_a_place_takes_no_place(string text)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe("");

    [Fact]
    public void A_toll_that_names_no_area_by_kind_takes_no_county()
        => Quantities("Lee County's sheriff defended the evacuation order. The statewide toll rose to 109.").ShouldHaveSingleItem().Place.ShouldBe("");

    private static List<QuantityClaim> Quantities(string text) => Extract.From(text).OfType<QuantityClaim>().ToList();

    [Theory]
    [InlineData("The state had earlier put the number of injured at 47.", 47)]
    [InlineData("Officials had previously said 12 people were missing.", 12)]
    public void A_figure_the_sentence_says_was_given_before_is_anchored_earlier(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Anchor.ShouldBe("earlier");

    [Fact]
    public void A_place_set_off_before_the_verb_places_the_figure()
        => Quantities("The largest march, in Philadelphia, drew about 100,000 people, organisers said.").Single().Place.ShouldBe("philadelphia");

    // The first clause's figure keeps its own source when another's clause follows: the official count, or whoever put it
    // at its value ("has put" as well as "put").
    [Theory]
    [InlineData("Twenty years on, the official death toll stands at 3,787, though campaigners say more than 15,000 people have died.", 3_787, "officials", 15_000, "campaigners")]
    [InlineData("The state government has put the death toll at 2,500, but doctors said at least 5,000 people had died.", 2_500, "state government", 5_000, "doctors")]
    public void A_figure_before_another_source_s_clause_keeps_its_own_source(string text, double first, string firstSource, double second, string secondSource)
    {
        var claims = Quantities(text);

        claims.Single(c => c.Value == first).Attribution.ShouldBe(firstSource);
        claims.Single(c => c.Value == second).Attribution.ShouldBe(secondSource);
    }

    [Fact]
    public void An_estimate_named_by_whose_it_is_is_theirs()
        => Quantities("About 1.2 million people marched, officials said. A police estimate given later put the crowd at 820,000.")
            .Single(c => c.Value == 820_000).Attribution.ShouldBe("police");

    // A figure the sentence gives as what "the figure" was counts what the paragraph counts: "closer to 1.5 million".
    [Fact]
    public void A_figure_closer_to_another_counts_what_the_paragraph_counts()
    {
        var organisers = Quantities("About 1.2 million people took to the streets, according to the regional government. Organisers said the figure was closer to 1.5 million.")
            .Single(c => c.Value == 1_500_000);

        organisers.Subject.ShouldBe("turnout:");
        organisers.Attribution.ShouldBe("Organisers");
    }

    [Fact]
    public void A_crowd_figure_in_what_someone_said_is_theirs()
        => Quantities("The march on Sunday drew what organisers said was nearly two million people, while police put the number at 338,000.")
            .Single(c => c.Value == 2_000_000).Attribution.ShouldBe("organisers");

    [Fact]
    public void An_opening_sentence_dates_the_crowd_its_figures_do_not()
    {
        var claims = new ClaimExtractor().ExtractAll([Document.FromText("a.txt",
            "Protesters filled the streets of the capital on Sunday for the second weekend in a row.\nOrganisers said almost 2 million people took part.",
            published: new DateOnly(2019, 6, 16))]).SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 2_000_000).Occasion.ShouldBe(new DateOnly(2019, 6, 16));
    }

    [Fact]
    public void The_day_a_figure_was_put_at_is_no_day_of_the_march()
        => Quantities("The unions put nationwide turnout at 1.3 million on Thursday, and said 350,000 had marched in the capital.")
            .ShouldAllBe(c => c.Occasion == null);

    [Fact]
    public void A_figure_in_a_contrasted_clause_is_its_own_measurer_s()
    {
        Quantities("The president said 19 people had died in the protests, while the rights commission put the toll at 23.")
            .Single(c => c.Value == 23).Attribution.ShouldBe("rights commission");
        Quantities("The ministry says 274 people were killed, while an army spokesman said the number of dead was under 100.")
            .Single(c => c.Value == 100).Attribution.ShouldBe("army spokesman");
    }

    [Fact]
    public void A_country_s_operation_is_no_place()
        => Quantities("The ministry said 698 people were wounded in the Israeli operation in the camp.")
            .Single().Place.ShouldBe("");

    [Fact]
    public void A_share_of_the_dead_set_off_before_its_figure_is_a_part_unless_it_is_placed()
    {
        var claims = Quantities("The storm killed 41 people, officials said. Of the dead, 20 were women. Of those killed, 12 were in Ashford.");

        claims.Single(c => c.Value == 20).Subject.ShouldBeEmpty();
        var placed = claims.Single(c => c.Value == 12);
        placed.Subject.ShouldBe("casualties:");
        placed.Place.ShouldBe("ashford");
    }

    [Fact]
    public void A_figure_set_off_by_commas_takes_the_place_after_them()
        => Quantities("Floods killed 302 people in the province. Most of the dead, 292, were in Riverton, officials said.")
            .Single(c => c.Value == 292).Place.ShouldBe("riverton");

    [Fact]
    public void A_part_told_where_its_whole_is_placed_stays_a_part()
    {
        var claims = Quantities("Most of the dead, 292, were in Riverton, where 14 people died on the subway and six died in a flooded road tunnel.");

        claims.Single(c => c.Value == 292).Subject.ShouldBe("casualties:");
        claims.Where(c => c.Value is 14 or 6).ShouldAllBe(c => c.Subject == "");
    }

    [Fact]
    public void Deaths_a_tally_left_out_are_no_tally()
    {
        Quantities("The inquiry found that city officials had concealed 139 deaths.").ShouldAllBe(c => c.Subject == "");
        Quantities("The ministry failed to report at least 40 deaths in the camps, the agency said.").ShouldAllBe(c => c.Subject == "");
    }

    [Fact]
    public void A_country_that_decided_to_send_troops_sends_its_own()
        => Quantities("Russian troops have fought in Ukraine since 2022. The spy agency said North Korea had decided to send 12,000 troops to help Russia in its war.")
            .ShouldHaveSingleItem().Subject.ShouldBe("deployment:North Korea");

    [Fact]
    public void A_share_moved_to_a_place_of_its_own_is_that_place_s_count()
    {
        var claims = Quantities("The Pentagon said 10,000 troops were in eastern Russia, and 8,000 of them had moved to the Kursk region.");

        var moved = claims.Single(c => c.Value == 8_000);
        moved.Unit.ShouldBe("personnel");
        moved.Place.ShouldBe("kursk");
    }

    // The camp or square security forces broke up is where those they killed died.
    [Theory]
    [InlineData("Security forces killed at least 817 people when they dispersed the Rabaa al-Adawiya sit-in, the group said.", "rabaa")]
    [InlineData("Soldiers killed 241 people when they cleared Tiananmen Square, witnesses said.", "tiananmen square")]
    public void The_site_of_a_dispersal_places_its_dead(string text, string place)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe(place);

    // The city a battle, siege or offensive was for is where those it killed died.
    [Theory]
    [InlineData("Coalition strikes killed more than 1,600 civilians during the four-month battle to drive Islamic State out of Raqqa, the groups said.", "raqqa")]
    [InlineData("About 8,000 people were killed in the siege of Mariupol, officials said.", "mariupol")]
    [InlineData("At least 40 soldiers died in the offensive on Bakhmut, the ministry said.", "bakhmut")]
    public void The_city_a_battle_was_for_places_its_dead(string text, string place)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe(place);

    // The dead "at" a named place are that place's; a crowd "at" one may have filled the streets around it as well.
    [Theory]
    [InlineData("The official count of the dead at Jallianwala Bagh is 379, the inquiry was told.", "jallianwala bagh")]
    [InlineData("The authority put the crowd at Rizal Park and the surrounding streets at 6 million people.", "")]
    public void The_dead_at_a_named_place_are_placed_there(string text, string place)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe(place);

    // A toll from a named storm in a place is that place's; "the state" is the one the sentence names as someone's.
    [Theory]
    [InlineData("The death toll from Cyclone Amphan in West Bengal rose to 86 on Saturday, the state government said.", "west bengal")]
    [InlineData("West Bengal's chief minister said 72 people had died in the state.", "west bengal")]
    public void A_state_named_beside_a_toll_places_it(string text, string place)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe(place);

    [Fact]
    public void A_place_named_with_its_country_s_possessive_is_the_same_place()
        => Quantities("About 11,000 troops had arrived in Russia's Kursk region, the minister said.").ShouldHaveSingleItem().Place.ShouldBe("kursk");

    // A part of a place named with what kind of part it is places the figure in the place.
    [Theory]
    [InlineData("A car bomb had killed seven people in the government quarter of Oslo, police said.", "oslo")]
    [InlineData("A gunman killed 69 people on the island of Utøya, police said.", "utøya")]
    [InlineData("The runaway train killed 47 people in the centre of Lac-Mégantic.", "lac-mégantic")]
    public void A_quarter_an_island_or_a_centre_of_a_place_is_that_place(string text, string place)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe(place);

    // "there" after a figure is the place named before it: the dead in the cafe are a part of the toll.
    [Theory]
    [InlineData("He fired from a rifle in the site's crowded cafe, killing 20 people there within 90 seconds.", "cafe")]
    [InlineData("He fired from a rifle in the site's crowded cafe, killing 20 people within 90 seconds.", null)]
    public void There_after_a_figure_is_the_place_named_before_it(string text, string? place)
        => Quantities(text).ShouldHaveSingleItem().Place.ShouldBe(place ?? "");

    // A school named after the town the articles name their event by is where the event happened, not a part of it.
    [Fact]
    public void A_site_named_after_the_events_place_is_the_events_place()
    {
        var documents = new[]
        {
            Document.FromText("a", "Police said the gunman in the Brookfield shooting fired 50 rounds at Brookfield High School.", title: "Brookfield shooting: gunman fired 50 rounds", published: new DateOnly(2020, 3, 2)),
            Document.FromText("b", "The gunman fired 56 shots, the inquiry into the Brookfield shooting found.", published: new DateOnly(2020, 9, 1)),
        };
        var batch = BatchContext.Of(documents);

        new ClaimExtractor().Extract(documents[0], batch).Claims.OfType<QuantityClaim>().ShouldHaveSingleItem().Place.ShouldBe("");
    }

    // So is a water or a work named after it: a strait, a bridge, a port.
    [Fact]
    public void A_strait_named_after_the_events_place_is_the_events_place()
    {
        var documents = new[]
        {
            Document.FromText("a", "Coast guard boats fired on two patrol boats near the Tamsin Strait on Sunday, wounding five sailors.", title: "Five sailors hurt in Tamsin clash", published: new DateOnly(2021, 5, 2)),
            Document.FromText("b", "The coast guard said two sailors had been wounded.", title: "Coast guard says two hurt", published: new DateOnly(2021, 5, 3)),
        };
        var batch = BatchContext.Of(documents);

        new ClaimExtractor().Extract(documents[0], batch).Claims.OfType<QuantityClaim>().Single(c => c.Value == 5).Place.ShouldBe("");
    }

    [Theory]
    [InlineData("Thousands of residents fled the city of about 200,000 people on Tuesday.")]
    [InlineData("The flood swept through the town, home to 12,000 residents, on Sunday.")]
    public void How_many_live_in_a_place_is_no_count_of_an_event(string text)
        => Quantities(text).Single(c => c.Value >= 12_000).Subject.ShouldBe("");

    [Fact]
    public void A_share_another_verb_takes_is_not_what_befell_its_whole()
    {
        var claims = Quantities("The gang abducted 80 students in May. It returned 72 of the students kidnapped on Tuesday, officials said.");

        claims.Single(c => c.Value == 80).Subject.ShouldBe("abduction:");
        claims.Single(c => c.Value == 72).Subject.ShouldBe("");
    }

    [Fact]
    public void Workers_who_lost_their_jobs_are_laid_off_not_killed()
        => Quantities("About 650,000 workers had lost their jobs, the labour ministry said.").ShouldHaveSingleItem().Subject.ShouldBe("layoffs:");

    [Fact]
    public void Sailors_wounded_are_counted_as_people_hurt()
        => Quantities("Coast guard boats fired on the ships, wounding six sailors, the navy said.").Single(c => c.Value == 6).Subject.ShouldBe("injuries:");

    [Fact]
    public void An_actor_in_an_earlier_thing_said_is_not_the_subject_of_a_later_one()
        => Quantities("Syrian officials said a Syrian air base near Homs had been hit. The ministry said only 23 of the US missiles had reached the base and that the strike had destroyed six jets.")
            .Single(c => c.Value == 6).Subject.ShouldBe("loss:Syria");

    // Articles that look back on an event years later name its year in their leads: a figure of that year is the event's.
    [Fact]
    public void A_year_two_leads_look_back_on_is_the_events_own()
    {
        var documents = new[]
        {
            Document.FromText("a", "An official report said on Tuesday that fewer than 2,000 people were killed at Vukovar in November 1991.", published: new DateOnly(2002, 9, 3)),
            Document.FromText("b", "The government admitted on Friday that its forces had killed hundreds of people at Vukovar in November 1991.", published: new DateOnly(2004, 6, 12)),
            Document.FromText("c", "Thousands gathered on Saturday to mark the anniversary. About 8,000 people were killed in the town.", published: new DateOnly(2015, 7, 11)),
        };
        var batch = BatchContext.Of(documents);
        var extractor = new ClaimExtractor();

        batch.EventYear.ShouldBe(1991);
        extractor.Extract(documents[0], batch).Claims.OfType<QuantityClaim>().ShouldHaveSingleItem().Anchor.ShouldBe("");
        BatchContext.Of(documents.Skip(1)).EventYear.ShouldBeNull();
    }

    // A place several articles open by putting the event's site in is the event's own place, wherever a figure is
    // counted in it: "the funeral hall in Sanaa".
    [Fact]
    public void A_site_several_openings_place_is_the_event_s_place()
    {
        var claims = new ClaimExtractor().ExtractAll([
                Document.FromText("a", "Air strikes hit a crowded funeral hall in the Yemeni capital Sanaa on Saturday, killing more than 140 people, the UN said.", published: new DateOnly(2016, 10, 8)),
                Document.FromText("b", "Health officials in Sanaa said 82 people had been killed in the strike on the funeral hall.", published: new DateOnly(2016, 10, 9)),
                Document.FromText("c", "An investigation found that the coalition's aircraft had bombed the funeral hall in Sanaa, acting on wrong information.", published: new DateOnly(2016, 10, 15))])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 82).Place.ShouldBe("");
    }

    // So is a site named for itself in several openings: "at the Puttingal temple".
    [Fact]
    public void A_named_site_several_openings_put_the_event_at_is_the_event_s_place()
    {
        var claims = new ClaimExtractor().ExtractAll([
                Document.FromText("a", "At least 102 people were killed and more than 380 injured when fireworks stored for a display exploded at the Puttingal temple in the southern Indian state of Kerala early on Sunday, police said.", published: new DateOnly(2016, 4, 10)),
                Document.FromText("b", "The number of people killed in the fireworks explosion at the Puttingal temple in Kollam district rose to 111 on Monday, the state's chief minister, Oommen Chandy, said.", published: new DateOnly(2016, 4, 11)),
                Document.FromText("c", "Police arrested seven members of the temple's management committee on Thursday over the explosion that killed 108 people at the Puttingal temple, officials said.", published: new DateOnly(2016, 4, 14))])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 108).Place.ShouldBe("");
    }

    // A plant named with its product between ("through the Valmont chemical plant") is such a site too.
    [Fact]
    public void A_plant_several_openings_put_the_event_at_is_the_event_s_place()
    {
        var claims = new ClaimExtractor().ExtractAll([
                Document.FromText("a", "An explosion ripped through the Valmont chemical plant on the edge of the city on Friday, killing 12 people, officials said.", published: new DateOnly(2011, 3, 4)),
                Document.FromText("b", "The toll from Friday's explosion at the Valmont plant rose to 14 on Sunday, the prefecture said.", published: new DateOnly(2011, 3, 6)),
                Document.FromText("c", "Investigators said the blast that killed 15 people at the Valmont plant two weeks ago was an accident.", published: new DateOnly(2011, 3, 18))])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 15).Place.ShouldBe("");
    }

    // So is a town two openings name as one ("in the western city of Kettering"): a count placed in it is the whole.
    [Fact]
    public void A_town_two_openings_put_the_event_in_is_the_event_s_place()
    {
        var claims = new ClaimExtractor().ExtractAll([
                Document.FromText("a", "A gunman shot dead nine people at two bars in the English town of Kettering late on Wednesday, police said.", published: new DateOnly(2021, 2, 4), title: "Gunman kills nine at bars in Kettering"),
                Document.FromText("b", "Nine people were killed in a shooting in the central English town of Kettering, police said on Thursday. Five other people were wounded in Kettering.", published: new DateOnly(2021, 2, 4), title: "Nine dead in English shooting")])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 5).Place.ShouldBe("");
    }

    // A sentence that opens on an incident of its own counts that one: "A fire at a shoe factory in Lahore on the same day
    // killed 25 people" beside the Karachi fire's toll.
    [Theory]
    [InlineData("A fire at a shoe factory in Lahore on the same day killed 25 people.", 25)]
    [InlineData("In a separate attack, gunmen killed 12 people in a village, officials said.", 12)]
    [InlineData("Separately, three soldiers died when their vehicle hit a mine.", 3)]
    [InlineData("The United States and South Korea responded by firing four missiles into the sea.", 4)]
    public void A_separate_incident_is_another_occasion(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);

    // "Five people were killed, four women and a boy": the list after the toll is its parts.
    [Theory]
    [InlineData("Five people were killed, four women aged between 45 and 75 and a nine-year-old boy.", 4)]
    [InlineData("Twelve people died, eight men and four women, officials said.", 8)]
    public void A_list_set_after_a_toll_is_its_parts(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldBe("");

    [Fact]
    public void A_second_count_of_another_event_after_a_toll_is_no_part()
        => Quantities("Five people were killed, 20 people were injured.").Single(c => c.Value == 20).Subject.ShouldBe("injuries:");

    // Those hurt by gunfire are counted apart from all the hurt: "Eight people were wounded" is no rival of "Four people
    // were wounded by gunfire".
    [Theory]
    [InlineData("Four people were wounded by gunfire, police said.")]
    [InlineData("Seventeen people suffered gunshot wounds, the hospital said.")]
    public void Those_hurt_by_gunfire_are_counted_apart(string text)
        => Quantities(text).ShouldHaveSingleItem().Subject.ShouldBe("gunshot wounds:");

    [Fact]
    public void Those_hurt_by_gunfire_or_another_cause_are_all_the_hurt()
        => Quantities("Seven people were killed and 48 were injured by gunfire or in the rush to flee, officials said.")
            .Single(c => c.Value == 48).Subject.ShouldBe("injuries:");

    [Fact]
    public void Those_who_died_before_the_gunman_was_shot_are_dead()
        => Quantities("Three people died before police shot the gunman.").ShouldHaveSingleItem().Subject.ShouldBe("casualties:");

    // Aircraft crossing a line a country guards are an incursion, one day's count: "47 aircraft had crossed the median line".
    [Theory]
    [InlineData("Taiwan's defence ministry said 47 aircraft had crossed the median line, which China has not recognised.", 47)]
    [InlineData("The ministry said 30 Chinese planes entered the air defence identification zone on Sunday.", 30)]
    public void Aircraft_crossing_a_guarded_line_are_an_incursion(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldBe("incursion:");

    // "arrived in Dubai with its remaining 16 crew", after seven of 23 were let go: the rest, not a rival count.
    [Theory]
    [InlineData("The ship arrived in Dubai on Saturday with its remaining 16 crew.", 16)]
    [InlineData("The other 12 passengers were injured.", 12)]
    public void The_rest_of_a_whole_is_a_part(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldBe("");

    // Where two articles count the dead since a start ("since the coup"), one day's dead are that day's, a part of the
    // running total; with one article counting so, a day's toll stays the event's.
    [Theory]
    [InlineData(2, 2021, 3, 27)]
    [InlineData(1, 0, 0, 0)]
    public void A_days_dead_beside_a_toll_since_a_start_are_that_days(int countingSince, int year, int month, int day)
    {
        var documents = new List<Document>
        {
            Document.FromText("a", "Security forces killed at least 114 people on Saturday, witnesses said. The number of people killed since the coup had risen to 423, a monitoring group said.",
                published: new DateOnly(2021, 3, 28)),
            Document.FromText("b", countingSince == 2 ? "The group said 614 people had been killed since the coup." : "The group said 614 people had been killed.",
                published: new DateOnly(2021, 4, 10)),
        };

        var claims = new ClaimExtractor().ExtractAll(documents).SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 114).Occasion.ShouldBe(year == 0 ? null : new DateOnly(year, month, day));
        claims.Single(c => c.Value == 423).Occasion.ShouldBeNull();
    }

    // A start that a running total counts from compares nothing: "the number of people killed since the coup had risen to
    // 423" is the toll of now.
    [Fact]
    public void A_toll_since_a_start_is_of_now()
        => Extract.From("The number of people killed since the coup had risen to 423, the group said.").OfType<QuantityClaim>().Single().Anchor.ShouldBe("");

    // "in response to the Tarvo attack, which killed 86 people" counts the attack the aside names, not the air base the
    // sentence is about; the paragraph's later figures are still the base's.
    [Fact]
    public void A_figure_in_an_aside_about_an_event_has_the_events_place()
    {
        var claims = Quantities("The navy fired 40 missiles at the Rusko air base in response to the Tarvo attack, which officials said killed 86 people. "
            + "The army said nine soldiers were killed in the strike.");

        claims.Single(c => c.Value == 86).Place.ShouldBe("");
        claims.Single(c => c.Value == 9).Place.ShouldBe("rusko");
    }

    // A killing told as "a week after an earlier strike killed 10" is another occasion than the earlier strike, however
    // long the clause before the comma.
    [Fact]
    public void A_strike_a_week_after_an_earlier_one_is_another_occasion()
        => Quantities("At least 13 people were killed and more than 50 wounded when a missile hit a residential district of the city early on Saturday, "
            + "the presidential aide said, a week after an earlier strike on the city killed 10 people.")
            .Single(c => c.Value == 13).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);

    // A killing its own clause dates to the story's year is the story's, however many years after another it came.
    [Fact]
    public void A_killing_dated_to_the_story_s_year_is_the_story_s_own_however_long_after_another()
    {
        var claims = Quantities("The warehouse fire killed 71 people in 2024, nine years after a fire nearby killed 124.");

        claims.Single(c => c.Value == 71).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 124).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
        Quantities("Fires killed 30 people in 2024, nine years after the fire near the lake killed 64.").Single(c => c.Value == 30).Anchor.ShouldBe("");
        Quantities("Fires killed 30 people, nine years after the fire near the lake killed 64.").Single(c => c.Value == 30).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
    }

    // Another side's attack the one reported followed is another occasion: its toll is not this one's.
    [Fact]
    public void The_attack_another_side_launched_the_day_before_is_another_occasion()
        => Quantities("The strike came a day after Russia launched one of its largest air attacks of the war, which killed 39 people across Ukraine.")
            .Single().Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);

    // What was destroyed or damaged as a fire or a storm swept on is counted like what it destroyed.
    [Theory]
    [InlineData("A wildfire swept through the towns on Thursday, destroying an estimated 580 homes, the sheriff said.", "loss:")]
    [InlineData("The storm tore through the county overnight, damaging about 3,000 homes, officials said.", "damage:")]
    public void What_a_sweeping_fire_or_storm_was_destroying_is_counted(string text, string subject)
        => Quantities(text).Single().Subject.ShouldBe(subject);

    // Rescue workers are those sent to rescue, not those rescued.
    [Theory]
    [InlineData("The ministry said 20,000 rescue workers had been sent to the region.")]
    [InlineData("More than 300 emergency workers searched the rubble overnight.")]
    public void Rescue_workers_are_no_survivors(string text)
    {
        var claim = Quantities(text).Single();

        claim.Unit.ShouldBe("rescuers");
        claim.Subject.ShouldNotStartWith("rescue:");
    }

    // Passengers are counted aboard unless a verb says what befell them; one of them is no count of all aboard.
    [Theory]
    [InlineData("All 171 passengers and six crew members landed safely, the airline said.", 171, "aboard:")]
    [InlineData("The flight had 174 passengers and six crew members, investigators said.", 174, "aboard:")]
    [InlineData("Some 40 passengers perished in the fire.", 40, "casualties:")]
    [InlineData("One passenger, an off-duty officer, survived the crash but was badly burned.", 1, "")]
    public void Passengers_are_counted_aboard_unless_a_verb_says_what_befell_them(string text, double value, string subject)
        => Quantities(text).Single(c => c.Value == value && c.Unit == "passengers").Subject.ShouldBe(subject);

    // "were believed to have been on board" says where they were, whatever the sentence goes on to.
    [Fact]
    public void Those_believed_to_have_been_on_board_are_counted_aboard_though_some_are_missing()
        => Quantities("About 200 people were believed to have been on board, and a number remain missing.").Single().Subject.ShouldBe("aboard:");

    // Those who left a city under threat were evacuated.
    [Theory]
    [InlineData("The territory ordered all 20,000 residents to leave the city by noon on Friday.")]
    [InlineData("About 19,000 people had left the city by the weekend, officials said.")]
    public void Those_who_left_a_threatened_city_are_displaced(string text)
        => Quantities(text).Single().Subject.ShouldBe("displacement:");

    // A verb after a subject of its own is that subject's: the protesters stormed, he fled.
    [Fact]
    public void The_verb_of_another_subject_after_the_figure_is_not_the_figure_s()
        => Quantities("Tens of thousands of protesters stormed the president's residence on Saturday, and he fled before they arrived.")
            .Single().Subject.ShouldBe("turnout:");

    // A participle after a comma with a figure of its own is that figure's: the soldier of the wake was not killed by
    // the missile, and the 40 on the bus were aboard.
    [Theory]
    [InlineData("A missile hit a cafe on Thursday during a wake for a soldier, killing at least 51 people.", 51)]
    [InlineData("The bomb hit a bus carrying 40 people, killing 12.", 12)]
    public void A_participle_with_a_figure_of_its_own_is_not_the_figure_s_before_it(string text, double toll)
        => Quantities(text).Where(c => c.Subject == "casualties:").ShouldHaveSingleItem().Value.ShouldBe(toll);

    // A tally of people named by what was done to them counts that, whatever the words between name.
    [Theory]
    [InlineData("The number of people arrested during the climate protests in London rose to 682 on Thursday, the police said.", "arrest:")]
    [InlineData("The number of people injured when the meteor exploded over the city rose to about 1,200 on Saturday.", "injuries:")]
    public void A_tally_of_people_counts_what_its_participle_says_was_done(string text, string subject)
        => Quantities(text).Single().Subject.ShouldBe(subject);

    // The noun of a speaker's name is no event of its figure: "Local aid groups said at least 460 people had been
    // killed".
    [Fact]
    public void The_noun_in_a_speaker_s_name_is_no_event()
        => Quantities("Local aid groups said at least 460 people had been killed in the state.").Single().Subject.ShouldBe("casualties:");

    // An event named by its toll and the site where all of it happened is the whole event: the site is no part of it.
    // Sites listed side by side still count their own.
    [Theory]
    [InlineData("An inquiry found that the blast that killed 41 workers at Krasnaya Gorka had been caused by a gas leak.", "")]
    [InlineData("At least 11 people were killed at the airport and about 20 at the metro station.", "airport")]
    public void The_site_of_an_event_named_by_its_toll_is_no_part_of_it(string text, string place)
        => Quantities(text).First().Place.ShouldBe(place);

    // So is the street of one its toll and its hurt name: both are the whole event's.
    [Fact]
    public void The_street_of_an_event_named_by_its_dead_and_hurt_is_no_part_of_it()
        => Quantities("A court convicted the driver over the crash that killed six people and injured 20 on Market Street last spring.")
            .Select(c => c.Place).ShouldBe(["", ""]);

    [Fact]
    public void Where_a_building_of_so_many_storeys_stands_is_no_place_of_its_dead()
        => Quantities("The six-storey hotel in central Adana collapsed on Monday night, killing at least 70 people.")
            .Single(c => c.Unit == "people").Place.ShouldBe("");

    // Deaths in earlier accidents, told in a clause that the years open, are those accidents' own.
    [Fact]
    public void Deaths_in_earlier_accidents_in_which_clause_are_another_event_s()
        => Quantities("The club said the stand had been rebuilt after earlier accidents in 1988 and 1993, in which three people had died.").ShouldAllBe(c => c.Anchor.Length > 0);

    // A qualified range after a verb ("killed about 3,000 to 4,000") is one figure, not its low end and the range.
    [Fact]
    public void A_qualified_range_is_one_figure()
    {
        var claim = Quantities("The cyclone killed about 3,000 to 4,000 people.").ShouldHaveSingleItem();

        (claim.Low, claim.High, claim.Precision).ShouldBe((3000, 4000, QuantityPrecision.Range));
    }

    // "and said" without "that" still opens a second thing said: its verb is the second figure's, not the toll's.
    [Fact]
    public void A_second_thing_said_without_that_has_its_own_verb()
        => Quantities("Officials raised the confirmed toll from the collapse of the Route 9 overpass to six on Tuesday and said eleven people were still missing.")
            .Single(c => c.Value == 6).Subject.ShouldBe("casualties:");

    // What a bridge or a stand bore is counted as those on it, not as a crowd.
    [Fact]
    public void Those_under_whose_weight_a_structure_gave_way_were_on_it()
        => Quantities("The footbridge gave way under the weight of about 300 people.").Single().Subject.ShouldBe("aboard:");

    // "the three other survivors" are the rest of those named before, no count of all survivors.
    [Fact]
    public void The_rest_of_a_group_is_no_count_of_it()
        => Quantities("Of the four people rescued, one died in hospital on Sunday. The three other survivors were recovering.")
            .Single(c => c.Value == 3).Subject.ShouldBe("");

    // One place's part of a toll ("including 160 in Lima") is no place of the next sentence's figure.
    [Fact]
    public void The_place_of_a_part_does_not_carry_to_the_next_sentence()
        => Quantities("The toll rose to 410 on Friday, including 160 in Lima. The orphanage's toll stood at 12 children.")
            .Single(c => c.Unit == "children").Place.ShouldBe("");

    // "where" after a place and an aside on where it lies is that place.
    [Fact]
    public void Where_after_a_place_and_its_location_is_the_place()
        => Quantities("Most of the dead were in Tarlac, on the northern edge of the plain, where 88 people were killed.").Single().Place.ShouldBe("tarlac");

    // A service's accounts are its customers, and worldwide is all of them.
    [Fact]
    public void Accounts_breached_worldwide_are_the_whole_breach()
    {
        var claim = Quantities("Hackers stole passwords from 12 million accounts worldwide, the company said.").Single();

        (claim.Subject, claim.Unit, claim.Place).ShouldBe(("breach:", "customers", ""));
    }

    // Who investigates speaks, whatever the determiner and the length of what they investigate.
    [Theory]
    [InlineData("A panel investigating Sunday's fire at the Riverside Hotel said 31 people died.", "panel")]
    [InlineData("A committee investigating the collapse of the old pier in Brighton said 12 people died.", "committee")]
    public void An_investigating_body_speaks_not_what_it_investigates(string text, string speaker)
        => Quantities(text).Single().Attribution.ShouldBe(speaker);

    // Those who fell ill, or were made ill, are an outbreak's cases, however the figure is written.
    [Theory]
    [InlineData("Officials said 318 had fallen ill after eating at the fair.", 318)]
    [InlineData("The number of pupils made ill by the contaminated water has risen to 140.", 140)]
    public void Those_who_fell_ill_are_an_outbreak_s_cases(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldBe("outbreak:");

    // A place's name goes on over its particle: "Vila do Conde", not "Vila".
    [Fact]
    public void A_place_name_goes_on_over_its_particle()
        => Quantities("At least 75 people died in Vila do Conde.").Single().Place.ShouldBe("vila do conde");

    // A bare verb inside a figure is a noun naming what they are ("polling station workers"), no event of theirs.
    [Fact]
    public void A_verb_form_naming_what_people_are_is_no_event()
        => Quantities("More than 40 polling station workers died during the count, many of them from heat.").Single().Subject.ShouldBe("casualties:");

    // A gathering named by its place ("the Lyon crowd") is that place's.
    [Theory]
    [InlineData("Police put the Lyon crowd at 21,000.", "lyon")]
    [InlineData("Organizers put the Women's March crowd at 500,000.", "")]
    [InlineData("In Bergen turnout was 71.5 percent in the referendum.", "bergen")]
    public void A_gathering_named_by_its_place_is_there(string text, string place)
        => Quantities(text).Single().Place.ShouldBe(place);

    // A share of things ("425 of the state's 497 municipalities") counts those things, not the people a tally before
    // it counted.
    [Fact]
    public void A_share_of_things_is_no_count_of_people()
        => Quantities("About 90,000 people had been displaced, and the storm had hit 212 of the province's 310 villages.")
            .ShouldNotContain(c => c.Value == 212 && c.Unit == "people");

    // Those who did something to a crowd ("had thrown bottles into the crowd") are not the crowd the sentence names.
    [Theory]
    [InlineData("A witness said about 20 men had thrown bottles into the crowd before the crush began.", 20)]
    [InlineData("Police said four men fired pepper spray at the crowd outside the stadium gates.", 4)]
    public void Who_acted_on_a_crowd_is_not_the_crowd(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldNotBe("turnout:");

    [Fact]
    public void A_crowd_that_gathered_is_still_the_crowd()
        => Quantities("About 20,000 people gathered in the square, and the crowd grew through the evening.")
            .Single(c => c.Value == 20_000).Subject.ShouldBe("turnout:");

    // After the story's own count, another craft's loss is another occasion; as the story's opening it is the story.
    [Fact]
    public void Another_craft_lost_after_the_story_s_count_is_another_occasion()
    {
        var claims = Quantities("""
            Divers had recovered 41 bodies from the ferry by Tuesday. Later another ferry capsized on the same lake; at least 12 people drowned.
            """);

        claims.Single(c => c.Value == 41).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 12).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
    }

    [Fact]
    public void Another_craft_lost_in_the_story_s_opening_is_the_story_s_own()
        => Quantities("Another ferry capsized on the lake on Sunday, and at least 12 people drowned.")
            .Single(c => c.Value == 12).Anchor.ShouldBe("");

    // "There were 64 people in the nightclub" says how many were inside, like "64 people were in the nightclub".
    [Theory]
    [InlineData("There were 64 people in the nightclub when the roof fell in, the fire service said.", 64)]
    [InlineData("There were about 90 people inside when the bus caught fire, the operator said.", 90)]
    public void How_many_there_were_inside_is_counted_like_people_on_board(string text, double value)
        => Quantities(text).Single(c => c.Value == value).Subject.ShouldBe("aboard:");

    // What something will cost is no sum paid, though the sentence goes on to what is paid for.
    [Fact]
    public void What_something_will_cost_is_no_payment()
        => Quantities("The outage will cost the airline $60 million, mostly for paying compensation to passengers.")
            .ShouldHaveSingleItem().Subject.ShouldNotBe("payment:");

    [Fact]
    public void A_sum_agreed_to_be_paid_is_a_payment()
        => Quantities("The airline agreed to pay $60 million in compensation to passengers.")
            .ShouldHaveSingleItem().Subject.ShouldBe("payment:");

    // Those whose data a service held are its customers, however named; kinds of them listed side by side ("current"
    // and "former or prospective") are parts, neither the breach's whole.
    [Fact]
    public void Those_whose_data_was_taken_are_customers()
        => Quantities("A hacker took the data of 12 million people, the bank said.").ShouldHaveSingleItem().Unit.ShouldBe("customers");

    [Fact]
    public void Kinds_of_customers_listed_side_by_side_are_parts()
    {
        var claims = Quantities("Thieves copied the records of 2.1 million current customers and of 9 million former or prospective customers, the insurer said.");

        claims.Select(c => (c.Value, c.Subject)).ShouldBe([(2_100_000, ""), (9_000_000, "")]);
    }

    // A craft lost while helping ("died when a helicopter crashed during the rescue") is an accident of its own.
    [Fact]
    public void Deaths_in_a_crash_during_the_rescue_are_another_occasion()
    {
        var claims = Quantities("Floods killed 310 people in the valley. Nine soldiers died when a helicopter crashed during the rescue.");

        claims.Single(c => c.Value == 310).Anchor.ShouldBe("");
        claims.Single(c => c.Value == 9).Anchor.ShouldBe(QuantityClaim.OtherEventAnchor);
    }

    // Those left in need are no toll, though the sentence counted the dead just before.
    [Fact]
    public void Those_left_in_need_are_no_toll()
        => Quantities("The cyclone killed 212 people and left about 400,000 in need of food, the agency said.")
            .Single(c => c.Value == 400_000).Subject.ShouldBe("");

    // "stranded by floods in Assam" names the event by its place, as "the floods in Assam" does: a toll placed there is
    // the event's.
    [Fact]
    public void A_toll_where_the_event_is_named_by_its_place_is_the_whole()
    {
        var document = Document.FromText("a.txt", "Thousands of villagers were stranded by floods in Assam, where at least 90 people have died.", title: "Rescuers race to reach villages");
        var other = Document.FromText("b.txt", "Rescuers reached Dhubri and Goalpara on Friday. Officials said 130 people had died in the floods.", title: "Toll rises");

        new ClaimExtractor().Extract(document, BatchContext.Of([document, other])).Claims.OfType<QuantityClaim>().Single(c => c.Value == 90).Place.ShouldBe("");
    }
}
