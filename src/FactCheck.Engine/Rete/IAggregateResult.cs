namespace FactCheck.Engine.Rete;

/// <summary>A value an aggregate binds; its group key tells its results apart.</summary>
internal interface IAggregateResult
{
    /// <summary>The key of the group, or null for a collection.</summary>
    object? GroupKey { get; }
}
