using FactCheck.Engine.Dsl;

namespace FactCheck.Rules;

/// <summary>
/// Shows a subject with more values than can be read pair by pair (<see cref="Corroboration.MaxPairedValues"/>) as one
/// finding: its lowest and highest values, the one most articles give, and how many there are. An article quoting
/// hundreds of figures for one quantity would otherwise make tens of thousands of findings.
/// </summary>
[Name("Spread"), Priority(50), Tag(RuleTags.Numeric)]
[Description("Shows a subject given more values than can be compared pair by pair as one finding with its spread.")]
public sealed class SpreadRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        IGrouping<string, Corroboration> values = null!;
        When()
            .Query(() => values, q => q
                .Match<Corroboration>(c => c.ValuesOfKey > Corroboration.MaxPairedValues)
                .GroupBy(c => c.Key));
        Then()
            .Do(ctx => ctx.Insert(Finding.ForSpread(values, ctx.Rule.Name)));
    }
}
