using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// One resolved interval of days given for an event, with every date claim that gives it. Built by
/// <see cref="DateValueRule"/>; <see cref="DateConflictRule"/> compares these, so repeated dates make one finding.
/// </summary>
public sealed record DateValue
{
    /// <summary>The event and role, such as <c>supply:North Korea:start</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>The first day.</summary>
    public required DateOnly From { get; init; }

    /// <summary>The last day.</summary>
    public required DateOnly To { get; init; }

    /// <summary>The claims giving this interval, in evidence order (publication date, outlet, sentence, position).</summary>
    public required IReadOnlyList<DateClaim> Claims { get; init; }

    /// <summary>What the dates say about the event: when it happened, started, or lasted.</summary>
    public DateRole Role => Claims[0].Role;

    /// <summary>True when every claim needed a reference date other than its own article's publication date.</summary>
    public bool Assumed => Claims.All(c => c.ReferenceAssumed);

    /// <summary>The interval as text: one day, or first..last.</summary>
    public string Label => From == To ? $"{From:yyyy-MM-dd}" : $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";

    /// <summary>True when some claim of each comes from a different source.</summary>
    /// <param name="other">Another interval.</param>
    public bool HasDifferentSourceThan(DateValue other) => Claims.Any(a => other.Claims.Any(b => a.HasDifferentSourceThan(b)));

    /// <summary>The grouping key of a date claim: subject and interval.</summary>
    /// <param name="claim">A resolved date claim.</param>
    public static string KeyOf(DateClaim claim) => $"{claim.Subject}|{claim.From:yyyy-MM-dd}|{claim.To:yyyy-MM-dd}";

    /// <summary>The value of a group of claims sharing subject and interval.</summary>
    /// <param name="claims">The claims.</param>
    public static DateValue Of(IEnumerable<DateClaim> claims)
    {
        var ordered = claims.OrderBy(c => c, EvidenceOrder.Instance).ToList();
        return new DateValue { Subject = ordered[0].Subject, From = ordered[0].From!.Value, To = ordered[0].To!.Value, Claims = ordered };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Label} ({string.Join(", ", Claims.Select(c => c.Attribution).Distinct())})";
}
