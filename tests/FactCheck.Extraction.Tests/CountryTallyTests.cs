using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;

namespace FactCheck.Extraction.Tests;

/// <summary>A figure for one country is the whole event when the disaster struck one country, and a part when it struck two.</summary>
public class CountryTallyTests
{
    private static List<QuantityClaim> Tolls(params string[] texts)
        => [.. new ClaimExtractor().ExtractAll(texts.Select((t, i) => Document.FromText($"d{i}", t, published: new DateOnly(2023, 2, 8))))
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().Where(c => c.Subject.StartsWith("casualties:", StringComparison.Ordinal))];

    // A town set off by commas after its kind counts its own dead, as "the town of" does; so does an incident of its own
    // that a relative clause counts.
    [Fact]
    public void A_town_in_apposition_and_an_incident_at_a_place_count_their_own_dead()
    {
        var tolls = new ClaimExtractor().ExtractAll([Document.FromText("wire", "Police said 120 people had died in the floods. The worst-hit village, Oberau, lost 17 residents. A man was charged over a fire at Talheim that killed four people.",
                published: new DateOnly(2023, 2, 8), title: "Floods kill 120 in the south")])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        tolls.Single(c => c.Value == 120).Place.ShouldBe("");
        tolls.Single(c => c.Value == 17).Place.ShouldBe("oberau");
        tolls.Single(c => c.Value == 4).Place.ShouldBe("talheim");
    }

    [Fact]
    public void An_official_counting_in_their_own_state_counts_there_not_where_the_paragraph_was()
    {
        var tolls = Tolls(
            "Record rain killed at least 43 people in four states. In New York City, 13 people died, the police said. New Jersey's governor said 23 people had died in his state.",
            "The storm killed at least 82 people, including 29 in New Jersey.");

        tolls.Single(c => c.Value == 13).Place.ShouldBe("new york city");
        tolls.Single(c => c.Value == 23).Place.ShouldBe("new jersey");
    }

    [Fact]
    public void A_disaster_counted_in_two_countries_keeps_each_country_s_toll_apart()
    {
        var tolls = Tolls(
            "The floods have killed more than 1,900 people, officials said. In Pakistan, 1,200 people have died. In India, at least 700 people were killed.",
            "The number of dead in Pakistan rose to 1,500, and officials in India put their toll at 900.");

        tolls.Single(c => c.Value == 1_900).Place.ShouldBe("");
        tolls.Single(c => c.Value == 1_200).Place.ShouldBe("pakistan");
        tolls.Single(c => c.Value == 700).Place.ShouldBe("india");
        tolls.Single(c => c.Value == 1_500).Place.ShouldBe("pakistan");
        tolls.Single(c => c.Value == 900).Place.ShouldBe("india");
    }

    [Fact]
    public void A_toll_for_two_countries_together_is_the_whole_not_the_first_country_s()
    {
        var tolls = Tolls(
            "In Pakistan, 1,200 people have died. In India, at least 700 people were killed.",
            "The combined toll in Pakistan and India passed 2,100 on Thursday.");

        tolls.Single(c => c.Value == 2_100).Place.ShouldBe("");
        tolls.Single(c => c.Value == 1_200).Place.ShouldBe("pakistan");
    }

    [Fact]
    public void A_country_named_with_its_bearing_is_counted_apart_from_its_neighbour()
    {
        var tolls = Tolls(
            "Floods killed at least 90 people in southern Poland, police said.",
            "In Slovakia, 25 people died, and the Polish toll rose to 130.");

        tolls.Single(c => c.Value == 90).Place.ShouldBe("poland");
        tolls.Single(c => c.Value == 25).Place.ShouldBe("slovakia");
    }

    [Fact]
    public void A_country_that_opens_its_sentence_counting_a_toll_is_that_toll_s_place()
    {
        var tolls = Tolls(
            "Portugal recorded 2,100 heat deaths last summer, the study found. In Greece, 1,400 people died of heat.",
            "Greece's civil protection agency counted only 900 heat deaths, and Portugal's health service reported about 1,000 deaths.",
            "Greece had the highest toll of all, with 1,400 deaths.");

        tolls.Single(c => c.Value == 2_100).Place.ShouldBe("portugal");
        tolls.Single(c => c.Value == 900).Place.ShouldBe("greece");
        tolls.Single(c => c.Value == 1_000).Place.ShouldBe("portugal");
        tolls.Where(c => c.Value == 1_400).Select(c => c.Place).ShouldBe(["greece", "greece"]);
    }

