using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// Flags start dates given for the same event from different sources whose days do not overlap: "since August 2023"
/// against "since August" read in an article of October 2024. Overlapping intervals agree; an unresolved date never
/// conflicts; a year read against the batch's date makes it only apparent.
/// </summary>
/// <remarks>
/// Only the start of an ongoing event is compared. A story dates many moments of one event with "on Tuesday" (the
/// strike, a statement about it, the follow-up, the same night in another time zone), and a claim cannot tell which
/// moment a date belongs to; an event has one start.
/// </remarks>
[Name("Date conflict"), Priority(50), Tag(RuleTags.Dates)]
[Description("Sources date the start of the same event to days that do not overlap.")]
public sealed class DateConflictRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        DateValue earlier = null!, later = null!;
        When()
            .Match(() => earlier, d => d.Role == DateRole.Start)
            .Match(() => later, d => d.Subject == earlier.Subject, d => d.From > earlier.To, d => d.HasDifferentSourceThan(earlier));
        Then()
            .Do(ctx => ctx.Insert(Finding.ForDates(earlier, later, ctx.Rule.Name)));
    }
}
