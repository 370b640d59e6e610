using System.Linq.Expressions;

namespace FactCheck.Engine.Diagnostics;

/// <summary>
/// Describes one evaluation of an expression of a rule's left-hand side (a condition, a <c>Let</c>, a query's step or
/// key) and the facts it was evaluated on; raised by <see cref="ISessionEvents.LhsExpressionEvaluatedEvent"/>.
/// </summary>
public class LhsExpressionEventArgs : ExpressionEventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The expression, or null when it is not known.</param>
    /// <param name="text">The expression's text.</param>
    /// <param name="facts">The facts it was evaluated on: the earlier matches, then the candidate fact.</param>
    /// <param name="rules">The rules it belongs to (a condition shared by identical patterns belongs to all of them).</param>
    /// <param name="result">What it returned; null when it threw.</param>
    /// <param name="exception">What it threw, or null when it returned.</param>
    public LhsExpressionEventArgs(Expression? expression, string text, IReadOnlyList<IFact> facts, IReadOnlyList<IRuleMetadata> rules, object? result, Exception? exception)
        : base(expression, text, [.. (facts ?? throw new ArgumentNullException(nameof(facts))).Select(f => f.Value)], result, exception)
    {
        Facts = facts;
        Rules = rules;
    }

    /// <summary>The facts the expression was evaluated on: the earlier matches, then the candidate fact.</summary>
    public IReadOnlyList<IFact> Facts { get; }

    /// <summary>Every rule the expression belongs to.</summary>
    public IReadOnlyList<IRuleMetadata> Rules { get; }

    /// <summary>The first rule the expression belongs to.</summary>
    public IRuleMetadata Rule => Rules[0];
}
