namespace FactCheck.Engine;

/// <summary>Describes an action that threw: the match it ran for and what it threw.</summary>
public sealed class ActionFailedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="match">The match the action ran for.</param>
    /// <param name="exception">What it threw.</param>
    public ActionFailedEventArgs(IMatch match, Exception exception)
    {
        Match = match;
        Exception = exception;
    }

    /// <summary>The match the action ran for.</summary>
    public IMatch Match { get; }

    /// <summary>The rule whose action threw.</summary>
    public IRuleMetadata Rule => Match.Rule;

    /// <summary>What the action threw.</summary>
    public Exception Exception { get; }

    /// <summary>
    /// Set by a handler to say the failure is dealt with: under <see cref="FailurePolicy.Rethrow"/> the session then goes
    /// on as under <see cref="FailurePolicy.Skip"/> instead of throwing.
    /// </summary>
    public bool IsHandled { get; set; }
}
