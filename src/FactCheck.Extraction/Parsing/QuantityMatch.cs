using FactCheck.Extraction.Claims;

namespace FactCheck.Extraction.Parsing;

/// <summary>A quantity read from a sentence, in sentence coordinates, before it becomes a claim.</summary>
internal sealed record QuantityMatch(int Start, int End, double Value, double Low, double High, QuantityPrecision Precision, string Unit, bool IsTotal);
