using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;

namespace FactCheck.Extraction.Tests;

internal static class Extract
{
    private static readonly ClaimExtractor Extractor = new();

    public static IReadOnlyList<Claim> From(string text, string published = "2024-10-18")
        => Extractor.Extract(Document.FromText("test", text, published: DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture))).Claims;

    public static QuantityClaim Quantity(string text) => From(text).OfType<QuantityClaim>().Single();

    public static DateClaim Date(string text, string published = "2024-10-18") => From(text, published).OfType<DateClaim>().Single();

    public static StatementClaim Statement(string text) => From(text).OfType<StatementClaim>().Single();
}
