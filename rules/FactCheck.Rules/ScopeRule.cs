using FactCheck.Engine.Dsl;

namespace FactCheck.Rules;

/// <summary>
/// Reclassifies a numeric conflict between a figure of what happened and a figure of what is planned (1,500 sent
/// against 12,000 expected in total) as apparent: explained by scope. Two planned figures that disagree stay hard.
/// Where several explanations fit one conflict, the first to fire gives it, so their priorities say which: scope (12),
/// then time (<see cref="RunningTallyRule"/>, 11), then revision (<see cref="RevisionRule"/>, 10).
/// </summary>
[Name("Scope"), Priority(12), Tag(RuleTags.Numeric)]
[Description("Marks numeric conflicts between actual and planned figures as apparent, explained by scope.")]
public sealed class ScopeRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Finding finding = null!;
        When()
            .Match(() => finding, f => f.Kind == FindingKind.Quantity || f.Kind == FindingKind.Count,
                f => f.Severity == Severity.Hard, f => f.Scopes.Count == 2 && f.Scopes[0] != f.Scopes[1]);
        Then()
            .Do(ctx => ctx.Retract(finding))
            .Do(ctx => ctx.Insert(finding.Reclassify(
                Severity.Apparent,
                $"Explained by scope: {finding.Labels[0]} is {Describe(finding.Scopes[0])}, {finding.Labels[1]} is {Describe(finding.Scopes[1])}.",
                ctx.Rule.Name)));
    }

    private static string Describe(QuantityScope scope) => scope == QuantityScope.Actual ? "what has happened" : "what is planned or expected";
}
