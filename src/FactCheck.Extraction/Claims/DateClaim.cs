namespace FactCheck.Extraction.Claims;

/// <summary>
/// A date or period: absolute, a range, or relative to the publication date. A date that cannot be resolved is kept
/// with <see cref="Resolved"/> false and no interval: never dropped, never guessed.
/// </summary>
public sealed record DateClaim : Claim
{
    /// <summary>The first day the wording allows, when resolved.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day the wording allows, when resolved.</summary>
    public DateOnly? To { get; init; }

    /// <summary>True when the date was resolved to an interval of days.</summary>
    public required bool Resolved { get; init; }

    /// <summary>How it was resolved, or why it could not be ("since August, read against the publication date 2024-10-18").</summary>
    public required string Resolution { get; init; }

    /// <summary>True when resolving needed a reference date that is not the document's own publication date.</summary>
    public bool ReferenceAssumed { get; init; }

    /// <summary>What the date says about its event.</summary>
    public required DateRole Role { get; init; }

    /// <inheritdoc />
    public override ClaimKind Kind => ClaimKind.Date;

    /// <summary>True when both are resolved and their intervals share at least one day.</summary>
    public bool Overlaps(DateClaim other)
        => Resolved && other.Resolved && From <= other.To && other.From <= To;
}
