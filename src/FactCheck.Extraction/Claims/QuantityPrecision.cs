namespace FactCheck.Extraction.Claims;

/// <summary>How a quantity was stated, which decides how wide its interval is.</summary>
public enum QuantityPrecision
{
    /// <summary>A plain number: the interval is the number (or its rounding, for 1.5K or 1.2 million).</summary>
    Exact,

    /// <summary>approximately, about, around, some: a tolerance band around the number.</summary>
    Approximate,

    /// <summary>over, more than, at least: open above.</summary>
    AtLeast,

    /// <summary>at most, no more than, fewer than, under: open below.</summary>
    AtMost,

    /// <summary>between X and Y.</summary>
    Range,

    /// <summary>thousands, millions, dozens: an order of magnitude.</summary>
    Vague,

    /// <summary>
    /// up to, as many as: an estimate given by its high end. "As many as 702 died" puts the count near 702, not
    /// anywhere below it, so the interval runs from three fifths of the figure to the figure: it holds "between 70,000
    /// and 90,000" for "up to 90,000", but not an official 151 against "as many as 702", nor "about 400" aboard against
    /// "as many as 750".
    /// </summary>
    UpTo,
}
