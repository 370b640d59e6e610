using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Extraction.Lexicon;

namespace FactCheck.Extraction.Documents;

/// <summary>
/// Separates the article from the page around it, line by line, with the lexicon's patterns: furniture lines are
/// dropped, a truncating heading ("Comments", "Popular posts") drops everything after it, and inline furniture is cut
/// out. Reads the <c>date YYYY-MM-DD</c> first line.
/// </summary>
internal sealed partial class ArticleCleaner
{
    public static readonly ArticleCleaner Default = new(ExtractionLexicon.CreateDefault());

    private readonly Regex _boilerplate;
    private readonly Regex _truncating;
    private readonly Regex _linkBox;
    private readonly Regex _inline;

    // A page's comments and related links after the article are expected; more than this after the cut is worth a word.
    private const int MaxSilentlyDropped = 2_000;

    private const int LinesBetweenCancellationChecks = 1_024;

    public ArticleCleaner(ExtractionLexicon lexicon)
    {
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        var timeout = TimeSpan.FromSeconds(1);
        _boilerplate = Combine(lexicon.BoilerplateLines, options, timeout);
        _truncating = Combine(lexicon.TruncatingLines, options, timeout);
        _linkBox = Combine(lexicon.LinkBoxHeadings, options, timeout);
        _inline = Combine(lexicon.InlineBoilerplate, options, timeout);
    }

    public Document Read(string id, string text, string? outlet, DateOnly? published, string? title, string? url)
        => Read(id, text, outlet, published, title, url, CancellationToken.None);

    public Document Read(string id, string text, string? outlet, DateOnly? published, string? title, string? url, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var clean = new StringBuilder(text.Length);
        var map = new OffsetMap();
        var position = 0;
        var first = true;
        var lines = 0;
        while (position <= text.Length)
        {
            if (++lines % LinesBetweenCancellationChecks == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var newline = text.IndexOf('\n', position);
            var end = newline < 0 ? text.Length : newline;
            var lineStart = position;
            var lineEnd = end > lineStart && text[end - 1] == '\r' ? end - 1 : end;
            position = end + 1;
            if (first)
            {
                first = false;
                var dateLine = DateLine().Match(text, lineStart, lineEnd - lineStart);
                if (dateLine.Success)
                {
                    var value = dateLine.Groups["date"].Value;
                    if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        published ??= date;
                    }
                    else
                    {
                        warnings.Add($"malformed date line 'date {value}': expected date YYYY-MM-DD; publication date unknown");
                    }

                    lineStart = dateLine.Index + dateLine.Length;
                }
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (Matches(_truncating, line))
            {
                var dropped = text.Length - lineStart;
                if (text.AsSpan(lineStart).Count('\n') > 0 && dropped > MaxSilentlyDropped)
                {
                    warnings.Add($"the article is taken to end at the line '{Shorten(line.Trim())}' (line {lines}): the {dropped:N0} characters from there on ({100.0 * dropped / text.Length:0}% of the text) were not read");
                }

                break;
            }

            if (Matches(_linkBox, line))
            {
                position = AfterLinkBox(text, position);
                if (position > text.Length)
                {
                    break;
                }

                continue;
            }

            if (line.IsWhiteSpace() || Matches(_boilerplate, line))
            {
                if (newline < 0)
                {
                    break;
                }

                continue;
            }

            AppendLine(text, lineStart, lineEnd, clean, map);
            if (newline < 0)
            {
                break;
            }
        }

        var cleanText = clean.ToString();
        var headline = title ?? FirstLine(cleanText);
        return new Document(id, text, cleanText, map, headline, outlet, published, url, warnings);
    }

    // Where the lines of a box of links end: at a blank line, at a heading that ends the article ("Comments"), or at the
    // first line that reads as prose (long, or ending a sentence without a list mark), which is the article going on.
    private int AfterLinkBox(string text, int position)
    {
        while (position < text.Length)
        {
            var newline = text.IndexOf('\n', position);
            var line = text.AsSpan(position, (newline < 0 ? text.Length : newline) - position).Trim();
            if (line.IsEmpty || !IsLinkLine(line) || Matches(_truncating, line))
            {
                return position;
            }

            position = newline < 0 ? text.Length + 1 : newline + 1;
        }

        return position;
    }

    // A lexicon's pattern that takes too long on a line (a caller's, or any on a starved machine) leaves the line as it
    // is: cleaning may keep some boilerplate, but it never loses the article.
    private static bool Matches(Regex regex, ReadOnlySpan<char> line)
    {
        try
        {
            return regex.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private IReadOnlyList<(int Index, int Length)> InlineCuts(ReadOnlySpan<char> line)
    {
        List<(int, int)>? cuts = null;
        try
        {
            foreach (var cut in _inline.EnumerateMatches(line))
            {
                (cuts ??= []).Add((cut.Index, cut.Length));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }

        return cuts ?? (IReadOnlyList<(int, int)>)[];
    }

    private static bool IsLinkLine(ReadOnlySpan<char> line)
        => line.Length <= 150 && (LinkMark().IsMatch(line) || line[^1] is not ('.' or '!' or '"' or '”'));

    private void AppendLine(string text, int start, int end, StringBuilder clean, OffsetMap map)
    {
        var cursor = start;
        foreach (var (index, length) in InlineCuts(text.AsSpan(start, end - start)))
        {
            var (cutStart, cutEnd) = (start + index, start + index + length);
            if (cutStart > cursor)
            {
                Append(text, cursor, cutStart, clean, map);
            }

            cursor = Math.Max(cursor, cutEnd);
        }

        if (end > cursor)
        {
            Append(text, cursor, end, clean, map);
        }

        map.Add(clean.Length, end, 1);
        clean.Append('\n');
    }

    private static void Append(string text, int start, int end, StringBuilder clean, OffsetMap map)
    {
        map.Add(clean.Length, start, end - start);
        clean.Append(text, start, end - start);
    }

    // One expression per category: each line is scanned once, however many patterns the lexicon holds.
    private static Regex Combine(IEnumerable<string> patterns, RegexOptions options, TimeSpan timeout)
    {
        var list = patterns.ToList();
        return new Regex(list.Count == 0 ? "(?!)" : string.Join("|", list.Select(p => $"(?:{p})")), options | RegexOptions.Multiline, timeout);
    }

    private static string Shorten(ReadOnlySpan<char> line) => line.Length <= 40 ? line.ToString() : $"{line[..40]}…";

    private static string FirstLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                return line.Trim();
            }
        }

        return string.Empty;
    }

    [GeneratedRegex(@"^(?:[-•*–]|\d{1,2}[.)])\s", RegexOptions.CultureInvariant)]
    private static partial Regex LinkMark();

    [GeneratedRegex(@"\G\s*date\s+(?<date>\S+)[ \t]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();
}
