namespace FactCheck.Engine;

/// <summary>
/// A rule's action threw; the inner exception is what it threw. When the action's insert, update or retract made
/// another rule's condition throw, the inner exception is that rule's <see cref="RuleConditionEvaluationException"/>.
/// </summary>
public sealed class RuleActionEvaluationException : RuleEvaluationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, naming the rule.</param>
    /// <param name="ruleName">The rule whose action threw.</param>
    /// <param name="action">The action's text.</param>
    /// <param name="innerException">What the action threw.</param>
    public RuleActionEvaluationException(string message, string ruleName, string action, Exception innerException)
        : base(message, ruleName, innerException) => Action = action;

    /// <summary>The action's text.</summary>
    public string Action { get; }
}
