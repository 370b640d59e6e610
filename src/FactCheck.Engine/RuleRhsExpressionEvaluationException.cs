namespace FactCheck.Engine;

/// <summary>
/// A rule's action threw; the inner exception is what it threw. When the action's insert, update or retract made
/// another rule's condition throw, the inner exception is that rule's <see cref="RuleLhsExpressionEvaluationException"/>.
/// </summary>
public sealed class RuleRhsExpressionEvaluationException : RuleEvaluationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, naming the rule.</param>
    /// <param name="ruleName">The rule whose action threw.</param>
    /// <param name="expression">The action's text.</param>
    /// <param name="innerException">What the action threw.</param>
    public RuleRhsExpressionEvaluationException(string message, string ruleName, string expression, Exception innerException)
        : base(message, ruleName, expression, innerException)
    {
    }
}
