using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>Groups statements into positions: one for each proposition, source and stance (affirms, confirms, denies, doubts).</summary>
[Name("Positions"), Priority(100), Tag(RuleTags.Statements)]
[Description("Groups statements by proposition, source and stance into positions.")]
public sealed class PositionRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        IGrouping<string, StatementClaim> statements = null!;
        When()
            .Query(() => statements, q => q
                .Match<StatementClaim>(s => s.Stance != Stance.Planned)
                .GroupBy(s => Position.KeyOf(s)));
        Then()
            .Do(ctx => ctx.Insert(Position.Of(statements)));
    }
}
