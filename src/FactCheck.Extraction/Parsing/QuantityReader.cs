using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Extraction.Claims;

namespace FactCheck.Extraction.Parsing;

/// <summary>
/// Reads quantities: a number (digits with separators, decimals with multipliers, written numbers, vague magnitudes,
/// or "a"/"an" before a singular unit), an optional qualifier before it, and a counted thing from the lexicon within a
/// few modifier words after it (listed ones, capitalized ones, and up to two other lowercase words). A bare number
/// counts what a tally phrase beside it names ("the death toll rose to 29", "3,381 dead"). Any other number is not a
/// claim (years, times, footnotes).
/// </summary>
internal sealed partial class QuantityReader
{
    private const int MaxModifiers = 4;
    private const int MaxUnlistedModifiers = 2;
    private const int TallyWindow = 80;
    private readonly CompiledLexicon _lexicon;

    public QuantityReader(CompiledLexicon lexicon) => _lexicon = lexicon;

    public List<QuantityMatch> Read(string sentence)
    {
        var result = new List<QuantityMatch>();
        var taken = -1;
        foreach (var candidate in Numbers(sentence))
        {
            if (candidate.Start < taken)
            {
                continue;
            }

            string canonical;
            int end;
            var unit = FindUnit(sentence, candidate.End, candidate.Indefinite);
            if (unit is { } found && (!candidate.Indefinite || (_lexicon.Lexicon.SingularUnits.Contains(found.Key) && EndsNounPhrase().IsMatch(sentence.AsSpan(found.End)))))
            {
                (canonical, end) = (_lexicon.Lexicon.Units[found.Key], found.End);
            }
            else if (unit is null && !candidate.Indefinite && candidate.Vague is null && Tallied(sentence, candidate) is { } tallied)
            {
                // A bare number still counts what a tally phrase names: "the death toll rose to 29", "3,381 dead".
                (canonical, end) = (tallied, candidate.End);
            }
            else
            {
                continue;
            }

            var (start, precision, low, high, value) = Qualify(sentence, candidate);
            var isTotal = Total().IsMatch(sentence.AsSpan(Math.Max(0, start - 20), Math.Min(20, start)));
            result.Add(new QuantityMatch(start, end, value, low, high, precision, canonical, isTotal));
            taken = end;
        }

        return result;
    }

