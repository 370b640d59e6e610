namespace FactCheck.Extraction.Parsing;

/// <summary>
/// Finds any of a set of phrases as whole words, leftmost and longest first. Phrases and text are cut into the same
/// tokens (letters and digits, joined by inner apostrophes, periods and hyphens: "Korea's", "U.S", "anti-tank"); a
/// phrase matches where its tokens follow each other separated by white space only. Lookups go through a dictionary
/// keyed by the first token, so the cost is linear in the text whatever the size of the lexicon. A case-sensitive set
/// still lets a phrase that starts in lower case ("the agency") open a sentence ("The agency").
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<string, Phrase[]> _byFirstToken;
    private readonly Dictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly StringComparison _comparison;
    private readonly bool _ignoreCase;

    // A quick reject before hashing: the lengths of the first tokens (bit n for length n, the last bit for 63 and more)
    // and their first letters, upper-cased (the last bit for any letter beyond ASCII).
    private readonly ulong _firstTokenLengths;
    private readonly UInt128 _firstLetters;

    // MatchAt runs for every word after a number or an article; one buffer per thread keeps it from allocating.
    [ThreadStatic]
    private static List<(int Start, int End)>? t_lookahead;

    public PhraseMatcher(IEnumerable<string> phrases, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var groups = new Dictionary<string, List<Phrase>>(comparer);
        foreach (var phrase in phrases)
        {
            var tokens = Tokens(phrase).Select(t => Normalize(phrase.AsSpan(t.Start, t.End - t.Start))).ToArray();
            if (tokens.Length == 0)
            {
                continue;
            }

            if (!groups.TryGetValue(tokens[0], out var list))
            {
                list = [];
                groups.Add(tokens[0], list);
            }

            if (!list.Any(p => p.Tokens.AsSpan().SequenceEqual(tokens, comparer)))
            {
                list.Add(new Phrase(tokens, phrase));
            }
        }

        foreach (var first in groups.Keys)
        {
            _firstTokenLengths |= LengthBit(first.Length);
            _firstLetters |= LetterBit(first[0]);
        }

        _byFirstToken = groups.ToDictionary(g => g.Key, g => g.Value.OrderByDescending(p => p.Tokens.Length).ToArray(), comparer);
        _lookup = _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public List<PhraseMatch> FindAll(string text) => FindAll(text, Tokens(text));

    /// <summary>Finds the phrases in a text already cut into tokens by <see cref="Tokens(string)"/>, so many sets can share one cut.</summary>
    public List<PhraseMatch> FindAll(string text, List<(int Start, int End)> tokens)
    {
        var result = new List<PhraseMatch>();
        if (_byFirstToken.Count == 0)
        {
            return result;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (Longest(text, tokens, i) is { } match)
            {
                result.Add(match.Match);
                i += match.Length - 1;
            }
        }

        return result;
    }

    /// <summary>The longest phrase whose first token starts exactly at <paramref name="index"/>, if any.</summary>
    public PhraseMatch? MatchAt(string text, int index)
    {
        if (index >= text.Length || index < 0 || !char.IsLetterOrDigit(text[index]) || (index > 0 && IsJoined(text, index - 1)))
        {
            return null;
        }

        var tokens = t_lookahead ??= new List<(int Start, int End)>(8);
        tokens.Clear();
        Tokens(text, tokens, index, maxTokens: 8);
        return tokens.Count > 0 && Longest(text, tokens, 0) is { } match ? match.Match : null;
    }

    private (PhraseMatch Match, int Length)? Longest(string text, List<(int Start, int End)> tokens, int first)
    {
        var (exact, lowered) = Candidates(text.AsSpan(tokens[first].Start, tokens[first].End - tokens[first].Start));
        return Longest(text, tokens, first, exact) ?? Longest(text, tokens, first, lowered);
    }

    private (PhraseMatch Match, int Length)? Longest(string text, List<(int Start, int End)> tokens, int first, Phrase[]? candidates)
    {
        foreach (var phrase in candidates ?? [])
        {
            if (first + phrase.Tokens.Length > tokens.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < phrase.Tokens.Length && matches; k++)
            {
                var (start, end) = tokens[first + k];
                matches = OnlySpaceBetween(text, tokens[first + k - 1].End, start)
                    && Same(text.AsSpan(start, end - start), phrase.Tokens[k]);
            }

            if (matches)
            {
                var last = tokens[first + phrase.Tokens.Length - 1].End;
                return (new PhraseMatch(tokens[first].Start, last - tokens[first].Start, phrase.Key), phrase.Tokens.Length);
            }
        }

        return null;
    }

    // The phrases starting with the token as written and, in a case-sensitive set, with its first letter lowered.
    private (Phrase[]? Exact, Phrase[]? Lowered) Candidates(ReadOnlySpan<char> token)
    {
        if ((_firstTokenLengths & LengthBit(token.Length)) == 0 || (_firstLetters & LetterBit(token[0])) == 0)
        {
            return (null, null);
        }

        Span<char> buffer = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
        token.CopyTo(buffer);
        buffer.Replace('’', '\'');
        _lookup.TryGetValue(buffer, out var exact);
        Phrase[]? lowered = null;
        if (!_ignoreCase && char.IsUpper(buffer[0]))
        {
            buffer[0] = char.ToLowerInvariant(buffer[0]);
            _lookup.TryGetValue(buffer, out lowered);
        }

        return (exact, lowered);
    }

    private bool Same(ReadOnlySpan<char> token, string expected)
    {
        if (token.Length != expected.Length)
        {
            return false;
        }

        for (var i = 0; i < token.Length; i++)
        {
            var a = token[i] == '’' ? '\'' : token[i];
            var b = expected[i];
            if (a != b && (!_ignoreCase || char.ToLowerInvariant(a) != char.ToLowerInvariant(b)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return to > from;
    }

    public static List<(int Start, int End)> Tokens(string text)
    {
        var tokens = new List<(int Start, int End)>(text.Length / 5);
        Tokens(text, tokens, 0, int.MaxValue);
        return tokens;
    }

    private static void Tokens(string text, List<(int Start, int End)> tokens, int from, int maxTokens)
    {
        var i = from;
        while (i < text.Length && tokens.Count < maxTokens)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoined(text, i)))
            {
                i++;
            }

            tokens.Add((start, i));
        }
    }

    // An apostrophe, period or hyphen between two letters or digits joins them into one token.
    private static bool IsJoined(string text, int i)
        => text[i] is '\'' or '’' or '.' or '-' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    // Upper-cased as an ordinal case-insensitive comparison does, and a case-sensitive set lets "The agency" match "the
    // agency"; an apostrophe is one bit whichever it is.
    private static UInt128 LetterBit(char c)
    {
        var upper = c == '’' ? '\'' : char.ToUpperInvariant(c);
        return UInt128.One << (upper < 127 ? upper : 127);
    }

    private static string Normalize(ReadOnlySpan<char> token) => token.ToString().Replace('’', '\'');

    private sealed record Phrase(string[] Tokens, string Key);
}
