using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// Builds, for each subject and unit, which sources support which value, from the quantity claims (an aggregate over
/// the claims grouped by subject and unit). Vague magnitudes ("thousands"), unclassified claims, figures of another
/// event (anchored to an earlier year or another shock) and figures a source denies or cannot verify stay out: a background
/// figure is context, and a denied figure is a position for the statement rules, not a value.
/// </summary>
[Name("Corroboration"), Priority(100), Tag(RuleTags.Numeric)]
[Description("Groups quantity claims by subject and unit into values, with the sources and articles behind each.")]
public sealed class CorroborationRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        IGrouping<string, QuantityClaim> claims = null!;
        When()
            .Query(() => claims, q => q
                .Match<QuantityClaim>(c => c.Subject != "", c => c.Precision != QuantityPrecision.Vague, c => Corroboration.IsOfTheEvent(c), c => c.Stance != Stance.Denied && c.Stance != Stance.Unverified)
                .GroupBy(c => Corroboration.KeyOf(c)));
        Then()
            .Do(ctx => ctx.InsertAll(Corroboration.Build(claims)));
    }
}
