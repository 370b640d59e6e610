using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// Flags a proposition one source confirms and another says it cannot verify or confirm. Different sources may see
/// different evidence, so that is apparent; the same source saying both, in different articles, is hard. Different
/// propositions (troops against weapons shipments) never meet.
/// </summary>
[Name("Confirmation conflict"), Priority(50), Tag(RuleTags.Statements)]
[Description("One source confirms what another cannot verify.")]
public sealed class ConfirmationConflictRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        StatementClaim unverified = null!, confirmed = null!;
        When()
            .Match(() => unverified, s => s.Stance == Stance.Unverified, s => s.Subject != "")
            .Match(() => confirmed, s => s.Subject == unverified.Subject, s => s.Stance == Stance.Confirmed, s => s.HasDifferentSourceThan(unverified))
            .Not<Finding>(f => f.Key == Finding.StatementKey(FindingKind.Confirmation, confirmed.Attribution, unverified.Attribution, unverified.Subject));
        Then()
            .Do(ctx => ctx.Insert(Finding.ForStatements(
                FindingKind.Confirmation,
                confirmed.Attribution == unverified.Attribution ? Severity.Hard : Severity.Apparent,
                confirmed,
                unverified,
                ctx.Rule.Name)));
    }
}
