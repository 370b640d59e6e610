using System.Linq.Expressions;

namespace FactCheck.Engine.Diagnostics;

/// <summary>
/// Describes an expression of a rule's left-hand side that threw (a condition, a <c>Let</c>, a query's step or key)
/// and the facts it was evaluated on. Handled, the expression counts as false for those facts; otherwise the session
/// throws <see cref="RuleLhsExpressionEvaluationException"/>.
/// </summary>
public sealed class LhsExpressionErrorEventArgs : LhsExpressionEventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The expression, or null when it is not known.</param>
    /// <param name="text">The expression's text.</param>
    /// <param name="facts">The facts it was evaluated on: the earlier matches, then the candidate fact.</param>
    /// <param name="rules">The rules it belongs to (a condition shared by identical patterns belongs to all of them).</param>
    /// <param name="exception">What it threw.</param>
    public LhsExpressionErrorEventArgs(Expression? expression, string text, IReadOnlyList<IFact> facts, IReadOnlyList<IRuleMetadata> rules, Exception exception)
        : base(expression, text, facts, rules, result: null, exception ?? throw new ArgumentNullException(nameof(exception)))
    {
    }

    /// <summary>What the expression threw.</summary>
    public new Exception Exception => base.Exception!;

    /// <summary>
    /// Set by a handler to say the failure is dealt with: the session does not throw its
    /// <see cref="RuleEvaluationException"/> and goes on as under <see cref="FailurePolicy.Skip"/>.
    /// </summary>
    public bool IsHandled { get; set; }
}
