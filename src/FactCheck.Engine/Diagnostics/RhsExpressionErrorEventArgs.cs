using System.Linq.Expressions;

namespace FactCheck.Engine.Diagnostics;

/// <summary>
/// Describes a rule action that threw, with the match it ran for. Handled, the rest of that firing's actions are
/// abandoned and the session goes on; otherwise it throws <see cref="RuleRhsExpressionEvaluationException"/>.
/// </summary>
public sealed class RhsExpressionErrorEventArgs : RhsExpressionEventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The action's expression, or null when actions ran through an <see cref="IActionInterceptor"/>.</param>
    /// <param name="text">The action's text.</param>
    /// <param name="match">The match the action ran for.</param>
    /// <param name="exception">What it threw.</param>
    public RhsExpressionErrorEventArgs(Expression? expression, string text, IMatch match, Exception exception)
        : base(expression, text, match, exception ?? throw new ArgumentNullException(nameof(exception)))
    {
    }

    /// <summary>What the action threw.</summary>
    public new Exception Exception => base.Exception!;

    /// <summary>
    /// Set by a handler to say the failure is dealt with: the session does not throw its
    /// <see cref="RuleEvaluationException"/> and goes on as under <see cref="FailurePolicy.Skip"/>.
    /// </summary>
    public bool IsHandled { get; set; }
}
