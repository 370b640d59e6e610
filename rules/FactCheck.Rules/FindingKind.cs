namespace FactCheck.Rules;

/// <summary>What kind of disagreement a finding reports.</summary>
public enum FindingKind
{
    /// <summary>Sources give amounts for the same subject whose intervals do not overlap.</summary>
    Quantity,

    /// <summary>Sources give different counts of vehicles or formations for the same event (seven ships against one).</summary>
    Count,

    /// <summary>Sources date the same event to days that do not overlap.</summary>
    Date,

    /// <summary>One source asserts what another denies.</summary>
    Denial,

    /// <summary>One source confirms what another says it cannot verify.</summary>
    Confirmation,
}
