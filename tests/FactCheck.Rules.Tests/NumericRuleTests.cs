using System.Globalization;
using FactCheck.Extraction.Claims;
using FactCheck.Testing;

namespace FactCheck.Rules.Tests;

public class NumericRuleTests
{
    private static RuleTestFixture Numeric() => new(new CorroborationRule(), new QuantityConflictRule(), new CountConflictRule(), new ScopeRule());

    private static RuleTestFixture Tally() => new(new CorroborationRule(), new QuantityConflictRule(), new RunningTallyRule());

    [Fact]
    public void Corroboration_groups_near_values_and_counts_sources_and_articles()
    {
        var fixture = Numeric();
        fixture.Insert(
            Make.Quantity(1500, "NIS", "a"), Make.Quantity(1500, "NIS", "b", low: 1450, high: 1550),
            Make.Quantity(1520, "Seoul", "c", low: 1444, high: 1596, precision: QuantityPrecision.Approximate), Make.Quantity(10_000, "Kyiv", "a", Stance.Planned)).Fire();

        var values = fixture.Query<Corroboration>().OrderBy(c => c.Value).ToList();

        values.Select(v => v.Value).ShouldBe([1500, 10_000]);
        values[0].Documents.ShouldBe(3);
        values[0].Sources.ShouldBe(["NIS", "Seoul"]);
        values[1].Scope.ShouldBe(QuantityScope.Planned);
    }

    [Fact]
    public void Crowds_of_two_different_days_are_two_crowds_and_of_one_day_or_an_unknown_day_are_compared()
    {
        var sunday = new DateOnly(2031, 6, 1);
        var police = Make.Quantity(300_000, "police", "a") with { Occasion = sunday };
        var twoDays = Numeric();
        twoDays.Insert(police, Make.Quantity(900_000, "organisers", "b") with { Occasion = sunday.AddDays(7) }).Fire();
        twoDays.ShouldNotHaveFired<QuantityConflictRule>();

        var oneDay = Numeric();
        oneDay.Insert(police, Make.Quantity(800_000, "organisers", "c") with { Occasion = sunday }, Make.Quantity(1_500_000, "union", "d")).Fire();
        oneDay.Query<Finding>().Select(f => f.Numbers).OrderBy(n => n[1]).ThenBy(n => n[0]).ShouldBe([[300_000, 800_000], [300_000, 1_500_000], [800_000, 1_500_000]]);
    }

    [Fact]
    public void A_crowd_of_one_day_inside_another_day_s_range_is_not_a_wording_of_it()
    {
        var sunday = new DateOnly(2031, 6, 1);
        var range = Make.Quantity(650_000, "researchers", "a", low: 500_000, high: 800_000, precision: QuantityPrecision.Range) with { Occasion = sunday };
        var later = Make.Quantity(550_000, "organisers", "b") with { Occasion = sunday.AddDays(14) };
        var police = Make.Quantity(338_000, "police", "c") with { Occasion = sunday };
        var fixture = Numeric();
        fixture.Insert(range, later, police).Fire();

        fixture.Query<Corroboration>().Count().ShouldBe(3);
        fixture.Query<Finding>().Single().Numbers.ShouldBe([338_000, 650_000]);
    }

    [Fact]
    public void Values_whose_intervals_do_not_overlap_conflict_once()
    {
        var fixture = Numeric();
        var low = Make.Quantity(10_000, "Kyiv", "a", Stance.Planned);
        var high = Make.Quantity(12_000, "Seoul media", "b", Stance.Planned);
        var other = Make.Quantity(12_000, "Other", "c", Stance.Planned);
        fixture.Insert(low, high, other).Fire();

        fixture.ShouldHaveFiredTimes<QuantityConflictRule>(1);
        var finding = fixture.Query<Finding>().Single();
        finding.Severity.ShouldBe(Severity.Hard);
        finding.Numbers.ShouldBe([10_000, 12_000]);
        // One wording of each value, chosen by what the claims say (EvidenceOrder): "Other says" before "Seoul media says".
        finding.Claims.ShouldBe([low, other]);
    }

    [Fact]
    public void Approximations_that_overlap_are_not_a_conflict()
    {
        var fixture = Numeric();
        fixture.Insert(
            Make.Quantity(13_000, "A", "a", unit: "containers", subject: "supply:X", low: 13_000, high: double.PositiveInfinity, precision: QuantityPrecision.AtLeast),
            Make.Quantity(13_700, "B", "b", unit: "containers", subject: "supply:X", low: 13_015, high: 14_385, precision: QuantityPrecision.Approximate)).Fire();

        fixture.ShouldNotHaveFired<QuantityConflictRule>();
        fixture.Query<Corroboration>().ShouldHaveSingleItem().Claims.Count.ShouldBe(2);
    }

    [Fact]
    public void One_disagreeing_pair_is_enough_even_when_another_claim_overlaps_both_values()
    {
        var fixture = Numeric();
        fixture.Insert(
            Make.Quantity(13_000, "A", "a", unit: "containers", subject: "supply:X", low: 13_000, high: double.PositiveInfinity, precision: QuantityPrecision.AtLeast),
            Make.Quantity(13_200, "B", "b", unit: "containers", subject: "supply:X", low: 12_540, high: 13_860, precision: QuantityPrecision.Approximate),
            Make.Quantity(20_000, "C", "c", unit: "containers", subject: "supply:X")).Fire();

        var finding = fixture.Query<Finding>().ShouldHaveSingleItem();
        finding.Claims.Take(2).Select(c => c.Attribution).ShouldBe(["B", "C"]);
    }

    [Fact]
    public void Exact_figures_are_one_value_only_when_equal_and_bounds_in_one_direction_only_when_equal()
    {
        var fixture = Numeric();
        fixture.Insert(
            Make.Quantity(154, "A", "a", subject: "casualties:"), Make.Quantity(158, "B", "b", subject: "casualties:"),
            Make.Quantity(18, "C", "c", low: 18, high: double.PositiveInfinity, precision: QuantityPrecision.AtLeast),
            Make.Quantity(22, "D", "d", low: 22, high: double.PositiveInfinity, precision: QuantityPrecision.AtLeast)).Fire();

        fixture.Query<Corroboration>().Select(c => c.Value).OrderBy(v => v).ShouldBe([18, 22, 154, 158]);
        fixture.ShouldHaveFiredTimes<QuantityConflictRule>(2);
    }

    [Fact]
    public void A_round_floor_is_a_rounding_of_a_higher_floor_below_its_next_step()
    {
        var fixture = Numeric();
        QuantityClaim Floor(double value, string source, string document)
            => Make.Quantity(value, source, document, unit: "people", subject: "casualties:", low: value, high: double.PositiveInfinity, precision: QuantityPrecision.AtLeast);
        fixture.Insert(Floor(100, "protest leaders", "a"), Floor(108, "doctors", "b"), Floor(241, "rights group", "c")).Fire();

        fixture.Query<Corroboration>().Select(c => c.Claims.Count).OrderBy(n => n).ShouldBe([1, 2]);
        fixture.ShouldHaveFiredTimes<QuantityConflictRule>(1);
    }

    [Theory]
    [InlineData(100, 108, true)]
    [InlineData(100, 199, true)]
    [InlineData(100, 200, false)]
    [InlineData(2_000, 2_450, true)]
    [InlineData(1_500, 1_600, false)]
    [InlineData(18, 22, false)]
    public void Which_floors_round_to_which(double round, double precise, bool compatible)
    {
        QuantityClaim Floor(double value) => Make.Quantity(value, "s", low: value, high: double.PositiveInfinity, precision: QuantityPrecision.AtLeast);

        Corroboration.Compatible(Floor(round), Floor(precise)).ShouldBe(compatible);
        Corroboration.Compatible(Floor(precise), Floor(round)).ShouldBe(compatible);
    }

