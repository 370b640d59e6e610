using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Documents;
using FactCheck.Rules;
using FactCheck.TestSupport;

namespace FactCheck.Testing.Tests;

public class HarnessTests
{
    private static readonly ContradictionReport Report = FactChecker.CreateDefault().Check(DocumentLoader.FromFolder(RepositoryPaths.Seeds));

    [Fact]
    public void A_missing_finding_fails_with_the_list_of_what_was_flagged()
    {
        var failure = Should.Throw<ShouldAssertException>(() => Report.ShouldFlag(FindingKind.Quantity, 1_500, 99_000));

        failure.Message.ShouldContain("expected a quantity finding between 1,500 and 99,000");
        failure.Message.ShouldContain("10,000 vs 12,000");
    }

    [Fact]
    public void Figures_match_exactly_so_a_magnitude_is_not_its_neighbour()
    {
        Report.ShouldFlag(FindingKind.Quantity, 10_000, 12_000);
        Should.Throw<ShouldAssertException>(() => Report.ShouldFlag(FindingKind.Quantity, 10_000.4, 12_000));
    }

    [Fact]
    public void An_unexpected_finding_fails_naming_it()
        => Should.Throw<ShouldAssertException>(() => Report.ShouldNotFlag(FindingKind.Quantity, 12_000, 10_000))
            .Message.ShouldContain("HARD quantity");

    [Fact]
    public void Labels_match_in_either_order_ignoring_case()
    {
        Report.ShouldFlag(FindingKind.Date, "2024-08", "2023-08");
        Report.ShouldFlag(FindingKind.Denial, "russian GOVERNMENT", "nis");
        Report.ShouldNotFlag(FindingKind.Denial, "NATO", "NATO");
    }

    [Fact]
    public void The_rule_fixture_shows_what_fired_when_the_expected_rule_did_not()
    {
        var fixture = new RuleTestFixture(new EchoRule());
        fixture.Insert("hello").Fire().ShouldBe(1);

        fixture.ShouldHaveFired<EchoRule>("hello");
        var failure = Should.Throw<ShouldAssertException>(() => fixture.ShouldHaveFired<EchoRule>("bye"));
        failure.Message.ShouldContain("EchoRule(text=hello)");
        Should.Throw<ShouldAssertException>(() => fixture.ShouldNotHaveFired<EchoRule>());
    }

    [Fact]
    public void The_rule_fixture_collects_failures_instead_of_throwing()
    {
        var fixture = new RuleTestFixture(new EchoRule());
        fixture.Insert("boom").Fire();

        fixture.Failures.ShouldHaveSingleItem().ShouldContain("boom");
    }

    private sealed class EchoRule : Rule
    {
        public override void Define()
        {
            string text = null!;
            When().Match(() => text, t => t.Length > 0);
            Then().Do(ctx => ctx.Insert(Echo(text)));
        }

        private static object Echo(string text) => text == "boom" ? throw new InvalidOperationException("boom") : new object();
    }
}