    [Fact]
    public void A_toll_a_country_opens_with_counts_it_apart_even_in_words()
    {
        var batch = BatchContext.Of([
            Document.FromText("a", "Fiji's death toll stood at three on Friday. In Samoa, two people were killed by the waves.", published: new DateOnly(2023, 2, 8))]);

        batch.CountriesCountedApart.ShouldBe(["Fiji", "Samoa"], ignoreOrder: true);
    }

    [Fact]
    public void A_toll_for_countries_combined_after_the_figure_is_the_whole()
    {
        var tolls = Tolls(
            "In Fiji, 3 people died. In Samoa, 2 people were killed.",
            "Only six people died in Fiji and Samoa combined.");

        tolls.Single(c => c.Value == 6).Place.ShouldBe("");
    }

    [Fact]
    public void A_speaker_s_country_is_no_place_of_the_toll_it_gives()
    {
        var tolls = Tolls(
            "In Fiji, 3 people died. In Samoa, 2 people were killed.",
            "Fiji's government said 40 people had died.");

        tolls.Single(c => c.Value == 40).Place.ShouldBe("");
    }

    [Fact]
    public void A_neighbour_with_a_few_dead_leaves_the_main_country_the_whole_event()
    {
        var tolls = Tolls(
            "The cyclone killed 3,100 people in Myanmar, officials said. Another 12 people were killed in Bangladesh.",
            "More than 4,000 people have now died in Myanmar.");

        tolls.Single(c => c.Value == 3_100).Place.ShouldBe("");
        tolls.Single(c => c.Value == 4_000).Place.ShouldBe("");
    }

    [Fact]
    public void A_figure_in_another_country_than_the_one_the_toll_is_given_in_is_that_country_s()
    {
        string[] texts = ["The cyclone killed 3,100 people in Myanmar, officials said.", "More than 4,000 people have now died in Myanmar. No deaths were reported in Bangladesh."];
        var tolls = Tolls(texts);

        BatchContext.Of(texts.Select((t, i) => Document.FromText($"d{i}", t))).MainCountry.ShouldBe("Myanmar");
        tolls.Single(c => c.Value == 0).Place.ShouldBe("bangladesh");
        tolls.Where(c => c.Value > 0).Select(c => c.Place).ShouldBe(["", ""]);
    }

    [Fact]
    public void A_toll_named_after_its_event_is_no_place()
        => Tolls("The number of people confirmed dead in the Kerala floods stands at 300, officials said.").Single().Place.ShouldBe("");

    [Fact]
    public void Above_a_figure_is_at_least_it()
    {
        var toll = Extract.Quantity("The confirmed death toll rose above 46,000 on Monday.");

        toll.Low.ShouldBe(46_000);
        toll.Precision.ShouldBe(QuantityPrecision.AtLeast);
    }

    [Fact]
    public void A_toll_in_digits_of_another_script_is_read_and_breaks_nothing()
    {
        var batch = BatchContext.Of([
            Document.FromText("a", "In Pakistan, ١٢٠٠ people have died. In India, 700 people were killed.", published: new DateOnly(2023, 2, 8))]);

        batch.CountriesCountedApart.ShouldBe(["Pakistan", "India"], ignoreOrder: true);
    }

    [Fact]
    public void A_neighbouring_place_named_in_one_article_counts_its_own_figures_in_another()
    {
        var cases = new ClaimExtractor().ExtractAll([
                Document.FromText("wire", "A measles outbreak has grown to 159 cases, state officials said. In neighbouring New Mexico, nine cases have been reported.", published: new DateOnly(2025, 3, 4)),
                Document.FromText("blog", "Texas counted 259 cases on Friday. New Mexico reported 33 cases.", published: new DateOnly(2025, 3, 14))])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().Where(c => c.Subject.StartsWith("outbreak:", StringComparison.Ordinal)).ToList();

        cases.Single(c => c.Value == 33).Place.ShouldBe("new mexico");
        cases.Single(c => c.Value == 259).Place.ShouldBe("");
    }

