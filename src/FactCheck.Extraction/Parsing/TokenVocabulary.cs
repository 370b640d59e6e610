namespace FactCheck.Extraction.Parsing;

/// <summary>
/// The first tokens of every phrase set of one lexicon, numbered case-insensitively (a typographic apostrophe is a
/// straight one). A token of the text is hashed once, and each set then finds its candidate phrases by number: without
/// it, each of the sixteen sets would hash every token of every sentence again.
/// </summary>
internal sealed class TokenVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _longest;

    public TokenVocabulary() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number of a normalized first token, added when new. Only while the sets are built: lookups may run in parallel, additions may not.</summary>
    public int Add(string token)
    {
        if (!_ids.TryGetValue(token, out var id))
        {
            id = _ids.Count;
            _ids.Add(token, id);
            _longest = Math.Max(_longest, token.Length);
        }

        return id;
    }

    /// <summary>The number of a token as written in a text; -1 when no phrase of any set starts with it.</summary>
    public int Find(ReadOnlySpan<char> token)
    {
        if (token.Length > _longest)
        {
            return -1;
        }

        if (!token.Contains('’'))
        {
            return _lookup.TryGetValue(token, out var found) ? found : -1;
        }

        Span<char> buffer = stackalloc char[token.Length];
        token.CopyTo(buffer);
        buffer.Replace('’', '\'');
        return _lookup.TryGetValue(buffer, out var id) ? id : -1;
    }
}
