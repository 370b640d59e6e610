namespace FactCheck.Extraction.Parsing;

/// <summary>
/// A text cut into tokens once for every phrase set: letters and digits, joined by inner apostrophes, periods and
/// hyphens ("Korea's", "U.S", "anti-tank"). Each token's number in a <see cref="TokenVocabulary"/> is looked up on
/// first use and kept.
/// </summary>
internal sealed class TokenizedText
{
    // A sentence's tokens are kept with its facts until the document is read: cut into one buffer per thread, then
    // copied to an array of their exact size.
    [ThreadStatic]
    private static List<(int Start, int End)>? t_buffer;

    private readonly (int Start, int End)[] _tokens;
    private TokenVocabulary? _vocabulary;
    private int[] _ids = [];

    public TokenizedText(string text)
        : this(text, 0, text.Length)
    {
    }

    /// <summary>Cuts only the part of a text from <paramref name="start"/> to <paramref name="end"/>, as if it were the whole text; offsets stay the text's.</summary>
    public TokenizedText(string text, int start, int end)
    {
        Text = text;
        var buffer = t_buffer ??= [];
        buffer.Clear();
        Cut(text, buffer, start, end, int.MaxValue);
        _tokens = [.. buffer];
    }

    public string Text { get; }

    public ReadOnlySpan<(int Start, int End)> Tokens => _tokens;

    /// <summary>The token's number in the vocabulary, or -1.</summary>
    public int IdAt(int index, TokenVocabulary vocabulary)
    {
        if (!ReferenceEquals(_vocabulary, vocabulary))
        {
            var ids = new int[_tokens.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                var (start, end) = _tokens[i];
                ids[i] = vocabulary.Find(Text.AsSpan(start, end - start));
            }

            (_ids, _vocabulary) = (ids, vocabulary);
        }

        return _ids[index];
    }

    /// <summary>Adds the tokens from <paramref name="from"/> up to <paramref name="end"/>, at most <paramref name="maxTokens"/> of them.</summary>
    public static void Cut(string text, List<(int Start, int End)> tokens, int from, int end, int maxTokens)
    {
        var i = from;
        while (i < end && tokens.Count < maxTokens)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || IsJoined(text, i, end)))
            {
                i++;
            }

            tokens.Add((start, i));
        }
    }

    /// <summary>An apostrophe, period or hyphen between two letters or digits joins them into one token.</summary>
    public static bool IsJoined(string text, int i, int end)
        => text[i] is '\'' or '’' or '.' or '-' && i > 0 && i + 1 < end && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
}
