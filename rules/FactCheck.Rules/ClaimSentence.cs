using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>The words of a claim's sentence on either side of its figure, for rules that read what the sentence says of it.</summary>
internal static class ClaimSentence
{
    /// <summary>The sentence up to the claim's text; empty when the claim's span lies outside its sentence.</summary>
    public static ReadOnlySpan<char> Before(Claim claim)
    {
        var offset = claim.Span.Start - claim.SentenceSpan.Start;
        return offset >= 0 && offset <= claim.Sentence.Length ? claim.Sentence.AsSpan(0, offset) : [];
    }

    /// <summary>The sentence after the claim's text; empty when the claim's span lies outside its sentence.</summary>
    public static ReadOnlySpan<char> After(Claim claim)
    {
        var offset = claim.Span.End - claim.SentenceSpan.Start;
        return offset >= 0 && offset <= claim.Sentence.Length ? claim.Sentence.AsSpan(offset) : [];
    }
}
