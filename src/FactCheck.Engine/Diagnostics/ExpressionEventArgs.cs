using System.Linq.Expressions;

namespace FactCheck.Engine.Diagnostics;

/// <summary>
/// What every expression event carries: the expression (as the rule wrote it), its text, the values it was evaluated
/// on, what it returned, and what it threw. <see cref="LhsExpressionEventArgs"/>, <see cref="AgendaExpressionEventArgs"/>
/// and <see cref="RhsExpressionEventArgs"/> add where it was evaluated.
/// </summary>
public abstract class ExpressionEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The expression, or null when it is not known.</param>
    /// <param name="text">The expression's text.</param>
    /// <param name="arguments">The values it was evaluated on.</param>
    /// <param name="result">What it returned; null when it threw or returns nothing.</param>
    /// <param name="exception">What it threw, or null when it returned.</param>
    protected ExpressionEventArgs(Expression? expression, string text, IReadOnlyList<object?> arguments, object? result, Exception? exception)
    {
        Expression = expression;
        Text = text;
        Arguments = arguments;
        Result = result;
        Exception = exception;
    }

    /// <summary>
    /// The expression as the rule wrote it (several evaluated together are joined by <c>AndAlso</c>; a condition on one
    /// pattern's fact alone, which every rule that writes it shares, is written over that fact as <c>candidate</c>), or
    /// null when it is not known.
    /// </summary>
    public Expression? Expression { get; }

    /// <summary>The expression's text.</summary>
    public string Text { get; }

    /// <summary>
    /// The values the expression was evaluated on: for a condition, the facts matched so far and then the candidate; for
    /// an agenda filter or an action, the values of the match.
    /// </summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>What the expression returned (a condition's <see langword="bool"/>, a key, a calculated value); null when it threw or returns nothing.</summary>
    public object? Result { get; }

    /// <summary>What the expression threw, or null when it returned.</summary>
    public Exception? Exception { get; }

    // The values of a match an agenda filter or an action is evaluated on.
    private protected static object?[] ValuesOf(IMatch match)
        => [.. (match ?? throw new ArgumentNullException(nameof(match))).Facts.Select(f => f.Value)];
}
