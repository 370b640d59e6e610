using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// Reclassifies a conflict between two death tolls as apparent when a report of the lower one says, in the same
/// sentence, that the difference died later: "Thirteen people were shot dead on the day and a fourteenth died of his
/// wounds four months later" makes 13 the dead of the day and 14 the dead in all, whichever of the two other articles
/// give. Only a difference the sentence accounts for exactly is explained ("two more died in hospital" between 5 and
/// 7, not between 5 and 9).
/// </summary>
[Name(RuleName), Priority(11), Tag(RuleTags.Numeric)]
[Description("Marks a conflict between death tolls as apparent when the lower toll's sentence says the difference died later.")]
public sealed partial class DiedLaterRule : Rule
{
    /// <summary>The rule's name, as findings list it in <see cref="Finding.Rules"/>.</summary>
    public const string RuleName = "Died later";

    private const string Deaths = "casualties:";

    // The number words the pattern reads, listed once and in order from two: a word's value is its index plus two.
    private const string Ordinals = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
        + "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth";
    private const string Counts = "two|three|four|five|six|seven|eight|nine|ten";
    private static readonly string[] OrdinalWords = Ordinals.Split('|');
    private static readonly string[] CountWords = Counts.Split('|');

    /// <inheritdoc />
    public override void Define()
    {
        Finding finding = null!;
        When()
            .Match(() => finding, f => f.Kind == FindingKind.Quantity, f => f.Severity == Severity.Hard,
                f => f.Subject.StartsWith(Deaths, StringComparison.Ordinal), f => Why(f) != null);
        Then()
            .Do(ctx => ctx.Retract(finding))
            .Do(ctx => ctx.Insert(finding.Reclassify(Severity.Apparent, Why(finding)!, ctx.Rule.Name)));
    }

    // Why the lower toll and the higher are both right, or null: a report of the lower one adds, after it, as many
    // deaths later as the higher has more.
    private static string? Why(Finding finding)
    {
        if (finding.Evidence is not [Corroboration low, Corroboration high])
        {
            return null;
        }

        var telling = low.Claims.FirstOrDefault(c => c.Low == c.High && DiedAfter(c) == high.Value - low.Value);
        return telling is null
            ? null
            : $"Explained by time: {finding.Labels[0]} died at first and {finding.Labels[1]} in all, as {telling.DocumentId} says: \"{telling.Sentence}\"";
    }

    // How many more the claim's sentence says died after its figure, or 0: "and a fourteenth died of his wounds" after
    // 13 is one, "two more died later in hospital" two.
    private static double DiedAfter(QuantityClaim claim)
    {
        var match = LaterDeaths().Match(ClaimSentence.After(claim).ToString());
        if (!match.Success)
        {
            return 0;
        }

        if (match.Groups["ordinal"].Success)
        {
            var word = match.Groups["ordinal"].Value.ToLowerInvariant();
            var position = Array.IndexOf(OrdinalWords, word) + 2;
            if (position < 2 && !int.TryParse(word.AsSpan(0, word.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out position))
            {
                return 0;
            }

            return position - claim.Value == 1 ? 1 : 0;
        }

        if (match.Groups["more"].Success)
        {
            var word = match.Groups["more"].Value.ToLowerInvariant();
            return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : Array.IndexOf(CountWords, word) + 2;
        }

        return 1;
    }

    // "and a fourteenth died of his wounds four months later", "; two more died later in hospital", "and another man
    // died in hospital the next day": deaths after the first count, told within a few words of it.
    [GeneratedRegex(@"^[^.;:]{0,60}?(?:,\s+and|\band|;|,)\s+(?:(?:a|an)\s+(?<ordinal>" + Ordinals + @"|\d{1,3}(?:st|nd|rd|th))|another|one\s+more|a\s+further\s+one|(?<more>\d{1,2}|" + Counts + @")\s+(?:more|others|further))\s+(?:[\p{L}'’-]+\s+){0,2}?(?:later\s+)?(?:died|succumbed)\b[^.;]*?\b(?:later|afterwards|subsequently|of\s+(?:his|her|their)\s+(?:wounds|injuries)|in\s+hospital|the\s+(?:next|following)\s+(?:day|week|month))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LaterDeaths();
}
