using System.Linq.Expressions;

namespace FactCheck.Engine.Diagnostics;

/// <summary>
/// Describes an agenda filter that threw for a match (<c>Filter().Where(...)</c>, <c>OnChange(...)</c>, or an
/// <see cref="IAgendaFilter"/>). A handler that sets <see cref="IsHandled"/> lets the session go on, the match kept off
/// the agenda.
/// </summary>
public sealed class AgendaExpressionErrorEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The filter's expression (several are joined by <c>AndAlso</c>), or null for an <see cref="IAgendaFilter"/>.</param>
    /// <param name="text">The filter's text.</param>
    /// <param name="match">The match being filtered.</param>
    /// <param name="exception">What the filter threw.</param>
    public AgendaExpressionErrorEventArgs(Expression? expression, string text, IMatch match, Exception exception)
    {
        Expression = expression;
        Text = text;
        Match = match;
        Exception = exception;
    }

    /// <summary>The filter's expression, or null for an <see cref="IAgendaFilter"/>.</summary>
    public Expression? Expression { get; }

    /// <summary>The filter's text.</summary>
    public string Text { get; }

    /// <summary>The match being filtered.</summary>
    public IMatch Match { get; }

    /// <summary>The rule of the match.</summary>
    public IRuleMetadata Rule => Match.Rule;

    /// <summary>The values of the match.</summary>
    public IReadOnlyList<IFactMatch> Facts => Match.Facts;

    /// <summary>What the filter threw.</summary>
    public Exception Exception { get; }

    /// <summary>
    /// Set by a handler to say the failure is dealt with: the session does not throw
    /// <see cref="AgendaExpressionEvaluationException"/> and goes on, the match kept off the agenda.
    /// </summary>
    public bool IsHandled { get; set; }
}
