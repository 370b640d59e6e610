using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// Reclassifies a conflict as apparent when a report of one value names the other as the figure it corrects: "the
/// number of people on board was 456, not 458 as first reported", "corrected the passenger count from 458", against
/// an earlier 458. Any subject may be corrected so (those aboard, a crowd, a price), where
/// <see cref="RunningTallyRule"/> and <see cref="CorrectedTollRule"/> read corrections of running totals only. A
/// correction reported before the figure it corrects explains nothing, and the conflict stays hard.
/// </summary>
[Name(RuleName), Priority(11), Tag(RuleTags.Numeric)]
[Description("Marks a conflict as apparent when a report of one value names the other as the figure it corrects.")]
public sealed partial class NamedCorrectionRule : Rule
{
    /// <summary>The rule's name, as findings list it in <see cref="Finding.Rules"/>.</summary>
    public const string RuleName = "Named correction";

    /// <inheritdoc />
    public override void Define()
    {
        Finding finding = null!;
        string? why = null;
        When()
            .Match(() => finding, f => f.Kind == FindingKind.Quantity || f.Kind == FindingKind.Count, f => f.Severity == Severity.Hard)
            .Let(() => why, () => Why(finding))
            .Having(() => why != null);
        Then()
            .Do(ctx => ctx.Retract(finding))
            .Do(ctx => ctx.Insert(finding.Reclassify(Severity.Apparent, why!, ctx.Rule.Name)));
    }

    // How one value corrects the other, or null: a claim of it, reported no earlier than the other value first was,
    // whose sentence names the other value as the figure first given.
    private static string? Why(Finding finding)
    {
        if (finding.Evidence is not [Corroboration first, Corroboration second])
        {
            return null;
        }

        return Corrects(first, second) ?? Corrects(second, first);
    }

    private static string? Corrects(Corroboration correcting, Corroboration corrected)
    {
        var since = corrected.Claims.Min(c => c.Published);
        foreach (var claim in correcting.Claims)
        {
            if (claim.Published < since)
            {
                continue;
            }

            for (var m = CorrectedFigure().Match(claim.Sentence); m.Success; m = m.NextMatch())
            {
                var written = m.Groups["figure"].Value;
                if (corrected.Claims.Any(c => Names(written, c)))
                {
                    return $"Explained by correction: {claim.Attribution} gave {correcting.Label} in place of {corrected.Label}, the figure first given.";
                }
            }
        }

        return null;
    }

    // Whether a figure as written names a claim's value: "458" its 458, "six" the six of "Six attackers".
    private static bool Names(string written, QuantityClaim claim)
        => double.TryParse(written.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var figure)
            ? claim.Value == figure
            : claim.Text.Split(' ').Contains(written, StringComparer.OrdinalIgnoreCase);

    // "456, not 458 as first reported", "three attackers, not six as the president had said", "rather than the 458
    // initially given", "corrected the count from 458", "correcting the figure of 107 given on Friday".
    [GeneratedRegex(@"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?(?<figure>\d[\d,]*(?:\.\d+)?|\p{Ll}+)(?:\s+[\p{L}-]+){0,2}?\s+(?:(?:as\s+|that\s+(?:was|were|had\s+been)\s+)?(?:first|initially|originally|earlier|previously)\s+(?:reported|announced|given|stated|said|thought|believed|listed)|as\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}?(?:had\s+|has\s+)?(?:said|reported|announced|claimed|stated))\b|\bcorrect(?:ed|ing)\s+(?:[\p{L}'’-]+\s+){0,4}?from\s+(?<figure>\d[\d,]*(?:\.\d+)?)\b|\bcorrect(?:ed|ing)\s+(?:the|its|their|an?)\s+(?:earlier\s+|initial\s+|previous\s+|first\s+)?(?:figure|count|number|estimate|total|toll|tally)\s+of\s+(?<figure>\d[\d,]*(?:\.\d+)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorrectedFigure();
}
