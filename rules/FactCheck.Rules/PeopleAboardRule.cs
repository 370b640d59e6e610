using FactCheck.Engine.Dsl;

namespace FactCheck.Rules;

/// <summary>
/// Flags a count of passengers or crew and a count of everyone aboard, for the same craft, that cannot both hold: a
/// ferry "carrying about 800 passengers" against an inquiry's 2,470 people aboard, 150 passengers against 120 people on
/// board, a submarine's 118 crew against 116 men aboard. Everyone aboard is the passengers and the crew, and no crew
/// outnumbers half its passengers by more than a few dozen (a cruise ship carries one crew member for two or three
/// passengers; a ferry or an airliner far fewer), so 104 passengers and 113 people on board agree; a crew may have
/// passengers beside it, so only fewer people aboard than crew is a conflict. What a craft was licensed or meant to
/// carry is no count of who was aboard.
/// </summary>
[Name(RuleName), Priority(50), Tag(RuleTags.Numeric)]
[Description("Sources count passengers or crew and everyone aboard in numbers that cannot both hold.")]
public sealed class PeopleAboardRule : Rule
{
    /// <summary>The rule's name, as findings list it in <see cref="Finding.Rules"/>.</summary>
    public const string RuleName = "Passengers, crew and people aboard";

    private const string Aboard = "aboard:";
    private const string Passengers = "passengers";
    private const string Crew = "crew";
    private const string People = "people";

    // The most crew a craft carries: half its passengers, and a few dozen more on a small one.
    private const double CrewShare = 0.5;
    private const double FewCrew = 30;

    /// <inheritdoc />
    public override void Define()
    {
        Corroboration part = null!, people = null!;
        string? why = null;
        When()
            .Match(() => part, c => c.Subject.StartsWith(Aboard, StringComparison.Ordinal), c => c.Unit == Passengers || c.Unit == Crew,
                c => c.Scope == QuantityScope.Actual, c => c.ValuesOfKey <= Corroboration.MaxPairedValues)
            .Match(() => people, c => c.Subject == part.Subject, c => c.Unit == People, c => c.Key == PeopleKey(part),
                c => c.Scope == QuantityScope.Actual, c => c.ValuesOfKey <= Corroboration.MaxPairedValues)
            .Let(() => why, () => Irreconcilable(part, people))
            .Having(() => why != null);
        Then()
            .Do(ctx => ctx.Insert(FindingOf(part, people, why!, ctx.Rule.Name)));
    }

    private static Finding FindingOf(Corroboration part, Corroboration people, string why, string rule)
        => Finding.ForValues(FindingKind.Quantity, part, people, rule) with { Explanation = why };

    // The key everyone aboard the same craft has: "aboard:|people|in X" for "aboard:|passengers|in X".
    private static string PeopleKey(Corroboration part)
        => part.Key.Replace($"|{part.Unit}", $"|{People}", StringComparison.Ordinal);

    // Why the two counts cannot both hold, or null: some claim of each, from different sources, gives fewer people
    // aboard than passengers or crew, or more than the passengers and the most crew they could have.
    private static string? Irreconcilable(Corroboration part, Corroboration people)
    {
        foreach (var theirs in people.Claims)
        {
            foreach (var mine in part.Claims.Where(c => c.Attribution != theirs.Attribution || c.DocumentId != theirs.DocumentId))
            {
                if (theirs.High < mine.Low)
                {
                    return $"{part} against {people}: fewer people aboard than {part.Unit}.";
                }

                if (part.Unit == Passengers && theirs.Low > (mine.High * (1 + CrewShare)) + FewCrew)
                {
                    return $"{part} against {people}: more people aboard than the passengers and any crew they could have.";
                }
            }
        }

        return null;
    }
}
