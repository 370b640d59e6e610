using System.Text;

namespace FactCheck.Reporting;

/// <summary>
/// Article text made safe for an HTML page: every character that means something to HTML is an entity, so text can
/// never become markup, an attribute or a script, and the characters that hide or reorder text are replaced.
/// </summary>
internal static class HtmlText
{
    /// <summary>Text for an element or a quoted attribute; controls and bidirectional overrides are shown as escapes.</summary>
    public static string Encode(string text) => EncodeExactly(TerminalText.Neutralize(text));

    /// <summary>
    /// Text whose offsets must survive (an article the page highlights by character offset): each unsafe character is
    /// replaced by U+FFFD and a carriage return by a space, one for one, so offsets in the page equal offsets in the file.
    /// </summary>
    public static string EncodeKeepingOffsets(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            kept.Append(c == '\r' ? ' ' : TerminalText.IsUnsafe(c) ? '\uFFFD' : c);
        }

        return EncodeExactly(kept.ToString());
    }

    private static string EncodeExactly(string text)
    {
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }
}
