namespace FactCheck.Extraction.Claims;

/// <summary>What a claim states: a quantity, a date, or an attributed statement.</summary>
public enum ClaimKind
{
    /// <summary>A count or amount of something.</summary>
    Quantity,

    /// <summary>When something happened.</summary>
    Date,

    /// <summary>An assertion, denial, confirmation or non-confirmation.</summary>
    Statement,
}
