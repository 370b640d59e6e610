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

    /// <summary>Adds a filter that every match of every rule must pass to go on the agenda, as NRules' global agenda filters.</summary>
    /// <param name="filter">The filter.</param>
    void AddFilter(IAgendaFilter filter);

    /// <summary>Adds a filter that the matches of one rule must pass to go on the agenda.</summary>
    /// <param name="rule">The rule, as <see cref="ISessionFactory.Rules"/> lists it.</param>
    /// <param name="filter">The filter.</param>
    void AddFilter(IRuleMetadata rule, IAgendaFilter filter);
}
