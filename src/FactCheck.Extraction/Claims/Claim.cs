namespace FactCheck.Extraction.Claims;

/// <summary>
/// A claim an article makes, traceable to its document, sentence and exact characters. Claims are immutable facts:
/// the engine matches them and never changes them.
/// </summary>
public abstract record Claim
{
    /// <summary>The document's id (file name or JSON id).</summary>
    public required string DocumentId { get; init; }

    /// <summary>The outlet that published the document, when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>The document's publication date, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The sentence the claim was found in.</summary>
    public required string Sentence { get; init; }

    /// <summary>Where the sentence is in the document's original text.</summary>
    public required TextSpan SentenceSpan { get; init; }

    /// <summary>Where the claim's own words are in the document's original text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The claim's own words, exactly as in the original text at <see cref="Span"/>.</summary>
    public required string Text { get; init; }

    /// <summary>Who makes the claim: a canonical source name, or the outlet (or document) when the text attributes it to no one.</summary>
    public required string Attribution { get; init; }

    /// <summary>True when the attribution was carried over from a neighbouring sentence or an antecedent, not read in the claim's own sentence.</summary>
    public bool AttributionInferred { get; init; }

    /// <summary>How the claim is put forward.</summary>
    public required Stance Stance { get; init; }

    /// <summary>
    /// What the claim is about: the event class and the actor, such as <c>deployment:North Korea</c>. Claims with the
    /// same subject are about the same thing and can be compared; empty when the event could not be classified.
    /// </summary>
    public required string Subject { get; init; }

    /// <summary>What kind of claim this is.</summary>
    public abstract ClaimKind Kind { get; }

    /// <summary>Who stands behind the claim for comparisons: two claims have different sources when their documents or their attributions differ.</summary>
    public bool HasDifferentSourceThan(Claim other) => DocumentId != other.DocumentId || Attribution != other.Attribution;
}
