namespace FactCheck.Extraction.Documents;

/// <summary>
/// One article: its original text exactly as read, what is known of it (outlet, publication date, title), and its
/// cleaned text (page furniture removed) with a map back to original offsets. Every claim points into <see cref="Text"/>.
/// </summary>
public sealed class Document
{
    private readonly OffsetMap _map;

    internal Document(string id, string text, string cleanText, OffsetMap map, string title, string? outlet, DateOnly? published, string? url, IReadOnlyList<string> warnings)
    {
        Id = id;
        Text = text;
        CleanText = cleanText;
        _map = map;
        Title = title;
        Outlet = outlet;
        Published = published;
        Url = url;
        Warnings = warnings;
    }

    /// <summary>The document's id: its file name, or the id given in a JSON input.</summary>
    public string Id { get; }

    /// <summary>The original text, unchanged.</summary>
    public string Text { get; }

    /// <summary>The article without page furniture (newsletter boxes, credits, unrelated headlines), one paragraph a line.</summary>
    public string CleanText { get; }

    /// <summary>The headline: the first line of the cleaned text, or the title given in a JSON input.</summary>
    public string Title { get; }

    /// <summary>The outlet, when known.</summary>
    public string? Outlet { get; }

    /// <summary>The publication date, when known (from a <c>date YYYY-MM-DD</c> first line or the JSON <c>published</c> field).</summary>
    public DateOnly? Published { get; }

    /// <summary>The address the article came from, when known.</summary>
    public string? Url { get; }

    /// <summary>What was odd about the document while reading it, such as a malformed date line.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Who an unattributed claim is attributed to: the outlet, or the document's id when the outlet is unknown.</summary>
    public string Publisher => Outlet ?? Id;

    /// <summary>Reads a document from text, cleaning it with the default lexicon.</summary>
    /// <param name="id">The document's id.</param>
    /// <param name="text">The article text; a first line <c>date YYYY-MM-DD</c> sets the publication date.</param>
    /// <param name="outlet">The outlet, when known.</param>
    /// <param name="published">The publication date, when known; overrides a date line.</param>
    /// <param name="title">The title, when known.</param>
    /// <param name="url">The address, when known.</param>
    public static Document FromText(string id, string text, string? outlet = null, DateOnly? published = null, string? title = null, string? url = null)
        => ArticleCleaner.Default.Read(id, text, outlet, published, title, url);

    /// <summary>The original offset of an offset in <see cref="CleanText"/>.</summary>
    /// <param name="cleanOffset">An offset in the cleaned text.</param>
    public int ToOriginalOffset(int cleanOffset) => _map.ToOriginal(cleanOffset);

    internal Document WithId(string id, string warning) => new(id, Text, CleanText, _map, Title, Outlet, Published, Url, [.. Warnings, warning]);

    internal Document WithWarnings(IEnumerable<string> warnings) => new(Id, Text, CleanText, _map, Title, Outlet, Published, Url, [.. Warnings, .. warnings]);

    internal (int Start, int End) ToOriginal(int start, int end) => _map.ToOriginal(start, end);

    /// <inheritdoc />
    public override string ToString() => Id;
}
