using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Claims;
using FactCheck.Rules;

namespace FactCheck.SampleRules;

/// <summary>A user's rule: notes figures of 10,000 or more that are exact multiples of 1,000, which are often estimates.</summary>
[Name("Round figure"), Tag("sample")]
[Description("Notes large round figures, which are often estimates rather than counts.")]
public sealed class RoundFigureRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        QuantityClaim claim = null!;
        When()
            .Match(() => claim, c => c.Value >= 10_000, c => c.Value % 1_000 == 0, c => c.Precision == QuantityPrecision.Exact);
        Then()
            .Do(ctx => ctx.Insert(Note(claim, ctx.Rule.Name)));
    }

    // Expression trees cannot hold collection expressions, so the action calls a method that builds the finding.
    private static Finding Note(QuantityClaim claim, string rule) => new()
    {
        Kind = FindingKind.Quantity,
        Severity = Severity.Info,
        Subject = claim.Subject,
        Explanation = $"'{claim.Text}' is a round figure; it is likely an estimate.",
        Rules = [rule],
        Claims = [claim],
        Numbers = [claim.Value],
        Labels = [claim.Text],
        Evidence = [claim],
        Key = $"round|{claim.DocumentId}|{claim.Span.Start}",
    };
}
