namespace FactCheck.Engine;

/// <summary>
/// A rule's condition, agenda filter or action threw, the session's <see cref="FailurePolicy"/> was
/// <see cref="FailurePolicy.Rethrow"/> (the default, as in NRules) and no failure handler marked it handled. The inner
/// exception is what the rule threw; <see cref="RuleLhsExpressionEvaluationException"/>,
/// <see cref="AgendaExpressionEvaluationException"/> and <see cref="RuleRhsExpressionEvaluationException"/> say which part.
/// </summary>
public abstract class RuleEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, naming the rule.</param>
    /// <param name="ruleName">The rule whose expression threw.</param>
    /// <param name="expression">The expression's text.</param>
    /// <param name="innerException">What the rule threw.</param>
    protected RuleEvaluationException(string message, string ruleName, string expression, Exception innerException)
        : base(message, innerException)
    {
        RuleName = ruleName;
        Expression = expression;
    }

    /// <summary>The rule whose expression threw (the first, when a shared condition belongs to several).</summary>
    public string RuleName { get; }

    /// <summary>The text of the expression that threw.</summary>
    public string Expression { get; }
}
