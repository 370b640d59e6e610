namespace FactCheck.Engine;

/// <summary>
/// Decides whether a match goes on the agenda, for every rule of a session or for one (<see cref="IAgenda.AddFilter(IAgendaFilter)"/>).
/// A filter that throws is reported as a condition failure and the match is kept off the agenda.
/// </summary>
public interface IAgendaFilter
{
    /// <summary>True to put the match on the agenda; called when it is made and each time it changes.</summary>
    /// <param name="match">The match, with its rule and facts.</param>
    bool Accept(IMatch match);
}
