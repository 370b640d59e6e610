namespace FactCheck;

/// <summary>
/// A check stopped at a limit set in <see cref="FactCheckerOptions"/>: too many rule firings, most often a rule that keeps
/// inserting facts that make it fire again, or a timeout. Nothing is lost: <see cref="PartialReport"/> holds every
/// document read and every finding made before the stop.
/// </summary>
public sealed class CheckLimitExceededException : Exception
{
    /// <summary>Creates the exception without a report, for serializers and tests.</summary>
    public CheckLimitExceededException()
        : this("The check stopped at a limit.")
    {
    }

    /// <summary>Creates the exception without a report.</summary>
    /// <param name="message">What stopped the check.</param>
    public CheckLimitExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a report.</summary>
    /// <param name="message">What stopped the check.</param>
    /// <param name="innerException">The cause.</param>
    public CheckLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal CheckLimitExceededException(string message, ContradictionReport partialReport, int firings, string? mostFiredRule, int mostFiredRuleFirings)
        : base(message)
    {
        PartialReport = partialReport;
        Firings = firings;
        MostFiredRule = mostFiredRule;
        MostFiredRuleFirings = mostFiredRuleFirings;
    }

    /// <summary>What was found before the stop; null only for an exception created without one.</summary>
    public ContradictionReport? PartialReport { get; }

    /// <summary>How many rules fired before the stop.</summary>
    public int Firings { get; }

    /// <summary>The rule that fired most, the likeliest to be feeding itself; null when none fired.</summary>
    public string? MostFiredRule { get; }

    /// <summary>How often <see cref="MostFiredRule"/> fired.</summary>
    public int MostFiredRuleFirings { get; }
}
