namespace FactCheck.Engine;

/// <summary>A rule's condition (or a Let, a query step, an agenda filter) threw; the inner exception is what it threw.</summary>
public sealed class RuleConditionEvaluationException : RuleEvaluationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, naming the rule.</param>
    /// <param name="ruleName">The rule whose condition threw.</param>
    /// <param name="condition">The condition's text.</param>
    /// <param name="innerException">What the condition threw.</param>
    public RuleConditionEvaluationException(string message, string ruleName, string condition, Exception innerException)
        : base(message, ruleName, innerException) => Condition = condition;

    /// <summary>The condition's text.</summary>
    public string Condition { get; }
}
