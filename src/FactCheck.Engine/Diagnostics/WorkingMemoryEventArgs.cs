namespace FactCheck.Engine.Diagnostics;

/// <summary>Carries the fact a session is inserting, updating or retracting (or did).</summary>
public sealed class WorkingMemoryEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="fact">The fact.</param>
    public WorkingMemoryEventArgs(IFact fact) => Fact = fact;

    /// <summary>The fact: <c>Fact.Value</c> is the object inserted.</summary>
    public IFact Fact { get; }
}
