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
}
