using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// The order evidence is chosen and shown in, from what the claims say rather than from how the input was named or
/// ordered: renaming or reordering the same articles quotes the same passages. By publication date (undated last),
/// outlet, sentence and position; the document's name breaks only a tie between identical passages.
/// </summary>
internal sealed class EvidenceOrder : IComparer<Claim>
{
    public static EvidenceOrder Instance { get; } = new();

    public int Compare(Claim? x, Claim? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = (x.Published ?? DateOnly.MaxValue).CompareTo(y.Published ?? DateOnly.MaxValue);
        order = order != 0 ? order : string.CompareOrdinal(x.Outlet ?? "\uffff", y.Outlet ?? "\uffff");
        order = order != 0 ? order : string.CompareOrdinal(x.Sentence, y.Sentence);
        order = order != 0 ? order : x.Span.Start.CompareTo(y.Span.Start);
        order = order != 0 ? order : string.CompareOrdinal(x.Text, y.Text);
        return order != 0 ? order : string.CompareOrdinal(x.DocumentId, y.DocumentId);
    }
}
