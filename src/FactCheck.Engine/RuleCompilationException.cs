namespace FactCheck.Engine;

/// <summary>A rule could not be loaded or compiled: its definition is malformed. The message names the rule and the fault.</summary>
public sealed class RuleCompilationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleName">The rule at fault.</param>
    /// <param name="message">What is wrong with it.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public RuleCompilationException(string ruleName, string message, Exception? innerException = null)
        : base($"Rule '{ruleName}': {message}", innerException) => RuleName = ruleName;

    /// <summary>The rule at fault.</summary>
    public string RuleName { get; }
}
