using System.Collections;

namespace FactCheck.Extraction.Documents;

/// <summary>The documents read from files, folders or JSON, in a stable order, and the ones that could not be read.</summary>
public sealed class DocumentSet : IReadOnlyList<Document>
{
    private readonly List<Document> _documents;

    /// <summary>Creates a set.</summary>
    /// <param name="documents">The documents that were read.</param>
    /// <param name="problems">The inputs that could not be read.</param>
    public DocumentSet(IEnumerable<Document> documents, IEnumerable<DocumentProblem>? problems = null)
    {
        _documents = [.. documents];
        Problems = [.. problems ?? []];
    }

    /// <summary>The inputs that could not be read, with the reason for each.</summary>
    public IReadOnlyList<DocumentProblem> Problems { get; }

    /// <inheritdoc />
    public int Count => _documents.Count;

    /// <inheritdoc />
    public Document this[int index] => _documents[index];

    /// <inheritdoc />
    public IEnumerator<Document> GetEnumerator() => _documents.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
