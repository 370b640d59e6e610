namespace FactCheck.Engine.Aggregators;

/// <summary>What a change of facts did to an aggregate.</summary>
public enum AggregationAction
{
    /// <summary>The aggregate did not change.</summary>
    None = 0,

    /// <summary>A new aggregate: it becomes a match.</summary>
    Added = 1,

    /// <summary>An aggregate changed (in place, or replaced by a new object): its match changes.</summary>
    Modified = 2,

    /// <summary>An aggregate is gone: its match is withdrawn.</summary>
    Removed = 3,
}
