namespace FactCheck.Engine;

/// <summary>A rule's agenda filter (<c>Filter().Where(...)</c>, <c>OnChange(...)</c>, or an <see cref="IAgendaFilter"/>) threw; the inner exception is what it threw.</summary>
public sealed class AgendaExpressionEvaluationException : RuleEvaluationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, naming the rule.</param>
    /// <param name="ruleName">The rule whose match was being filtered.</param>
    /// <param name="expression">The filter's text.</param>
    /// <param name="innerException">What the filter threw.</param>
    public AgendaExpressionEvaluationException(string message, string ruleName, string expression, Exception innerException)
        : base(message, ruleName, expression, innerException)
    {
    }
}
