using System.Collections.Frozen;

namespace FactCheck.Extraction.Parsing;

/// <summary>English closed-class words (articles, pronouns, prepositions, auxiliaries, conjunctions): they never name a thing.</summary>
internal static class FunctionWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "the", "a", "an", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "into", "onto", "than", "as", "after", "before", "since", "until", "while", "during", "that", "which", "who",
        "whom", "whose", "this", "these", "those", "there", "here", "it", "its", "they", "them", "their", "he",
        "him", "his", "she", "her", "we", "us", "our", "you", "your", "i", "me", "my", "is", "are", "was", "were",
        "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should",
        "can", "could", "may", "might", "must", "not", "no", "so", "if", "then", "also", "more", "most", "less",
        "least", "only", "just", "about", "over", "under", "per", "each", "every", "all", "both", "either",
        "neither", "some", "any", "many", "much", "few", "several", "other", "another", "such", "what", "when",
        "where", "why", "how", "out", "up", "down", "off", "again", "still", "yet", "already", "ago", "later",
        "earlier", "however", "meanwhile", "though", "although", "because", "across", "throughout", "near", "outside",
        "inside", "among", "amid", "against", "through", "within", "without", "around", "along", "between", "beyond",
        "toward", "towards", "via", "upon", "despite"
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);
}
