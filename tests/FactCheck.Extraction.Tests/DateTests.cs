using System.Globalization;
using FactCheck.Extraction.Claims;

namespace FactCheck.Extraction.Tests;

public class DateTests
{
    [Theory]
    [InlineData("The troops were sent on October 8, 2024.", "2024-10-08", "2024-10-08")]
    [InlineData("The troops were sent on Oct. 8.", "2024-10-08", "2024-10-08")]
    [InlineData("The troops were sent in June.", "2024-06-01", "2024-06-30")]
    [InlineData("The troops were sent in December.", "2023-12-01", "2023-12-31")]
    [InlineData("The troops were sent in August 2023.", "2023-08-01", "2023-08-31")]
    [InlineData("The troops were sent on 3 March 2022.", "2022-03-03", "2022-03-03")]
    [InlineData("The troops were sent between Oct. 8 and Oct. 13.", "2024-10-08", "2024-10-13")]
    [InlineData("The troops were sent between October 8 and 13.", "2024-10-08", "2024-10-13")]
    [InlineData("The troops were sent from Sept. 28 to Oct. 2.", "2024-09-28", "2024-10-02")]
    [InlineData("The troops were sent earlier this month.", "2024-10-01", "2024-10-18")]
    [InlineData("The troops were sent last week.", "2024-10-07", "2024-10-13")]
    [InlineData("The troops were sent last month.", "2024-09-01", "2024-09-30")]
    [InlineData("The troops were sent on Tuesday.", "2024-10-15", "2024-10-15")]
    [InlineData("The troops were sent yesterday.", "2024-10-17", "2024-10-17")]
    [InlineData("The troops were sent at the beginning of October.", "2024-10-01", "2024-10-10")]
    [InlineData("The troops were sent in late September.", "2024-09-21", "2024-09-30")]
    [InlineData("The troops were sent three days ago.", "2024-10-15", "2024-10-15")]
    public void Resolves_absolute_range_and_relative_dates_against_the_publication_date(string text, string from, string to)
    {
        var date = Extract.Date(text);

        date.Resolved.ShouldBeTrue();
        date.From.ShouldBe(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture));
        date.To.ShouldBe(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
    }

