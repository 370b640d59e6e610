using CsCheck;
using FactCheck.Extraction.Documents;
using FactCheck.TestSupport;

namespace FactCheck.Extraction.Tests;

/// <summary>Random Unicode and random fragments of real sentences: extraction never throws and every span is exact.</summary>
public class PropertyTests
{
    private static readonly string[] Fragments = Directory.EnumerateFiles(RepositoryPaths.Seeds)
        .SelectMany(f => File.ReadAllText(f).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        .ToArray();

    private static readonly ClaimExtractor Extractor = new();

    private static readonly Gen<string> Noise = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 200].Select(c => new string(c)),
        Gen.Int[0, Fragments.Length - 1].Array[0, 120].Select(ix => string.Join(" ", ix.Select(i => Fragments[i]))),
        Gen.Int[0, Fragments.Length - 1].Array[0, 60].Select(ix => string.Join("\n", ix.Select(i => Fragments[i]))),
        Gen.Select(Gen.Int[0, Fragments.Length - 1].Array[0, 80], Gen.String, (ix, s) => "date 2024-10-18 " + string.Join(" ", ix.Select(i => Fragments[i])) + s));

    [Fact]
    public void Extraction_never_throws_and_every_span_is_inside_and_equal_to_its_text()
        => Noise.Sample(text =>
        {
            var document = Document.FromText("random", text);
            var result = Extractor.Extract(document, new DateOnly(2024, 10, 19));
            foreach (var claim in result.Claims)
            {
                claim.Span.Start.ShouldBeInRange(0, text.Length);
                claim.Span.End.ShouldBeInRange(claim.Span.Start, text.Length);
                text.Substring(claim.Span.Start, claim.Span.Length).ShouldBe(claim.Text);
                claim.SentenceSpan.End.ShouldBeLessThanOrEqualTo(text.Length);
            }
        }, iter: 2000, threads: 1);
}
