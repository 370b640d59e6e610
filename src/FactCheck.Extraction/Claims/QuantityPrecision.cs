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

    /// <summary>up to, as many as, at most: open below.</summary>
    AtMost,

    /// <summary>between X and Y.</summary>
    Range,

    /// <summary>thousands, millions, dozens: an order of magnitude.</summary>
    Vague,
}
