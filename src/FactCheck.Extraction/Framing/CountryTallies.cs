using System.Text.RegularExpressions;
using FactCheck.Extraction.Documents;
using FactCheck.Extraction.Parsing;

namespace FactCheck.Extraction.Framing;

/// <summary>Finds the countries a batch counts an event's dead in one by one.</summary>
internal static partial class CountryTallies
{
    private const int Window = 120;

    // A country's largest toll is of one order with the largest country's when it is at least this share of it.
    private const double MinimumShare = 0.05;

    /// <summary>
    /// The countries named with a toll ("1,541 people had been killed in Turkey", "In Syria, the toll stands at 2,662",
    /// "Spain recorded 11,324 deaths"), when the batch names two or more whose tolls are of one order ("a quake in Turkey
    /// and Syria"), as Apart; otherwise none, and the country with the largest toll as Main: the event's country, whose
    /// figures are the whole event while another's are that country's ("8,000 in Nepal, 78 in India"; "No deaths were
    /// reported in Bangladesh" beside 145 dead in Myanmar). Main is null when countries are counted apart, no toll
    /// is given in a country, or fewer than half the documents name the country. A lone country that no title and no
    /// opening paragraph names, by any of <paramref name="namesOf"/>, is apart: "In Mozambique, the toll has risen to
    /// 94" low in stories headlined on Mayotte counts Mozambique's dead, not the event's.
    /// </summary>
    public static (IReadOnlySet<string> Apart, string? Main) Tally(IEnumerable<Document> documents, Func<string, bool> isCountry, Func<string, IEnumerable<string>> namesOf)
    {
        var list = documents as IReadOnlyCollection<Document> ?? documents.ToList();
        var largest = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var document in list)
        {
            var text = document.CleanText;
            foreach (Match match in InCountry().Matches(text).Concat(CountingCountry().Matches(text)).Concat(SayingCountry().Matches(text)))
            {
                var name = match.Groups["name"].Value;
                var country = isCountry(name) ? name : isCountry(match.Groups["first"].Value) ? match.Groups["first"].Value : null;
                if (country is not null && TollAt(text, match.Groups["at"].Success ? match.Groups["at"].Index : match.Index) is > 0 and var toll)
                {
                    largest[country] = Math.Max(largest.GetValueOrDefault(country), toll);
                }
            }

            // "Sri Lanka reported more than 12,000 dead and Indonesia about 4,500": the second country's toll is its own
            // figure, as is one a country puts its own dead at ("while Cambodia put its dead at 13").
            foreach (Match match in GappedCountry().Matches(text).Concat(CountryPutsToll().Matches(text)))
            {
                if (isCountry(match.Groups["name"].Value) && DecimalDigits.TryParseFigure(match.Groups["n"].Value, out var toll) && toll > 0)
                {
                    largest[match.Groups["name"].Value] = Math.Max(largest.GetValueOrDefault(match.Groups["name"].Value), toll);
                }
            }
        }

        // An event the articles say struck many countries ("killed more than 23,000 people in at least nine countries")
        // is counted country by country however small a country's toll.
        var most = largest.Values.DefaultIfEmpty(0).Max();
        var share = list.Any(d => ManyCountries().IsMatch(d.CleanText)) ? 0 : MinimumShare;
        var comparable = largest.Where(c => c.Value >= most * share).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        if (comparable.Count >= 2)
        {
            return (comparable, null);
        }

        // A country most articles never name is no event's country: a missile salvo at Israel whose one death, in the
        // West Bank, one article reports leaves Israel the whole, not a part beside the West Bank.
        var main = comparable.Count == 1 ? comparable.Single() : null;
        if (main is not null && list.Count >= 2)
        {
            var names = namesOf(main).ToList();
            if (!list.Any(d => Opening(d) is var opening && names.Exists(name => opening.Contains(name, StringComparison.Ordinal))))
            {
                return (comparable, null);
            }
        }

