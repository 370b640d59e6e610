using System.Linq.Expressions;

namespace FactCheck.Engine.Diagnostics;

/// <summary>
/// Describes one run of a rule's action for a match; raised by <see cref="ISessionEvents.RhsExpressionEvaluatedEvent"/>.
/// An action returns nothing, so <see cref="ExpressionEventArgs.Result"/> is null.
/// </summary>
public class RhsExpressionEventArgs : ExpressionEventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The action's expression, or null when actions ran through an <see cref="IActionInterceptor"/>.</param>
    /// <param name="text">The action's text.</param>
    /// <param name="match">The match the action ran for.</param>
    /// <param name="exception">What it threw, or null when it ran to its end.</param>
    public RhsExpressionEventArgs(Expression? expression, string text, IMatch match, Exception? exception)
        : base(expression, text, ValuesOf(match), result: null, exception) => Match = match;

    /// <summary>The match the action ran for.</summary>
    public IMatch Match { get; }

    /// <summary>The rule whose action ran.</summary>
    public IRuleMetadata Rule => Match.Rule;
}
