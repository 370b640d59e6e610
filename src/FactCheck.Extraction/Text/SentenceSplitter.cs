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

    // What may follow a clock time in the same sentence: a day, a month, a time zone.
    private static readonly HashSet<string> TimeContinuations = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Greenwich", "Moscow", "Beijing", "Tokyo",
        "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "IST", "JST", "AEST", "AEDT",
    };

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

            if (c == '.' && IsAbbreviation(text, sentenceStart, i) && !EndsAtClockTime(text, sentenceStart, i, next))
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

    // "a curfew from 10 p.m. to 5 a.m. Police said ...": a clock time ends the sentence unless what follows still dates it
    // ("at 9 a.m. Tuesday", "5 p.m. Eastern time", "10 a.m. GMT").
    private static bool EndsAtClockTime(string text, int sentenceStart, int period, int next)
    {
        if (period - sentenceStart < 3 || text[period - 2] != '.' || char.ToLowerInvariant(text[period - 1]) != 'm'
            || char.ToLowerInvariant(text[period - 3]) is not ('a' or 'p') || (period - 4 >= sentenceStart && char.IsLetter(text[period - 4])))
        {
            return false;
        }

        var wordEnd = next;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd > next && !TimeContinuations.Contains(text[next..wordEnd]);
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
