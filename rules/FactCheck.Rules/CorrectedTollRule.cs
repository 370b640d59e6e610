using FactCheck.Engine.Dsl;

namespace FactCheck.Rules;

/// <summary>
/// Reclassifies a running total's later, lower value as apparent when a report between the two corrected the count
/// down below it: 174 dead on Sunday, "revised the death toll down to 125" on Monday because some victims had
/// been counted twice, and 131 a week later is a toll that rose again from its correction, not a contradiction of the
/// first figure. Without such a correction in between, a toll that falls stays hard (see <see cref="RunningTallyRule"/>).
/// </summary>
[Name(RuleName), Priority(11), Tag(RuleTags.Numeric)]
[Description("Marks a later, lower running total as apparent when a report between the two revised the count down below it.")]
public sealed class CorrectedTollRule : Rule
{
    /// <summary>The rule's name, as findings list it in <see cref="Finding.Rules"/>.</summary>
    public const string RuleName = "Corrected toll";

    /// <inheritdoc />
    public override void Define()
    {
        Finding finding = null!;
        IEnumerable<Corroboration> values = null!;
        Corroboration? correction = null;
        When()
            .Match(() => finding, f => f.Kind == FindingKind.Quantity, f => f.Severity == Severity.Hard,
                f => RunningTallyRule.IsRunningTotal(f.Subject), f => ValueFall.Of(f) != null)
            .Query(() => values, q => q.Match<Corroboration>(c => c.Key == finding.Subject).Collect())
            .Let(() => correction, () => Correction(finding, values))
            .Having(() => correction != null);
        Then()
            .Do(ctx => ctx.Retract(finding))
            .Do(ctx => ctx.Insert(finding.Reclassify(Severity.Apparent, Why(finding, correction!), ctx.Rule.Name)));
    }

    // A value below the lower one, reported after the higher and by the lower, by a sentence that revises the count
    // down: the correction the lower value rose from.
    private static Corroboration? Correction(Finding finding, IEnumerable<Corroboration> values)
    {
        if (ValueFall.Of(finding) is not { } fall)
        {
            return null;
        }

        return values.FirstOrDefault(v => v.Value < fall.Lower.Value && v.Claims.Any(c => c.Published is { } day && day > fall.HigherUntil && day <= fall.LowerFrom
            && RunningTallyRule.RevisedDown().IsMatch(c.Sentence)));
    }

    private static string Why(Finding finding, Corroboration correction)
        => $"Explained by revision: the count was revised down to {correction.Label} between the reports of {finding.Labels[1]} and {finding.Labels[0]}, and rose again from there.";
}
