namespace FactCheck.Extraction.Claims;

/// <summary>A range of characters in a document's original text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
/// <param name="Start">The first character.</param>
/// <param name="End">One past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>How many characters the span covers.</summary>
    public int Length => End - Start;

    /// <summary>The span's text within <paramref name="text"/>.</summary>
    /// <param name="text">The document's original text.</param>
    public string Of(string text) => text.Substring(Start, Length);
}
