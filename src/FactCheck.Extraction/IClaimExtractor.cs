using FactCheck.Extraction.Documents;

namespace FactCheck.Extraction;

/// <summary>Turns a document into claim facts. Implementations must not throw for bad text: they return warnings.</summary>
public interface IClaimExtractor
{
    /// <summary>Extracts the claims of one document.</summary>
    /// <param name="document">The document.</param>
    ExtractionResult Extract(Document document);

    /// <summary>
    /// Extracts the claims of one document; relative dates of an undated document are read against
    /// <paramref name="referenceDate"/>, and the claims say so.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="referenceDate">The date to read an undated document's relative dates against, or null to leave them unresolved.</param>
    ExtractionResult Extract(Document document, DateOnly? referenceDate);

    /// <summary>
    /// Extracts the claims of one document of a batch: relative dates are read against the batch's latest date when the
    /// document has none, and a figure tied to a year before the batch's coverage is kept apart from the event's own.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="batch">What the batch says about its event.</param>
    ExtractionResult Extract(Document document, BatchContext batch) => Extract(document, batch?.Latest);

    /// <summary>
    /// Extracts the claims of one document of a batch, stopping when cancellation is requested. An extractor that does
    /// not override this looks at the token only before it starts.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="batch">What the batch says about its event.</param>
    /// <param name="cancellationToken">Stops the extraction.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    ExtractionResult Extract(Document document, BatchContext batch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Extract(document, batch);
    }
}
