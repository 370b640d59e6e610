using System.Linq.Expressions;

namespace FactCheck.Engine.Diagnostics;

/// <summary>
/// Describes an agenda filter that threw for a match (<c>Filter().Where(...)</c>, <c>OnChange(...)</c>, or an
/// <see cref="IAgendaFilter"/>). Handled, the match stays off the agenda; otherwise the session throws
/// <see cref="AgendaExpressionEvaluationException"/>.
/// </summary>
public sealed class AgendaExpressionErrorEventArgs : AgendaExpressionEventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The filter's expression, or null for an <see cref="IAgendaFilter"/>.</param>
    /// <param name="text">The filter's text.</param>
    /// <param name="match">The match being filtered.</param>
    /// <param name="exception">What the filter threw.</param>
    public AgendaExpressionErrorEventArgs(Expression? expression, string text, IMatch match, Exception exception)
        : base(expression, text, match, result: null, exception ?? throw new ArgumentNullException(nameof(exception)))
    {
    }

    /// <summary>What the filter threw.</summary>
    public new Exception Exception => base.Exception!;

    /// <summary>
    /// Set by a handler to say the failure is dealt with: the session does not throw its
    /// <see cref="RuleEvaluationException"/> and goes on as under <see cref="FailurePolicy.Skip"/>.
    /// </summary>
    public bool IsHandled { get; set; }
}
