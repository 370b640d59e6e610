using FactCheck.Extraction.Claims;

namespace FactCheck.Rules.Tests;

/// <summary>Hand-made claims for rule tests.</summary>
internal static class Make
{
    public static QuantityClaim Quantity(double value, string source, string document = "d1", Stance stance = Stance.Asserted,
        string unit = "personnel", string subject = "deployment:North Korea", double? low = null, double? high = null, bool isCount = false,
        QuantityPrecision precision = QuantityPrecision.Exact)
        => new()
        {
            Value = value,
            Low = low ?? value,
            High = high ?? value,
            Precision = precision,
            Unit = unit,
            IsCount = isCount,
            Stance = stance,
            Subject = subject,
            Attribution = source,
            DocumentId = document,
            Sentence = $"{source} says {value} {unit}.",
            SentenceSpan = new TextSpan(0, 10),
            Span = new TextSpan(0, 5),
            Text = $"{value} {unit}",
        };

    /// <summary>The claim as its sentence gives it: the whole sentence, and the figure's span in it.</summary>
    public static QuantityClaim SaidIn(this QuantityClaim claim, string sentence, string figure)
    {
        var start = sentence.IndexOf(figure, StringComparison.Ordinal);
        return claim with { Sentence = sentence, SentenceSpan = new TextSpan(0, sentence.Length), Span = new TextSpan(start, start + figure.Length) };
    }

    public static DateClaim Date(DateOnly from, DateOnly to, string source, string document = "d1", string subject = "supply:North Korea:start", bool resolved = true, bool assumed = false, DateRole role = DateRole.Start)
        => new()
        {
            From = resolved ? from : null,
            To = resolved ? to : null,
            Resolved = resolved,
            Resolution = resolved ? "explicit" : "no year",
            ReferenceAssumed = assumed,
            Role = role,
            Stance = Stance.Asserted,
            Subject = subject,
            Attribution = source,
            DocumentId = document,
            Sentence = "since then",
            SentenceSpan = new TextSpan(0, 10),
            Span = new TextSpan(0, 5),
            Text = "since",
        };

    public static StatementClaim Statement(Stance stance, string source, string subject = "deployment:North Korea", string document = "d1")
        => new()
        {
            Cue = stance.ToString().ToLowerInvariant(),
            Stance = stance,
            Subject = subject,
            Attribution = source,
            DocumentId = document,
            Sentence = $"{source} {stance}.",
            SentenceSpan = new TextSpan(0, 10),
            Span = new TextSpan(0, 10),
            Text = $"{source} {stance}.",
        };
}
