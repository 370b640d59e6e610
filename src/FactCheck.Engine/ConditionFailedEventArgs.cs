namespace FactCheck.Engine;

/// <summary>Describes a condition that threw: which rule, which condition, on which facts, and what it threw.</summary>
public sealed class ConditionFailedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="rules">The rules the condition belongs to (a condition shared by identical patterns belongs to all of them).</param>
    /// <param name="condition">The condition's text.</param>
    /// <param name="facts">The facts it was evaluated on.</param>
    /// <param name="exception">What it threw.</param>
    public ConditionFailedEventArgs(IReadOnlyList<IRuleMetadata> rules, string condition, IReadOnlyList<object?> facts, Exception exception)
    {
        Rules = rules;
        Condition = condition;
        Facts = facts;
        Exception = exception;
    }

    /// <summary>The first rule the condition belongs to.</summary>
    public IRuleMetadata Rule => Rules[0];

    /// <summary>Every rule the condition belongs to.</summary>
    public IReadOnlyList<IRuleMetadata> Rules { get; }

    /// <summary>The condition's text.</summary>
    public string Condition { get; }

    /// <summary>The facts the condition was evaluated on: the earlier matches, then the candidate fact.</summary>
    public IReadOnlyList<object?> Facts { get; }

    /// <summary>What the condition threw.</summary>
    public Exception Exception { get; }

    /// <summary>
    /// Set by a handler to say the failure is dealt with: under <see cref="FailurePolicy.Rethrow"/> the session then goes
    /// on as under <see cref="FailurePolicy.Skip"/> instead of throwing.
    /// </summary>
    public bool IsHandled { get; set; }
}
