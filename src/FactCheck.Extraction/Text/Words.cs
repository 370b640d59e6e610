namespace FactCheck.Extraction.Text;

/// <summary>Counts words between two positions of a text: how near a cue stands to a figure.</summary>
internal static class Words
{
    /// <summary>The number of whitespace-separated words in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static int Between(string text, int from, int to)
    {
        if (to <= from)
        {
            return 0;
        }

        var words = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var letter = !char.IsWhiteSpace(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
