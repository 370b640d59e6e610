using System.Text.RegularExpressions;

namespace FactCheck.Extraction.Parsing;

/// <summary>Finds any of a set of phrases as whole words, longest first, in one compiled regular expression.</summary>
internal sealed class PhraseMatcher
{
    private readonly Regex? _any;
    private readonly Regex? _at;
    private readonly Dictionary<string, string> _keys;

    public PhraseMatcher(IEnumerable<string> phrases, bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        _keys = new Dictionary<string, string>(comparer);
        foreach (var phrase in phrases)
        {
            _keys.TryAdd(Normalize(phrase), phrase);
        }

        if (_keys.Count == 0)
        {
            return;
        }

        var alternatives = string.Join("|", _keys.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Pattern));
        var options = RegexOptions.CultureInvariant | RegexOptions.Compiled | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        var timeout = TimeSpan.FromSeconds(2);
        _any = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])", options, timeout);
        _at = new Regex($@"\G(?:{alternatives})(?![\p{{L}}\p{{N}}])", options, timeout);
    }

    public List<PhraseMatch> FindAll(string text)
    {
        var result = new List<PhraseMatch>();
        if (_any is null)
        {
            return result;
        }

        foreach (Match match in _any.Matches(text))
        {
            result.Add(new PhraseMatch(match.Index, match.Length, KeyOf(match.Value)));
        }

        return result;
    }

    /// <summary>The phrase that starts exactly at <paramref name="index"/>, if any.</summary>
    public PhraseMatch? MatchAt(string text, int index)
    {
        if (_at is null || index >= text.Length)
        {
            return null;
        }

        var match = _at.Match(text, index);
        return match.Success ? new PhraseMatch(match.Index, match.Length, KeyOf(match.Value)) : null;
    }

    private string KeyOf(string surface)
    {
        var normalized = Normalize(surface);
        if (_keys.TryGetValue(normalized, out var key))
        {
            return key;
        }

        var lowered = string.Concat(char.ToLowerInvariant(normalized[0]).ToString(), normalized.AsSpan(1));
        return _keys.TryGetValue(lowered, out key) ? key : surface;
    }

    private static string Normalize(string phrase)
        => Regex.Replace(phrase.Trim().Replace('’', '\''), @"\s+", " ");

    // A phrase that starts in lower case ("the agency") may also open a sentence ("The agency").
    private static string Pattern(string phrase)
    {
        var escaped = Regex.Escape(phrase).Replace(@"\ ", @"\s+").Replace("'", "['’]");
        return char.IsLower(phrase[0]) ? $"[{phrase[0]}{char.ToUpperInvariant(phrase[0])}]{escaped[1..]}" : escaped;
    }
}
