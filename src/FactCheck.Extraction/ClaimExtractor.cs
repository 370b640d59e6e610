using System.Text.RegularExpressions;
using FactCheck.Extraction.Documents;
using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Parsing;

namespace FactCheck.Extraction;

/// <summary>
/// The rule-based extractor: no model, only the lexicon and patterns, so it runs anywhere and every claim can be
/// explained. For each sentence of the cleaned text it finds who speaks (sources, "according to", anaphora), about
/// which actors, with what stance, and reads quantities, dates and statements from it. The lexicon is compiled once;
/// an extractor is safe to share across threads.
/// </summary>
public sealed class ClaimExtractor : IClaimExtractor
{
    private readonly CompiledLexicon _lexicon;
    private readonly QuantityReader _quantities;
    private readonly DateReader _dates = new();

    /// <summary>Creates an extractor.</summary>
    /// <param name="lexicon">The lexicon; <see cref="ExtractionLexicon.CreateDefault"/> when null.</param>
    public ClaimExtractor(ExtractionLexicon? lexicon = null)
    {
        _lexicon = new CompiledLexicon(lexicon ?? ExtractionLexicon.CreateDefault());
        _quantities = new QuantityReader(_lexicon);
    }

    /// <inheritdoc />
    public ExtractionResult Extract(Document document) => Extract(document, referenceDate: null);

    /// <inheritdoc />
    public ExtractionResult Extract(Document document, DateOnly? referenceDate) => Extract(document, new BatchContext(null, referenceDate));

    /// <inheritdoc />
    public ExtractionResult Extract(Document document, BatchContext batch) => Extract(document, batch, CancellationToken.None);

    /// <inheritdoc />
    public ExtractionResult Extract(Document document, BatchContext batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(batch);
        var warnings = document.Warnings.Select(w => $"{document.Id}: {w}").ToList();
        try
        {
            var claims = new DocumentReading(_lexicon, _quantities, _dates, document, batch, warnings).Read(cancellationToken);
            return new ExtractionResult(document, claims, warnings);
        }
        catch (Exception exception) when (exception is RegexMatchTimeoutException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            warnings.Add($"{document.Id}: extraction stopped: {exception.Message}");
            return new ExtractionResult(document, [], warnings);
        }
    }

    /// <summary>
    /// Extracts a batch, on every core: the documents are read independently, and the results come back in input
    /// order, the same as one thread gives. Undated documents read their relative dates against the latest
    /// publication date in the batch, and their claims say so (<see cref="Claims.DateClaim.ReferenceAssumed"/>).
    /// </summary>
    /// <param name="documents">The documents.</param>
    /// <param name="cancellationToken">Stops the extraction.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IReadOnlyList<ExtractionResult> ExtractAll(IEnumerable<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        var batch = BatchContext.Of(list);
        var results = new ExtractionResult[list.Count];
        Parallel.For(0, list.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = Extract(list[i], batch, cancellationToken));
        return results;
    }
}
