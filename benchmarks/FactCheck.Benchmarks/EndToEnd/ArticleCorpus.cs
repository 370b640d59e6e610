using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Benchmarks.EndToEnd;

/// <summary>
/// Writes N articles made by varying given ones (the seeds, or news articles): numbers nudged within rounding (so values
/// still corroborate), source names swapped for their aliases, and publication dates spread over a week. Deterministic
/// for a given N and input.
/// </summary>
internal static partial class ArticleCorpus
{
    private static readonly (string From, string To)[] Aliases =
    [
        ("National Intelligence Service (NIS)", "spy agency"),
        ("Kremlin spokesman Dmitry Peskov", "Kremlin spokesperson Dmitry Peskov"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("NATO", "NATO officials"),
    ];

    /// <summary>Writes the articles to a new temporary folder.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seeds">The articles to vary.</param>
    /// <param name="nudge">
    /// Whether to nudge numbers. The news corpus's articles already disagree on ten events; nudging their every figure
    /// would give each copy a toll of its own, which no real batch has.
    /// </param>
    public static string Write(int count, IReadOnlyList<string> seeds, bool nudge = true)
    {
        var folder = Directory.CreateTempSubdirectory("factcheck-bench-").FullName;
        var random = new Random(20241019);
        for (var i = 0; i < count; i++)
        {
            var text = seeds[i % seeds.Count];
            text = nudge ? Number().Replace(text, m => random.Next(4) == 0 ? Nudge(m.Value, random) : m.Value) : text;
            var (from, to) = Aliases[random.Next(Aliases.Length)];
            text = text.Replace(from, to, StringComparison.Ordinal);
            var published = new DateOnly(2024, 10, 15).AddDays(random.Next(7));
            text = DateLine().IsMatch(text)
                ? DateLine().Replace(text, $"date {published:yyyy-MM-dd}", 1)
                : $"date {published:yyyy-MM-dd}\n{text}";
            File.WriteAllText(Path.Combine(folder, $"{i:D5}.txt"), text);
        }

        return folder;
    }

    private static string Nudge(string number, Random random)
    {
        var value = double.Parse(number.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var nudged = Math.Round(value * (1 + ((random.NextDouble() - 0.5) * 0.04)));
        return number.Contains(',', StringComparison.Ordinal) ? nudged.ToString("#,0", CultureInfo.InvariantCulture) : nudged.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\b\d{1,3}(?:,\d{3})+\b")]
    private static partial Regex Number();

    [GeneratedRegex(@"date \d{4}-\d{2}-\d{2}")]
    private static partial Regex DateLine();
}
