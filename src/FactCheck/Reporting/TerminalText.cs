using System.Globalization;
using System.Text;

namespace FactCheck.Reporting;

/// <summary>
/// Text from articles made safe for a terminal: control characters (an escape sequence can move the cursor, rewrite
/// the title or hide lines) and the invisible characters that reorder or hide text (bidirectional overrides,
/// zero-width marks) are shown as <c>\u001B</c>-style escapes instead of being sent. Line breaks and tabs stay.
/// </summary>
internal static class TerminalText
{
    public static string Neutralize(string text)
    {
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsUnsafe(char c)
        => (char.IsControl(c) && c is not '\n' and not '\t')
            || c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u061C' or '\uFEFF';
}
