namespace FactCheck.Extraction.Claims;

/// <summary>How a claim is put forward by whoever it is attributed to.</summary>
public enum Stance
{
    /// <summary>Stated as fact.</summary>
    Asserted,

    /// <summary>Reported or alleged: passed on, not vouched for.</summary>
    Reported,

    /// <summary>Planned, expected or prepared: about what will or may happen.</summary>
    Planned,

    /// <summary>The source says it cannot verify or confirm it.</summary>
    Unverified,

    /// <summary>The source confirms it.</summary>
    Confirmed,

    /// <summary>The source denies or dismisses it.</summary>
    Denied,
}
