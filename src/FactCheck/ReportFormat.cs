namespace FactCheck;

/// <summary>How a <see cref="ContradictionReport"/> is rendered.</summary>
public enum ReportFormat
{
    /// <summary>Plain text for a terminal, at most 100 columns wide.</summary>
    Text,

    /// <summary>Markdown, for pull requests, wikis and notebooks.</summary>
    Markdown,

    /// <summary>JSON with a <c>schemaVersion</c>; byte-identical for identical input.</summary>
    Json,

    /// <summary>
    /// One self-contained HTML page for people judging the findings: an overview, filters and search, each finding's
    /// sides in columns with their passages highlighted, number lines, and the articles themselves. No network
    /// requests; byte-identical for identical input.
    /// </summary>
    Html,
}
