namespace FactCheck.Extraction.Documents;

/// <summary>A document that could not be read, by name, with the reason. The other documents are still read.</summary>
/// <param name="Source">The file, or the file and item (<c>batch.json#3</c>), that failed.</param>
/// <param name="Reason">Why, in a sentence.</param>
public sealed record DocumentProblem(string Source, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Reason}";
}
