using FactCheck.Extraction.Claims;

namespace FactCheck.Extraction.Parsing;

/// <summary>A date expression read from a sentence, in sentence coordinates, resolved or not.</summary>
internal sealed record DateMatch(int Start, int End, DateOnly? From, DateOnly? To, string Resolution, DateRole Role, bool ReferenceAssumed)
{
    public bool Resolved => From is not null;
}
