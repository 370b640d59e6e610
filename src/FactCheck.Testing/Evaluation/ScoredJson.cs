using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactCheck.Testing.Evaluation;

/// <summary>
/// Reads JSON as the reference scorer sees it: strings stay strings (no dates), integers and floats stay apart, and a
/// scalar prints as Python's <c>str</c> prints it, because the scorer looks for a gold number's spelling among labels.
/// </summary>
internal static class ScoredJson
{
    public static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
        };
        var token = JToken.ReadFrom(reader);
        if (reader.Read() && reader.TokenType != JsonToken.Comment)
        {
            throw new JsonReaderException("additional text after the JSON value");
        }

        return token;
    }

    /// <summary>Python's <c>str(x)</c> of a JSON scalar.</summary>
    public static string Str(JToken token) => token.Type switch
    {
        JTokenType.String => (string)token!,
        JTokenType.Integer => ((JValue)token).Value is System.Numerics.BigInteger big ? big.ToString(CultureInfo.InvariantCulture) : token.Value<long>().ToString(CultureInfo.InvariantCulture),
        JTokenType.Float => FloatRepr(token.Value<double>(), grouped: false),
        JTokenType.Boolean => token.Value<bool>() ? "True" : "False",
        JTokenType.Null => "None",
        _ => token.ToString(Formatting.None),
    };

    /// <summary>Python's <c>str(n)</c> and <c>f"{n:,}"</c> of a number.</summary>
    public static (string Plain, string Grouped) Spellings(double value, bool integer)
        => integer && Math.Abs(value) < 1e18
            ? (((long)value).ToString(CultureInfo.InvariantCulture), ((long)value).ToString("#,0", CultureInfo.InvariantCulture))
            : (FloatRepr(value, grouped: false), FloatRepr(value, grouped: true));

    // Python's repr of a float: the shortest digits that round-trip, positional for decimal exponents -4 to 15 (always
    // with a fractional digit), scientific otherwise ("1e+16", "1.5e-05").
    private static string FloatRepr(double value, bool grouped)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = shortest.StartsWith('-');
        var body = negative ? shortest[1..] : shortest;
        var e = body.IndexOfAny(['E', 'e']);
        var mantissa = e < 0 ? body : body[..e];
        var exponent = e < 0 ? 0 : int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var pointAt = (dot < 0 ? mantissa.Length : dot) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        if (digits.Length == 0)
        {
            return (negative ? "-" : "") + "0.0";
        }

        pointAt -= leadingZeros;
        var decimalExponent = pointAt - 1;
        string text;
        if (decimalExponent is < -4 or >= 16)
        {
            var fraction = digits.Length > 1 ? "." + digits[1..] : "";
            text = $"{digits[0]}{fraction}e{(decimalExponent < 0 ? "-" : "+")}{Math.Abs(decimalExponent):00}";
        }
        else if (pointAt <= 0)
        {
            text = "0." + new string('0', -pointAt) + digits;
        }
        else
        {
            var whole = pointAt >= digits.Length ? digits + new string('0', pointAt - digits.Length) : digits[..pointAt];
            var fraction = pointAt >= digits.Length ? "0" : digits[pointAt..];
            if (grouped)
            {
                whole = long.Parse(whole, CultureInfo.InvariantCulture).ToString("#,0", CultureInfo.InvariantCulture);
            }

            text = whole + "." + fraction;
        }

        return (negative ? "-" : "") + text;
    }
}
