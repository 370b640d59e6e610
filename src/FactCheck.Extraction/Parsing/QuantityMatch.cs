using FactCheck.Extraction.Claims;

namespace FactCheck.Extraction.Parsing;

/// <summary>
/// A quantity read from a sentence, in sentence coordinates, before it becomes a claim. <c>Elided</c>: the sentence
/// left out what it counts, so it counts what the paragraph was counting ("The union said 90,000"). <c>Nationality</c>:
/// the country whose people alone it counts ("80 Americans killed", "no American casualties"), or null.
/// <c>Indefinite</c>: one thing named with "a" or "an" ("a factory building"). <c>VoteHolder</c>: for a share of the
/// vote, the candidate or side it is given to ("maduro" in "Maduro won 51.2 percent"), or null.
/// </summary>
internal sealed record QuantityMatch(int Start, int End, double Value, double Low, double High, QuantityPrecision Precision, string Unit, bool IsTotal, bool Elided = false, string? Nationality = null, bool Indefinite = false,
    string? VoteHolder = null);
