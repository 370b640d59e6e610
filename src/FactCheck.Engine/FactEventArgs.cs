namespace FactCheck.Engine;

/// <summary>Carries the fact that was inserted, updated or retracted.</summary>
public sealed class FactEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="fact">The fact.</param>
    public FactEventArgs(object fact) => Fact = fact;

    /// <summary>The fact.</summary>
    public object Fact { get; }
}
