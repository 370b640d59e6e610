using FactCheck.Engine.Dsl;

namespace FactCheck.Rules;

/// <summary>Flags different counts of vehicles or formations for the same event: seven ships against one transport ship.</summary>
[Name("Count conflict"), Priority(50), Tag(RuleTags.Numeric)]
[Description("Sources count different numbers of ships, aircraft or formations for the same event.")]
public sealed class CountConflictRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Corroboration low = null!, high = null!;
        When()
            .Match(() => low, c => c.IsCount, c => c.ValuesOfKey <= Corroboration.MaxPairedValues)
            .Match(() => high, c => c.Key == low.Key, c => c.Value > low.Value, c => low.DisagreesWith(c));
        Then()
            .Do(ctx => ctx.Insert(Finding.ForValues(FindingKind.Count, low, high, ctx.Rule.Name)));
    }
}
