using System.Globalization;

namespace FactCheck.Extraction.Parsing;

/// <summary>
/// Digits of any script as ASCII: the expressions' <c>\d</c> matches "٣" or "३" as it matches "3", and the number must
/// then parse as that number rather than stop the document's reading.
/// </summary>
internal static class DecimalDigits
{
    /// <summary>The whole number that digits of any script write.</summary>
    public static int ToInt(string digits) => int.Parse(ToAscii(digits), CultureInfo.InvariantCulture);

    /// <summary>
    /// The number a figure writes in digits of any script, with or without thousands separators ("1,541", "١٢٠٠"); false
    /// when it writes none.
    /// </summary>
    public static bool TryParseFigure(string figure, out double value)
        => double.TryParse(ToAscii(figure).Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public static string ToAscii(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\u007f'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = ToAscii(source[i]);
            }
        });
    }

    /// <summary>A digit of any script as its ASCII digit; any other character as it is.</summary>
    public static char ToAscii(char c) => c > '\u007f' && char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c;
}
