using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;
using FactCheck.TestSupport;

namespace FactCheck.Extraction.Tests;

/// <summary>What the issue lists from the seeds, checked against the extractor's general behaviour.</summary>
public class SeedTests
{
    private static readonly Dictionary<string, IReadOnlyList<Claim>> Claims = new ClaimExtractor()
        .ExtractAll(DocumentLoader.FromFolder(RepositoryPaths.Seeds))
        .ToDictionary(r => r.Document.Id[..3], r => r.Claims);

    private static IEnumerable<QuantityClaim> Quantities(string seed) => Claims[seed].OfType<QuantityClaim>();

    [Fact]
    public void Every_article_that_says_1500_attributes_it_to_the_NIS()
    {
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            Quantities(seed).ShouldContain(q => q.Value == 1500 && q.Unit == "personnel" && q.Attribution == "NIS" && q.Subject == "deployment:North Korea", seed);
        }

        Quantities("003").ShouldContain(q => q.Text == "1.5K special forces" && q.Low <= 1500 && q.High >= 1500);
    }

    [Fact]
    public void Ten_thousand_is_planned_and_attributed_to_Zelensky_or_the_Ukrainian_government()
    {
        foreach (var seed in new[] { "000", "002", "003", "004" })
        {
            Quantities(seed).ShouldContain(q => q.Value == 10_000 && q.Stance == Stance.Planned && (q.Attribution == "Zelensky" || q.Attribution == "Ukrainian government"), seed);
        }
    }

    [Fact]
    public void Twelve_thousand_is_mobilised_in_001_and_a_planned_total_in_003_and_004()
    {
        Quantities("001").ShouldContain(q => q.Value == 12_000 && q.Precision == QuantityPrecision.Approximate && q.Stance == Stance.Planned);
        Quantities("003").ShouldContain(q => q.Value == 12_000 && q.IsTotal && q.Stance == Stance.Planned);
        Quantities("004").ShouldContain(q => q.Value == 12_000 && q.IsTotal && q.Attribution == "South Korean media");
    }

    [Fact]
    public void Containers_ships_casualties_and_the_standing_army()
    {
        Quantities("001").ShouldContain(q => q.Unit == "containers" && q.Precision == QuantityPrecision.AtLeast && q.Low == 13_000);
        Quantities("002").ShouldContain(q => q.Unit == "containers" && q.Precision == QuantityPrecision.Approximate && q.Value == 13_000);
        Quantities("000").ShouldContain(q => q.Unit == "ships" && q.Value == 7);
        Quantities("001").ShouldContain(q => q.Unit == "ships" && q.Value == 1 && q.Text == "a Russian naval transport ship");
        Quantities("001").ShouldContain(q => q.Value == 6 && q.Subject == "casualties:North Korea");
        foreach (var seed in new[] { "001", "004" })
        {
            Quantities(seed).ShouldContain(q => q.Value == 1_200_000 && q.Subject.StartsWith("strength:", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Dates_of_the_transfer_and_of_the_supplies()
    {
        foreach (var seed in new[] { "001", "003" })
        {
            Claims[seed].OfType<DateClaim>().ShouldContain(d => d.From == new DateOnly(2024, 10, 8) && d.To == new DateOnly(2024, 10, 13), seed);
        }

        Claims["002"].OfType<DateClaim>().ShouldContain(d => d.Text == "since August 2023" && d.From == new DateOnly(2023, 8, 1) && d.Role == DateRole.Start);
        var since = Claims["001"].OfType<DateClaim>().Single(d => d.Text == "since August");
        since.From.ShouldBe(new DateOnly(2024, 8, 1));
        since.Resolution.ShouldContain("2024-10-18");
    }

    [Fact]
    public void Kremlin_denials_and_NIS_assertions_are_statements()
    {
        Claims["000"].OfType<StatementClaim>().ShouldContain(s => s.Attribution == "Russian government" && s.Stance == Stance.Denied && s.Cue == "dismissed");
        Claims["001"].OfType<StatementClaim>().ShouldContain(s => s.Attribution == "Russian government" && s.Stance == Stance.Denied);
        Claims["000"].OfType<StatementClaim>().ShouldContain(s => s.Attribution == "NIS" && s.Stance == Stance.Asserted && s.Subject == "deployment:North Korea");
    }

    [Fact]
    public void Nothing_comes_from_page_furniture()
    {
        Claims.Values.SelectMany(c => c).ShouldNotContain(c => c.Sentence.Contains("3 minutes", StringComparison.Ordinal)
            || c.Sentence.Contains("4 Games", StringComparison.Ordinal) || c.Sentence.Contains("Newsletter", StringComparison.Ordinal));
    }
}
