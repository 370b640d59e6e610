namespace FactCheck.Engine;

/// <summary>What a session does when a rule's condition or action throws.</summary>
public enum FailurePolicy
{
    /// <summary>Raise the failure event, treat the failing condition as false (or abandon the failing action), and go on.</summary>
    Skip,

    /// <summary>Raise the failure event, then throw a <see cref="RuleEvaluationException"/> to the caller.</summary>
    Rethrow,
}
