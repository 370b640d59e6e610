using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;

namespace FactCheck.Extraction;

/// <summary>The claims extracted from one document, in text order, and what went wrong or was assumed on the way.</summary>
public sealed class ExtractionResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="document">The document.</param>
    /// <param name="claims">Its claims.</param>
    /// <param name="warnings">Warnings, each naming the document.</param>
    public ExtractionResult(Document document, IReadOnlyList<Claim> claims, IReadOnlyList<string> warnings)
    {
        Document = document;
        Claims = claims;
        Warnings = warnings;
    }

    /// <summary>The document the claims come from.</summary>
    public Document Document { get; }

    /// <summary>The claims, in the order their text appears.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Warnings, each starting with the document's id.</summary>
    public IReadOnlyList<string> Warnings { get; }
}