    [Fact]
    public void A_place_the_articles_name_their_event_by_is_the_whole_event()
    {
        var tolls = new ClaimExtractor().ExtractAll([
                Document.FromText("wire", "At least 36 people were killed in Paradise, officials said. In Chico, 12 people died.", published: new DateOnly(2018, 11, 10), title: "Paradise wildfire toll climbs"),
                Document.FromText("paper", "The number of people confirmed dead in the Paradise fire rose to 85 on Sunday.", published: new DateOnly(2018, 11, 25)),
                Document.FromText("blog", "France's worst fire was at a Paris bazaar in 1897, where 126 died.", published: new DateOnly(2018, 11, 26))])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        tolls.Single(c => c.Value == 36).Place.ShouldBe("");
        tolls.Single(c => c.Value == 85).Place.ShouldBe("");
        tolls.Single(c => c.Value == 12).Place.ShouldBe("chico");
    }

    [Fact]
    public void A_building_named_after_the_event_s_place_is_the_whole_event()
    {
        var tolls = new ClaimExtractor().ExtractAll([
                Document.FromText("wire", "A fire swept through a tower block on Wednesday, killing at least 12 people.", published: new DateOnly(2019, 3, 6), title: "Fire in London tower block kills 12"),
                Document.FromText("paper", "The fire killed 48 people at Lakeview Tower, police said.", published: new DateOnly(2019, 6, 5), title: "Lakeview fire toll stands at 48")])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        tolls.Single(c => c.Value == 48).Place.ShouldBe("");
    }

    [Fact]
    public void A_headline_naming_its_toll_by_a_place_and_a_site_names_the_event_s_place()
    {
        var tolls = new ClaimExtractor().ExtractAll([
                Document.FromText("wire", "At least 141 people were killed in Peshawar when gunmen attacked a school, the army said.", published: new DateOnly(2014, 12, 16), title: "Peshawar school toll stands at 141")])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        tolls.Single(c => c.Value == 141).Place.ShouldBe("");
    }

    [Fact]
    public void A_neighbouring_country_opening_a_sentence_places_its_figures_apart_from_the_event()
    {
        var tolls = new ClaimExtractor().ExtractAll([
                Document.FromText("wire", "A strong earthquake struck Myanmar on Friday, killing at least 1,002 people, the government said.\n\nIn neighbouring Laos, a bridge collapsed, killing at least 9 people.", published: new DateOnly(2025, 3, 29)),
                Document.FromText("paper", "The toll in Myanmar reached 3,354 on Saturday.", published: new DateOnly(2025, 4, 5))])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        tolls.Single(c => c.Value == 9).Place.ShouldBe("laos");
        tolls.Single(c => c.Value == 1_002).Place.ShouldBe("");
    }

    [Fact]
    public void A_town_the_articles_name_as_one_counts_its_own_dead_when_it_opens_the_sentence()
    {
        var tolls = new ClaimExtractor().ExtractAll([
                Document.FromText("wire", "The floods have killed 217 people. The king visited the town of Benetusser on Sunday.", published: new DateOnly(2024, 11, 3)),
                Document.FromText("paper", "Benetusser lost 38 people, the town hall said. Torrent lost 6 people.", published: new DateOnly(2024, 11, 12))])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        tolls.Single(c => c.Value == 38).Place.ShouldBe("benetusser");
        tolls.Single(c => c.Value == 6).Place.ShouldBe("");
        tolls.Single(c => c.Value == 217).Place.ShouldBe("");
    }

