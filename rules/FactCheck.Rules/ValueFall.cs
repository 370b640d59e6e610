namespace FactCheck.Rules;

/// <summary>
/// A value of a quantity finding that a later report gave lower: the higher value, reported last on
/// <see cref="HigherUntil"/>, and the lower, reported first on <see cref="LowerFrom"/>, after it.
/// </summary>
internal readonly record struct ValueFall(Corroboration Higher, Corroboration Lower, DateOnly HigherUntil, DateOnly LowerFrom)
{
    /// <summary>How much the value fell.</summary>
    public double By => Higher.Value - Lower.Value;

    /// <summary>The fall a finding between two values shows; null unless every report is dated and the lower came after the higher.</summary>
    public static ValueFall? Of(Finding finding)
    {
        if (finding.Evidence is not [Corroboration low, Corroboration high]
            || low.Claims.Concat(high.Claims).Any(c => c.Published is null))
        {
            return null;
        }

        var (higherUntil, lowerFrom) = (high.Claims.Max(c => c.Published!.Value), low.Claims.Min(c => c.Published!.Value));
        return higherUntil < lowerFrom ? new ValueFall(high, low, higherUntil, lowerFrom) : null;
    }
}
