using FactCheck.Engine.Dsl;

namespace FactCheck.Rules;

/// <summary>
/// Folds the conflicts of one running total that time explains into one finding: a toll reported as 50, then 78,
/// 135 and 154 is one story of a rising count, not six contradictions. The finding lists every value in the order it
/// was reported, with who gave it (a toll that rose again after a correction, or injured who died, are such updates too).
/// Conflicts that time does not explain (two tolls on the same day) stay findings of their own.
/// </summary>
[Name("Tally timeline"), Priority(5), Tag(RuleTags.Numeric)]
[Description("Folds the time-explained conflicts of one running total into one finding listing its values over time.")]
public sealed class TallyTimelineRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        IGrouping<string, Finding> updates = null!;
        When()
            .Query(() => updates, q => q
                .Match<Finding>(f => f.Kind == FindingKind.Quantity, f => f.Severity == Severity.Apparent,
                    f => f.Evidence.Count == 2, f => IsUpdate(f))
                .GroupBy(f => f.Subject)
                .Where(g => g.Count() > 1));
        Then()
            .Do(ctx => ctx.RetractAll(updates))
            .Do(ctx => ctx.Insert(Finding.ForTimeline(updates, ctx.Rule.Name)));
    }

    // A conflict that time explains: a running total's rise or revision, a rise after a correction, the injured who
    // died, or the dead of the day and those who died later.
    private static bool IsUpdate(Finding finding)
        => finding.Rules.Contains(RunningTallyRule.RuleName) || finding.Rules.Contains(CorrectedTollRule.RuleName)
            || finding.Rules.Contains(InjuredWhoDiedRule.RuleName) || finding.Rules.Contains(DiedLaterRule.RuleName);
}
