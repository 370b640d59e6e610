namespace FactCheck.Extraction.Parsing;

/// <summary>A lexicon phrase found in a sentence: where, and the lexicon key it matched.</summary>
internal readonly record struct PhraseMatch(int Index, int Length, string Key)
{
    public int End => Index + Length;
}
