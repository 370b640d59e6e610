using System.Linq.Expressions;

namespace FactCheck.Engine.Diagnostics;

/// <summary>
/// Describes a rule action that threw, with the match it ran for. Handled, the rest of that firing's actions are
/// abandoned and the session goes on; otherwise it throws <see cref="RuleRhsExpressionEvaluationException"/>.
/// </summary>
public sealed class RhsExpressionErrorEventArgs : ExpressionErrorEventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The action's expression, or null when actions ran through an <see cref="IActionInterceptor"/>.</param>
    /// <param name="text">The action's text.</param>
    /// <param name="match">The match the action ran for.</param>
    /// <param name="exception">What it threw.</param>
    public RhsExpressionErrorEventArgs(Expression? expression, string text, IMatch match, Exception exception)
        : base(expression, text, exception) => Match = match;

    /// <summary>The match the action ran for.</summary>
    public IMatch Match { get; }

    /// <summary>The rule whose action threw.</summary>
    public IRuleMetadata Rule => Match.Rule;
}