    // A night runs over two days: "late on Tuesday night" and "in the early hours of Wednesday" are one night.
    [Theory]
    [InlineData("The levee broke late on Tuesday night.", "2024-10-15", "2024-10-16")]
    [InlineData("The levee broke on the night of Oct. 15.", "2024-10-15", "2024-10-16")]
    [InlineData("The levee broke in the early hours of Wednesday.", "2024-10-15", "2024-10-16")]
    [InlineData("The levee broke on Tuesday.", "2024-10-15", "2024-10-15")]
    public void A_night_runs_into_the_next_day(string text, string from, string to)
    {
        var date = Extract.Date(text);

        date.From.ShouldBe(DateOnly.Parse(from, CultureInfo.InvariantCulture));
        date.To.ShouldBe(DateOnly.Parse(to, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Began_doing_in_a_month_marks_a_start_as_since_does()
    {
        var date = Extract.Date("Iran began supplying Russia with drones in March 2022.");

        date.Role.ShouldBe(DateRole.Start);
        date.From.ShouldBe(new DateOnly(2022, 3, 1));
    }

    [Theory]
    [InlineData("The rocket lifted off on Wednesday from the spaceport in French Guiana.")]
    [InlineData("The rocket was launched on Wednesday from the spaceport in French Guiana.")]
    public void A_rocket_that_lifted_off_dates_its_launch_as_launched_does(string text)
    {
        var date = Extract.Date(text, "2024-07-11");

        date.From.ShouldBe(new DateOnly(2024, 7, 10));
        date.Subject.ShouldBe("strike::when");
    }

    // A second blast's day is not the day of the one the story is about.
    [Theory]
    [InlineData("A second tanker, the Orla, exploded early on Thursday.", "")]
    [InlineData("The tanker exploded early on Thursday.", "explosion::start")]
    public void A_second_occasion_dates_no_event_of_the_story(string text, string subject)
        => Extract.Date(text, "2024-07-12").Subject.ShouldBe(subject);

    [Fact]
    public void Since_marks_a_start_and_resolves_to_the_latest_such_month()
    {
        var date = Extract.Date("North Korea has been supplying Russia with shells since August.");

        date.Role.ShouldBe(DateRole.Start);
        date.From.ShouldBe(new DateOnly(2024, 8, 1));
        date.Subject.ShouldBe("supply:North Korea:start");
        date.Resolution.ShouldContain("2024-10-18");
    }

    [Theory]
    [InlineData("The reporter has been held since March 30 of last year.", "2023-03-30", "2023-03-30")]
    [InlineData("Talks resumed in May of this year.", "2024-05-01", "2024-05-31")]
    [InlineData("The trial will open on 2 February of next year.", "2025-02-02", "2025-02-02")]
    public void A_day_or_month_of_last_this_or_next_year_takes_its_year_from_the_article(string text, string from, string to)
    {
        var date = Extract.Date(text, "2024-06-14");

        date.From.ShouldBe(DateOnly.Parse(from, CultureInfo.InvariantCulture));
        date.To.ShouldBe(DateOnly.Parse(to, CultureInfo.InvariantCulture));
        date.Resolution.ShouldContain("year, read against the publication date 2024-06-14");
    }

    // A weekday in a name ("Black Saturday", "Bloody Sunday") is no day of the article's week.
    [Theory]
    [InlineData("The Black Saturday fires killed 173 people.")]
    [InlineData("Bloody Sunday is remembered every year.")]
    public void A_weekday_in_a_name_is_no_date(string text)
        => Extract.From(text).OfType<DateClaim>().ShouldBeEmpty();

    [Fact]
    public void A_date_relative_to_another_event_is_kept_unresolved()
    {
        var date = Extract.Date("The reports came a day after the president spoke.");

        date.Resolved.ShouldBeFalse();
        date.From.ShouldBeNull();
        date.Resolution.ShouldContain("another event");
    }

    [Fact]
    public void Without_a_publication_date_relative_dates_stay_unresolved_and_explicit_ones_resolve()
    {
        var document = Documents.Document.FromText("undated", "The troops left last week. Supplies began in August 2023.");
        var dates = new ClaimExtractor().Extract(document).Claims.OfType<DateClaim>().ToList();

        dates.Single(d => d.Text == "last week").Resolved.ShouldBeFalse();
        dates.Single(d => d.Text == "August 2023").Resolved.ShouldBeTrue();
    }

    [Fact]
    public void A_batch_reads_undated_documents_against_its_latest_date_and_says_so()
    {
        var dated = Documents.Document.FromText("a", "Nothing happened.", published: new DateOnly(2024, 10, 19));
        var undated = Documents.Document.FromText("b", "The forces were transferred between Oct. 8 and Oct. 13.");

        var date = new ClaimExtractor().ExtractAll([dated, undated])[1].Claims.OfType<DateClaim>().Single();

        date.From.ShouldBe(new DateOnly(2024, 10, 8));
        date.ReferenceAssumed.ShouldBeTrue();
        date.Resolution.ShouldContain("batch");
    }

    [Fact]
    public void A_modal_may_is_not_the_month_of_May()
        => Extract.From("North Korea may send more troops.").OfType<DateClaim>().ShouldBeEmpty();

    [Theory]
    [InlineData("NAIROBI, June 2 - Police arrested five people on Sunday.")]
    [InlineData("PORTO ALEGRE, March 14 (Wire) - Floods have killed 42 people since Sunday.")]
    [InlineData("KYIV, Ukraine, Oct. 19 (AP) — Troops were deployed on Sunday.")]
    public void A_dateline_dates_the_report_not_the_event(string text)
    {
        var dates = Extract.From(text, "2025-06-02").OfType<DateClaim>().ToList();

        dates.Count.ShouldBe(2);
        dates[0].Subject.ShouldBeEmpty();
        dates[1].Subject.ShouldNotBeEmpty();
    }

    [Fact]
    public void The_day_a_source_spoke_is_not_the_day_of_the_event()
    {
        var dates = Extract.From("The army said on Tuesday that its troops were deployed on Sunday.", "2025-06-05").OfType<DateClaim>().ToList();

        dates.Select(d => d.Text).ShouldBe(["on Tuesday", "on Sunday"]);
        dates[0].Subject.ShouldBeEmpty();
        dates[1].Subject.ShouldStartWith("deployment:");
    }

    [Fact]
    public void A_collapsed_structure_named_by_its_participle_dates_nothing()
        => Extract.From("Rescuers pulled 41 workers out of a collapsed tunnel on December 18.", "2023-12-20").OfType<DateClaim>().Single().Subject.ShouldBeEmpty();

    [Theory]
    [InlineData("Shelling destroyed 40 homes near the dam on December 18.")]
    [InlineData("Hackers breached the bridge operator's network on December 18.")]
    public void What_is_destroyed_or_breached_beside_a_structure_is_no_failure_of_it(string text)
        => Extract.From(text, "2023-12-20").OfType<DateClaim>().Single().Subject.ShouldNotStartWith("collapse:");

    [Theory]
    [InlineData("The eruption that began on December 18 was weakening on Wednesday.", "December 18", "eruption::start")]
    [InlineData("The eruption began shortly after 10 p.m. on December 17, according to early reports.", "December 17", "eruption::start")]
    [InlineData("The bridge collapsed at 1:30 a.m. on December 18, the ministry said.", "December 18", "collapse::start")]
    [InlineData("The dam burst early on December 18, flooding three villages.", "December 18", "collapse::start")]
    [InlineData("The parking garage came down on December 18, a week after inspectors closed it.", "December 18", "collapse::start")]
    [InlineData("The river's main dam was destroyed early on December 18, officials said.", "December 18", "collapse::start")]
    [InlineData("The levee was breached on December 17 as the water rose.", "December 17", "collapse::start")]
    [InlineData("The explosion on December 18 killed 11 workers.", "December 18", "explosion::start")]
    [InlineData("The December 17 blast injured 40 people.", "December 17", "explosion::start")]
    [InlineData("The tanker exploded on December 18, the coast guard said.", "December 18", "explosion::start")]
    [InlineData("The reporter disappeared near the capital in August 2012 while covering the war.", "August 2012", "missing::start")]
    [InlineData("The boys vanished on December 17 after football practice.", "December 17", "missing::start")]
    [InlineData("The publisher has been jailed since August 2020, when police raided his paper.", "August 2020", "arrest::start")]
    [InlineData("He has been in custody since December 2020.", "December 2020", "arrest::start")]
    [InlineData("He has been held in the city's prison since his arrest on December 17.", "December 17", "arrest::start")]
    public void The_day_an_event_began_or_a_structure_failed_is_its_start(string text, string day, string subject)
    {
        var date = Extract.From(text, "2023-12-20").OfType<DateClaim>().Single(d => d.Text.Contains(day, StringComparison.Ordinal));

        (date.Subject, date.Role).ShouldBe((subject, DateRole.Start));
    }

    [Theory]
    [InlineData("The last survivor was pulled out alive on December 18, 17 days after the building collapsed.")]
    [InlineData("On December 18, rescuers searched the rubble of the building that collapsed.")]
    public void A_later_day_in_a_collapse_story_is_no_day_of_the_collapse(string text)
        => Extract.From(text, "2023-12-20").OfType<DateClaim>().Single(d => d.Text.Contains("December 18", StringComparison.Ordinal)).Role.ShouldNotBe(DateRole.Start);

    [Fact]
    public void A_collapse_counts_nothing_itself()
        => Extract.From("The building collapsed, trapping 40 workers, and destroyed 12 cars.").OfType<QuantityClaim>()
            .ShouldAllBe(c => !c.Subject.StartsWith("collapse", StringComparison.Ordinal));

    [Theory]
    [InlineData("Scientists said the eruption was larger than the three eruptions at nearby Fagradalsfjall since 2021.")]
    [InlineData("A child died of measles, the first measles death in the United States since 2015.")]
    public void A_since_date_of_what_the_event_is_compared_with_is_not_its_start(string text)
        => Extract.From(text, "2023-12-20").OfType<DateClaim>().ShouldHaveSingleItem().Subject.ShouldBeEmpty();

    [Theory]
    [InlineData("Officials said the first patient began showing symptoms on March 4, 2031.")]
    [InlineData("A man from the north may have been the first person to catch the virus, on March 4, 2031, records show.")]
    public void The_first_case_dates_the_outbreak_s_start(string text)
    {
        var date = Extract.From(text).OfType<DateClaim>().Single(d => d.From == new DateOnly(2031, 3, 4));

        date.Subject.ShouldBe("outbreak::start");
    }

    [Theory]
    [InlineData("The number of people killed when the bridge collapsed in the city rose to 31 on Thursday, officials said.")]
    [InlineData("The number of people killed when the bridge collapsed in the city rose to three on Thursday, officials said.")]
    public void The_day_a_tally_rose_is_not_the_day_of_the_collapse_its_clause_names(string text)
    {
        var date = Extract.From(text, "2031-03-07").OfType<DateClaim>().Single();

        date.Subject.ShouldNotStartWith("collapse");
    }

    [Theory]
    [InlineData("The president will resign on Wednesday, the speaker of parliament said.", "2031-03-12")]
    [InlineData("The minister is due to visit the flooded town on Friday.", "2031-03-14")]
    [InlineData("The president resigned on Wednesday, the speaker of parliament said.", "2031-03-05")]
    public void A_weekday_of_what_is_to_come_is_the_next_one(string text, string expected)
        // Published on Sunday, 2031-03-09: what will be is ahead of it, what was behind.
        => Extract.Date(text, "2031-03-09").From.ShouldBe(DateOnly.Parse(expected, CultureInfo.InvariantCulture));
}
