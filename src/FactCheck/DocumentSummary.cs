namespace FactCheck;

/// <summary>One checked document as the report lists it.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Outlet">Its outlet, when known.</param>
/// <param name="Published">Its publication date, when known.</param>
/// <param name="Claims">How many claims were extracted from it.</param>
public sealed record DocumentSummary(string Id, string Title, string? Outlet, DateOnly? Published, int Claims);
