using System.Runtime.InteropServices;

namespace FactCheck.Extraction.Parsing;

/// <summary>
/// Finds any of a set of phrases as whole words, leftmost and longest first. Phrases and text are cut into the same
/// tokens (<see cref="TokenizedText"/>); a phrase matches where its tokens follow each other separated by white space
/// only. Candidates are found by the number of the first token in a vocabulary shared by all the sets of a lexicon, so
/// the cost is linear in the text whatever the size of the lexicon. A case-sensitive set still lets a phrase that starts
/// in lower case ("the agency") open a sentence ("The agency").
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly TokenVocabulary _vocabulary;

    // The phrases by the number of their first token, longest first.
    private readonly Phrase[]?[] _byFirstToken;
    private readonly bool _ignoreCase;

    // MatchAt runs for every word after a number or an article; one buffer per thread keeps it from allocating.
    [ThreadStatic]
    private static List<(int Start, int End)>? t_lookahead;

    [ThreadStatic]
    private static List<PhraseMatch>? t_found;

    public PhraseMatcher(IEnumerable<string> phrases, bool ignoreCase, TokenVocabulary vocabulary)
    {
        _ignoreCase = ignoreCase;
        _vocabulary = vocabulary;
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var groups = new Dictionary<int, List<Phrase>>();
        var tokens = new List<(int Start, int End)>();
        foreach (var phrase in phrases)
        {
            tokens.Clear();
            TokenizedText.Cut(phrase, tokens, 0, phrase.Length, int.MaxValue);
            if (tokens.Count == 0)
            {
                continue;
            }

            var normalized = tokens.Select(t => phrase.AsSpan(t.Start, t.End - t.Start).ToString().Replace('’', '\'')).ToArray();
            var id = vocabulary.Add(normalized[0]);
            if (!groups.TryGetValue(id, out var list))
            {
                list = [];
                groups.Add(id, list);
            }

            if (!list.Any(p => p.Tokens.AsSpan().SequenceEqual(normalized, comparer)))
            {
                list.Add(new Phrase(normalized, phrase));
            }
        }

        _byFirstToken = new Phrase[]?[groups.Count == 0 ? 0 : groups.Keys.Max() + 1];
        foreach (var (id, list) in groups)
        {
            _byFirstToken[id] = [.. list.OrderByDescending(p => p.Tokens.Length)];
        }
    }

    public PhraseMatch[] FindAll(string text) => FindAll(new TokenizedText(text));

    /// <summary>Finds the phrases in a text already cut into tokens, so many sets can share one cut.</summary>
    /// <remarks>Most sentences hold none of a set's phrases: the empty array then costs nothing.</remarks>
    public PhraseMatch[] FindAll(TokenizedText text)
    {
        var result = t_found ??= [];
        result.Clear();
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var id = text.IdAt(i, _vocabulary);
            if ((uint)id < (uint)_byFirstToken.Length && Longest(text.Text, tokens, i, _byFirstToken[id]) is { } match)
            {
                result.Add(match.Match);
                i += match.Length - 1;
            }
        }

        return result.Count == 0 ? [] : [.. result];
    }

    /// <summary>The longest phrase whose first token starts exactly at <paramref name="index"/>, if any.</summary>
    public PhraseMatch? MatchAt(string text, int index)
    {
        if (index >= text.Length || index < 0 || !char.IsLetterOrDigit(text[index]) || (index > 0 && TokenizedText.IsJoined(text, index - 1, text.Length)))
        {
            return null;
        }

        var tokens = t_lookahead ??= new List<(int Start, int End)>(8);
        tokens.Clear();
        TokenizedText.Cut(text, tokens, index, text.Length, maxTokens: 8);
        if (tokens.Count == 0)
        {
            return null;
        }

        var id = _vocabulary.Find(text.AsSpan(tokens[0].Start, tokens[0].End - tokens[0].Start));
        return (uint)id < (uint)_byFirstToken.Length && Longest(text, CollectionsMarshal.AsSpan(tokens), 0, _byFirstToken[id]) is { } match ? match.Match : null;
    }

    // Every candidate shares the first token case-insensitively. A case-sensitive set takes the phrases that start with
    // the token as written and only then, for a capitalised token, those that start with it lowered.
    private (PhraseMatch Match, int Length)? Longest(string text, ReadOnlySpan<(int Start, int End)> tokens, int first, Phrase[]? candidates)
    {
        if (candidates is null)
        {
            return null;
        }

        if (_ignoreCase)
        {
            return Longest(text, tokens, first, candidates, FirstToken.AnyCase);
        }

        var token = text.AsSpan(tokens[first].Start, tokens[first].End - tokens[first].Start);
        return Longest(text, tokens, first, candidates, FirstToken.AsWritten)
            ?? (char.IsUpper(token[0]) ? Longest(text, tokens, first, candidates, FirstToken.Lowered) : null);
    }

    private (PhraseMatch Match, int Length)? Longest(string text, ReadOnlySpan<(int Start, int End)> tokens, int first, Phrase[] candidates, FirstToken firstToken)
    {
        var (firstStart, firstEnd) = tokens[first];
        foreach (var phrase in candidates)
        {
            if (first + phrase.Tokens.Length > tokens.Length
                || (firstToken != FirstToken.AnyCase && !SameCase(text.AsSpan(firstStart, firstEnd - firstStart), phrase.Tokens[0], firstToken == FirstToken.Lowered)))
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < phrase.Tokens.Length && matches; k++)
            {
                var (start, end) = tokens[first + k];
                var (previousStart, previousEnd) = tokens[first + k - 1];
                matches = SpaceOrQuotesBetween(text, InitialismEnd(text, previousStart, previousEnd), start)
                    && Same(text.AsSpan(start, end - start), phrase.Tokens[k]);
            }

            if (matches)
            {
                var last = tokens[first + phrase.Tokens.Length - 1].End;
                return (new PhraseMatch(firstStart, last - firstStart, phrase.Key), phrase.Tokens.Length);
            }
        }

        return null;
    }

    // An ordinal comparison of a first token, with its first letter lowered when asked.
    private static bool SameCase(ReadOnlySpan<char> token, string expected, bool lowered)
    {
        if (token.Length != expected.Length)
        {
            return false;
        }

        for (var i = 0; i < token.Length; i++)
        {
            var a = token[i] == '’' ? '\'' : token[i];
            if (i == 0 && lowered)
            {
                a = char.ToLowerInvariant(a);
            }

            if (a != expected[i])
            {
                return false;
            }
        }

        return true;
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

    // A token cut from an initialism ("U.S" of "U.S.") leaves its last full stop in the gap: "the U.S. Geological Survey".
    private static int InitialismEnd(string text, int start, int end)
        => end < text.Length && text[end] == '.' && text.AsSpan(start, end - start).Contains('.') ? end + 1 : end;

    // Space, or space with quotation marks: "was \"directly responsible\" for" holds "responsible for".
    private static bool SpaceOrQuotesBetween(string text, int from, int to)
    {
        var space = false;
        for (var i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                space = true;
            }
            else if (text[i] is not ('"' or '“' or '”'))
            {
                return false;
            }
        }

        return space;
    }

    private sealed record Phrase(string[] Tokens, string Key);

    private enum FirstToken
    {
        AnyCase,
        AsWritten,
        Lowered,
    }
}
