using FactCheck.Engine.Dsl;

namespace FactCheck.Rules;

/// <summary>
/// Flags two values for the same subject and unit that cannot both hold: some claim of each, from different sources,
/// has an interval that does not overlap the other's. Approximations widen intervals, so "over 13,000" and
/// "around 13,000" agree, and values many sources repeat are corroboration, not conflict.
/// </summary>
[Name("Quantity conflict"), Priority(50), Tag(RuleTags.Numeric)]
[Description("Sources give amounts for the same subject and unit whose intervals do not overlap.")]
public sealed class QuantityConflictRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Corroboration low = null!, high = null!;
        When()
            .Match(() => low, c => !c.IsCount, c => c.ValuesOfKey <= Corroboration.MaxPairedValues)
            .Match(() => high, c => c.Key == low.Key, c => c.Value > low.Value, c => low.DisagreesWith(c));
        Then()
            .Do(ctx => ctx.Insert(Finding.ForValues(FindingKind.Quantity, low, high, ctx.Rule.Name)));
    }
}
