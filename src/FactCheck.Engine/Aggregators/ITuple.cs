namespace FactCheck.Engine.Aggregators;

/// <summary>The partial match an aggregator works for: the values the elements before the query bound.</summary>
public interface ITuple
{
    /// <summary>How many values the match holds.</summary>
    int Count { get; }

    /// <summary>The values, in the order the rule's elements bound them.</summary>
    IEnumerable<IFact> Facts { get; }
}
