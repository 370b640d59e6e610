using System.Linq.Expressions;

namespace FactCheck.Engine.Diagnostics;

/// <summary>
/// Describes a rule action that threw, with the match it ran for. A handler that sets <see cref="IsHandled"/> lets
/// the session go on, the rest of that firing's actions abandoned.
/// </summary>
public sealed class RhsExpressionErrorEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The action's expression, or null when actions ran through an <see cref="IActionInterceptor"/>.</param>
    /// <param name="text">The action's text.</param>
    /// <param name="match">The match the action ran for.</param>
    /// <param name="exception">What it threw.</param>
    public RhsExpressionErrorEventArgs(Expression? expression, string text, IMatch match, Exception exception)
    {
        Expression = expression;
        Text = text;
        Match = match;
        Exception = exception;
    }

    /// <summary>The action's expression, or null when actions ran through an <see cref="IActionInterceptor"/>.</summary>
    public Expression? Expression { get; }

    /// <summary>The action's text.</summary>
    public string Text { get; }

    /// <summary>The match the action ran for.</summary>
    public IMatch Match { get; }

    /// <summary>The rule whose action threw.</summary>
    public IRuleMetadata Rule => Match.Rule;

    /// <summary>What the action threw.</summary>
    public Exception Exception { get; }

    /// <summary>
    /// Set by a handler to say the failure is dealt with: the session does not throw
    /// <see cref="RuleRhsExpressionEvaluationException"/> and goes on.
    /// </summary>
    public bool IsHandled { get; set; }
}
