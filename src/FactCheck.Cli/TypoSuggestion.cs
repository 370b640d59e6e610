using System.CommandLine;

namespace FactCheck.Cli;

/// <summary>The known word closest to a mistyped one ("--fromat" → "--format", "chek" → "check"), if any is close.</summary>
internal static class TypoSuggestion
{
    /// <summary>For an option ("--fromat=json"), the closest of the command's options; for a word, of its subcommands.</summary>
    public static string? For(Command command, string token) => token.StartsWith('-')
        ? Closest(token.Split('=')[0], command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))
        : Closest(token, command.Subcommands.Select(c => c.Name));

    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Word: k, Distance: Distance(typed.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Word, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Word is not null && best.Distance <= Math.Max(1, typed.Length / 3) ? best.Word : null;
    }

    // Optimal string alignment: a swap of two neighbours is one edit, as it is one slip of the fingers.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
