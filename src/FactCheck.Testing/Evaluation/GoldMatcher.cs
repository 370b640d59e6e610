using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace FactCheck.Testing.Evaluation;

/// <summary>
/// Decides whether one finding, as the JSON report writes it, matches a gold entry, by the rules of the corpus README
/// and exactly as its reference scorer <c>score.py</c> applies them.
/// </summary>
internal sealed class GoldMatcher
{
    private readonly JObject _finding;
    private readonly List<(double Low, double High)> _closed = [];
    private readonly List<(double Low, double High)> _open = [];
    private readonly string _text;
    private readonly string _labels;
    private readonly string _kind;
    private readonly string _severity;

    public GoldMatcher(JObject finding)
    {
        _finding = finding;
        Intervals(finding);
        _text = string.Join(" ", Strings(finding)).ToLowerInvariant();
        _labels = string.Join(" ", Items(finding["labels"]).Concat(Items(finding["numbers"])).Select(ScoredJson.Str));
        _kind = Field("kind").ToLowerInvariant() + " " + Field("rule").ToLowerInvariant();
        _severity = Field("severity").ToLowerInvariant();
    }

    public JObject Finding => _finding;

    public bool Matches(GoldEntry entry)
    {
        for (var i = 0; i < entry.Numbers.Count; i++)
        {
            var n = entry.Numbers[i];
            if (!_closed.Any(iv => iv.Low <= n && n <= iv.High) && !AmongLabels(n, IsInteger(entry, i)))
            {
                return false;
            }
        }

        if (entry.Only && (_open.Count == 0 || !_open.All(iv => entry.Numbers.Any(n => iv.Low <= n && n <= iv.High))))
        {
            return false;
        }

        if (entry.KindWords.Count > 0 && !entry.KindWords.Any(k => _kind.Contains(k.ToLowerInvariant(), StringComparison.Ordinal)))
        {
            return false;
        }

        if (entry.TextAny.Count > 0 && !entry.TextAny.Any(t => _text.Contains(t.ToLowerInvariant(), StringComparison.Ordinal)))
        {
            return false;
        }

        if (!entry.TextAll.All(t => _text.Contains(t.ToLowerInvariant(), StringComparison.Ordinal)))
        {
            return false;
        }

        return string.IsNullOrEmpty(entry.Severity) || _severity.Contains(entry.Severity.ToLowerInvariant(), StringComparison.Ordinal);
    }

    private static bool IsInteger(GoldEntry entry, int index)
        => index < entry.WrittenAsInteger.Count ? entry.WrittenAsInteger[index] : entry.Numbers[index] == Math.Floor(entry.Numbers[index]);

    private bool AmongLabels(double number, bool integer)
    {
        var (plain, grouped) = ScoredJson.Spellings(number, integer);
        var pattern = $@"(?<![\d.,])({Regex.Escape(grouped)}|{Regex.Escape(plain)})(?![\d])";
        return Regex.IsMatch(_labels, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private string Field(string name) => _finding.TryGetValue(name, out var token) ? ScoredJson.Str(token) : "";

    private static IEnumerable<JToken> Items(JToken? token)
        => token is JArray array ? array : token is null || token.Type == JTokenType.Null || IsFalsy(token) ? [] : throw new InvalidDataException("labels and numbers must be arrays");

    private static bool IsFalsy(JToken token) => token is JValue { Value: null or false or "" } || (token.Type == JTokenType.Integer && token.Value<long>() == 0);

    // Every object with numeric low/high (or value) bounds is a closed claim interval; one with a single bound and the
    // other missing is an open one, for "only" entries, which also see the closed ones.
    private void Intervals(JToken token)
    {
        if (token is JObject o)
        {
            var low = o.TryGetValue("low", out var l) ? l : o["value"];
            var high = o.TryGetValue("high", out var h) ? h : o["value"];
            if (IsNumber(low) && IsNumber(high))
            {
                _closed.Add((low!.Value<double>(), high!.Value<double>()));
                _open.Add(_closed[^1]);
            }
            else if ((IsNumber(low) || IsNumber(high)) && (IsNone(low) || IsNone(high)))
            {
                _open.Add((IsNumber(low) ? low!.Value<double>() : double.NegativeInfinity, IsNumber(high) ? high!.Value<double>() : double.PositiveInfinity));
            }

            foreach (var property in o.Properties())
            {
                Intervals(property.Value);
            }
        }
        else if (token is JArray a)
        {
            foreach (var item in a)
            {
                Intervals(item);
            }
        }
    }

    private static bool IsNumber(JToken? token) => token is { Type: JTokenType.Integer or JTokenType.Float };

    private static bool IsNone(JToken? token) => token is null || token.Type == JTokenType.Null;

    private static IEnumerable<string> Strings(JToken token)
    {
        switch (token)
        {
            case JValue { Type: JTokenType.String } value:
                yield return (string)value!;
                break;
            case JObject o:
                foreach (var s in o.Properties().SelectMany(p => Strings(p.Value)))
                {
                    yield return s;
                }

                break;
            case JArray a:
                foreach (var s in a.SelectMany(Strings))
                {
                    yield return s;
                }

                break;
        }
    }
}
