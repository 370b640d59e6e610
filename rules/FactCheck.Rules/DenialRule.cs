using FactCheck.Engine.Dsl;

namespace FactCheck.Rules;

/// <summary>
/// Flags a proposition one source asserts, reports or confirms and another denies: the NIS says troops were sent, the
/// Kremlin dismisses it as a hoax. One finding for each pair of sources and proposition, however many articles repeat them.
/// </summary>
[Name("Denial vs assertion"), Priority(50), Tag(RuleTags.Statements)]
[Description("One source asserts what another denies.")]
public sealed class DenialRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Position denial = null!, assertion = null!;
        When()
            .Match(() => denial, p => p.Kind == PositionKind.Denies)
            .Match(() => assertion, p => p.Subject == denial.Subject, p => p.Attribution != denial.Attribution, p => denial.SharesPropositionWith(p),
                p => p.Kind == PositionKind.Affirms || p.Kind == PositionKind.Confirms)
            .Not<Finding>(f => f.Key == Finding.StatementKey(FindingKind.Denial, assertion.Attribution, denial.Attribution, denial.Subject));
        Then()
            .Do(ctx => ctx.Insert(Finding.ForPositions(FindingKind.Denial, Severity.Hard, assertion, denial, ctx.Rule.Name)));
    }
}
