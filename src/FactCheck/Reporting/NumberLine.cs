using System.Globalization;
using System.Text;
using FactCheck.Rules;

namespace FactCheck.Reporting;

/// <summary>
/// A small inline SVG that shows a finding's values on one scale, each as its interval with a dot at the value and the
/// sources that give it: at a glance, whether the intervals touch. Figures spread over more than a factor of 20 are
/// drawn on a logarithmic scale; dates on a calendar line.
/// </summary>
internal static class NumberLine
{
    private const int Width = 640;
    private const int Left = 12;
    private const int Right = 12;
    private const int RowHeight = 30;
    private const int Top = 8;

    public static string? For(Finding finding)
    {
        var values = finding.Evidence.OfType<Corroboration>().Distinct().OrderBy(v => v.Value).ToList();
        if (values.Count >= 2)
        {
            return Draw(values.Select(v => Row(v)).ToList(), logarithmic: values[0].Value > 0 && values[^1].Value / values[0].Value > 20);
        }

        var dates = finding.Evidence.OfType<DateValue>().Distinct().OrderBy(d => d.From).ToList();
        return dates.Count >= 2
            ? Draw([.. dates.Select(d => ((double)d.From.DayNumber, (double)d.To.DayNumber + 1, (double)d.From.DayNumber, $"{d.From:yyyy-MM-dd} – {d.To:yyyy-MM-dd}: {string.Join(", ", d.Claims.Select(c => c.Attribution).Distinct())}"))], logarithmic: false, day => DateOnly.FromDayNumber((int)day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>
    /// For a running total whose values were reported on different days, each value at the day it was first reported:
    /// the story of the toll at a glance. Null otherwise.
    /// </summary>
    public static string? TimeLineFor(Finding finding)
    {
        var firsts = finding.Evidence.OfType<Corroboration>().Distinct()
            .Select(v => (Value: v, First: v.Claims.Where(c => c.Published is not null).Select(c => c.Published!.Value).DefaultIfEmpty().Min()))
            .Where(v => v.First != default)
            .OrderBy(v => v.First).ThenBy(v => v.Value.Value)
            .ToList();
        if (!finding.Rules.Contains(RunningTallyRule.RuleName) || firsts.Count < 2 || firsts[0].First == firsts[^1].First)
        {
            return null;
        }

        return Draw(
            [.. firsts.Select(v => ((double)v.First.DayNumber, (double)v.First.DayNumber, (double)v.First.DayNumber,
                string.Create(CultureInfo.InvariantCulture, $"{v.First:yyyy-MM-dd}: {v.Value.Value:#,0.##} {v.Value.Unit} — {string.Join(", ", v.Value.Sources)}")))],
            logarithmic: false,
            day => DateOnly.FromDayNumber((int)day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static (double Low, double High, double Value, string Label) Row(Corroboration value)
    {
        var low = value.Claims.Min(c => c.Low);
        var high = value.Claims.Max(c => c.High);
        var label = string.Create(CultureInfo.InvariantCulture, $"{value.Value:#,0.##} {value.Unit}: {string.Join(", ", value.Sources)}");
        return (low, high, value.Value, label);
    }

    private static string Draw(List<(double Low, double High, double Value, string Label)> rows, bool logarithmic, Func<double, string>? tick = null)
    {
        var finiteHighs = rows.Select(r => r.High).Where(double.IsFinite).Append(rows.Max(r => r.Value)).ToList();
        var min = rows.Min(r => r.Low);
        var max = finiteHighs.Max();
        Func<double, double> scale = logarithmic ? v => Math.Log10(Math.Max(v, min > 0 ? min : 1)) : v => v;
        var (from, to) = (scale(min), scale(max));
        var span = to - from <= 0 ? 1 : to - from;
        double X(double v) => Left + ((Math.Min(scale(v), to) - from) / span * (Width - Left - Right));

        var height = Top + (rows.Count * RowHeight) + 26;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"number-line\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"{HtmlText.Encode(string.Join("; ", rows.Select(r => r.Label)))}\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var (low, high, value, label) = rows[i];
            var y = Top + (i * RowHeight) + 20;
            var open = !double.IsFinite(high);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{y - 8}\">{HtmlText.Encode(label)}{(logarithmic && i == 0 ? " (log scale)" : "")}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(low):0.#}\" y1=\"{y}\" x2=\"{(open ? Width - Right : X(high)):0.#}\" y2=\"{y}\" stroke=\"#5f6368\" stroke-width=\"4\" stroke-linecap=\"round\"{(open ? " stroke-dasharray=\"6 3\"" : "")}/>");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(value):0.#}\" cy=\"{y}\" r=\"5\" fill=\"#b3261e\"/>");
        }

        var axis = Top + (rows.Count * RowHeight) + 8;
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{axis}\" x2=\"{Width - Right}\" y2=\"{axis}\" stroke=\"#d6d6d6\"/>");
        tick ??= v => v.ToString("#,0.##", CultureInfo.InvariantCulture);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{axis + 14}\">{HtmlText.Encode(tick(min))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{axis + 14}\" text-anchor=\"end\">{HtmlText.Encode(tick(max))}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
