using FactCheck.Engine.Dsl;

namespace FactCheck.Rules;

/// <summary>
/// Reclassifies a fall in the number of injured as apparent when the dead of the same event, counted in the same
/// scope, rose by at least as many between the two reports: "killing 33 people and injuring 36", and months later 36
/// dead and 33 injured, is three of the injured who died and are now counted among the dead. A fall that no rise in the
/// dead makes up for (56 injured, then 47) stays a contradiction, as does a fall that nothing dates.
/// </summary>
[Name(RuleName), Priority(11), Tag(RuleTags.Numeric)]
[Description("Marks a fall in the injured as apparent when the dead rose by as many between the two reports.")]
public sealed class InjuredWhoDiedRule : Rule
{
    /// <summary>The rule's name, as findings list it in <see cref="Finding.Rules"/>.</summary>
    public const string RuleName = "Injured who died";

    private const string Injuries = "injuries:";
    private const string Deaths = "casualties:";

    /// <inheritdoc />
    public override void Define()
    {
        Finding finding = null!;
        IEnumerable<Corroboration> dead = null!;
        string? why = null;
        When()
            .Match(() => finding, f => f.Kind == FindingKind.Quantity, f => f.Severity == Severity.Hard,
                f => f.Subject.StartsWith(Injuries, StringComparison.Ordinal), f => ValueFall.Of(f) != null)
            .Query(() => dead, q => q.Match<Corroboration>(c => c.Key == DeathsKey(finding)).Collect())
            .Let(() => why, () => Why(finding, dead))
            .Having(() => why != null);
        Then()
            .Do(ctx => ctx.Retract(finding))
            .Do(ctx => ctx.Insert(finding.Reclassify(Severity.Apparent, why!, ctx.Rule.Name)));
    }

    // The deaths counted in the injured's scope: "casualties:|people|in kyoto" for "injuries:|people|in kyoto".
    private static string DeathsKey(Finding finding) => Deaths + finding.Subject[Injuries.Length..];

    // Why the dead explain the fall, or null: the highest toll reported by the day of the higher count of injured, and
    // the highest reported after it, by the day of the lower count, rose by at least the fall.
    private static string? Why(Finding finding, IEnumerable<Corroboration> dead)
    {
        if (ValueFall.Of(finding) is not { } fall)
        {
            return null;
        }

        Corroboration? Toll(Func<DateOnly, bool> reported)
            => dead.Where(d => d.Claims.Any(c => c.Published is { } day && reported(day))).MaxBy(d => d.Value);

        return Toll(day => day <= fall.HigherUntil) is { } before && Toll(day => day > fall.HigherUntil && day <= fall.LowerFrom) is { } after
            && after.Value - before.Value >= fall.By
            ? $"Explained by time: the injured fell from {finding.Labels[1]} to {finding.Labels[0]} while the dead rose from {before.Label} to {after.Label}, the injured who died counted among the dead."
            : null;
    }
}