        return (new HashSet<string>(), main is not null && list.Count(d => d.CleanText.Contains(main, StringComparison.Ordinal)) * 2 >= list.Count ? main : null);
    }

    // What a story says first, where it names its event's place: its title and its opening paragraph, which runs over
    // short lines (a byline, a dateline) to the first line that ends at least OpeningLength characters in.
    private static string Opening(Document document)
    {
        var text = document.CleanText;
        var end = text.IndexOf('\n', Math.Min(OpeningLength, text.Length));
        end = Math.Min(end < 0 ? text.Length : end, MaxOpeningLength);
        return $" {document.Title} {text[..end]} ";
    }

    private const int OpeningLength = 200;
    private const int MaxOpeningLength = 600;

    // The toll given for the country: the figure just before "in" it ("21 people were killed in Chile") or, in a
    // sentence that opens with it, the first after ("In Syria, at least 810 people died"); 0 for none or no dead.
    private static double TollAt(string text, int index)
    {
        var from = Math.Max(0, index - Window);
        var to = Math.Min(text.Length, index + Window);
        var start = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(from, index - 1), index - from) + 1;
        var end = text.IndexOfAny(['.', '!', '?', '\n'], index, to - index);
        var sentence = text[start..(end < 0 ? to : end)];
        if (!DeadWord().IsMatch(sentence))
        {
            return 0;
        }

        var at = index - start;
        var figure = FigureBefore().Match(sentence, 0, at);
        if (!figure.Success && sentence.AsSpan(0, at).Trim().Length == 0)
        {
            figure = FigureAfter().Match(sentence, at);
        }

        if (!figure.Success)
        {
            return 0;
        }

        var word = Array.IndexOf(NumberWords, figure.Groups["w"].Value.ToLowerInvariant());
        return word >= 0 ? word + 1 : DecimalDigits.TryParseFigure(figure.Groups["n"].Value, out var toll) ? toll : 0;
    }

    // The small tolls written in words ("Tonga's death toll stood at three"), in order from one.
    private const string NumberWord = FrameCues.SmallNumberWords;

    private static readonly string[] NumberWords = NumberWord.Split('|');

    [GeneratedRegex(@"(?:(?<n>\b\d{1,3}(?:,\d{3})+|\b\d+)|\b(?<w>(?i:" + NumberWord + @")))\s+(?:(?!in\b)[\p{L}-]+\s+){0,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex FigureBefore();

    [GeneratedRegex(@"\G.*?(?:(?<n>\b\d{1,3}(?:,\d{3})+|\b\d+)|\b(?<w>(?i:" + NumberWord + @"))\b)", RegexOptions.CultureInvariant)]
    private static partial Regex FigureAfter();

    // A country that opens a sentence as the one counting or suffering its toll: "Spain recorded 11,324 heat deaths",
    // "Tonga's death toll stood at three".
    [GeneratedRegex(@"(?:^|[.!?\n]\s*|[,;]\s+(?:and|but|while|whereas)\s+)(?<at>(?<name>(?<first>\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+)?))(?:['’]s(?:\s+[\p{Ll}-]+){1,4})?\s+" + FrameCues.CountingVerb + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex CountingCountry();

    // "Thailand said 1,500 people had been killed", "Cambodia said on Saturday that 13 of its people, eight civilians and
    // five soldiers, had been killed", "Tonga's government said that three people had been killed": a country giving a
    // toll of the dead in its own words.
    [GeneratedRegex(@"(?:^|[.!?\n]\s*)(?<at>(?<name>(?<first>\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+)?))(?:['’]s\s+(?:[\p{Ll}-]+\s+)?(?:government|authorities|ministry|officials))?\s+(?:said|says)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:about\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?(?:\d[\d,]*|(?i:" + NumberWord + @"))\s+(?:people\s+|of\s+its\s+(?:own\s+)?[\p{Ll}-]+(?:,[^,.;]{1,60},)?\s+)?(?:had\s+|have\s+)?(?:died|been\s+killed|were\s+killed|dead)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SayingCountry();

    // The second of two countries that share one verb of counting: "... reported more than 12,000 dead and Indonesia about 4,500".
    [GeneratedRegex(@"\b" + FrameCues.CountingVerb + @"\s+[^,;.]*?\d[\d,]*\s+(?:[\p{Ll}-]+\s+)?and\s+(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|more\s+than\s+|at\s+least\s+|over\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GappedCountry();

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:has\s+|had\s+)?(?:put|puts)\s+its\s+(?:own\s+)?(?:dead|death\s+toll|toll|losses)\s+at\s+(?:about\s+|some\s+|nearly\s+|around\s+|more\s+than\s+|at\s+least\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CountryPutsToll();

    [GeneratedRegex(@"\b(?:in|across)\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?(?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several|many)\s+countries\b", RegexOptions.CultureInvariant)]
    private static partial Regex ManyCountries();

    [GeneratedRegex(@"\b[Ii]n\s+(?:the\s+)?" + FrameCues.Bearing + @"(?<name>(?<first>\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex InCountry();

    [GeneratedRegex(@"\b(?:killed|died|dead|deaths|death\s+toll|toll)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeadWord();
}
