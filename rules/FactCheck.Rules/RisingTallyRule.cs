using FactCheck.Engine.Dsl;

namespace FactCheck.Rules;

/// <summary>
/// Reclassifies a conflict between running totals (deaths, injuries, people displaced, arrested or rescued) as
/// apparent when every report of the lower figure was published before every report of the higher one: a toll of
/// 1,014 on Monday and 5,000 on Tuesday is an update, not a contradiction. A toll that falls in a later report stays hard.
/// </summary>
[Name("Rising tally"), Priority(10), Tag(RuleTags.Numeric)]
[Description("Marks a conflict between running totals as apparent when the higher figure was reported later.")]
public sealed class RisingTallyRule : Rule
{
    private static readonly string[] RunningTotals = ["casualties:", "injuries:", "displacement:", "arrest:", "rescue:"];

    /// <inheritdoc />
    public override void Define()
    {
        Finding finding = null!;
        When()
            .Match(() => finding, f => f.Kind == FindingKind.Quantity, f => f.Severity == Severity.Hard,
                f => IsRunningTotal(f.Subject), f => RoseLater(f));
        Then()
            .Do(ctx => ctx.Retract(finding))
            .Do(ctx => ctx.Insert(finding.Reclassify(Severity.Apparent, Explain(finding), ctx.Rule.Name)));
    }

    private static bool IsRunningTotal(string subject) => RunningTotals.Any(t => subject.StartsWith(t, StringComparison.Ordinal));

    private static bool RoseLater(Finding finding)
        => finding.Evidence is [Corroboration low, Corroboration high]
            && Reported(low) is { } lowReported && Reported(high) is { } highReported && lowReported.Last < highReported.First;

    // The first and last publication dates of a value's claims, or null when any claim is undated.
    private static (DateOnly First, DateOnly Last)? Reported(Corroboration value)
        => value.Claims.Any(c => c.Published is null) ? null : (value.Claims.Min(c => c.Published!.Value), value.Claims.Max(c => c.Published!.Value));

    private static string Explain(Finding finding)
    {
        var (low, high) = (Reported((Corroboration)finding.Evidence[0])!.Value, Reported((Corroboration)finding.Evidence[1])!.Value);
        return $"Explained by time: a running total, reported as {finding.Labels[0]} by {low.Last:yyyy-MM-dd} "
            + $"and as {finding.Labels[1]} from {high.First:yyyy-MM-dd}.";
    }
}
