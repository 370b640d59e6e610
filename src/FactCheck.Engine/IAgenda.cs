namespace FactCheck.Engine;

/// <summary>
/// The matches waiting to fire, in firing order: highest priority first, then in the order they were made.
/// Enumerating takes a snapshot.
/// </summary>
public interface IAgenda : IEnumerable<IMatch>
{
    /// <summary>How many matches are waiting.</summary>
    int Count { get; }

    /// <summary>The match that would fire next, or null when none is waiting.</summary>
    IMatch? Peek();
}
