using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>Groups resolved date claims by event, role and interval; denied dates stay out.</summary>
[Name("Date values"), Priority(100), Tag(RuleTags.Dates)]
[Description("Groups resolved dates by event and interval.")]
public sealed class DateValueRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        IGrouping<string, DateClaim> dates = null!;
        When()
            .Query(() => dates, q => q
                .Match<DateClaim>(d => d.Resolved, d => d.Subject != "", d => d.Stance != Stance.Denied)
                .GroupBy(d => DateValue.KeyOf(d)));
        Then()
            .Do(ctx => ctx.Insert(DateValue.Of(dates)));
    }
}
