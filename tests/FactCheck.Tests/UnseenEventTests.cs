using FactCheck.Extraction.Documents;
using FactCheck.Rules;
using FactCheck.Testing;

namespace FactCheck.Tests;

/// <summary>
/// Articles about events unlike the seeds' (a flood, a protest), written for these tests, so the rules and the lexicon
/// are checked on news they were not tuned on.
/// </summary>
public class UnseenEventTests
{
    private static readonly ContradictionReport Flood = Check(
        ("wire.txt", """
            date 2025-03-14
            Flooding kills at least 42 in the south

            RIVERTON, March 14 (Wire) - Floods have killed at least 42 people and forced 18,000 from their homes, the state civil defense agency said on Friday.

            Federal officials said three army helicopters had been sent to the region.
            """),
        ("local.txt", """
            date 2025-03-15
            Flood death toll rises to 29

            The number of people killed by the floods has risen to 29, the state civil defense agency said on Saturday.

            One army helicopter crashed during a rescue mission, the air force said.
            """));

    private static readonly ContradictionReport Protest = Check(
        ("first.txt", """
            date 2025-06-02
            Police arrest five after protest

            CAPITAL CITY, June 2 - Police arrested five people on Sunday after a protest turned violent, a police spokesman said.

            The interior minister denied that police had used live ammunition.
            """),
        ("second.txt", """
            date 2025-06-03
            At least 12 arrested, rights group says

            At least 12 people were arrested during Sunday's protest, the national human rights commission said on Monday.

            An independent monitoring group confirmed that live ammunition had been used.
            """));

    private static readonly ContradictionReport Storm = Check(
        ("agency.txt", """
            date 2026-02-10
            Storm toll revised to 212

            The health ministry on Tuesday revised the official toll of Cyclone Dara to 212 deaths. A 2009 cyclone killed 1,300 people on the same coast.
            """),
        ("paper.txt", """
            date 2026-02-11
            Minister disputes the count

            The interior minister said on Wednesday that "212 people did not die" and that at most 80 deaths were linked to the cyclone. In 2009, as many as 1,200 people were killed.
            """));

    [Fact]
    public void A_figure_a_source_denies_is_not_a_value_it_gives()
    {
        var toll = Storm.Corroborations.Single(c => c.Value == 212);

        toll.Claims.ShouldAllBe(c => c.DocumentId == "agency.txt");
        Storm.ShouldFlag(FindingKind.Quantity, 80, 212);
    }

    [Fact]
    public void Figures_of_an_earlier_event_are_context_and_never_compared()
        => Storm.ShouldNotFlag(FindingKind.Quantity, 1_200, 1_300);

    [Fact]
    public void Flags_a_death_toll_given_as_a_bare_number_against_a_higher_one()
        => Flood.ShouldFlag(FindingKind.Quantity, 29, 42).Severity.ShouldBe(Severity.Hard);

    [Fact]
    public void Does_not_count_a_crashed_helicopter_against_those_sent()
        => Flood.ShouldNotFlag(FindingKind.Count, 1, 3);

    [Fact]
    public void Flags_arrest_counts_from_two_sources_as_apparent_when_the_higher_came_a_day_later()
    {
        var finding = Protest.ShouldFlag(FindingKind.Quantity, 5, 12);

        finding.Severity.ShouldBe(Severity.Apparent);
        finding.Rules.ShouldBe(["Quantity conflict", "Running tally"]);
    }

    [Fact]
    public void A_count_that_falls_in_a_later_report_stays_hard()
        => Flood.ShouldFlag(FindingKind.Quantity, 29, 42).Rules.ShouldBe(["Quantity conflict"]);

    [Fact]
    public void Flags_a_denial_against_a_confirmation_by_speakers_the_lexicon_does_not_list()
        => Protest.ShouldFlag(FindingKind.Denial, "independent monitoring group", "interior minister");

    [Fact]
    public void A_dateline_is_not_the_date_of_the_arrests()
        => Protest.Findings.ShouldNotContain(f => f.Kind == FindingKind.Date);

    [Fact]
    public void Flags_a_governments_denial_of_the_blame_another_government_lays_on_it()
    {
        var report = Check(
            ("wire.txt", """
                date 2018-03-14
                Britain will expel 20 diplomats after Prime Minister Jane May said it was highly likely that Belarus was responsible for the poisoning of a defector.

                Belarus denies any involvement.
                """),
            ("paper.txt", """
                date 2018-03-17
                Foreign Minister Boris Petrov said Minsk had nothing to do with the attack.
                """));

        report.ShouldFlag(FindingKind.Denial, "Prime Minister Jane May", "Belarus");
        report.ShouldFlag(FindingKind.Denial, "Prime Minister Jane May", "Foreign Minister Boris Petrov");
    }

    // A government that "has no record of" the deaths others count denies them.
    [Fact]
    public void Flags_deaths_a_government_has_no_record_of()
    {
        var report = Check(
            ("wire.txt", """
                date 2022-05-02
                Miners' unions said more than 300 strikers had died during the stoppage, most of them from heat.
                """),
            ("paper.txt", """
                date 2022-05-10
                The labour minister told parliament that the government had no record of strikers dying during the stoppage.
                """));

        report.ShouldFlag(FindingKind.Denial, "Miners' unions", "government");
    }

    [Fact]
    public void Land_burned_is_compared_across_acres_and_hectares()
    {
        const string Acres = """
            date 2027-08-12
            The Ridge Fire has burned 12,000 acres since Monday, the state forestry agency said on Thursday.
            """;
        var agree = Check(("us.txt", Acres), ("eu.txt", """
            date 2027-08-12
            The Ridge Fire has scorched about 4,900 hectares, emergency officials said on Thursday.
            """));
        var disagree = Check(("us.txt", Acres), ("eu.txt", """
            date 2027-08-12
            The Ridge Fire has scorched about 9,000 hectares, emergency officials said on Thursday.
            """));

        agree.Findings.ShouldNotContain(f => f.Kind == FindingKind.Quantity);
        disagree.ShouldFlag(FindingKind.Quantity, 4_860, 9_000).Subject.ShouldStartWith("burned:");
    }

    [Fact]
    public void Flags_two_days_given_for_a_bridges_collapse_but_not_the_days_after_it()
    {
        var report = Check(
            ("wire.txt", """
                date 2027-03-10
                The Harlow Street bridge collapsed on Monday night, city officials said. Divers searched the river on Tuesday.
                """),
            ("paper.txt", """
                date 2027-03-11
                The bridge gave way on Sunday, according to the transport ministry. A survivor was pulled out on Wednesday, two days after the bridge collapsed.
                """));

        report.ShouldFlag(FindingKind.Date, "2027-03-07", "2027-03-08");
        report.Findings.Count(f => f.Kind == FindingKind.Date).ShouldBe(1);
    }

    private static ContradictionReport Check(params (string Name, string Text)[] articles)
        => FactChecker.CreateDefault().Check(articles.Select(a => Document.FromText(a.Name, a.Text)));
}
