namespace FactCheck.Engine;

/// <summary>
/// A rule's condition or action threw while the session's <see cref="FailurePolicy"/> was
/// <see cref="FailurePolicy.Rethrow"/> and no failure handler marked it handled. The inner exception is what the rule
/// threw; <see cref="RuleConditionEvaluationException"/> and <see cref="RuleActionEvaluationException"/> say which part.
/// </summary>
public abstract class RuleEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, naming the rule.</param>
    /// <param name="ruleName">The rule whose condition or action threw.</param>
    /// <param name="innerException">What the rule threw.</param>
    protected RuleEvaluationException(string message, string ruleName, Exception innerException)
        : base(message, innerException) => RuleName = ruleName;

    /// <summary>The rule whose condition or action threw.</summary>
    public string RuleName { get; }
}
