namespace FactCheck.Extraction.Claims;

/// <summary>A count or amount: "1,500 special forces", "over 13,000 containers", "a Russian naval transport ship".</summary>
public sealed record QuantityClaim : Claim
{
    /// <summary>The number as written, before approximation (1500 for "1.5K", 13000 for "over 13,000").</summary>
    public required double Value { get; init; }

    /// <summary>The lowest value the wording allows.</summary>
    public required double Low { get; init; }

    /// <summary>The highest value the wording allows; positive infinity for "over" and "at least".</summary>
    public required double High { get; init; }

    /// <summary>How the quantity was stated.</summary>
    public required QuantityPrecision Precision { get; init; }

    /// <summary>The canonical unit of the counted thing (personnel, containers, ships...).</summary>
    public required string Unit { get; init; }

    /// <summary>
    /// True when the text presents the number as a total ("a total of 12,000", "1,500 detained in all"): one day's figure
    /// below it (<see cref="Occasion"/>) is a part of it.
    /// </summary>
    public bool IsTotal { get; init; }

    /// <summary>
    /// The place inside the event the figure is limited to, lowercased ("paris", "capital", "everest"), or the country
    /// whose people alone it counts ("united states" for "80 Americans killed" and "no American casualties"), or "" for
    /// the event as a whole. Figures for different places are different quantities.
    /// </summary>
    public string Place { get; init; } = "";

    /// <summary>
    /// The other event the figure belongs to, or "" for the event the articles cover: a year before their coverage
    /// ("1934" in "the 1934 quake killed 8,500") or "earlier" for a figure it is compared with ("up from 400,000").
    /// Figures of different events are never compared.
    /// </summary>
    public string Anchor { get; init; } = "";

    /// <summary>
    /// The <see cref="Anchor"/> of a figure set against an unnamed earlier moment ("up from 400,000"): each may be a
    /// different moment, so such figures are compared with nothing.
    /// </summary>
    public const string EarlierAnchor = "earlier";

    /// <summary>
    /// The <see cref="Anchor"/> of a figure about another shock than the batch's event (an aftershock, "a second
    /// quake") or in a paragraph that turns to another story ("Separately, a jet crashed..."). Such figures are
    /// compared with nothing.
    /// </summary>
    public const string OtherEventAnchor = "other";

    /// <summary>
    /// The time of day the figure was given for, as written and lowercased ("by early evening", "as of 11 a.m."), or ""
    /// when the sentence gives none. Two tallies of one day at different times may both be right.
    /// </summary>
    public string TimeOfDay { get; init; } = "";

    /// <summary>
    /// For a figure of a one-day event (a march, a rally, a crowd), the day it took place: the day its sentence gives
    /// ("marched on Sunday", "last Sunday's march drew"), else the day its article first gave for such a figure; for
    /// arrests, the day its sentence gives ("arrested 300 people on Sunday"); null when unknown. Two figures of different
    /// days count different crowds.
    /// </summary>
    public DateOnly? Occasion { get; init; }

    /// <summary>True when the unit counts vehicles or formations (ships, aircraft, brigades), which are compared as discrete counts.</summary>
    public bool IsCount { get; init; }

    /// <summary>True when the quantity is a sum of money: its <see cref="Unit"/> is the currency ("USD", "GBP", "EUR").</summary>
    public bool IsMoney => IsMoneyUnit(Unit);

    // The currencies sums of money are read in: "$3 billion", "£150 million", "€2 billion", "3 billion Swiss francs".
    internal static bool IsMoneyUnit(string unit)
        => unit is "USD" or "GBP" or "EUR" or "CHF" or "HKD" or "AUD" or "CAD" or "SGD" or "JPY" or "CNY" or "INR" or "RUB" or "KRW" or "TRY" or "ZAR" or "ILS";

    /// <inheritdoc />
    public override ClaimKind Kind => ClaimKind.Quantity;

    /// <summary>True when the two intervals share at least one value.</summary>
    public bool Overlaps(QuantityClaim other) => Low <= other.High && other.Low <= High;
}
