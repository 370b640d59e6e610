using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// Flags resolved dates of the same event (and role: when it happened, or when it started) from different sources
/// whose days do not overlap: "since August 2023" against "since August" read in an article of October 2024. Overlapping
/// intervals agree; an unresolved date never conflicts.
/// </summary>
[Name("Date conflict"), Priority(50), Tag(RuleTags.Dates)]
[Description("Sources date the same event to days that do not overlap.")]
public sealed class DateConflictRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        DateClaim earlier = null!, later = null!;
        When()
            .Match(() => earlier, d => d.Resolved, d => d.Subject != "", d => d.Stance != Stance.Denied)
            .Match(() => later, d => d.Subject == earlier.Subject, d => d.Resolved, d => d.Stance != Stance.Denied,
                d => d.From > earlier.To, d => d.HasDifferentSourceThan(earlier))
            .Not<Finding>(f => f.Key == Finding.DateKey(earlier, later));
        Then()
            .Do(ctx => ctx.Insert(Finding.ForDates(earlier, later, ctx.Rule.Name)));
    }
}
