using System.Linq.Expressions;

namespace FactCheck.Engine.Diagnostics;

/// <summary>
/// Describes one evaluation of an agenda filter for a match (<c>Filter().Where(...)</c>, <c>OnChange(...)</c>, or an
/// <see cref="IAgendaFilter"/>); raised by <see cref="ISessionEvents.AgendaExpressionEvaluatedEvent"/>.
/// </summary>
public class AgendaExpressionEventArgs : ExpressionEventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The filter's expression, or null for an <see cref="IAgendaFilter"/>.</param>
    /// <param name="text">The filter's text.</param>
    /// <param name="match">The match being filtered.</param>
    /// <param name="result">Whether the filter let the match onto the agenda; null when it threw.</param>
    /// <param name="exception">What the filter threw, or null when it returned.</param>
    public AgendaExpressionEventArgs(Expression? expression, string text, IMatch match, object? result, Exception? exception)
        : base(expression, text, ValuesOf(match), result, exception) => Match = match;

    /// <summary>The match being filtered.</summary>
    public IMatch Match { get; }

    /// <summary>The rule of the match.</summary>
    public IRuleMetadata Rule => Match.Rule;

    /// <summary>The values of the match.</summary>
    public IReadOnlyList<IFactMatch> Facts => Match.Facts;
}
