using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Extraction.Claims;

namespace FactCheck.Extraction.Parsing;

/// <summary>
/// Reads dates: absolute (Oct. 8; October 8, 2024; June; August 2023), ranges (between Oct. 8 and Oct. 13; from ... to
/// ...), and expressions relative to a reference date (earlier this month, last week, on Friday, since August, at the
/// beginning of October). Each is resolved to an interval of days, or kept unresolved with the reason.
/// </summary>
internal sealed partial class DateReader
{
    private const string Month = @"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

    // Words without one of which no expression can match, as whole runs of letters: most sentences skip the regular
    // expressions entirely. An absolute date also needs a month or a run of four digits (a year, an ISO date).
    private static readonly FrozenSet<string> MonthWords = FrozenSet.Create(StringComparer.Ordinal,
        ["Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July", "Aug", "August",
         "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December"]);

    private static readonly FrozenSet<string> RelativeWords = FrozenSet.Create(StringComparer.Ordinal,
        ["day", "days", "week", "weeks", "month", "months", "year", "ago", "today", "yesterday",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = MonthWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeLookup = RelativeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // The most words an expression has before its month, year or relative word: "at the beginning of the month".
    private const int MaxWordsBeforeHint = 5;

    [ThreadStatic]
    private static List<(int Start, bool Relative)>? t_hints;

    // Ranges first, then single dates, then relative ones: a match that overlaps an earlier one is dropped.
    private static readonly (Regex Expression, bool Relative)[] Expressions = [(Range(), false), (Absolute(), false), (Relative(), true)];

    public List<DateMatch> Read(string sentence, DateOnly? reference, bool referenceAssumed)
    {
        var result = new List<DateMatch>();
        var hints = t_hints ??= [];
        hints.Clear();
        FindHints(sentence, hints);
        if (hints.Count == 0)
        {
            return result;
        }

        foreach (var (regex, relative) in Expressions)
        {
            foreach (var match in MatchesAroundHints(regex, sentence, relative, hints) ?? [])
            {
                if (result.Exists(d => match.Index < d.End && d.Start < match.Index + match.Length) || IsSurname(sentence, match))
                {
                    continue;
                }

                if (Resolve(match, sentence, reference, referenceAssumed) is { } date)
                {
                    result.Add(date);
                }
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    // The expression's matches, as Regex.Matches gives them, found by trying only a few words before each hint word: every
    // match holds one, so most sentences run no expression at all, and the others only where a date may be.
    private static List<Match>? MatchesAroundHints(Regex regex, string sentence, bool relative, List<(int Start, bool Relative)> hints)
    {
        List<Match>? matches = null;
        var position = 0;
        foreach (var hint in hints)
        {
            if (hint.Relative != relative || hint.Start < position)
            {
                continue;
            }

            var match = regex.Match(sentence, Math.Max(position, WordsBefore(sentence, hint.Start, MaxWordsBeforeHint)));
            if (!match.Success)
            {
                break;
            }

            (matches ??= []).Add(match);
            position = match.Index + Math.Max(1, match.Length);
        }

        return matches;
    }

    // The hint words in order, whole runs of letters or digits: for an absolute date a month or four digits (a year, an
    // ISO date), for a relative one a word like "week", "ago" or "Monday".
    private static void FindHints(string sentence, List<(int Start, bool Relative)> hints)
    {
        for (var i = 0; i < sentence.Length;)
        {
            var start = i;
            if (char.IsLetter(sentence[i]))
            {
                while (i < sentence.Length && char.IsLetter(sentence[i]))
                {
                    i++;
                }

                var word = sentence.AsSpan(start, i - start);
                if (MonthLookup.Contains(word))
                {
                    hints.Add((start, false));
                }
                else if (RelativeLookup.Contains(word))
                {
                    hints.Add((start, true));
                }
            }
            else if (char.IsDigit(sentence[i]))
            {
                while (i < sentence.Length && char.IsDigit(sentence[i]))
                {
                    i++;
                }

                if (i - start == 4)
                {
                    hints.Add((start, false));
                }
            }
            else
            {
                i++;
            }
        }
    }

    // A month alone right after a capitalized name is a surname: "Theresa May said", not "in May".
    private static bool IsSurname(string sentence, Match match)
        => BareMonth().IsMatch(match.Value) && NameBefore().IsMatch(sentence.AsSpan(0, match.Index));

    // Where the words before index begin, at most count of them (a word is anything between white space).
    private static int WordsBefore(string sentence, int index, int count)
    {
        var i = index;
        for (var words = 0; words < count && i > 0; words++)
        {
            while (i > 0 && char.IsWhiteSpace(sentence[i - 1]))
            {
                i--;
            }

            while (i > 0 && !char.IsWhiteSpace(sentence[i - 1]))
            {
                i--;
            }
        }

        return i;
    }

    private static DateMatch? Resolve(Match match, string sentence, DateOnly? reference, bool assumed)
    {
        var g = match.Groups;
        var start = match.Index;
        var end = match.Index + match.Length;
                string Basis() => reference is { } r ? $"read against {(assumed ? "the batch's latest publication date" : "the publication date")} {r:yyyy-MM-dd}" : "";
        DateMatch Unresolved(string why, DateRole role = DateRole.Point) => new(start, end, null, null, why, role, false);

        if (g["m1"].Success && g["m2"].Success || g["d1"].Success && g["d2"].Success)
        {
            var month1 = MonthOf(g["m1"].Value);
            var month2 = g["m2"].Success && g["m2"].Value.Length > 0 ? MonthOf(g["m2"].Value) : month1;
            var year2 = g["y2"].Success ? DecimalDigits.ToInt(g["y2"].Value) : (int?)null;
            var year1 = g["y1"].Success ? DecimalDigits.ToInt(g["y1"].Value) : year2;
            var d1 = DecimalDigits.ToInt(g["d1"].Value);
            var d2 = DecimalDigits.ToInt(g["d2"].Value);
            if (year1 is null && reference is null)
            {
                return Unresolved($"'{match.Value}' has no year and the article no publication date", DateRole.Period);
            }

            var y1 = year1 ?? YearFor(month1, d1, reference!.Value);
            var y2 = year2 ?? y1;
            if (!TryDate(y1, month1, d1, out var from) || !TryDate(y2, month2, d2, out var to) || to < from)
            {
                return Unresolved($"'{match.Value}' is not a valid range of days", DateRole.Period);
            }

            return new(start, end, from, to, year1 is null ? $"range without a year, {Basis()}" : "explicit range", DateRole.Period, year1 is null && assumed);
        }

        if (g["am"].Success)
        {
            var month = MonthOf(g["am"].Value);
            var role = g["since"].Success ? DateRole.Start : DateRole.Point;
            int? year = g["ay"].Success ? DecimalDigits.ToInt(g["ay"].Value) : null;
            var relativeYear = g["ry"].Success;
            if (relativeYear)
            {
                // "since March 30 of last year": the year is the reference's, counted back or on.
                if (reference is null)
                {
                    return Unresolved($"'{match.Value}' names its year by the article's, which has no publication date", role);
                }

                year = reference.Value.Year + g["ry"].Value switch { "last" => -1, "next" => 1, _ => 0 };
            }

            if (g["ad"].Success)
            {
                var day = DecimalDigits.ToInt(g["ad"].Value);
                if (year is null && reference is null)
                {
                    return Unresolved($"'{match.Value}' has no year and the article no publication date", role);
                }

                var y = year ?? YearFor(month, day, reference!.Value);
                return TryDate(y, month, day, out var date)
                    ? new(start, end, date, date, year is null ? $"day without a year, {Basis()}" : relativeYear ? $"day of {g["ry"].Value} year, {Basis()}" : "explicit date", role, (year is null || relativeYear) && assumed)
                    : Unresolved($"'{match.Value}' is not a valid day", role);
            }

            if (year is null && reference is null)
            {
                return Unresolved($"'{match.Value}' has no year and the article no publication date", role);
            }

            var monthYear = year ?? (month > reference!.Value.Month ? reference.Value.Year - 1 : reference.Value.Year);
            var (first, last) = WholeMonth(monthYear, month);
            var part = g["part"].Value.ToLowerInvariant();
            (first, last) = part switch
            {
                "" => (first, last),
                var p when p.Contains("beginning", StringComparison.Ordinal) || p.Contains("start", StringComparison.Ordinal) || p.StartsWith("early", StringComparison.Ordinal) => (first, first.AddDays(9)),
                var p when p.StartsWith("mid", StringComparison.Ordinal) => (first.AddDays(10), first.AddDays(19)),
                _ => (first.AddDays(20), last),
            };
            return new(start, end, first, last, year is null ? $"month without a year, the latest {g["am"].Value} not after the reference, {Basis()}"
                : relativeYear ? $"month of {g["ry"].Value} year, {Basis()}" : "explicit month", role, (year is null || relativeYear) && assumed);
        }

        if (g["year"].Success)
        {
            var year = DecimalDigits.ToInt(g["year"].Value);
            return new(start, end, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), "explicit year", g["ysince"].Success ? DateRole.Start : DateRole.Point, false);
        }

        if (g["iso"].Success)
        {
            return DateOnly.TryParseExact(g["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
                ? new(start, end, iso, iso, "explicit date", DateRole.Point, false)
                : null;
        }

        if (g["rel"].Success)
        {
            if (g["event"].Success)
            {
                return Unresolved($"'{match.Value}' is relative to another event, not to the publication date");
            }

            if (reference is not { } today)
            {
                return Unresolved($"'{match.Value}' is relative and the article has no publication date");
            }

            // A weekday of what the sentence says is to come ("will resign on Wednesday") is the next one.
            var ahead = g["weekday"].Success && Ahead().IsMatch(sentence.AsSpan(0, match.Index));
            var (from, to) = Relative(g, today, ahead);
            return new(start, end, from, to, $"relative, {Basis()}", DateRole.Point, assumed);
        }

        return null;
    }

    private static (DateOnly From, DateOnly To) Relative(GroupCollection g, DateOnly today, bool ahead)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        if (g["weekday"].Success)
        {
            var target = Enum.Parse<DayOfWeek>(g["weekday"].Value, ignoreCase: true);
            var back = ((int)today.DayOfWeek - (int)target + 7) % 7;
            if (g["last"].Success && back == 0)
            {
                back = 7;
            }
            else if (ahead && !g["last"].Success)
            {
                back = -(((int)target - (int)today.DayOfWeek + 6) % 7 + 1);
            }

            var day = today.AddDays(-back);
            return (day, day);
        }

        if (g["ago"].Success)
        {
            var n = int.TryParse(DecimalDigits.ToAscii(g["n"].Value), CultureInfo.InvariantCulture, out var parsed) ? parsed : WordNumber(g["n"].Value);
            return g["agounit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase)
                ? (today.AddDays((-7 * n) - 3), today.AddDays((-7 * n) + 3))
                : (today.AddDays(-n), today.AddDays(-n));
        }

        var phrase = Regex.Replace(g["rel"].Value.ToLowerInvariant(), @"\s+", " ");
        var (monthFirst, monthLast) = WholeMonth(today.Year, today.Month);
        var lastMonth = monthFirst.AddMonths(-1);
        return phrase switch
        {
            "today" => (today, today),
            "yesterday" => (today.AddDays(-1), today.AddDays(-1)),
            "earlier this week" => (monday, today),
            "this week" => (monday, monday.AddDays(6)),
            "last week" => (monday.AddDays(-7), monday.AddDays(-1)),
            "earlier this month" => (monthFirst, today),
            "this month" => (monthFirst, monthLast),
            "last month" => (lastMonth, monthFirst.AddDays(-1)),
            "earlier this year" => (new DateOnly(today.Year, 1, 1), today),
            "this year" => (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)),
            "last year" => (new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31)),
            "at the beginning of the month" or "at the start of the month" or "at the beginning of this month" or "at the start of this month" or "early this month" => (monthFirst, monthFirst.AddDays(9)),
            "at the end of last month" or "late last month" => (lastMonth.AddDays(20), monthFirst.AddDays(-1)),
            _ => (today.AddDays(-6), today),
        };
    }

    // "a" to "six" as a count of days or weeks ("two weeks ago"); anything else is a week.
    internal static int WordNumber(string word) => word.ToLowerInvariant() switch
    {
        "a" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        _ => 7,
    };

    private static int YearFor(int month, int day, DateOnly reference)
    {
        // A day without a year is the latest such day not more than a week after the reference: news reports the past.
        var candidate = TryDate(reference.Year, month, day, out var date) ? date : new DateOnly(reference.Year, month, 1);
        return candidate > reference.AddDays(7) ? reference.Year - 1 : reference.Year;
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static (DateOnly First, DateOnly Last) WholeMonth(int year, int month)
        => (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    private static int MonthOf(string text)
    {
        var key = text.TrimEnd('.').ToLowerInvariant()[..3];
        return Array.IndexOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], key) + 1;
    }

    [GeneratedRegex(@"\b(?:between|from)\s+(?<m1>" + Month + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y1>\d{4}))?\s+(?:and|to|until|through|-|–)\s+(?:(?<m2>" + Month + @")\s+)?(?<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y2>\d{4}))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex(@"(?:(?<since>\b[Ss]ince\s+)|\b(?<part>[Aa]t\s+the\s+(?:beginning|start|end)\s+of|[Ee]arly|[Ll]ate|[Mm]id-?)\s+)?(?<![\p{L}])(?<am>" + Month + @")(?:\s+(?<ad>\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(?<ay>\d{4})\b|\s+of\s+(?<ry>last|this|next)\s+year\b)?(?![\p{L}])|(?<![\p{L}\d.,])(?<ad>\d{1,2})\s+(?<am>" + Month + @")(?:,?\s+(?<ay>\d{4})\b|\s+of\s+(?<ry>last|this|next)\s+year\b)?(?![\p{L}])|(?:(?<ysince>\b[Ss]ince\s+)|\b(?:[Ii]n|[Bb]y)\s+)(?<year>(?:19|20)\d{2})\b|\b(?<iso>\d{4}-\d{2}-\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Absolute();

    // A verb of what is to come in the clause before a date: "will resign on Wednesday", "is due to arrive on Friday".
    [GeneratedRegex(@"\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:due|expected|scheduled|set)\s+to|plans\s+to|plan\s+to)\s+(?:[\p{L}'’-]+\s+){1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Ahead();

    [GeneratedRegex(@"\b(?<rel>(?:earlier|later)\s+this\s+(?:week|month|year)|(?:this|last)\s+(?:week|month|year)|yesterday|today|(?:(?:on|[Ll]ast)\s+)?(?<last>(?<=[Ll]ast\s+))?(?<!\b(?:Black|Bloody|Super|Good|Holy|Ash|Cyber|Palm|Maundy|Shrove|Giving)\s)(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|at\s+the\s+(?:beginning|start|end)\s+of\s+(?:the|this|last)\s+month|(?:early|late)\s+(?:this|last)\s+month|(?<ago>(?<n>\d+|a|one|two|three|four|five|six)\s+(?<agounit>days?|weeks?)\s+ago)|(?<event>(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?)\s+(?:after|before|earlier|later)))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?<![\p{L}])(?!(?:In|On|At|By|Since|Until|Till|From|Through|To|Of|Early|Late|Mid|Last|Next|This|Before|After|During|Between|And|Or|The|Since)\b)\p{Lu}\p{Ll}+\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"^(?:April|May|June|July|August)$", RegexOptions.CultureInvariant)]
    private static partial Regex BareMonth();
}
