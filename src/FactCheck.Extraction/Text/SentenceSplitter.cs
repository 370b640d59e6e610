namespace FactCheck.Extraction.Text;

/// <summary>
/// Splits cleaned text into sentences: each line is a paragraph; inside one, a sentence ends at . ! ? (and any
/// closing quotes or brackets) followed by white space and a capital, digit, quote or bullet — unless the period closes
/// an abbreviation (Oct., Pres., U.S.) or an initial. Decimals and thousands never split (no space follows their point).
/// Leading bullets are not part of a sentence.
/// </summary>
internal sealed class SentenceSplitter
{
    /// <summary>The longest sentence kept whole; longer runs without an end are cut at white space, so no input makes per-sentence work grow without bound.</summary>
    public const int MaxSentenceLength = 2_000;

    private readonly HashSet<string> _abbreviations;

    public SentenceSplitter(IEnumerable<string> abbreviations)
        => _abbreviations = new HashSet<string>(abbreviations, StringComparer.OrdinalIgnoreCase);

    public List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            SplitLine(text, lineStart, lineEnd, paragraph, sentences);
            paragraph++;
            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private void SplitLine(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var close = i + 1;
            while (close < end && text[close] is '"' or '\'' or '”' or '’' or ')' or ']' or '.' or '!' or '?')
            {
                close++;
            }

            if (close < end && !char.IsWhiteSpace(text[close]))
            {
                continue;
            }

            var next = close;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < end && !StartsSentence(text[next]))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, sentenceStart, i))
            {
                continue;
            }

            Add(text, sentenceStart, close, paragraph, sentences);
            sentenceStart = next;
            i = next - 1;
        }

        Add(text, sentenceStart, end, paragraph, sentences);
    }

    private static bool StartsSentence(char c)
        => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '“' or '‘' or '•' or '-' or '–' or '(' or '[';

    private bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..period];
        if (word.Length == 0)
        {
            return false;
        }

        return (word.Length == 1 && char.IsUpper(word[0])) || _abbreviations.Contains(word) || word.Contains('.');
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '•' or '*' or '–' or '·' || (text[start] == '-' && start + 1 < end && text[start + 1] == ' ')))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end - start > MaxSentenceLength)
        {
            var cut = text.LastIndexOf(' ', start + MaxSentenceLength, MaxSentenceLength / 2);
            cut = cut <= start ? start + MaxSentenceLength : cut;
            Add(text, start, cut, paragraph, sentences);
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start && text.AsSpan(start, end - start).ContainsAnyExcept(" \t.!?\"'”’…-"))
        {
            sentences.Add(new Sentence(start, end, text[start..end], paragraph));
        }
    }
}
