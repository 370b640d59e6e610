using FactCheck.Engine.Model;

namespace FactCheck.Engine.Rete;

/// <summary>
/// What an aggregate node does with the facts that join a match, compiled: the steps from a fact to its values, the
/// group key of a value, how a group's values become the bound result, and the steps applied to that result.
/// </summary>
internal sealed class AggregatePlan
{
    public required AggregateKind Kind { get; init; }

    /// <summary>The steps from a fact to its values; empty when the fact itself is the value.</summary>
    public required QueryStepFunction[] Source { get; init; }

    /// <summary>The group key of a value (GroupBy), or its lookup key (ToLookup); null otherwise.</summary>
    public Func<Token, object?, object?>? Key { get; init; }

    /// <summary>True when the key reads the match's aliases, so it cannot be computed once per fact.</summary>
    public bool KeyReadsMatch { get; init; }

    /// <summary>What a group or lookup holds of a value; null for the value itself.</summary>
    public Func<Token, object?, object?>? Element { get; init; }

    /// <summary>Sort keys of a collection, first to last.</summary>
    public required (Func<Token, object?, object?> Key, bool Descending)[] Sort { get; init; }

    /// <summary>Builds the result from a group key, its elements and (for a lookup) each element's key.</summary>
    public required Func<object?, object?[], object?[]?, object> CreateResult { get; init; }

    /// <summary>The steps applied to the result.</summary>
    public required QueryStepFunction[] Result { get; init; }

    /// <summary>A custom aggregate's compiled expressions, in the order the query gave them; empty for the built-in aggregates.</summary>
    public IReadOnlyList<Aggregators.IAggregateExpression> Custom { get; init; } = [];

    /// <summary>True when a match gets a result even with no facts (a collection or a lookup may be empty).</summary>
    public bool EmitsWhenEmpty => Kind is AggregateKind.Collect or AggregateKind.Lookup;

    /// <summary>True when a fact's values are computed for each match (the steps read aliases), not once per fact.</summary>
    public bool IsPerMatch => Source.Length > 0 || KeyReadsMatch;
}
