using FactCheck.Engine.Dsl;

namespace FactCheck.Rules;

/// <summary>
/// Flags dates given for the same event (and role: when it happened, or when it started) from different sources whose
/// days do not overlap: "since August 2023" against "since August" read in an article of October 2024. Overlapping
/// intervals agree; an unresolved date never conflicts; a year read against the batch's date makes it only apparent.
/// </summary>
[Name("Date conflict"), Priority(50), Tag(RuleTags.Dates)]
[Description("Sources date the same event to days that do not overlap.")]
public sealed class DateConflictRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        DateValue earlier = null!, later = null!;
        When()
            .Match(() => earlier)
            .Match(() => later, d => d.Subject == earlier.Subject, d => d.From > earlier.To, d => d.HasDifferentSourceThan(earlier));
        Then()
            .Do(ctx => ctx.Insert(Finding.ForDates(earlier, later, ctx.Rule.Name)));
    }
}
