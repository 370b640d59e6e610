namespace FactCheck;

/// <summary>How far a check has come: documents read and extracted so far, out of all.</summary>
/// <param name="Done">Documents extracted so far.</param>
/// <param name="Total">All documents.</param>
/// <param name="Stage">What is happening: reading, extracting, matching or done.</param>
public sealed record CheckProgress(int Done, int Total, string Stage);
