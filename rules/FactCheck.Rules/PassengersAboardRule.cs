using FactCheck.Engine.Dsl;

namespace FactCheck.Rules;

/// <summary>
/// Flags a count of passengers and a count of everyone aboard, for the same craft, that cannot both hold: a ferry
/// "carrying about 800 passengers" against an inquiry's 2,470 people aboard, or 150 passengers against 120 people on
/// board. Everyone aboard is the passengers and the crew, and no crew outnumbers half its passengers by more than a
/// few dozen (a cruise ship carries one crew member for two or three passengers; a ferry or an airliner far fewer),
/// so 104 passengers and 113 people on board agree. What a craft was licensed or meant to carry is no count of who was
/// aboard.
/// </summary>
[Name(RuleName), Priority(50), Tag(RuleTags.Numeric)]
[Description("Sources count passengers and everyone aboard in numbers no crew can reconcile.")]
public sealed class PassengersAboardRule : Rule
{
    /// <summary>The rule's name, as findings list it in <see cref="Finding.Rules"/>.</summary>
    public const string RuleName = "Passengers and people aboard";

    private const string Aboard = "aboard:";
    private const string Passengers = "passengers";
    private const string People = "people";

    // The most crew a craft carries: half its passengers, and a few dozen more on a small one.
    private const double CrewShare = 0.5;
    private const double FewCrew = 30;

    /// <inheritdoc />
    public override void Define()
    {
        Corroboration passengers = null!, people = null!;
        string? why = null;
        When()
            .Match(() => passengers, c => c.Subject.StartsWith(Aboard, StringComparison.Ordinal), c => c.Unit == Passengers,
                c => c.Scope == QuantityScope.Actual, c => c.ValuesOfKey <= Corroboration.MaxPairedValues)
            .Match(() => people, c => c.Subject == passengers.Subject, c => c.Unit == People, c => c.Key == PeopleKey(passengers),
                c => c.Scope == QuantityScope.Actual, c => c.ValuesOfKey <= Corroboration.MaxPairedValues)
            .Let(() => why, () => Irreconcilable(passengers, people))
            .Having(() => why != null);
        Then()
            .Do(ctx => ctx.Insert(FindingOf(passengers, people, why!, ctx.Rule.Name)));
    }

    private static Finding FindingOf(Corroboration passengers, Corroboration people, string why, string rule)
        => Finding.ForValues(FindingKind.Quantity, passengers, people, rule) with { Explanation = why };

    // The key everyone aboard the same craft has: "aboard:|people|in X" for "aboard:|passengers|in X".
    private static string PeopleKey(Corroboration passengers)
        => passengers.Key.Replace($"|{Passengers}", $"|{People}", StringComparison.Ordinal);

    // Why the two counts cannot both hold, or null: some claim of each, from different sources, gives fewer people
    // aboard than passengers, or more than the passengers and the most crew they could have.
    private static string? Irreconcilable(Corroboration passengers, Corroboration people)
    {
        foreach (var theirs in people.Claims)
        {
            foreach (var mine in passengers.Claims.Where(c => c.Attribution != theirs.Attribution || c.DocumentId != theirs.DocumentId))
            {
                if (theirs.High < mine.Low)
                {
                    return $"{passengers} against {people}: fewer people aboard than passengers.";
                }

                if (theirs.Low > (mine.High * (1 + CrewShare)) + FewCrew)
                {
                    return $"{passengers} against {people}: more people aboard than the passengers and any crew they could have.";
                }
            }
        }

        return null;
    }
}
