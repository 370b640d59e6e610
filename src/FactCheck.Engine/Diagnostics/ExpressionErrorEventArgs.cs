using System.Linq.Expressions;

namespace FactCheck.Engine.Diagnostics;

/// <summary>
/// What every failure event carries: the expression that threw (as the rule wrote it), its text, what it threw, and
/// whether a handler dealt with it. <see cref="LhsExpressionErrorEventArgs"/>, <see cref="AgendaExpressionErrorEventArgs"/>
/// and <see cref="RhsExpressionErrorEventArgs"/> add what it was evaluated on.
/// </summary>
public abstract class ExpressionErrorEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The expression, or null when it is not known.</param>
    /// <param name="text">The expression's text.</param>
    /// <param name="exception">What it threw.</param>
    protected ExpressionErrorEventArgs(Expression? expression, string text, Exception exception)
    {
        Expression = expression;
        Text = text;
        Exception = exception;
    }

    /// <summary>The expression as the rule wrote it (several evaluated together are joined by <c>AndAlso</c>), or null when it is not known.</summary>
    public Expression? Expression { get; }

    /// <summary>The expression's text.</summary>
    public string Text { get; }

    /// <summary>What the expression threw.</summary>
    public Exception Exception { get; }

    /// <summary>
    /// Set by a handler to say the failure is dealt with: the session does not throw its
    /// <see cref="RuleEvaluationException"/> and goes on as under <see cref="FailurePolicy.Skip"/>.
    /// </summary>
    public bool IsHandled { get; set; }
}
