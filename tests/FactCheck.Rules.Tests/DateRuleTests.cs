using FactCheck.Extraction.Claims;
using FactCheck.Testing;

namespace FactCheck.Rules.Tests;

public class DateRuleTests
{
    private static readonly DateOnly Aug2023 = new(2023, 8, 1);
    private static readonly DateOnly Aug2024 = new(2024, 8, 1);

    [Fact]
    public void Dates_that_do_not_overlap_conflict_once_however_many_claims_repeat_them()
    {
        var fixture = new RuleTestFixture(new DateValueRule(), new DateConflictRule());
        var earlier = Make.Date(Aug2023, Aug2023.AddDays(30), "NIS", "a");
        fixture.Insert(earlier, Make.Date(Aug2024, Aug2024.AddDays(30), "NIS", "b"), Make.Date(Aug2024, Aug2024.AddDays(30), "NIS", "c")).Fire();

        fixture.ShouldHaveFiredTimes<DateConflictRule>(1);
        var finding = fixture.Query<Finding>().ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.Hard);
        finding.Claims[0].ShouldBe(earlier);
        finding.Evidence.OfType<DateValue>().Last().Claims.Count.ShouldBe(2);
        finding.Labels.ShouldBe(["2023-08-01..2023-08-31", "2024-08-01..2024-08-31"]);
    }

    [Fact]
    public void Overlapping_dates_agree()
    {
        var fixture = new RuleTestFixture(new DateValueRule(), new DateConflictRule());
        fixture.Insert(
            Make.Date(new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 13), "A", "a", "deployment:X:when"),
            Make.Date(new DateOnly(2024, 10, 1), new DateOnly(2024, 10, 19), "B", "b", "deployment:X:when")).Fire();

        fixture.ShouldNotHaveFired<DateConflictRule>();
    }

    [Fact]
    public void An_unresolved_date_never_conflicts_and_an_assumed_year_is_only_apparent()
    {
        var fixture = new RuleTestFixture(new DateValueRule(), new DateConflictRule());
        fixture.Insert(
            Make.Date(Aug2023, Aug2023.AddDays(30), "A", "a"),
            Make.Date(Aug2024, Aug2024, "B", "b", resolved: false),
            Make.Date(Aug2024, Aug2024.AddDays(30), "C", "c", assumed: true)).Fire();

        fixture.Query<Finding>().ShouldHaveSingleItem().Severity.ShouldBe(Severity.Apparent);
    }

    [Fact]
    public void Days_on_which_an_event_happened_are_never_set_against_each_other()
    {
        var fixture = new RuleTestFixture(new DateValueRule(), new DateConflictRule());
        fixture.Insert(
            Make.Date(new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 8), "A", "a", "strike:X:when", role: DateRole.Point),
            Make.Date(new DateOnly(2024, 10, 9), new DateOnly(2024, 10, 9), "B", "b", "strike:X:when", role: DateRole.Point)).Fire();

        fixture.ShouldNotHaveFired<DateConflictRule>();
        fixture.Query<DateValue>().Count().ShouldBe(2);
    }
}
