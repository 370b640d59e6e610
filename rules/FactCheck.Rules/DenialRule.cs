using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// Flags a proposition one source asserts, reports or confirms and another denies: the NIS says troops were sent, the
/// Kremlin dismisses it as a hoax. One finding for each pair of sources and proposition.
/// </summary>
[Name("Denial vs assertion"), Priority(50), Tag(RuleTags.Statements)]
[Description("One source asserts what another denies.")]
public sealed class DenialRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        StatementClaim denial = null!, assertion = null!;
        When()
            .Match(() => denial, s => s.Stance == Stance.Denied, s => s.Subject != "")
            .Match(() => assertion, s => s.Subject == denial.Subject, s => s.Attribution != denial.Attribution,
                s => s.Stance == Stance.Asserted || s.Stance == Stance.Reported || s.Stance == Stance.Confirmed)
            .Not<Finding>(f => f.Key == Finding.StatementKey(FindingKind.Denial, assertion.Attribution, denial.Attribution, denial.Subject));
        Then()
            .Do(ctx => ctx.Insert(Finding.ForStatements(FindingKind.Denial, Severity.Hard, assertion, denial, ctx.Rule.Name)));
    }
}
