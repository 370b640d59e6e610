namespace FactCheck.Engine;

/// <summary>
/// An expression of a rule's left-hand side threw (a condition, a <c>Let</c>, a query's step or key); the inner
/// exception is what it threw.
/// </summary>
public sealed class RuleLhsExpressionEvaluationException : RuleEvaluationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, naming the rule.</param>
    /// <param name="ruleName">The rule whose condition threw.</param>
    /// <param name="expression">The condition's text.</param>
    /// <param name="innerException">What the condition threw.</param>
    public RuleLhsExpressionEvaluationException(string message, string ruleName, string expression, Exception innerException)
        : base(message, ruleName, expression, innerException)
    {
    }
}