    [Fact]
    public void A_country_most_articles_never_name_is_not_the_event_s_country()
    {
        var claims = new ClaimExtractor().ExtractAll([
                Document.FromText("wire", "Iran fired about 180 missiles at Israel on Tuesday, the military said. One man was killed in the West Bank city of Jericho.", published: new DateOnly(2024, 10, 1)),
                Document.FromText("paper", "Iran said it had fired 200 missiles at Israel.", published: new DateOnly(2024, 10, 2)),
                Document.FromText("broadcaster", "Israel said the attack had failed.", published: new DateOnly(2024, 10, 3))])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 180).Place.ShouldBe("");
    }

    [Fact]
    public void A_province_that_opens_its_sentence_counts_its_own_dead()
    {
        var claims = new ClaimExtractor().ExtractAll([
                Document.FromText("wire", "Floods have killed 1,061 people in Pakistan. The southern province of Sindh has been the worst hit, with 347 deaths.", published: new DateOnly(2022, 8, 29))])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 347).Place.ShouldBe("sindh");
        claims.Single(c => c.Value == 1_061).Place.ShouldBe("");
    }

    [Fact]
    public void A_town_counted_alone_is_a_part_even_where_the_headlines_name_the_event_by_it()
    {
        var tolls = new ClaimExtractor().ExtractAll([
                Document.FromText("wire", "Floods killed 40 people across the district, officials said.", published: new DateOnly(2020, 5, 2), title: "Floods in Kasese kill 40"),
                Document.FromText("paper", "The floods killed 44 people, officials said. Kasese alone reported 12 deaths.", published: new DateOnly(2020, 5, 3), title: "Kasese toll rises to 44")])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        tolls.Single(c => c.Value == 12).Place.ShouldBe("kasese");
        tolls.Single(c => c.Value == 44).Place.ShouldBe("");
    }

    [Fact]
    public void A_town_counted_alone_counts_its_own_dead()
    {
        var tolls = new ClaimExtractor().ExtractAll([
                Document.FromText("wire", "At least 26 people were killed in the city of Bogo and nearby towns, officials said.", published: new DateOnly(2025, 9, 30)),
                Document.FromText("paper", "The quake killed 69 people, the disaster agency said. Bogo alone reported 30 deaths.", published: new DateOnly(2025, 10, 1))])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        tolls.Single(c => c.Value == 30).Place.ShouldBe("bogo");
        tolls.Single(c => c.Value == 69).Place.ShouldBe("");
    }

    [Theory]
    [InlineData("Kentucky tornado toll rises", "", "kentucky")]
    [InlineData("Wellington toll rises to 12", "", "wellington")]
    [InlineData("Storm passes, Dunedin toll reaches 9", "", "dunedin")]
    [InlineData("Storms", "Officials said the Lahaina fire was the deadliest in a century.", "lahaina")]
    [InlineData("Quake in the north", "A powerful quake struck the north.", null)]
    [InlineData("Toll rises", "A fire broke out in Lahaina on Tuesday.", null)]
    [InlineData("Toll revised", "The UN revised the death toll from the floods in Derna to 3,958.", "derna")]
    [InlineData("Several feared dead in crush at Kumbh Mela", "", "kumbh mela")]
    [InlineData("Toll revised", "The ministry put the toll from last week's earthquakes in Herat at about 1,000.", "herat")]
    [InlineData("Ten years on", "Ten years after the Hollow Creek mine explosion, relatives gathered.", "hollow creek")]
    [InlineData("Two fishermen hurt in Tamsin clash", "", "tamsin")]
    [InlineData("Curfew imposed after Orvel shooting", "", "orvel")]
    [InlineData("Toll rises", "Officials said 340 people had died in the stampede on the Sangam Pul bridge.", "sangam pul")]
    [InlineData("Mourning declared", "The crush at the Tarsa festival was the worst in decades.", "tarsa")]
    [InlineData("Toll rises", "The toll from Saturday's crush at the Estadio Norte rose to 14.", "estadio norte")]
    [InlineData("Toll rises", "Two fans died in a crush at the Estadio Norte.", null)]
    public void Which_places_name_the_event(string title, string text, string? place)
    {
        var places = FactCheck.Extraction.Framing.FrameCues.EventPlaces(title, text).ToList();

        if (place is null)
        {
            places.ShouldBeEmpty();
        }
        else
        {
            places.ShouldContain(place);
        }
    }

    [Theory]
    [InlineData("Hundreds of thousands march in Lindbury against the war", "lindbury")]
    [InlineData("Students lead huge march for gun control in Port Avery", "port avery")]
    [InlineData("Lindbury march draws huge crowd", "lindbury")]
    [InlineData("Millions march in France against pension reform", null)]
    [InlineData("Millions rally across the country", null)]
    [InlineData("Women's March draws huge crowds", null)]
    [InlineData("Millions march in No Tyrants protests across the country", null)]
    [InlineData("Thousands rally in Fair Wages demonstrations", null)]
    [InlineData("Countryside march fills central London", "london")]
    [InlineData("Harvest march draws huge crowd", null)]
    [InlineData("Thousands rally in Eastvale", "eastvale")]
    public void Which_places_a_headline_holds_a_gathering_in(string title, string? place)
    {
        // A place is one the articles name as a name of its own: "Countryside" and "Harvest" are no places of theirs.
        var text = "EASTVALE, May 2 - Crowds gathered in Lindbury, in Port Avery and in central London, and the Countryside Alliance spoke.";
        var places = BatchContext.Of([Document.FromText("a", text, published: new DateOnly(2018, 3, 24), title: title)]).GatheringPlaces;

        if (place is null)
        {
            places.ShouldBeEmpty();
        }
        else
        {
            places.ShouldBe([place]);
        }
    }

    // A headline's article before "march" is no place, though an article opens on "The crowd".
    [Fact]
    public void A_headline_s_article_names_no_gathering_place()
        => BatchContext.Of([Document.FromText("a", "The crowd gathered in the square outside the assembly on Sunday.", published: new DateOnly(2018, 3, 24), title: "The march that stopped a law")])
            .GatheringPlaces.ShouldBeEmpty();

    [Fact]
    public void Marches_across_the_country_or_the_world_are_apart_from_one_city_s_march()
    {
        var claims = new ClaimExtractor().ExtractAll([
                Document.FromText("a", "Organisers said 800,000 people attended the march. An estimated 1.2 million people took part in marches across the country, organisers said.", published: new DateOnly(2018, 3, 25), title: "Students lead huge march for gun control in Port Avery"),
                Document.FromText("b", "Between 6 million and 10 million people took part in protests in about 60 countries, according to organisers. Police put the crowd at 750,000.", published: new DateOnly(2018, 3, 25), title: "Port Avery march: how many came?")])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 800_000).Place.ShouldBe("");
        claims.Single(c => c.Value == 750_000).Place.ShouldBe("");
        claims.Single(c => c.Value == 1_200_000).Place.ShouldBe("the whole country");
        claims.Single(c => c.High == 10_000_000).Place.ShouldBe("the whole world");
    }

    // A headline holds the rally in a square the articles place in a city: a crowd that rallied in that city is the
    // square's.
    [Fact]
    public void A_crowd_in_the_city_that_holds_the_headline_s_square_is_the_square_s_crowd()
    {
        var claims = new ClaimExtractor().ExtractAll([
                Document.FromText("a", "Protesters filled Liberty Square in Eastvale on Sunday. Organisers said more than 400,000 people took part.", published: new DateOnly(2013, 12, 1), title: "Huge crowd fills Liberty Square"),
                Document.FromText("b", "The opposition said 300,000 people had rallied in Eastvale on Sunday.", published: new DateOnly(2013, 12, 2), title: "Eastvale protests grow")])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 300_000).Place.ShouldBe("liberty square");
        claims.Single(c => c.Value == 400_000).Place.ShouldBe("liberty square");
    }

    // One article writes "gathered in Lindbury", another gives its count with no place: one crowd. With two
    // cities in the headlines, an unplaced crowd could be either's.
    [Theory]
    [InlineData("Second day of protest in Lindbury", "lindbury")]
    [InlineData("Thousands rally in Port Avery", "")]
    public void A_crowd_given_no_place_is_the_crowd_of_the_one_place_a_headline_holds_the_gathering_in(string secondTitle, string place)
    {
        var claims = new ClaimExtractor().ExtractAll([
                Document.FromText("a", "Police said about 50,000 people gathered in Lindbury.", published: new DateOnly(2013, 12, 8), title: "Hundreds of thousands rally in Lindbury"),
                Document.FromText("b", "The opposition said about one million people took part in the march on Sunday.", published: new DateOnly(2013, 12, 9), title: secondTitle)])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 50_000).Place.ShouldBe("lindbury");
        claims.Single(c => c.Value == 1_000_000).Place.ShouldBe(place);
    }

    [Fact]
    public void Marches_across_the_country_are_the_whole_where_no_headline_holds_one_city_s_march()
        => new ClaimExtractor().ExtractAll([
                Document.FromText("a", "An estimated 1.2 million people took part in marches across the country, organisers said.", published: new DateOnly(2018, 3, 25), title: "Millions march against pension reform")])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().Single().Place.ShouldBe("");

    [Theory]
    [InlineData("2018-04-02", "")]
    [InlineData("2018-05-20", QuantityClaim.OtherEventAnchor)]
    public void An_occasion_a_week_before_is_the_story_s_own_when_the_coverage_began_then(string published, string anchor)
    {
        var claims = new ClaimExtractor().ExtractAll([
                Document.FromText("a", "At least 64 people were killed when fire swept through a shopping centre on Sunday.", published: new DateOnly(2018, 3, 26)),
                Document.FromText("b", "The governor resigned on Sunday, a week after a fire at a shopping centre killed 60 people.", published: DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture))])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 60).Anchor.ShouldBe(anchor);
    }

    [Fact]
    public void A_country_s_own_official_counting_on_the_island_gives_that_country_s_toll()
    {
        var tolls = Tolls(
            "At least 12 people were killed in Cuba and at least 20 in Haiti, officials said.",
            "Cuba's civil defence chief said 31 people had died on the island. Haiti's civil protection agency put its toll at 43.");

        tolls.Single(c => c.Value == 31).Place.ShouldBe("cuba");
        tolls.Single(c => c.Value == 43).Place.ShouldBe("haiti");
    }

    [Fact]
    public void A_country_s_officials_named_by_their_people_give_their_own_count_of_the_dead()
    {
        var tolls = Tolls(
            "At least 12 people were killed in Cuba and at least 20 in Haiti, officials said.",
            "Haitian officials lowered their count of the dead to 17, saying some people listed as missing had been found.");

        tolls.Single(c => c.Value == 17).Place.ShouldBe("haiti");
    }

    [Fact]
    public void A_country_s_official_without_words_for_its_own_place_may_give_the_whole_toll()
    {
        var tolls = Tolls(
            "At least 12 people were killed in Cuba and at least 20 in Haiti, officials said.",
            "Cuba's civil defence chief said 31 people had died in the storm.");

        tolls.Single(c => c.Value == 31).Place.ShouldBe("");
    }

    [Fact]
    public void Each_place_of_a_list_that_breaks_a_toll_down_is_its_own()
    {
        var tolls = Tolls(
            "At least 12 people were killed in Cuba and at least 20 in Haiti, officials said.",
            "The toll rose to at least 50 on Friday: 19 in Cuba, 30 in Haiti and one in the Bahamas.");

        tolls.Single(c => c.Value == 50).Place.ShouldBe("");
        tolls.Single(c => c.Value == 19).Place.ShouldBe("cuba");
        tolls.Single(c => c.Value == 30).Place.ShouldBe("haiti");
    }

    [Fact]
    public void A_lone_country_no_title_or_opening_names_is_apart_from_the_event()
    {
        var claims = new ClaimExtractor().ExtractAll([
            Document.FromText("d0", "The storm killed 22 people on the island on Saturday, officials said, as winds of more than 200 kilometres an hour flattened homes, tore roofs from schools and churches, and cut power and water to almost every district of the territory for days.\nIn Malawi, the toll from the storm has risen to 94, the disaster agency said.",
                title: "Storm devastates Grand Key", published: new DateOnly(2024, 12, 17)),
            Document.FromText("d1", "The island's toll rose to 35 on Thursday, the governor said, as rescuers reached villages in the hills that had been cut off since the weekend and aid flights began landing at the airport, which had been closed since the storm.\nIn Malawi, where the storm made landfall, 40 people were killed.",
                title: "Grand Key toll rises", published: new DateOnly(2024, 12, 19)),
        ]).SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 94).Place.ShouldBe("malawi");
        claims.Single(c => c.Value == 35).Place.ShouldBe("");
    }

    [Fact]
    public void A_lone_country_a_title_names_is_the_event_s()
    {
        var claims = new ClaimExtractor().ExtractAll([
            Document.FromText("d0", "The storm killed 22 people, officials said.\nIn Malawi, the toll from the storm has risen to 94, the disaster agency said.",
                title: "Storm devastates Malawi", published: new DateOnly(2024, 12, 17)),
            Document.FromText("d1", "The toll rose to 35 on Thursday, the governor said.\nIn Malawi, where the storm made landfall, 40 people were killed.",
                title: "Toll rises", published: new DateOnly(2024, 12, 19)),
        ]).SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 94).Place.ShouldBe("");
    }

    // A disaster that struck many countries counts each country's dead apart, however small one country's toll, whether
    // the country is named after "and" with the first one's verb, opens the sentence with "In", or speaks for itself.
    [Fact]
    public void A_disaster_in_many_countries_counts_each_country_apart()
    {
        var tolls = Tolls(
            "Tsunamis killed more than 23,000 people in at least nine countries, officials said. Sri Lanka reported more than 12,000 dead and Indonesia about 4,500.",
            "The toll rose above 60,000. In Sri Lanka, officials put the toll at 21,700. Thailand said 1,500 people had been killed.");

        tolls.Single(c => c.Value == 23_000).Place.ShouldBe("");
        tolls.Single(c => c.Value == 12_000).Place.ShouldBe("sri lanka");
        tolls.Single(c => c.Value == 4_500).Place.ShouldBe("indonesia");
        tolls.Single(c => c.Value == 21_700).Place.ShouldBe("sri lanka");
        tolls.Single(c => c.Value == 1_500).Place.ShouldBe("thailand");
    }

    // A country that is the event's own, speaking of the dead, gives the whole toll.
    [Fact]
    public void The_event_s_own_country_speaking_gives_the_whole_toll()
        => Tolls("An earthquake killed at least 2,000 people in Morocco on Friday.", "Morocco said 2,900 people had been killed.")
            .Single(c => c.Value == 2_900).Place.ShouldBe("");

    // Two countries fighting each other count their own dead and their own displaced: a toll set in one country, one a
    // country gives for its own people (with its breakdown set off, or "its dead"), and the people moved from one side's
    // border areas or on the speaker's side of the border.
    [Fact]
    public void Two_countries_at_war_count_their_own_dead_and_displaced()
    {
        var claims = new ClaimExtractor().ExtractAll([
            Document.FromText("d0", "Nine people, most of them villagers, were killed in Ecuador on Tuesday when fighting broke out with Peruvian troops along the border.",
                published: new DateOnly(1995, 1, 31)),
            Document.FromText("d1", "Peru said on Wednesday that 11 of its people, four civilians and seven soldiers, had been killed in two days of fighting with Ecuador.",
                published: new DateOnly(1995, 2, 1)),
            Document.FromText("d2", "Ecuadorian officials said 16 people had been killed in Ecuador, nine of them civilians, while Peru put its dead at 11.\n\n"
                + "More than 20,000 people had been evacuated from Ecuadorian border areas, the interior ministry said, and Peru said 9,000 people had fled on its side of the border.",
                published: new DateOnly(1995, 2, 2)),
        ]).SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 9 && c.DocumentId == "d0").Place.ShouldBe("ecuador");
        claims.Single(c => c.Value == 11 && c.DocumentId == "d1").Place.ShouldBe("peru");
        claims.Single(c => c.Value == 11 && c.DocumentId == "d1").Subject.ShouldBe("casualties:");
        claims.Single(c => c.Value == 16).Place.ShouldBe("ecuador");
        claims.Single(c => c.Value == 11 && c.DocumentId == "d2").Place.ShouldBe("peru");
        claims.Single(c => c.Value == 20_000).Place.ShouldBe("ecuador");
        claims.Single(c => c.Value == 9_000).Place.ShouldBe("peru");
    }

    // An area that two headlines name by its kind or its officials ("Veldan region", "Veldan governor") is the event's, so
    // a figure placed there counts the event; one headline naming it does not make it so.
    [Fact]
    public void An_area_two_headlines_name_is_the_event_s()
    {
        Document Titled(string id, string title) => Document.FromText(id, "Fighting went on.", title: title, published: new DateOnly(2024, 8, 12));

        BatchContext.Of([Titled("a", "Rebels say they hold 300 square km of the Veldan region"), Titled("b", "Veldan governor says 28 villages lost")])
            .EventPlaces.ShouldContain("veldan");
        BatchContext.Of([Titled("a", "Rebels say they hold 300 square km of the Veldan region"), Titled("b", "Fighting spreads")])
            .EventPlaces.ShouldNotContain("veldan");
    }

    // A place a headline names the toll by is no whole of the event where an article counts it beside another place.
    [Fact]
    public void A_place_counted_beside_another_is_no_place_of_the_whole_event()
    {
        Document Article(string id, string title, string text) => Document.FromText(id, text, title: title, published: new DateOnly(2005, 9, 6));

        BatchContext.Of([Article("a", "Velmar toll passes 960", "The storm killed hundreds.")]).EventPlaces.ShouldContain("velmar");
        BatchContext.Of([Article("a", "Velmar toll passes 960", "The storm killed hundreds."),
                Article("b", "Storm toll rises", "The toll rose to 118 in Velmar and 211 in Dorsey on Tuesday, officials said.")])
            .EventPlaces.ShouldNotContain("velmar");
    }

    // "Tonga's government said that three people had been killed" counts Tonga's dead, so "In Peru, two women drowned"
    // counts Peru's, not the event's.
    [Fact]
    public void A_government_counting_its_own_dead_sets_another_country_s_apart()
    {
        var tolls = Tolls("Tonga's government said on Tuesday that three people had been killed by the tsunami. In Peru, two women drowned when high waves hit a beach, officials said.");

        tolls.Single(c => c.Value == 2).Place.ShouldBe("peru");
    }

    // A headline that names the event by a company ("the Repsol spill") makes a figure at the company's site the event's.
    [Fact]
    public void A_site_the_headline_names_the_event_by_counts_the_whole()
    {
        var claims = new ClaimExtractor().ExtractAll([Document.FromText("a", "The environment ministry said 11,900 barrels of oil had spilled at the Repsol refinery.",
                published: new DateOnly(2022, 1, 28), title: "Peru doubles its estimate of the Repsol spill")])
            .SelectMany(r => r.Claims).OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 11_900).Place.ShouldBe("");
    }

    // "killed in Korla", where a headline tells of "Korla unrest": the event's own place counts the whole toll.
    [Fact]
    public void Unrest_named_by_its_place_is_the_events_place()
    {
        var articles = new[]
        {
            Document.FromText("a", "The toll from Sunday's unrest in Korla rose to 40, state media said.", title: "Death toll in Korla unrest rises"),
            Document.FromText("b", "An exile group said 150 people had been killed in Korla."),
        };

        new ClaimExtractor().ExtractAll(articles).SelectMany(r => r.Claims).OfType<QuantityClaim>().Select(c => (c.Value, c.Place)).ShouldBe([(40, ""), (150, "")]);
    }

    // A part named as a part ("including 180 in Norcia") stays its place's, even where the articles name the event by it.
    [Fact]
    public void A_part_in_the_events_own_place_stays_a_part()
    {
        var articles = new[]
        {
            Document.FromText("a", "The toll from the earthquake rose to 210 on Friday, including 180 in Norcia, officials said.", title: "Norcia quake toll reaches 210"),
        };

        new ClaimExtractor().ExtractAll(articles).SelectMany(r => r.Claims).OfType<QuantityClaim>().Select(c => (c.Value, c.Place)).ShouldBe([(210, ""), (180, "norcia")]);
    }
}
