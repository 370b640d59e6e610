namespace FactCheck.Extraction.Documents;

/// <summary>Maps offsets in a document's cleaned text back to its original text.</summary>
internal sealed class OffsetMap
{
    private readonly List<(int Clean, int Original, int Length)> _segments = [];

    public void Add(int clean, int original, int length)
    {
        if (length > 0)
        {
            _segments.Add((clean, original, length));
        }
    }

    /// <summary>The original offset of the character at <paramref name="clean"/>; past the end maps past the last segment.</summary>
    public int ToOriginal(int clean)
    {
        if (_segments.Count == 0)
        {
            return 0;
        }

        int low = 0, high = _segments.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_segments[mid].Clean <= clean)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        var (segmentClean, original, length) = _segments[low];
        return original + Math.Min(Math.Max(clean - segmentClean, 0), length);
    }

    /// <summary>The original span of the cleaned span [start, end).</summary>
    public (int Start, int End) ToOriginal(int start, int end)
        => end <= start ? (ToOriginal(start), ToOriginal(start)) : (ToOriginal(start), ToOriginal(end - 1) + 1);
}
