using FactCheck.Engine.Dsl;

namespace FactCheck.Rules;

/// <summary>
/// Flags a proposition one source confirms and another says it cannot verify or confirm. Different sources may see
/// different evidence, so that is apparent; the same source saying both is hard. Different propositions (troops
/// against weapons shipments) never meet, and two statements the lexicon gives no topic meet only when they share
/// what they are about (<see cref="Position.SharesPropositionWith"/>), as a denial and an assertion do, or stand in one
/// article, which is about one thing: a news agency that says it could not check a leaked report and, further down, an
/// official who confirms that the government accepts the report's estimate.
/// </summary>
[Name("Confirmation conflict"), Priority(50), Tag(RuleTags.Statements)]
[Description("One source confirms what another cannot verify.")]
public sealed class ConfirmationConflictRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Position doubt = null!, confirmation = null!;
        When()
            .Match(() => doubt, p => p.Kind == PositionKind.Doubts)
            .Match(() => confirmation, p => p.Subject == doubt.Subject, p => p.Kind == PositionKind.Confirms,
                p => doubt.SharesPropositionWith(p) || p.Claims.Any(c => doubt.Claims.Any(d => d.DocumentId == c.DocumentId)));
        Then()
            .Do(ctx => ctx.Insert(Finding.ForPositions(
                FindingKind.Confirmation,
                confirmation.Attribution == doubt.Attribution ? Severity.Hard : Severity.Apparent,
                confirmation,
                doubt,
                ctx.Rule.Name)));
    }
}