    private List<NumberCandidate> Numbers(string sentence)
    {
        var candidates = new List<NumberCandidate>();
        foreach (Match match in Digits().Matches(sentence))
        {
            if ((match.Index > 0 && sentence[match.Index - 1] is '$' or '€' or '£' or ':' or '/' or '#' or '[')
                || (match.Index + match.Length < sentence.Length && sentence[match.Index + match.Length] is '%' or ':' or '/' or ']'))
            {
                continue;
            }

            var number = double.Parse(match.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var multiplierText = match.Groups["mult"].Success ? match.Groups["mult"].Value : null;
            var multiplier = multiplierText is null ? 1 : _lexicon.Lexicon.Multipliers.GetValueOrDefault(multiplierText, 1);
            var decimals = match.Groups["num"].Value.Contains('.') ? match.Groups["num"].Value.Length - match.Groups["num"].Value.IndexOf('.') - 1 : 0;
            var halfStep = multiplierText is null ? 0 : 0.5 * Math.Pow(10, -decimals) * multiplier;
            candidates.Add(new NumberCandidate(match.Index, match.Index + match.Length, number * multiplier, halfStep, Vague: null, Indefinite: false));
        }

        foreach (var word in _lexicon.NumberWords.FindAll(sentence))
        {
            if (Of().IsMatch(sentence.AsSpan(word.End)))
            {
                continue;
            }

            candidates.Add(new NumberCandidate(word.Index, word.End, _lexicon.Lexicon.NumberWords[word.Key], 0, Vague: null, Indefinite: false));
        }

        foreach (var vague in _lexicon.Vague.FindAll(sentence))
        {
            candidates.Add(new NumberCandidate(vague.Index, vague.End, 0, 0, _lexicon.Lexicon.VagueQuantities[vague.Key], Indefinite: false));
        }

        foreach (var article in Indefinite().EnumerateMatches(sentence))
        {
            candidates.Add(new NumberCandidate(article.Index, article.Index + article.Length, 1, 0, Vague: null, Indefinite: true));
        }

        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        return candidates;
    }

    private PhraseMatch? FindUnit(string sentence, int position, bool indefinite)
    {
        var unlisted = 0;
        for (var words = 0; words <= MaxModifiers; words++)
        {
            var space = position;
            while (space < sentence.Length && sentence[space] == ' ')
            {
                space++;
            }

            if (space == position && position < sentence.Length && !indefinite)
            {
                // "12,000soldiers" is no quantity; "1.5K" has its multiplier inside the number already.
                return null;
            }

            var unit = _lexicon.Units.MatchAt(sentence, space);
            if (unit is not null)
            {
                return unit;
            }

            var modifier = _lexicon.Modifiers.MatchAt(sentence, space);
            var next = modifier?.End ?? CapitalizedWordEnd(sentence, space);
            if (next <= space && unlisted < MaxUnlistedModifiers)
            {
                // Any other adjective or noun may describe the counted thing ("three army helicopters"), but a
                // function word ends the phrase: "12 were evacuated", "5 and wounded 12 soldiers".
                next = LowercaseWordEnd(sentence, space);
                unlisted++;
            }

            if (next <= space)
            {
                return null;
            }

            position = next;
        }

        return null;
    }

    private static int LowercaseWordEnd(string sentence, int start)
    {
        var end = start;
        while (end < sentence.Length && (char.IsLower(sentence[end]) || (sentence[end] == '-' && end > start)))
        {
            end++;
        }

        return end - start >= 2 && end < sentence.Length && sentence[end] == ' ' && !FunctionWords.Contains(sentence.AsSpan(start, end - start))
            && !MeasureNoun().IsMatch(sentence.AsSpan(start, end - start)) ? end : start;
    }

    // The canonical unit a bare number counts through a tally phrase: right after it ("3,381 dead", "12 injured"), right
    // before it, over a qualifier ("killing at least 1,000"), or shortly before it with a linking word or qualifier
    // between ("the death toll has risen to 29", "the toll has passed 5,000"). A number followed by a noun of its
    // own ("arrested 5 days ago") is not bare.
    private string? Tallied(string sentence, NumberCandidate number)
    {
        var next = number.End < sentence.Length && sentence[number.End] == ' ' ? _lexicon.TallyPhrases.MatchAt(sentence, number.End + 1) : null;
        if (next is { } after)
        {
            return _lexicon.Lexicon.TallyPhrases[after.Key];
        }

        if (!IsBare(sentence, number.End))
        {
            return null;
        }

        var windowStart = Math.Max(0, number.Start - TallyWindow);
        var before = sentence[windowStart..number.Start];
        var tallies = _lexicon.TallyPhrases.FindAll(before);
        if (tallies.Count == 0)
        {
            return null;
        }

        var last = tallies[^1];
        var qualifier = _lexicon.Qualifiers.FindAll(before).LastOrDefault();
        var qualified = qualifier.Length > 0 && qualifier.Index >= last.End && before.AsSpan(qualifier.End).Trim().Length == 0;
        var gap = before.AsSpan(last.End, (qualified ? qualifier.Index : before.Length) - last.End);
        var adjacent = gap.Trim().Length == 0;
        var linked = (qualified || TallyLink().IsMatch(before)) && gap.IndexOfAny(";:!?") < 0;
        return adjacent || linked ? _lexicon.Lexicon.TallyPhrases[last.Key] : null;
    }

    private static bool IsBare(string sentence, int end)
    {
        var start = end;
        while (start < sentence.Length && sentence[start] == ' ')
        {
            start++;
        }

        var wordEnd = start;
        while (wordEnd < sentence.Length && char.IsLetter(sentence[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd == start ? start == sentence.Length || !char.IsLetterOrDigit(sentence[start]) : FunctionWords.Contains(sentence.AsSpan(start, wordEnd - start));
    }

    private static int CapitalizedWordEnd(string sentence, int start)
    {
        if (start >= sentence.Length || !char.IsUpper(sentence[start]))
        {
            return start;
        }

        var end = start;
        while (end < sentence.Length && (char.IsLetterOrDigit(sentence[end]) || sentence[end] is '-' or '.' or '\'' or '’'))
        {
            end++;
        }

        while (end > start && sentence[end - 1] is '.' or '\'' or '’')
        {
            end--;
        }

        if (end + 1 < sentence.Length && sentence[end] is '\'' or '’' && sentence[end + 1] == 's')
        {
            return start;
        }

        return end;
    }

    private (int Start, QuantityPrecision Precision, double Low, double High, double Value) Qualify(string sentence, NumberCandidate number)
    {
        if (number.Vague is { } vague)
        {
            return (number.Start, QuantityPrecision.Vague, vague.Low, vague.High, vague.Low);
        }

        var value = number.Value;
        var window = Math.Min(40, number.Start);
        var between = Between().Match(sentence, number.Start - window, window);
        if (between.Success && double.TryParse(between.Groups["low"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var lowBound))
        {
            return (between.Index, QuantityPrecision.Range, lowBound, value, value);
        }

        // Qualifiers are short; the 40 characters before the number hold any that applies.
        var before = sentence[Math.Max(0, number.Start - 40)..number.Start];
        var offset = Math.Max(0, number.Start - 40);
        var qualifier = _lexicon.Qualifiers.FindAll(before).LastOrDefault();
        if (qualifier.Length > 0 && before[qualifier.End..].Trim().Length == 0)
        {
            var precision = _lexicon.Lexicon.Qualifiers[qualifier.Key];
            var tolerance = _lexicon.Lexicon.ApproximateTolerance;
            var qualifierStart = offset + qualifier.Index;
            return precision switch
            {
                QuantityPrecision.Approximate => (qualifierStart, precision, Math.Min(value * (1 - tolerance), value - number.HalfStep), Math.Max(value * (1 + tolerance), value + number.HalfStep), value),
                QuantityPrecision.AtLeast => (qualifierStart, precision, value - number.HalfStep, double.PositiveInfinity, value),
                _ => (qualifierStart, precision, 0, value + number.HalfStep, value),
            };
        }

        return (number.Start, QuantityPrecision.Exact, value - number.HalfStep, value + number.HalfStep, value);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(?<mult>[kKmM]|mn|bn)\b|\s+(?<mult>thousand|million|billion)\b)?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:a|an)\s+(?=\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Indefinite();

    // After "a ... ship" the noun phrase must end, or "a rocket attack" would count a rocket.
    [GeneratedRegex(@"^(?:\s*$|\s*[,.;:!?)\]'""”’—–-]|\s+(?:between|to|from|in|on|at|with|for|of|and|or|that|which|who|carrying|was|is|were|are|had|has|near|off|into|through|by|during|after|before|last|earlier|over|above|along|across|toward|towards|at)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsNounPhrase();

    // Nouns that head a phrase of their own: "3 hours", "15 percent", "two times".
    [GeneratedRegex(@"^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|percent|times)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeasureNoun();

    [GeneratedRegex(@"\b(?:to|at|of|reached|reaches|hit|hits|is|was|stands at|stood at|now|climbed to|rose to|risen to|rises to|jumped to)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TallyLink();

    [GeneratedRegex(@"^\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Of();

    [GeneratedRegex(@"\btotal\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Total();

    [GeneratedRegex(@"\bbetween\s+(?<low>\d{1,3}(?:,\d{3})+|\d+)\s+and\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Between();

    private readonly record struct NumberCandidate(int Start, int End, double Value, double HalfStep, (double Low, double High)? Vague, bool Indefinite);
}
