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
}
