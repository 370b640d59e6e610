using System.Linq.Expressions;

namespace FactCheck.Engine.Diagnostics;

/// <summary>
/// Describes an expression of a rule's left-hand side that threw (a condition, a <c>Let</c>, a query's step or key):
/// the expression, the facts it was evaluated on, the rules it belongs to and what it threw. A handler that sets
/// <see cref="IsHandled"/> lets the session go on, the expression counting as false for those facts.
/// </summary>
public sealed class LhsExpressionErrorEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The expression, as the rule wrote it (several conditions evaluated together are joined by <c>AndAlso</c>), or null when it is not known.</param>
    /// <param name="text">The expression's text.</param>
    /// <param name="facts">The facts it was evaluated on: the earlier matches, then the candidate fact.</param>
    /// <param name="rules">The rules it belongs to (a condition shared by identical patterns belongs to all of them).</param>
    /// <param name="exception">What it threw.</param>
    public LhsExpressionErrorEventArgs(Expression? expression, string text, IReadOnlyList<IFact> facts, IReadOnlyList<IRuleMetadata> rules, Exception exception)
    {
        Expression = expression;
        Text = text;
        Facts = facts;
        Rules = rules;
        Exception = exception;
    }

    /// <summary>The expression, as the rule wrote it, or null when it is not known.</summary>
    public Expression? Expression { get; }

    /// <summary>The expression's text.</summary>
    public string Text { get; }

    /// <summary>The facts the expression was evaluated on: the earlier matches, then the candidate fact.</summary>
    public IReadOnlyList<IFact> Facts { get; }

    /// <summary>Every rule the expression belongs to.</summary>
    public IReadOnlyList<IRuleMetadata> Rules { get; }

    /// <summary>The first rule the expression belongs to.</summary>
    public IRuleMetadata Rule => Rules[0];

    /// <summary>What the expression threw.</summary>
    public Exception Exception { get; }

    /// <summary>
    /// Set by a handler to say the failure is dealt with: the session does not throw
    /// <see cref="RuleLhsExpressionEvaluationException"/> and goes on as under <see cref="FailurePolicy.Skip"/>.
    /// </summary>
    public bool IsHandled { get; set; }
}
