namespace FactCheck.Extraction.Documents;

/// <summary>How <see cref="DocumentLoader"/> reads folders.</summary>
public sealed record DocumentLoadOptions
{
    /// <summary>
    /// Whether a folder's subfolders are read too. When false (the default) each subfolder left out is reported among
    /// the problems, so nothing is skipped without a word.
    /// </summary>
    public bool Recursive { get; init; }
}
