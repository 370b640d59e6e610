using FactCheck.Extraction.Documents;

namespace FactCheck.Extraction;

/// <summary>
/// What the articles checked together say about their event as a whole, which one article alone cannot: when the
/// coverage starts (a figure tied to an earlier year belongs to another event) and the date that undated or
/// relative expressions are read against.
/// </summary>
/// <param name="Earliest">The earliest publication date of the batch, or null when no article is dated.</param>
/// <param name="Latest">The latest publication date of the batch: the reference for undated articles.</param>
public sealed record BatchContext(DateOnly? Earliest, DateOnly? Latest)
{
    /// <summary>A batch of one article, or of articles whose dates are unknown.</summary>
    public static BatchContext None { get; } = new(null, null);

    /// <summary>The context of documents checked together.</summary>
    /// <param name="documents">The documents.</param>
    public static BatchContext Of(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var dates = documents.Select(d => d.Published).Where(d => d is not null).Select(d => d!.Value).ToList();
        return dates.Count == 0 ? None : new BatchContext(dates.Min(), dates.Max());
    }
}
