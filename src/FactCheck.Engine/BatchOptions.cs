namespace FactCheck.Engine;

/// <summary>What a batch operation (<see cref="ISession.TryInsertAll"/> and its kin) does when some of its facts cannot be processed.</summary>
public enum BatchOptions
{
    /// <summary>Process none of the facts if any of them fails (the default of <c>InsertAll</c>, <c>UpdateAll</c> and <c>RetractAll</c>).</summary>
    AllOrNothing,

    /// <summary>Process the facts that can be, and report the others.</summary>
    SkipFailed,
}
