namespace FactCheck.Engine.Model;

internal enum AggregateKind
{
    /// <summary>All values in one collection, possibly sorted; empty when there are none.</summary>
    Collect,

    /// <summary>One grouping per key.</summary>
    GroupBy,

    /// <summary>All values in one lookup by key; empty when there are none.</summary>
    Lookup,

    /// <summary>No aggregation: each projected value is a match of its own.</summary>
    Each,

    /// <summary>A user's <see cref="Aggregators.IAggregator"/>, kept up to date incrementally.</summary>
    Custom,
}