    [Fact]
    public void A_same_day_dispute_stays_hard_when_a_later_rounding_joins_one_side()
    {
        var fixture = Tally();
        QuantityClaim Toll(double value, string source, string document, int day, QuantityPrecision precision)
            => Make.Quantity(value, source, document, unit: "people", subject: "casualties:", low: value,
                high: precision == QuantityPrecision.AtLeast ? double.PositiveInfinity : value, precision: precision) with { Published = new DateOnly(2022, 5, day) };
        fixture.Insert(
            Toll(61, "health ministry", "a", 6, QuantityPrecision.Exact),
            Toll(108, "doctors' committee", "b", 6, QuantityPrecision.AtLeast),
            Toll(100, "protest leaders", "c", 10, QuantityPrecision.AtLeast)).Fire();

        var finding = fixture.Query<Finding>().ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.Hard);
    }

    [Fact]
    public void Values_never_chain_through_a_claim_compatible_with_both()
    {
        var fixture = Numeric();
        fixture.Insert(
            Make.Quantity(212, "A", "a", low: 201, high: 223, precision: QuantityPrecision.Approximate),
            Make.Quantity(219, "B", "b", low: 208, high: 230, precision: QuantityPrecision.Approximate),
            Make.Quantity(226, "C", "c", low: 215, high: 237, precision: QuantityPrecision.Approximate),
            Make.Quantity(236, "D", "d", low: 224, high: 248, precision: QuantityPrecision.Approximate)).Fire();

        fixture.Query<Corroboration>().Count().ShouldBe(2);
    }

    [Fact]
    public void The_same_source_in_the_same_document_never_conflicts_with_itself()
    {
        var fixture = Numeric();
        fixture.Insert(Make.Quantity(100, "A", "a"), Make.Quantity(900, "A", "a")).Fire();

        fixture.ShouldNotHaveFired<QuantityConflictRule>();
    }

    [Fact]
    public void Actual_against_planned_is_reclassified_apparent_by_the_scope_rule()
    {
        var fixture = Numeric();
        fixture.Insert(Make.Quantity(1500, "NIS", "a"), Make.Quantity(12_000, "Media", "b", Stance.Planned)).Fire();

        fixture.ShouldHaveFired<ScopeRule>();
        var finding = fixture.Query<Finding>().Single();
        finding.Severity.ShouldBe(Severity.Apparent);
        finding.Rules.ShouldBe(["Quantity conflict", "Scope"]);
        finding.Explanation.ShouldContain("scope");
    }

    [Fact]
    public void A_higher_figure_whose_sentence_says_it_counts_more_is_explained_by_scope()
    {
        var fixture = Numeric();
        var wider = Make.Quantity(400_000, "Italian officials", "b", unit: "people", subject: "turnout:") with
        {
            Sentence = "Officials said 400,000 people had paid their respects, counting both those at the Mass and the crowds along the route.",
            SentenceSpan = new TextSpan(0, 118),
            Span = new TextSpan(15, 29),
        };
        fixture.Insert(Make.Quantity(250_000, "Vatican", "a", unit: "people", subject: "turnout:"), wider).Fire();

        var finding = fixture.Query<Finding>().Single();
        finding.Severity.ShouldBe(Severity.Apparent);
        finding.Explanation.ShouldContain("counting both those at the Mass");
    }

    [Fact]
    public void A_figure_whose_sentence_opens_by_widening_it_counts_more()
    {
        const string sentence = "Counting his father and the two people killed in the forest, the student is suspected of killing 17 people.";
        var fixture = Numeric();
        var wider = Make.Quantity(17, "police", "b", unit: "people", subject: "casualties:").SaidIn(sentence, "17 people");
        fixture.Insert(Make.Quantity(14, "police", "a", unit: "people", subject: "casualties:"), wider).Fire();

        var finding = fixture.Query<Finding>().Single();
        finding.Severity.ShouldBe(Severity.Apparent);
        finding.Explanation.ShouldContain("Counting his father");
    }

    [Theory]
    [InlineData("Officials said 20 villages had been destroyed.", Severity.Apparent)]
    [InlineData("Officials said 20 villages had been damaged or destroyed.", Severity.Hard)]
    public void Villages_damaged_or_destroyed_count_more_than_those_destroyed(string lowSentence, Severity severity)
    {
        const string highSentence = "The UN said 70 villages damaged or destroyed.";
        var fixture = Numeric();
        var destroyed = Make.Quantity(20, "officials", "a", unit: "localities", subject: "loss:", isCount: true) with
        {
            Sentence = lowSentence,
            SentenceSpan = new TextSpan(0, lowSentence.Length),
            Span = SpanOf(lowSentence, "20 villages"),
        };
        var wider = Make.Quantity(70, "UN", "b", unit: "localities", subject: "loss:", isCount: true) with
        {
            Sentence = highSentence,
            SentenceSpan = new TextSpan(0, highSentence.Length),
            Span = SpanOf(highSentence, "70 villages"),
        };
        fixture.Insert(destroyed, wider).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Fact]
    public void A_lower_figure_that_counts_more_explains_nothing()
    {
        var fixture = Numeric();
        var wider = Make.Quantity(140_000, "Police", "b", unit: "people", subject: "turnout:") with
        {
            Sentence = "Police counted 140,000 people, including those in the side streets.",
            SentenceSpan = new TextSpan(0, 67),
            Span = new TextSpan(15, 29),
        };
        fixture.Insert(Make.Quantity(250_000, "Vatican", "a", unit: "people", subject: "turnout:"), wider).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Hard);
    }

    [Fact]
    public void Counts_conflict_through_the_count_rule_only()
    {
        var fixture = Numeric();
        fixture.Insert(
            Make.Quantity(7, "NIS", "a", unit: "ships", isCount: true),
            Make.Quantity(1, "NIS", "b", unit: "ships", isCount: true)).Fire();

        fixture.ShouldHaveFiredTimes<CountConflictRule>(1);
        fixture.ShouldNotHaveFired<QuantityConflictRule>();
        fixture.Query<Finding>().Single().Kind.ShouldBe(FindingKind.Count);
    }

    [Fact]
    public void Different_subjects_or_units_never_meet()
    {
        var fixture = Numeric();
        fixture.Insert(
            Make.Quantity(1500, "A", "a"),
            Make.Quantity(1_200_000, "B", "b", subject: "strength:North Korea"),
            Make.Quantity(9_000, "C", "c", unit: "containers")).Fire();

        fixture.ShouldNotHaveFired<QuantityConflictRule>();
    }

    [Theory]
    [InlineData("2023-02-06", "2023-02-07", Severity.Apparent, "reported as 1,014 by 2023-02-06")]
    [InlineData("2023-02-07", "2023-02-06", Severity.Hard, null)]
    [InlineData("2023-02-07", "2023-02-07", Severity.Hard, null)]
    public void A_running_total_reported_on_different_days_is_an_update_or_a_revision(string lowPublished, string highPublished, Severity severity, string? why)
    {
        var fixture = Tally();
        var low = Make.Quantity(1_014, "agency", "a", unit: "people", subject: "casualties:") with { Published = DateOnly.Parse(lowPublished, CultureInfo.InvariantCulture) };
        var high = Make.Quantity(5_000, "officials", "b", unit: "people", subject: "casualties:") with { Published = DateOnly.Parse(highPublished, CultureInfo.InvariantCulture) };
        fixture.Insert(low, high).Fire();

        var finding = fixture.Query<Finding>().Single();
        finding.Severity.ShouldBe(severity);
        if (why is not null)
        {
            finding.Rules.ShouldBe(["Quantity conflict", "Running tally"]);
            finding.Explanation.ShouldContain(why);
        }
    }

    // The dead identified are counted up as the work goes on: 552 in November, 1,401 a year on.
    [Fact]
    public void The_dead_identified_are_a_running_total()
    {
        var fixture = Tally();
        var low = Make.Quantity(552, "examiners", "a", unit: "people", subject: "identification:") with { Published = new DateOnly(2001, 11, 20) };
        var high = Make.Quantity(1_401, "officials", "b", unit: "people", subject: "identification:") with { Published = new DateOnly(2002, 9, 11) };
        fixture.Insert(low, high).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Apparent);
    }

    // A toll does not fall and rise again: 155 dead in November, "the 16 people killed" in March, 155 again years later.
    [Theory]
    [InlineData("2001-03-15", Severity.Hard)]
    [InlineData("2000-11-12", Severity.Apparent)]
    public void A_lower_toll_reported_after_a_higher_one_is_no_update_whatever_came_later(string lowPublished, Severity severity)
    {
        var fixture = Tally();
        var low = Make.Quantity(16, "wire", "a", unit: "people", subject: "casualties:") with { Published = DateOnly.Parse(lowPublished, CultureInfo.InvariantCulture) };
        var first = Make.Quantity(155, "officials", "b", unit: "people", subject: "casualties:") with { Published = new DateOnly(2000, 11, 13) };
        var later = Make.Quantity(155, "court", "c", unit: "people", subject: "casualties:") with { Published = new DateOnly(2004, 2, 19) };
        fixture.Insert(low, first, later).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Theory]
    [InlineData("2021-12-03", "2022-01-28", Severity.Apparent)]
    [InlineData("2021-12-03", "2021-12-20", Severity.Hard)]
    [InlineData("2022-01-28", "2021-12-03", Severity.Hard)]
    public void A_larger_force_reported_four_weeks_after_a_smaller_one_is_its_build_up(string lowPublished, string highPublished, Severity severity)
    {
        var fixture = Tally();
        var low = Make.Quantity(70_000, "newspaper", "a", subject: "deployment:Russia") with { Published = DateOnly.Parse(lowPublished, CultureInfo.InvariantCulture) };
        var high = Make.Quantity(127_000, "minister", "b", subject: "deployment:Russia") with { Published = DateOnly.Parse(highPublished, CultureInfo.InvariantCulture) };
        fixture.Insert(low, high).Fire();

        var finding = fixture.Query<Finding>().Single();
        finding.Severity.ShouldBe(severity);
        if (severity == Severity.Apparent)
        {
            finding.Explanation.ShouldContain("built up over weeks");
        }
    }

    [Theory]
    [InlineData("buildings", "loss:", Severity.Apparent)]
    [InlineData("buildings", "collapse:", Severity.Apparent)]
    [InlineData("ships", "loss:", Severity.Hard)]
    public void Buildings_destroyed_are_counted_as_a_running_total_and_ships_lost_are_not(string unit, string subject, Severity severity)
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new CountConflictRule(), new QuantityConflictRule(), new RunningTallyRule());
        var low = Make.Quantity(1_000, "officials", "a", unit: unit, subject: subject, isCount: true) with { Published = new DateOnly(2025, 1, 8) };
        var high = Make.Quantity(10_000, "sheriff", "b", unit: unit, subject: subject, isCount: true) with { Published = new DateOnly(2025, 1, 10) };
        fixture.Insert(low, high).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Fact]
    public void An_estimate_revised_down_in_a_later_report_is_apparent()
    {
        var fixture = Tally();
        var estimate = Make.Quantity(80, "police", "a", unit: "people", subject: "casualties:", low: 76, high: 84, precision: QuantityPrecision.Approximate)
            with { Published = new DateOnly(2017, 6, 28) };
        var final = Make.Quantity(71, "police", "b", unit: "people", subject: "casualties:") with { Published = new DateOnly(2017, 11, 16) };
        fixture.Insert(estimate, final).Fire();

        var finding = fixture.Query<Finding>().Single();
        finding.Severity.ShouldBe(Severity.Apparent);
        finding.Explanation.ShouldContain("revised down");
    }

    [Fact]
    public void A_later_figure_far_below_an_estimate_disputes_it()
    {
        var fixture = Tally();
        var estimate = Make.Quantity(2_000, "district official", "a", unit: "people", subject: "casualties:", low: 1_200, high: 2_000, precision: QuantityPrecision.UpTo)
            with { Published = new DateOnly(2015, 1, 9) };
        var count = Make.Quantity(150, "army", "b", unit: "people", subject: "casualties:", low: 0, high: 150, precision: QuantityPrecision.AtMost)
            with { Published = new DateOnly(2015, 1, 12) };
        fixture.Insert(estimate, count).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Hard);
    }

    [Fact]
    public void Two_values_of_a_running_total_in_one_article_are_an_update_within_the_story()
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(6, "police", "live", unit: "people", subject: "casualties:") with { Sentence = "Police said in the morning that 6 people had died." },
            Make.Quantity(12, "fire brigade", "live", unit: "people", subject: "casualties:")).Fire();

        var finding = fixture.Query<Finding>().Single();
        finding.Severity.ShouldBe(Severity.Apparent);
        finding.Explanation.ShouldContain("one article");
    }

    // Two bodies of one kind ("interior ministry", "health ministry") are two sources; one named by part of the other's
    // name ("ministry", "health ministry") may be the same.
    [Theory]
    [InlineData("interior ministry", "health ministry", Severity.Hard)]
    [InlineData("military government", "shadow government", Severity.Hard)]
    [InlineData("ministry", "health ministry", Severity.Apparent)]
    [InlineData("police", "day police", Severity.Apparent)]
    public void Two_bodies_of_one_kind_in_one_article_are_two_sources(string first, string second, Severity severity)
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(40, first, "a", unit: "people", subject: "casualties:") with
            {
                Sentence = $"The {first} said 40 people had died.",
                Published = new DateOnly(2025, 4, 4),
            },
            Make.Quantity(52, second, "a", unit: "people", subject: "casualties:") with
            {
                Sentence = $"The {second} said 52 people had died.",
                SentenceSpan = new TextSpan(40, 80),
                Published = new DateOnly(2025, 4, 4),
            }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    // "a figure Pakistan rejected" takes the figure right before it, not one that another figure stands between.
    [Theory]
    [InlineData("India said 21 civilians had died in the shelling, and that it had killed more than 100 militants on May 7, a figure Pakistan rejected.", Severity.Apparent)]
    [InlineData("India said 21 civilians had died in the shelling on May 7, a figure Pakistan rejected.", Severity.Hard)]
    public void A_rejection_takes_the_figure_right_before_it(string sentence, Severity severity)
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(12, "Indian army", "a", unit: "civilians", subject: "casualties:") with { Published = new DateOnly(2025, 5, 7) },
            Make.Quantity(21, "India", "b", unit: "civilians", subject: "casualties:") with { Sentence = sentence, Span = new TextSpan(10, 22), Published = new DateOnly(2025, 5, 11) }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    // What the sentence says the counted were is what is rejected, not how many there were.
    [Theory]
    [InlineData("The army said all 12 Palestinians killed were militants, a claim Palestinian officials rejected.", Severity.Apparent)]
    [InlineData("The army said it had killed 12 Palestinians, a claim Palestinian officials rejected.", Severity.Hard)]
    public void A_rejection_of_what_the_counted_were_leaves_the_count_a_running_total(string sentence, Severity severity)
    {
        var fixture = Tally();
        var at = sentence.IndexOf("12 Palestinians", StringComparison.Ordinal);
        fixture.Insert(
            Make.Quantity(8, "health ministry", "a", unit: "people", subject: "casualties:") with { Published = new DateOnly(2023, 7, 3) },
            Make.Quantity(12, "army", "b", unit: "people", subject: "casualties:") with
            {
                Sentence = sentence, Span = new TextSpan(at, at + "12 Palestinians".Length), Published = new DateOnly(2023, 7, 5),
            }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Theory]
    [InlineData("But the military command said it had counted 381 dead.", Severity.Hard)]
    [InlineData("The military command said it had counted 381 dead.", Severity.Apparent)]
    [InlineData("The military command said the toll was higher, at 381.", Severity.Hard)]
    [InlineData("The military command disputed the figure and said it had counted 381 dead.", Severity.Hard)]
    public void A_later_sentence_opening_with_a_contrast_sets_its_figure_against_the_article_s_earlier_one(string sentence, Severity severity)
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(131, "disaster agency", "a", unit: "people", subject: "casualties:") with
            {
                Sentence = "The death toll rose to 131, the disaster agency said on Thursday.",
            },
            Make.Quantity(381, "military command", "a", unit: "people", subject: "casualties:") with
            {
                Sentence = sentence,
                SentenceSpan = new TextSpan(70, 130),
            }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Theory]
    [InlineData("The cyclone killed at least 300,000 people, although the government's official count was 191,951.", Severity.Hard)]
    [InlineData("The cyclone killed at least 300,000 people, and the government's count rose to 191,951.", Severity.Apparent)]
    public void A_figure_set_against_the_official_count_in_its_own_sentence_disputes_it(string sentence, Severity severity)
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(191_951, "government", "a", unit: "people", subject: "casualties:") with
            {
                Sentence = sentence, Span = new TextSpan(sentence.IndexOf("191,951", StringComparison.Ordinal), 7), Published = new DateOnly(1971, 3, 1),
            },
            Make.Quantity(300_000, "relief agencies", "a", unit: "people", subject: "casualties:", high: double.PositiveInfinity, precision: QuantityPrecision.AtLeast) with
            {
                Sentence = sentence, Span = new TextSpan(sentence.IndexOf("300,000", StringComparison.Ordinal), 7), Published = new DateOnly(1971, 3, 1), AttributionInferred = true,
            }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Fact]
    public void One_article_setting_two_named_sources_against_each_other_reports_a_disagreement_not_an_update()
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(151, "officials", "data", unit: "people", subject: "casualties:") with { Sentence = "The official toll of the freeze is 151 deaths.", Published = new DateOnly(2021, 5, 27) },
            Make.Quantity(702, "data journalism site", "data", unit: "people", subject: "casualties:") with { Sentence = "Our analysis suggests as many as 702 people died.", Published = new DateOnly(2021, 5, 27) }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Hard);
        fixture.ShouldNotHaveFired<RunningTallyRule>();
    }

    [Theory]
    [InlineData("The police said on Monday that 68 bodies had been found.", Severity.Hard)]
    [InlineData("The police said six more bodies had been found, bringing the total to 68.", Severity.Apparent)]
    [InlineData("The police had earlier put the number of bodies found at 68.", Severity.Apparent)]
    [InlineData("The police stood by their figure of 68 and denied that officers had fired first.", Severity.Hard)]
    public void Reported_speech_places_no_figure_in_the_storys_time_but_a_total_brought_up_does(string sentence, Severity severity)
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(62, "Chamoli district", "wire", unit: "people", subject: "casualties:") with { Sentence = "62 bodies have been recovered, officials in Chamoli district said.", Published = new DateOnly(2021, 2, 22) },
            Make.Quantity(68, "police", "wire", unit: "people", subject: "casualties:") with { Sentence = sentence, Published = new DateOnly(2021, 2, 22) }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Fact]
    public void A_rise_the_dated_articles_show_is_given_with_its_days_even_beside_an_undated_article()
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(36, "officials", "a", unit: "people", subject: "casualties:") with { Published = new DateOnly(2023, 3, 1) },
            Make.Quantity(57, "fire service", "b", unit: "people", subject: "casualties:") with { Published = new DateOnly(2023, 3, 2) },
            Make.Quantity(57, "blog", "c", unit: "people", subject: "casualties:") with { Published = null }).Fire();

        var finding = fixture.Query<Finding>().Single();
        finding.Severity.ShouldBe(Severity.Apparent);
        finding.Explanation.ShouldContain("reported as 36 by 2023-03-01 and as 57 from 2023-03-02");
        finding.Explanation.ShouldContain("has no date");
    }

    [Fact]
    public void A_sentence_setting_a_later_estimate_against_a_toll_keeps_them_a_disagreement_whatever_the_days()
    {
        var fixture = Tally();
        const string sentence = "Analysts estimate that 200 people died, a U.S. official said, far fewer than the 470 deaths reported by the ministry.";
        var span = new TextSpan(0, sentence.Length);
        fixture.Insert(
            Make.Quantity(470, "ministry", "a", unit: "people", subject: "casualties:") with { Published = new DateOnly(2023, 10, 18) },
            Make.Quantity(470, "ministry", "b", unit: "people", subject: "casualties:") with { Published = new DateOnly(2023, 10, 19), Sentence = sentence, SentenceSpan = span },
            Make.Quantity(200, "US government", "b", unit: "people", subject: "casualties:") with { Published = new DateOnly(2023, 10, 19), Sentence = sentence, SentenceSpan = span }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Hard);
        fixture.ShouldNotHaveFired<RunningTallyRule>();
    }

    [Theory]
    [InlineData("Officials revised the death toll down to 125, saying some victims had been counted twice.", Severity.Apparent)]
    [InlineData("The toll was 125, not 174, because some bodies had been counted twice.", Severity.Apparent)]
    [InlineData("The ministry revised its toll to 125 on Monday afternoon.", Severity.Apparent)]
    [InlineData("The number of dead was put at 125, down from 174, after some bodies were found to have been counted in two places.", Severity.Apparent)]
    [InlineData("Officials said 125 people had died.", Severity.Hard)]
    public void A_toll_that_falls_later_is_explained_only_when_it_says_it_corrects_the_count(string sentence, Severity severity)
    {
        var fixture = Tally();
        var earlier = Make.Quantity(174, "police", "a", unit: "people", subject: "casualties:") with { Published = new DateOnly(2022, 10, 2) };
        var later = Make.Quantity(125, "officials", "b", unit: "people", subject: "casualties:") with { Published = new DateOnly(2022, 10, 3), Sentence = sentence };
        fixture.Insert(earlier, later).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    // Two sources that disagree on one day stay a dispute, though an undated article repeats one of the values; a value
    // given as earlier is no value of that day.
    [Theory]
    [InlineData("", Severity.Hard)]
    [InlineData(QuantityClaim.EarlierAnchor, Severity.Apparent)]
    public void A_dispute_on_one_day_is_not_explained_by_an_undated_article(string anchor, Severity severity)
    {
        var fixture = Tally();
        var day = new DateOnly(2009, 9, 30);
        fixture.Insert(
            Make.Quantity(157, "rights group", "a", unit: "people", subject: "casualties:") with { Published = day },
            Make.Quantity(57, "government", "b", unit: "people", subject: "casualties:") with { Published = day, Anchor = anchor },
            Make.Quantity(157, "analysis site", "c", unit: "people", subject: "casualties:") with { Published = null }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    // One source's count moving through a day is no dispute, whatever an undated article repeats.
    [Fact]
    public void One_source_s_count_through_a_day_with_an_undated_article_stays_a_running_total()
    {
        var fixture = Tally();
        var day = new DateOnly(2023, 1, 31);
        fixture.Insert(
            Make.Quantity(23, "Paris police prefecture", "a", unit: "people", subject: "arrest:") with { Published = day },
            Make.Quantity(30, "Paris police prefecture", "b", unit: "people", subject: "arrest:") with { Published = day },
            Make.Quantity(30, "notes", "c", unit: "people", subject: "arrest:") with { Published = null }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Apparent);
    }

    // A court that cuts a candidate's share revises the count; a candidate's own count is a rival to it, however
    // long after the official result it is given.
    [Theory]
    [InlineData("The council confirmed the result but cut his share to 65.17 percent.", 65.17, Severity.Apparent)]
    [InlineData("The council said he had won 65.17 percent.", 65.17, Severity.Hard)]
    [InlineData("Mondlane said his own count showed he had won 80.5 percent.", 80.5, Severity.Hard)]
    [InlineData("Mondlane said he had won 80.5 percent.", 80.5, Severity.Apparent)]
    public void A_share_cut_later_is_a_revision_and_a_candidate_s_own_count_a_rival(string sentence, double value, Severity severity)
    {
        var fixture = Tally();
        var official = Make.Quantity(70.67, "electoral commission", "a", unit: "percent of the vote", subject: "vote:chapo") with { Published = new DateOnly(2024, 10, 24) };
        var later = Make.Quantity(value, "council", "b", unit: "percent of the vote", subject: "vote:chapo") with { Published = new DateOnly(2024, 12, 24), Sentence = sentence };
        fixture.Insert(official, later).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    // A candidate who gives his own share speaks for a count of his own, even in an undated article; someone else
    // giving a share is the count's next step.
    [Theory]
    [InlineData("Nelson Chamisa", Severity.Hard)]
    [InlineData("opposition newspaper", Severity.Apparent)]
    public void A_candidate_s_share_as_the_candidate_gives_it_is_a_rival_count(string attribution, Severity severity)
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(44.3, "electoral commission", "a", unit: "percent of the vote", subject: "vote:chamisa") with { Published = new DateOnly(2018, 8, 3) },
            Make.Quantity(56, attribution, "b", unit: "percent of the vote", subject: "vote:chamisa") with
            {
                Published = null, Sentence = "He still says he won about 56 percent of the vote.",
            }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Fact]
    public void A_toll_a_later_article_says_was_corrected_leaves_every_lower_toll_after_it_explained()
    {
        const string corrected = "The minister lowered the toll to 84, saying the earlier figure of 103 had been reached because some names were recorded twice.";
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(103, "state television", "a", unit: "people", subject: "casualties:") with { Published = new DateOnly(2024, 1, 3) },
            Make.Quantity(103, "minister", "b", unit: "people", subject: "casualties:") with
            {
                Published = new DateOnly(2024, 1, 4), Sentence = corrected, Anchor = QuantityClaim.EarlierAnchor,
            },
            Make.Quantity(95, "governor", "c", unit: "people", subject: "casualties:") with { Published = new DateOnly(2024, 1, 12) }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Apparent);
    }

    [Theory]
    [InlineData("The commissioner said 18 people had been killed, lowering a figure of 22 that officials had given overnight.", Severity.Apparent)]
    [InlineData("The commissioner said 18 people had been killed, and officials had given 22 overnight.", Severity.Hard)]
    public void A_lower_toll_whose_sentence_corrects_the_higher_is_a_revision_on_the_same_day(string sentence, Severity severity)
    {
        var fixture = Tally();
        var span = new TextSpan(0, sentence.Length);
        var day = new DateOnly(2023, 10, 26);
        fixture.Insert(
            Make.Quantity(22, "state official", "a", unit: "people", subject: "casualties:") with { Published = day },
            Make.Quantity(22, "officials", "b", unit: "people", subject: "casualties:") with { Published = day, Sentence = sentence, SentenceSpan = span },
            Make.Quantity(18, "commissioner", "b", unit: "people", subject: "casualties:") with { Published = day, Sentence = sentence, SentenceSpan = span }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    // "Ten people were killed and 16 injured, police said, correcting an earlier count of 15 injured": raised, not lowered.
    [Fact]
    public void A_correction_naming_the_earlier_lower_figure_raised_the_count()
    {
        const string sentence = "Ten people were killed and 16 injured, police said on Friday, correcting an earlier count of 15 injured.";
        var fixture = Tally();
        var span = new TextSpan(0, sentence.Length);
        var day = new DateOnly(2018, 4, 27);
        fixture.Insert(
            Make.Quantity(15, "police", "a", unit: "people", subject: "injuries:") with { Published = new DateOnly(2018, 4, 23) },
            Make.Quantity(15, "police", "c", unit: "people", subject: "injuries:") with
            {
                Published = day, Sentence = sentence, SentenceSpan = span, Anchor = QuantityClaim.EarlierAnchor,
            },
            Make.Quantity(16, "police", "c", unit: "people", subject: "injuries:") with { Published = day, Sentence = sentence, SentenceSpan = span }).Fire();

        fixture.Query<Finding>().Single().Explanation.ShouldContain("raised from 15 to 16");
    }

    [Fact]
    public void Two_sources_one_sentence_sets_against_each_other_stay_hard_however_the_story_tells_it()
    {
        const string sentence = "The UN office said it had confirmed 1,294 deaths, fewer than the 2,445 announced by the disaster ministry.";
        var fixture = Tally();
        var span = new TextSpan(0, sentence.Length);
        fixture.Insert(
            Make.Quantity(1_294, "UN office", "a", unit: "people", subject: "casualties:") with { Published = new DateOnly(2023, 10, 10), Sentence = sentence, SentenceSpan = span },
            Make.Quantity(2_445, "disaster ministry", "a", unit: "people", subject: "casualties:") with { Published = new DateOnly(2023, 10, 10), Sentence = sentence, SentenceSpan = span }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Hard);
    }

    [Theory]
    [InlineData("The rebels claimed on Thursday that they had killed 214 hostages, a figure the army rejected as propaganda.", Severity.Hard)]
    [InlineData("Protesters said more than 300 people had died, which officials denied.", Severity.Hard)]
    [InlineData("The rebels said on Thursday that they had killed 214 hostages.", Severity.Apparent)]
    public void A_figure_its_own_sentence_says_was_rejected_is_one_side_of_a_dispute_not_a_step_of_the_count(string sentence, Severity severity)
    {
        var fixture = Tally();
        var higher = sentence.Contains("214", StringComparison.Ordinal) ? 214 : 300;
        fixture.Insert(
            Make.Quantity(26, "army", "a", unit: "people", subject: "casualties:") with { Published = new DateOnly(2025, 3, 12) },
            (Make.Quantity(higher, "rebels", "b", unit: "people", subject: "casualties:") with { Published = new DateOnly(2025, 3, 13) })
                .SaidIn(sentence, higher.ToString(CultureInfo.InvariantCulture))).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Theory]
    [InlineData("A review found that at least 82 people died, far more than the official toll of 30.", Severity.Hard)]
    [InlineData("The toll rose to 82 on Friday, the police said.", Severity.Apparent)]
    public void A_higher_figure_that_disputes_the_lower_as_still_current_is_no_update(string sentence, Severity severity)
    {
        var fixture = Tally();
        var span = new TextSpan(0, sentence.Length);
        var later = new DateOnly(2025, 2, 28);
        var claims = new List<QuantityClaim>
        {
            Make.Quantity(30, "police", "a", unit: "people", subject: "casualties:") with { Published = new DateOnly(2025, 1, 30) },
            // Speakers borrowed from the next sentence ("Families said ..."), as a story that names no one here has them.
            Make.Quantity(82, "families", "b", unit: "people", subject: "casualties:") with
            {
                Published = later, Sentence = sentence, SentenceSpan = span, Span = SpanOf(sentence, "82"),
                AttributionInferred = true,
            },
        };
        if (sentence.Contains("of 30", StringComparison.Ordinal))
        {
            claims.Add(Make.Quantity(30, "families", "b", unit: "people", subject: "casualties:") with
            {
                Published = later, Sentence = sentence, SentenceSpan = span, Span = SpanOf(sentence, "30"),
                AttributionInferred = true,
            });
        }

        fixture.Insert([.. claims]).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Fact]
    public void What_one_country_has_supplied_another_grows_over_time()
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(1_000_000, "NIS", "a", unit: "shells", subject: "supply:North Korea") with { Published = new DateOnly(2023, 11, 1) },
            Make.Quantity(3_000_000, "defence minister", "b", unit: "shells", subject: "supply:North Korea") with { Published = new DateOnly(2024, 2, 27) }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Apparent);
    }

    [Theory]
    [InlineData("The USGS later revised the magnitude to 6.9.", Severity.Apparent)]
    [InlineData("The USGS put the magnitude at 6.9, up from the 6.8 it gave first.", Severity.Apparent)]
    [InlineData("The USGS put the magnitude at 6.9, far more than the 6.8 it reported last week.", Severity.Apparent)]
    [InlineData("The USGS put the magnitude at 6.9, from the 6.8 it had estimated.", Severity.Apparent)]
    [InlineData("The USGS said the magnitude was 6.9, not 6.8 as it said earlier.", Severity.Apparent)]
    [InlineData("The USGS put the magnitude at 6.9, more than the 6.8 others reported.", Severity.Hard)]
    [InlineData("The USGS put the magnitude at 6.9.", Severity.Hard)]
    public void One_source_with_two_figures_in_two_articles_revised_only_when_one_says_so(string sentence, Severity severity)
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new RevisionRule());
        var first = Make.Quantity(6.8, "U.S. Geological Survey", "a", unit: "magnitude", subject: "magnitude:");
        var second = Make.Quantity(6.9, "U.S. Geological Survey", "b", unit: "magnitude", subject: "magnitude:") with { Sentence = sentence };
        fixture.Insert(first, second).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Theory]
    [InlineData("Officials revised the number of people aboard the ferry to 475 on Thursday.", Severity.Apparent)]
    [InlineData("The government now says 475 people were on board.", Severity.Apparent)]
    [InlineData("The number aboard was revised to 475 by the coast guard.", Severity.Apparent)]
    [InlineData("The coast guard downgraded its count to 475.", Severity.Apparent)]
    [InlineData("Officials said 475 people were on board, and they revised the manifest twice.", Severity.Hard)]
    [InlineData("Officials said that 475 people were on board.", Severity.Hard)]
    public void A_later_article_saying_the_figure_was_changed_explains_an_earlier_figure_from_another_source(string sentence, Severity severity)
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new RevisionRule());
        var first = Make.Quantity(477, "coast guard", "a", unit: "people", subject: "aboard:") with { Published = new DateOnly(2014, 4, 16) };
        var at = sentence.IndexOf("475", StringComparison.Ordinal);
        var revised = Make.Quantity(475, "officials", "b", unit: "people", subject: "aboard:") with
        {
            Published = new DateOnly(2014, 4, 17),
            Sentence = sentence,
            SentenceSpan = new TextSpan(100, 100 + sentence.Length),
            Span = new TextSpan(100 + at, 100 + at + 3),
        };
        fixture.Insert(first, revised).Fire();

        var finding = fixture.Query<Finding>().Single();
        finding.Severity.ShouldBe(severity);
        if (severity == Severity.Apparent)
        {
            finding.Explanation.ShouldContain("changed the figure to 475");
        }
    }

    [Theory]
    [InlineData("earlier", Severity.Apparent)]
    [InlineData("", Severity.Hard)]
    public void A_lower_figure_a_later_article_says_was_given_earlier_may_precede_the_higher_one(string anchor, Severity severity)
    {
        var fixture = Tally();
        var higher = Make.Quantity(56, "chief minister", "a", unit: "people", subject: "injuries:") with { Published = new DateOnly(2025, 6, 5) };
        var lower = Make.Quantity(47, "state", "b", unit: "people", subject: "injuries:") with { Published = new DateOnly(2025, 6, 6), Anchor = anchor };
        fixture.Insert(higher, lower).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Theory]
    [InlineData("An additional 2,000 troops were ordered to the city, bringing the total to 4,000.", "2025-06-10", Severity.Apparent)]
    [InlineData("An additional 2,000 troops were ordered to the city, bringing the total to 4,000.", "2025-06-08", Severity.Hard)]
    [InlineData("Officials said 4,000 troops were in the city.", "2025-06-10", Severity.Hard)]
    [InlineData("The military has now called up 4,000 reservists, a spokesman said.", "2025-06-10", Severity.Apparent)]
    public void A_later_total_its_sentence_says_grew_is_the_force_growing(string sentence, string highPublished, Severity severity)
    {
        var fixture = Tally();
        var low = Make.Quantity(2_000, "wire agency", "a", subject: "deployment:") with { Published = new DateOnly(2025, 6, 8) };
        var at = sentence.IndexOf("4,000", StringComparison.Ordinal);
        var high = Make.Quantity(4_000, "Pentagon", "b", subject: "deployment:") with
        {
            Published = DateOnly.Parse(highPublished, CultureInfo.InvariantCulture),
            Sentence = sentence,
            SentenceSpan = new TextSpan(50, 50 + sentence.Length),
            Span = new TextSpan(50 + at, 50 + at + 5),
        };
        fixture.Insert(low, high).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Theory]
    [InlineData("outage:", Severity.Apparent)]
    [InlineData("casualties:", Severity.Hard)]
    public void Customers_without_power_fall_as_power_comes_back_but_a_toll_does_not(string subject, Severity severity)
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(3_000_000, "hurricane center", "a", unit: "customers", subject: subject) with { Published = new DateOnly(2024, 10, 10) },
            Make.Quantity(1_000_000, "state officials", "b", unit: "customers", subject: subject) with { Published = new DateOnly(2024, 10, 13) }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    // Those a flood affects grow as the water moves downstream: "almost 14 million", twelve days later "About 20
    // million"; and a candidate's share moves as more ballots are counted.
    [Theory]
    [InlineData("affected:", 14_000_000, 20_000_000)]
    [InlineData("vote:maduro", 51.2, 51.95)]
    public void Those_affected_and_a_share_of_the_vote_are_running_totals(string subject, double first, double later)
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(first, "United Nations", "a", subject: subject) with { Published = new DateOnly(2010, 8, 14) },
            Make.Quantity(later, "government", "b", subject: subject) with { Published = new DateOnly(2010, 8, 26) }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Apparent);
    }

    // Ground an army holds grows or shrinks from day to day: two counts days apart may both have been true.
    [Theory]
    [InlineData(12, Severity.Hard)]
    [InlineData(15, Severity.Apparent)]
    public void Ground_held_is_a_running_total(int laterDay, Severity severity)
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(28, "governor", "a", unit: "localities", subject: "capture:") with { Published = new DateOnly(2024, 8, 12) },
            Make.Quantity(74, "army chief", "b", unit: "localities", subject: "capture:") with { Published = new DateOnly(2024, 8, laterDay) }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Theory]
    [InlineData("The agency had first put the quake's magnitude at 8.0, before raising it to 8.7.", Severity.Apparent)]
    [InlineData("The quake was initially measured at 8.0 and later revised.", Severity.Apparent)]
    [InlineData("The agency put the quake's magnitude at 8.0.", Severity.Hard)]
    [InlineData("The agency had first put the quake's magnitude at 8.0.", Severity.Hard)]
    public void A_figure_its_own_sentence_says_was_given_first_and_then_changed_is_superseded(string sentence, Severity severity)
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new RevisionRule());
        var first = Make.Quantity(8.0, "agency", "a", unit: "magnitude", subject: "magnitude:").SaidIn(sentence, "8.0");
        var other = Make.Quantity(8.8, "U.S. Geological Survey", "b", unit: "magnitude", subject: "magnitude:");
        fixture.Insert(first, other).Fire();

        var finding = fixture.Query<Finding>().Single();
        finding.Severity.ShouldBe(severity);
        if (severity == Severity.Apparent)
        {
            finding.Explanation.ShouldContain("first gave");
        }
    }

    // "raised its estimate of the quake to magnitude 4.0 from 3.6": the article giving the new figure names the one it
    // replaced, on the same day as the other article gave it; a sentence that names another old figure explains nothing.
    [Theory]
    [InlineData("The institute raised its estimate of Monday's quake to magnitude 4.0 from 3.6 after complaints.", Severity.Apparent)]
    [InlineData("The institute raised its estimate of Monday's quake to magnitude 4.0 from 3.8 after complaints.", Severity.Hard)]
    [InlineData("The institute raised its alert level after Monday's quake of magnitude 4.0, stronger than one of 3.6 last year.", Severity.Hard)]
    public void A_figure_its_sentence_says_replaced_the_other_explains_it(string sentence, Severity severity)
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new RevisionRule());
        var revised = (Make.Quantity(4.0, "institute", "b", unit: "magnitude", subject: "magnitude:") with { Published = new DateOnly(2017, 8, 22) })
            .SaidIn(sentence, "4.0");
        var first = Make.Quantity(3.6, "officials", "a", unit: "magnitude", subject: "magnitude:") with { Published = new DateOnly(2017, 8, 22) };
        fixture.Insert(first, revised).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    [Fact]
    public void A_revision_reported_before_the_other_figure_explains_nothing()
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new RevisionRule());
        const string sentence = "Officials revised the number of people aboard the ferry to 475.";
        var revised = (Make.Quantity(475, "officials", "a", unit: "people", subject: "aboard:") with { Published = new DateOnly(2014, 4, 17) })
            .SaidIn(sentence, "475");
        var later = Make.Quantity(477, "coast guard", "b", unit: "people", subject: "aboard:") with { Published = new DateOnly(2014, 4, 18) };
        fixture.Insert(revised, later).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Hard);
    }

    [Fact]
    public void One_source_named_two_ways_in_one_article_is_still_an_update_within_the_story()
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(6, "police", "live", unit: "people", subject: "casualties:"),
            Make.Quantity(12, "metropolitan police", "live", unit: "people", subject: "casualties:")).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Apparent);
    }

    [Fact]
    public void A_figure_that_is_not_a_running_total_does_not_rise_by_time()
    {
        var fixture = Tally();
        var low = Make.Quantity(1_500, "agency", "a") with { Published = new DateOnly(2024, 10, 18) };
        var high = Make.Quantity(12_000, "officials", "b") with { Published = new DateOnly(2024, 10, 19) };
        fixture.Insert(low, high).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Hard);
        fixture.ShouldNotHaveFired<RunningTallyRule>();
    }

    // The missing fall as people are found, and those in hospital as they go home: a later, lower count revises the
    // earlier one.
    [Theory]
    [InlineData("missing:", 60, 3)]
    [InlineData("in hospital:", 100, 75)]
    public void A_count_that_falls_as_people_are_found_or_go_home_is_not_contradicted(string subject, double earlier, double later)
    {
        var fixture = Tally();
        var early = Make.Quantity(earlier, "agency", "a", unit: "people", subject: subject, high: double.PositiveInfinity, precision: QuantityPrecision.AtLeast)
            with { Published = new DateOnly(2021, 3, 2) };
        var late = Make.Quantity(later, "officials", "b", unit: "people", subject: subject) with { Published = new DateOnly(2021, 3, 28) };
        fixture.Insert(early, late).Fire();

        var finding = fixture.Query<Finding>().Single();
        finding.Severity.ShouldBe(Severity.Apparent);
        finding.Explanation.ShouldContain("revised down");
    }

    [Theory]
    [InlineData(36, Severity.Apparent)]
    [InlineData(35, Severity.Hard)]
    public void The_injured_may_fall_by_as_many_as_the_dead_rose(double laterToll, Severity severity)
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new RunningTallyRule(), new InjuredWhoDiedRule());
        var (first, later) = (new DateOnly(2019, 7, 18), new DateOnly(2019, 12, 20));
        fixture.Insert(
            Make.Quantity(33, "fire officials", "a", unit: "people", subject: "casualties:") with { Published = first },
            Make.Quantity(36, "fire officials", "a", unit: "people", subject: "injuries:") with { Published = first },
            Make.Quantity(laterToll, "police", "b", unit: "people", subject: "casualties:") with { Published = later },
            Make.Quantity(33, "police", "b", unit: "people", subject: "injuries:") with { Published = later }).Fire();

        var injured = fixture.Query<Finding>().Single(f => f.Subject.StartsWith("injuries:", StringComparison.Ordinal));
        injured.Severity.ShouldBe(severity);
        if (severity == Severity.Apparent)
        {
            injured.Explanation.ShouldContain("the dead rose from 33 to 36");
        }
    }

    [Theory]
    [InlineData("Officials revised the death toll down to 125, saying some victims had been counted twice.", Severity.Apparent)]
    [InlineData("Officials said 125 people had died.", Severity.Hard)]
    public void A_toll_that_rose_again_after_a_correction_between_does_not_contradict_the_first(string correction, Severity severity)
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new RunningTallyRule(), new CorrectedTollRule());
        fixture.Insert(
            Make.Quantity(174, "officials", "a", unit: "people", subject: "casualties:") with { Published = new DateOnly(2022, 10, 2) },
            Make.Quantity(125, "ministry", "b", unit: "people", subject: "casualties:") with { Published = new DateOnly(2022, 10, 3), Sentence = correction },
            Make.Quantity(131, "police", "c", unit: "people", subject: "casualties:") with { Published = new DateOnly(2022, 10, 10) }).Fire();

        fixture.Query<Finding>().Single(f => f.Numbers.SequenceEqual([131, 174])).Severity.ShouldBe(severity);
    }

    // "Officials lowered the death toll to nine on Tuesday evening", the day another article gave 11: a correction on the
    // same day, after the figure it corrects.
    [Theory]
    [InlineData("Officials lowered the death toll from the school shooting to nine on Tuesday evening.", Severity.Apparent)]
    [InlineData("Officials said nine people had been killed in the school shooting.", Severity.Hard)]
    public void A_toll_lowered_on_the_day_the_higher_one_was_given_is_a_revision(string sentence, Severity severity)
    {
        var fixture = Tally();
        var day = new DateOnly(2021, 5, 11);
        fixture.Insert(
            Make.Quantity(11, "emergency officials", "a", unit: "people", subject: "casualties:") with { Published = day },
            Make.Quantity(9, "officials", "b", unit: "people", subject: "casualties:") with { Published = day, Sentence = sentence }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    // "revised the number of people killed ... to 49" lowers the count as "revised the toll" does.
    [Theory]
    [InlineData("Officials revised the number of people killed at the nightclub to 49, saying the earlier figure had included the gunman.", Severity.Apparent)]
    [InlineData("Officials said 49 people were killed at the nightclub.", Severity.Hard)]
    public void A_revised_number_lowers_a_running_total(string revision, Severity severity)
    {
        var fixture = Tally();
        fixture.Insert(
            Make.Quantity(50, "mayor", "a", unit: "people", subject: "casualties:") with { Published = new DateOnly(2016, 6, 12) },
            Make.Quantity(49, "officials", "b", unit: "people", subject: "casualties:") with { Published = new DateOnly(2016, 6, 13), Sentence = revision }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    // "Thirteen people were shot dead on the day and a fourteenth died of his wounds four months later": the dead of the
    // day and the dead in all, both right; a difference the sentence does not account for stays a contradiction.
    [Theory]
    [InlineData("Thirteen people were shot dead on the day and a fourteenth died of his wounds four months later.", 14, Severity.Apparent)]
    [InlineData("Thirteen people were shot dead on the day and a fourteenth died of his wounds four months later.", 15, Severity.Hard)]
    [InlineData("Thirteen people were killed outright; two more died later in hospital.", 15, Severity.Apparent)]
    [InlineData("Thirteen people were killed outright; two more died later in hospital.", 14, Severity.Hard)]
    [InlineData("Thirteen people were killed, and another man died of his injuries the next day.", 14, Severity.Apparent)]
    [InlineData("Thirteen people were shot dead on the day, the inquiry said.", 14, Severity.Hard)]
    public void A_toll_whose_sentence_says_the_difference_died_later_is_explained(string sentence, double total, Severity severity)
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new DiedLaterRule());
        var day = new DateOnly(2010, 6, 15);
        fixture.Insert(
            Make.Quantity(13, "inquiry", "a", unit: "people", subject: "casualties:").SaidIn(sentence, "Thirteen people") with { Published = day },
            Make.Quantity(total, "newspaper", "b", unit: "people", subject: "casualties:") with { Published = day }).Fire();

        var finding = fixture.Query<Finding>().Single();
        finding.Severity.ShouldBe(severity);
        if (severity == Severity.Apparent)
        {
            finding.Explanation.ShouldContain($"13 died at first and {total} in all");
        }
    }

    [Fact]
    public void A_fall_in_the_injured_with_no_count_of_the_dead_stays_a_contradiction()
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new RunningTallyRule(), new InjuredWhoDiedRule());
        fixture.Insert(
            Make.Quantity(56, "chief minister", "a", unit: "people", subject: "injuries:") with { Published = new DateOnly(2025, 6, 5) },
            Make.Quantity(47, "state", "b", unit: "people", subject: "injuries:") with { Published = new DateOnly(2025, 6, 6) }).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Hard);
        fixture.ShouldNotHaveFired<InjuredWhoDiedRule>();
    }

    [Fact]
    public void A_bound_is_a_value_of_its_own_unless_a_figure_is_close_to_it()
    {
        var fixture = Numeric();
        fixture.Insert(
            Make.Quantity(50, "A", "a", unit: "people", subject: "casualties:", high: double.PositiveInfinity, precision: QuantityPrecision.AtLeast),
            Make.Quantity(78, "B", "b", unit: "people", subject: "casualties:"),
            Make.Quantity(2400, "C", "c", unit: "people", subject: "injuries:", high: double.PositiveInfinity, precision: QuantityPrecision.AtLeast),
            Make.Quantity(2500, "D", "d", unit: "people", subject: "injuries:", low: 2375, high: 2625, precision: QuantityPrecision.Approximate)).Fire();

        fixture.Query<Corroboration>().Select(c => c.Value).OrderBy(v => v).ShouldBe([50, 78, 2400]);
        fixture.ShouldNotHaveFired<QuantityConflictRule>();
    }

    [Fact]
    public void A_running_total_over_several_days_is_one_timeline_and_a_same_day_dispute_stays_apart()
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new RunningTallyRule(), new TallyTimelineRule());
        Claim Toll(double value, string source, string document, int day)
            => Make.Quantity(value, source, document, unit: "people", subject: "casualties:") with { Published = new DateOnly(2022, 5, day) };
        var first = Toll(12, "police", "a", 1);
        var second = Toll(30, "police", "b", 2);
        var third = Toll(41, "ministry", "c", 4);
        var rival = Toll(55, "witnesses", "d", 4);
        fixture.Insert(rival, third, second, first).Fire();

        fixture.ShouldHaveFiredTimes<TallyTimelineRule>(1);
        var findings = fixture.Query<Finding>().ToList();
        var timeline = findings.Single(f => f.Rules.Contains("Tally timeline"));
        timeline.Severity.ShouldBe(Severity.Apparent);
        timeline.Numbers.ShouldBe([12, 30, 41, 55]);
        timeline.Claims.Select(c => c.Attribution).ShouldBe(["police", "police", "ministry", "witnesses"]);
        timeline.Explanation.ShouldContain("12 (police, 2022-05-01), then 30");
        var dispute = findings.Single(f => f != timeline);
        dispute.Severity.ShouldBe(Severity.Hard);
        dispute.Numbers.ShouldBe([41, 55]);
    }

    [Fact]
    public void Two_values_from_one_source_are_a_revision_not_a_contradiction()
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new RevisionRule());
        fixture.Insert(
            Make.Quantity(6.1, "Seismic Institute", "a", unit: "magnitude", subject: "magnitude:", low: 6.05, high: 6.15),
            Make.Quantity(6.1, "Seismic Institute", "b", unit: "magnitude", subject: "magnitude:", low: 6.05, high: 6.15),
            Make.Quantity(6.4, "Seismic Institute", "b", unit: "magnitude", subject: "magnitude:", low: 6.35, high: 6.45),
            Make.Quantity(6.8, "Observatory", "c", unit: "magnitude", subject: "magnitude:", low: 6.75, high: 6.85)).Fire();

        var findings = fixture.Query<Finding>().OrderBy(f => f.Numbers[0]).ThenBy(f => f.Numbers[1]).ToList();
        findings.Select(f => (f.Numbers[0], f.Numbers[1], f.Severity)).ShouldBe([(6.1, 6.4, Severity.Apparent), (6.1, 6.8, Severity.Hard), (6.4, 6.8, Severity.Hard)]);
        findings[0].Explanation.ShouldContain("Seismic Institute gave both");
    }

    [Fact]
    public void One_source_raising_its_own_floor_across_articles_is_a_revision_but_two_sources_floors_still_conflict()
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new RevisionRule());
        fixture.Insert(
            Make.Quantity(300, "county sheriff", "a", unit: "shells", subject: "strike:", high: double.PositiveInfinity, precision: QuantityPrecision.AtLeast),
            Make.Quantity(900, "county sheriff", "b", unit: "shells", subject: "strike:", high: double.PositiveInfinity, precision: QuantityPrecision.AtLeast),
            Make.Quantity(2000, "state police", "c", unit: "shells", subject: "strike:", high: double.PositiveInfinity, precision: QuantityPrecision.AtLeast)).Fire();

        var findings = fixture.Query<Finding>().OrderBy(f => f.Numbers[0]).ThenBy(f => f.Numbers[1]).ToList();
        findings.Select(f => (f.Numbers[0], f.Numbers[1], f.Severity)).ShouldBe([(300, 900, Severity.Apparent), (300, 2000, Severity.Hard), (900, 2000, Severity.Hard)]);
    }

    [Fact]
    public void A_running_total_given_for_two_times_of_one_day_is_possibly_an_update()
    {
        var fixture = Tally();
        var day = new DateOnly(2024, 5, 1);
        fixture.Insert(
            Make.Quantity(14, "police", "a", unit: "people", subject: "arrest:") with { Published = day, TimeOfDay = "by early evening" },
            Make.Quantity(21, "police command", "b", unit: "people", subject: "arrest:") with { Published = day, TimeOfDay = "by late evening" },
            Make.Quantity(90, "ministry", "c", unit: "people", subject: "missing:") with { Published = day },
            Make.Quantity(120, "red cross", "d", unit: "people", subject: "missing:") with { Published = day }).Fire();

        var findings = fixture.Query<Finding>().OrderBy(f => f.Numbers[0]).ToList();
        findings[0].Severity.ShouldBe(Severity.Apparent);
        findings[0].Explanation.ShouldContain("14 by early evening and as 21 by late evening");
        findings[1].Severity.ShouldBe(Severity.Hard);
    }

    [Fact]
    public void A_value_only_a_range_gives_is_labelled_by_the_range()
    {
        var fixture = Numeric();
        fixture.Insert(
            Make.Quantity(1_000, "coast guard", "a", unit: "barrels a day", subject: "spill:"),
            Make.Quantity(19_000, "panel", "b", unit: "barrels a day", subject: "spill:", low: 12_000, high: 19_000, precision: QuantityPrecision.Range)).Fire();

        var finding = fixture.Query<Finding>().ShouldHaveSingleItem();
        finding.Labels.ShouldBe(["1,000", "12,000 to 19,000"]);
        finding.Explanation.ShouldStartWith("1,000 barrels a day (coast guard; 1 article) against 12,000 to 19,000 barrels a day (panel; 1 article)");
    }

    [Fact]
    public void A_value_given_once_precisely_and_once_roughly_is_labelled_by_the_precise_figure()
    {
        var fixture = Numeric();
        fixture.Insert(
            Make.Quantity(500, "minister", "a", unit: "tonnes", subject: "explosion:", low: 475, high: 525, precision: QuantityPrecision.Approximate),
            Make.Quantity(552, "bureau", "b", unit: "tonnes", subject: "explosion:", low: 0, high: 552, precision: QuantityPrecision.AtMost),
            Make.Quantity(2_750, "officials", "c", unit: "tonnes", subject: "explosion:")).Fire();

        var finding = fixture.Query<Finding>().ShouldHaveSingleItem();
        finding.Labels.ShouldBe(["552", "2,750"]);
        // The disagreeing pair first (the bound 552 against 2,750), then the other wording of the low value.
        finding.Claims.Select(c => c.Attribution).ShouldBe(["bureau", "officials", "minister"]);
    }

    [Fact]
    public void An_earlier_value_of_a_running_total_is_part_of_its_story_and_of_no_other_figure()
    {
        var fixture = Numeric();
        fixture.Insert(
            Make.Quantity(230_000, "government", "a", unit: "people", subject: "casualties:"),
            Make.Quantity(212_000, "prime minister", "a", unit: "people", subject: "casualties:") with { Anchor = QuantityClaim.EarlierAnchor },
            Make.Quantity(400_000, "union", "b", unit: "people", subject: "turnout:") with { Anchor = QuantityClaim.EarlierAnchor },
            Make.Quantity(500_000, "union", "c", unit: "people", subject: "turnout:")).Fire();

        fixture.Query<Finding>().ShouldHaveSingleItem().Numbers.ShouldBe([212_000, 230_000]);
    }

    [Fact]
    public void Two_articles_crediting_one_source_with_different_counts_contradict_each_other()
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new CountConflictRule(), new RevisionRule());
        fixture.Insert(
            Make.Quantity(7, "NIS", "a", unit: "ships", isCount: true),
            Make.Quantity(1, "NIS", "b", unit: "ships", isCount: true)).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Hard);
        fixture.ShouldNotHaveFired<RevisionRule>();
    }

    [Fact]
    public void A_finding_between_named_sources_and_counted_nouns_is_surer_than_one_between_bare_carried_over_figures()
    {
        var named = Finding.ForValues(FindingKind.Quantity,
            Corroboration.Build([Make.Quantity(1_500, "NIS", "a") with { Published = new DateOnly(2024, 10, 18) }])[0],
            Corroboration.Build([Make.Quantity(12_000, "Kyiv", "b") with { Published = new DateOnly(2024, 10, 19) }])[0], "test");
        var bare = Finding.ForValues(FindingKind.Quantity,
            Corroboration.Build([Make.Quantity(1_500, "NIS", "a") with { Text = "1,500", AttributionInferred = true }])[0],
            Corroboration.Build([Make.Quantity(12_000, "Kyiv", "b") with { Text = "about 12,000", Precision = QuantityPrecision.Approximate }])[0], "test");

        named.Confidence.Value.ShouldBeGreaterThan(bare.Confidence.Value);
        named.Confidence.Reasons.ShouldContain(r => r.Contains("names who gives it", StringComparison.Ordinal));
        bare.Confidence.Reasons.ShouldContain(r => r.Contains("carried over", StringComparison.Ordinal));
        bare.Confidence.Reasons.ShouldContain(r => r.Contains("bare figure", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_many_sources_repeat_is_quoted_by_a_few_of_its_wordings_not_by_every_claim()
    {
        var fixture = Numeric();
        var repeated = Enumerable.Range(0, 50).Select(i => Make.Quantity(1_500 + (i % 5), $"outlet {i}", $"d{i:D2}", low: 1_400, high: 1_600, precision: QuantityPrecision.Approximate));
        fixture.Insert([.. repeated, Make.Quantity(12_000, "Kyiv", "z")]).Fire();

        var finding = fixture.Query<Finding>().ShouldHaveSingleItem();
        finding.Claims.Count.ShouldBe(4);
        finding.Claims.OfType<QuantityClaim>().Select(c => c.Value).Distinct().Count().ShouldBe(4);
    }

    [Fact]
    public void A_subject_with_more_values_than_can_be_paired_is_one_spread_finding()
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new SpreadRule());
        var claims = Enumerable.Range(0, Corroboration.MaxPairedValues + 5).Select(i => Make.Quantity(1_000 + (100 * i), $"source {i}", $"d{i:D2}"));
        fixture.Insert([.. claims, Make.Quantity(1_000, "again", "e")]).Fire();

        fixture.ShouldNotHaveFired<QuantityConflictRule>();
        var spread = fixture.Query<Finding>().ShouldHaveSingleItem();
        spread.Rules.ShouldBe(["Spread"]);
        spread.Numbers.ShouldBe([1_000, 3_400]);
        spread.Explanation.ShouldStartWith($"{Corroboration.MaxPairedValues + 5} different values");
    }

    // Where a claim's words stand in its sentence.
    private static TextSpan SpanOf(string sentence, string text)
    {
        var start = sentence.IndexOf(text, StringComparison.Ordinal);
        return new TextSpan(start, start + text.Length);
    }

    [Theory]
    [InlineData(1, 3, 844, 1)]
    [InlineData(1, 1, 844, 0)]
    [InlineData(1, 3, 400, 0)]
    [InlineData(3, 1, 844, 0)]
    public void A_toll_risen_above_an_earlier_floor_is_shown_as_a_rise(int floorDay, int laterDay, double later, int findings)
    {
        var fixture = Tally();
        var floor = Make.Quantity(384, "disaster agency", "a", unit: "people", subject: "casualties:", high: double.PositiveInfinity,
            precision: QuantityPrecision.AtLeast) with { Published = new DateOnly(2018, 9, 20 + floorDay) };
        var figure = Make.Quantity(later, "officials", "b", unit: "people", subject: "casualties:") with { Published = new DateOnly(2018, 9, 20 + laterDay) };
        fixture.Insert(floor, figure).Fire();

        var found = fixture.Query<Finding>().ToList();
        found.Count.ShouldBe(findings);
        found.ShouldAllBe(f => f.Severity == Severity.Apparent);
    }

    // "Search teams recovered 15 bodies" after "killing all 78 people on board": a floor given when the higher toll was
    // already out counts the search, not a toll that rose to 78 when a later article repeats it.
    [Fact]
    public void A_floor_given_after_the_higher_toll_was_out_is_no_rise_to_it()
    {
        var fixture = Tally();
        var first = Make.Quantity(78, "officials", "a", unit: "people", subject: "casualties:") with { Published = new DateOnly(2001, 10, 4) };
        var floor = Make.Quantity(15, "search teams", "b", unit: "people", subject: "casualties:", high: double.PositiveInfinity,
            precision: QuantityPrecision.AtLeast) with { Published = new DateOnly(2001, 10, 5) };
        var repeated = Make.Quantity(78, "investigators", "c", unit: "people", subject: "casualties:") with { Published = new DateOnly(2001, 10, 13) };
        fixture.Insert(first, floor, repeated).Fire();

        fixture.Query<Finding>().ShouldBeEmpty();
    }

    // "nearly twice its earlier estimate of 6,000 barrels": a later article recalls the source's own earlier figure, so
    // the source revised it; a figure another source gave first is no revision.
    [Theory]
    [InlineData("The ministry said 11,900 barrels had spilled, nearly twice its earlier estimate of 6,000 barrels.", Severity.Apparent)]
    [InlineData("The ministry said 11,900 barrels had spilled, nearly twice the figure of 6,000 barrels given by the company.", Severity.Hard)]
    public void A_source_recalling_its_earlier_estimate_revised_it(string sentence, Severity severity)
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new RevisionRule());
        var first = Make.Quantity(6_000, "ministry", "a", unit: "barrels", subject: "spill:") with { Published = new DateOnly(2022, 1, 20) };
        var revised = (Make.Quantity(11_900, "ministry", "b", unit: "barrels", subject: "spill:") with { Published = new DateOnly(2022, 1, 28) })
            .SaidIn(sentence, "11,900");
        fixture.Insert(first, revised).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    // Passengers or crew and everyone aboard are different units, compared only where they cannot both hold: passengers
    // beyond what any crew makes up, a crew (which may have passengers beside it) only when fewer are aboard.
    [Theory]
    [InlineData("passengers", 800, 2470, true)]
    [InlineData("passengers", 150, 120, true)]
    [InlineData("passengers", 104, 113, false)]
    [InlineData("passengers", 3200, 4200, false)]
    [InlineData("crew", 118, 116, true)]
    [InlineData("crew", 118, 118, false)]
    [InlineData("crew", 44, 300, false)]
    public void Passengers_or_crew_and_people_aboard_conflict_only_where_they_cannot_both_hold(string unit, double part, double people, bool conflict)
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new PeopleAboardRule());
        fixture.Insert(
            Make.Quantity(part, "government", "a", unit: unit, subject: "aboard:"),
            Make.Quantity(people, "inquiry", "b", unit: "people", subject: "aboard:")).Fire();

        fixture.Query<Finding>().Select(f => f.Numbers).ShouldBe(conflict ? [[part, people]] : []);
    }

    [Fact]
    public void Passengers_a_craft_was_licensed_for_are_no_count_of_those_aboard()
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new PeopleAboardRule());
        fixture.Insert(
            Make.Quantity(580, "government", "a", Stance.Planned, unit: "passengers", subject: "aboard:"),
            Make.Quantity(1928, "government", "b", unit: "people", subject: "aboard:")).Fire();

        fixture.ShouldNotHaveFired<PeopleAboardRule>();
    }

    [Fact]
    public void Passengers_and_people_aboard_of_different_places_never_meet()
    {
        var fixture = new RuleTestFixture(new CorroborationRule(), new PeopleAboardRule());
        fixture.Insert(
            Make.Quantity(800, "government", "a", unit: "passengers", subject: "aboard:") with { Place = "first ferry" },
            Make.Quantity(2470, "inquiry", "b", unit: "people", subject: "aboard:")).Fire();

        fixture.ShouldNotHaveFired<PeopleAboardRule>();
    }

    // A report that names the other value as the figure it corrects explains the conflict; one before it does not.
    [Theory]
    [InlineData("The number on board was 456, not 458 as first reported.", 2, Severity.Apparent)]
    [InlineData("Officials corrected the passenger count from 458 to 456 after checking the list.", 2, Severity.Apparent)]
    [InlineData("The number on board was 456, not 458 as first reported.", -2, Severity.Hard)]
    [InlineData("The number on board was 456, not 452 as first reported.", 2, Severity.Hard)]
    [InlineData("The airline said 456 had been on board, correcting the figure of 458 given on Friday.", 1, Severity.Apparent)]
    public void A_figure_named_as_corrected_explains_the_conflict(string sentence, int daysLater, Severity severity)
    {
        var first = Make.Quantity(458, "state media", "a", unit: "people", subject: "aboard:") with { Published = new DateOnly(2031, 6, 2) };
        var correction = Make.Quantity(456, "officials", "b", unit: "people", subject: "aboard:").SaidIn(sentence, "456") with { Published = new DateOnly(2031, 6, 2).AddDays(daysLater) };
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new NamedCorrectionRule());
        fixture.Insert(first, correction).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(severity);
    }

    // A figure written as a word is named so: "three attackers, not six as the president had said".
    [Fact]
    public void A_figure_named_in_words_as_corrected_explains_the_conflict()
    {
        var first = Make.Quantity(6, "president", "a", unit: "attackers", subject: "casualties:") with { Published = new DateOnly(2031, 3, 13), Text = "Six attackers" };
        var correction = Make.Quantity(3, "government", "b", unit: "attackers", subject: "casualties:")
            .SaidIn("The government said three attackers had been killed, not six as the president had said.", "three attackers") with { Published = new DateOnly(2031, 3, 14) };
        var fixture = new RuleTestFixture(new CorroborationRule(), new QuantityConflictRule(), new NamedCorrectionRule());
        fixture.Insert(first, correction).Fire();

        fixture.Query<Finding>().Single().Severity.ShouldBe(Severity.Apparent);
    }
}
