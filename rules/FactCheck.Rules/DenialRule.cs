using FactCheck.Engine.Dsl;

namespace FactCheck.Rules;

/// <summary>
/// Flags a proposition that one source denies and others assert, report or confirm: the NIS says troops were sent, the
/// Kremlin dismisses it as a hoax. One finding for each denial, listing every source on the other side, however many
/// articles repeat them. A denial of what no event names ("denied using a sound cannon"), or only of its intent, meets
/// an assertion under any subject that says the same thing ("a sound cannon had been fired at the crowd"), and so does
/// a denial of a figure another source gives ("rejected the claim that it had killed more than 1,600"). A source
/// that denies having said what it is reported to have said stands against those reports of its own words; a side's own
/// voices ("Pakistan", "Pakistan's military") do not stand against each other.
/// </summary>
[Name("Denial vs assertion"), Priority(50), Tag(RuleTags.Statements)]
[Description("One source denies what others assert.")]
public sealed class DenialRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Position denial = null!;
        IEnumerable<Position> assertions = null!;
        When()
            .Match(() => denial, p => p.Kind == PositionKind.Denies)
            .Query(() => assertions, q => q
                .Match<Position>(p => denial.AnswersSubjectOf(p) || denial.DeniesFigureOf(p), p => !Position.OneSide(p.Attribution, denial.Attribution) || denial.DisownsReport, p => denial.SharesPropositionWith(p),
                    p => p.Kind == PositionKind.Affirms || p.Kind == PositionKind.Confirms)
                .Collect()
                .Where(c => c.Any()));
        Then()
            .Do(ctx => ctx.Insert(Finding.ForDenial(assertions, denial, ctx.Rule.Name)));
    }
}
