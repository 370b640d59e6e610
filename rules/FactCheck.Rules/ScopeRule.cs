using System.Text.RegularExpressions;
using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// Reclassifies a numeric conflict as apparent, explained by scope, when the two figures do not count the same thing: a
/// figure of what happened against one of what is planned (1,500 sent against 12,000 expected in total), or a higher
/// figure whose own sentence says it counts more ("400,000, counting both those at the Mass and the crowds along the
/// route" against the 250,000 at the Mass). Two planned figures that disagree stay hard.
/// Where several explanations fit one conflict, the first to fire gives it, so their priorities say which: scope (12),
/// then time (<see cref="RunningTallyRule"/>, 11), then revision (<see cref="RevisionRule"/>, 10).
/// </summary>
[Name("Scope"), Priority(12), Tag(RuleTags.Numeric)]
[Description("Marks numeric conflicts as apparent when one figure is planned and the other actual, or the higher one says it counts more.")]
public sealed partial class ScopeRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Finding finding = null!;
        When()
            .Match(() => finding, f => f.Kind == FindingKind.Quantity || f.Kind == FindingKind.Count,
                f => f.Severity == Severity.Hard, f => Explanation(f) != null);
        Then()
            .Do(ctx => ctx.Retract(finding))
            .Do(ctx => ctx.Insert(finding.Reclassify(Severity.Apparent, Explanation(finding)!, ctx.Rule.Name)));
    }

    private static string? Explanation(Finding finding)
    {
        if (finding.Scopes.Count == 2 && finding.Scopes[0] != finding.Scopes[1])
        {
            return $"Explained by scope: {finding.Labels[0]} is {Describe(finding.Scopes[0])}, {finding.Labels[1]} is {Describe(finding.Scopes[1])}.";
        }

        // A higher figure whose sentence says it counts more, unless the lower one widens it as far: "100,000 homes
        // damaged or destroyed" against "110,000 damaged or destroyed" count one thing.
        if (finding.Evidence is [Corroboration low, Corroboration high] && high.Claims.Count > 0
            && high.Claims.All(c => Widening(c) is not null) && !low.Claims.Any(c => Widening(c) is not null))
        {
            return $"Explained by scope: {finding.Labels[1]} also counts what the other may not (\"{Widening(high.Claims[0])}\").";
        }

        return null;
    }

    // The words that widen what a claim counts, after its figure or opening its sentence, or null.
    private static string? Widening(QuantityClaim claim)
        => CountsMore().Match(ClaimSentence.After(claim).ToString()) is { Success: true } after ? after.Groups["more"].Value
            : CountsMoreBefore().Match(ClaimSentence.Before(claim).ToString()) is { Success: true } before ? before.Groups["more"].Value
            : null;

    private static string Describe(QuantityScope scope) => scope == QuantityScope.Actual ? "what has happened" : "what is planned or expected";

    // Close after the figure, words that widen what it counts: "counting both those at the funeral Mass and the crowds",
    // "including those who lined the route", "as well as those who watched outside", "70 villages damaged or destroyed"
    // (against 20 destroyed).
    [GeneratedRegex(@"^[^.;]{0,60}?,?\s*(?<more>(?:counting\s+(?:both|also)\b|(?:including|as\s+well\s+as)\s+(?:both\s+)?(?:those|the\s+crowds?|people|spectators|onlookers)\b)[^,;.]*)|^\s+(?:[\p{Ll}-]+\s+){0,2}?(?<more>(?:damaged\s+or\s+destroyed|destroyed\s+or\s+damaged))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountsMore();

    // Opening the figure's sentence: "Counting his father and the forest killings, the student is suspected of killing 17".
    [GeneratedRegex(@"^\W*(?<more>(?:Counting|Including|Adding)\s+[^,;.]{3,80}),\s+[^.;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CountsMoreBefore();
}
