using FactCheck.Rules;
using FactCheck.Testing;

namespace FactCheck.Tests;

/// <summary>The acceptance list, through the harness users get, on seeds/.</summary>
public class AcceptanceTests(SeedReport seeds) : IClassFixture<SeedReport>
{
    private readonly ContradictionReport _report = seeds.Report;

    [Fact]
    public void Flags_1500_sent_against_12000_planned_as_apparent_by_scope()
    {
        var finding = _report.ShouldFlag(FindingKind.Quantity, 1_500, 12_000);
        finding.Severity.ShouldBe(Severity.Apparent);
        finding.Explanation.ShouldContain("scope");
        finding.Rules.ShouldBe(["Quantity conflict", "Scope"]);
    }

    [Fact]
    public void Flags_1500_against_10000_as_apparent_by_scope()
        => _report.ShouldFlag(FindingKind.Quantity, 1_500, 10_000).Severity.ShouldBe(Severity.Apparent);

    [Fact]
    public void Flags_two_planned_totals_10000_and_12000_as_hard()
        => _report.ShouldFlag(FindingKind.Quantity, 10_000, 12_000).Severity.ShouldBe(Severity.Hard);

    [Fact]
    public void Flags_seven_ships_against_one()
    {
        var ships = _report.ShouldFlag(FindingKind.Count, 1, 7);
        ships.Subject.ShouldContain("ships");
        ships.Severity.ShouldBe(Severity.Hard);
    }

    [Fact]
    public void Flags_the_start_of_weapons_supplies_August_2023_against_August_2024()
    {
        var finding = _report.ShouldFlag(FindingKind.Date, "2023-08", "2024-08");
        finding.Subject.ShouldStartWith("supply:");
        finding.Severity.ShouldBe(Severity.Hard);
    }

    [Fact]
    public void Flags_the_NIS_assertion_against_the_Kremlin_denial()
        => _report.ShouldFlag(FindingKind.Denial, "NIS", "Russian government").Subject.ShouldStartWith("deployment:");

    [Fact]
    public void Flags_North_Korean_soldiers_in_combat_against_Russias_denial()
        => _report.ShouldFlag(FindingKind.Denial, f => f.Subject.StartsWith("combat:", StringComparison.Ordinal) && f.Labels[1] == "Russian government", "combat is denied by the Russian government");

    [Fact]
    public void Does_not_flag_1_5K_against_1500()
    {
        _report.ShouldNotFlag(FindingKind.Quantity, 1_500, 1_500);
        var value = _report.Corroborations.Single(c => c.Unit == "personnel" && c.Value == 1_500 && c.Subject.StartsWith("deployment", StringComparison.Ordinal));
        value.Claims.ShouldContain(c => c.Text.Contains("1.5K", StringComparison.Ordinal));
        value.Documents.ShouldBe(5);
    }

    [Fact]
    public void Does_not_flag_over_13000_against_around_13000()
    {
        _report.Findings.ShouldNotContain(f => f.Subject.Contains("containers", StringComparison.Ordinal));
        _report.Corroborations.Single(c => c.Unit == "containers").Claims.Count.ShouldBe(2);
    }

    [Fact]
    public void Does_not_flag_Oct_8_to_13_against_earlier_this_month()
        => _report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Date && f.Subject.StartsWith("deployment", StringComparison.Ordinal));

    [Fact]
    public void Does_not_flag_NATO_unable_to_verify_troops_against_NATO_confirming_weapons()
        => _report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Confirmation && f.Labels.All(l => l == "NATO"));

    [Fact]
    public void Does_not_set_the_standing_army_against_any_troop_figure()
        => _report.Findings.ShouldNotContain(f => f.Numbers.Any(n => n >= 1_000_000));

    [Fact]
    public void Flags_nothing_from_page_furniture()
    {
        _report.ShouldNotFlagText("3 minutes");
        _report.ShouldNotFlagText("4 Games");
        _report.Corroborations.ShouldNotContain(c => c.Unit == "games" || c.Claims.Any(x => x.Sentence.Contains("newsletter", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Every_finding_quotes_claims_of_two_sources_that_point_into_their_documents()
    {
        foreach (var finding in _report.Findings)
        {
            finding.Claims.Select(c => (c.DocumentId, c.Attribution)).Distinct().Count().ShouldBeGreaterThanOrEqualTo(2);
            foreach (var claim in finding.Claims)
            {
                var text = File.ReadAllText(TestSupport.RepositoryPaths.Seed(claim.DocumentId[..3]));
                text.Substring(claim.Span.Start, claim.Span.Length).ShouldBe(claim.Text);
            }
        }
    }
}
