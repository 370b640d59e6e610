using System.Linq.Expressions;

namespace FactCheck.Engine.Diagnostics;

/// <summary>
/// Describes an agenda filter that threw for a match (<c>Filter().Where(...)</c>, <c>OnChange(...)</c>, or an
/// <see cref="IAgendaFilter"/>). Handled, the match stays off the agenda; otherwise the session throws
/// <see cref="AgendaExpressionEvaluationException"/>.
/// </summary>
public sealed class AgendaExpressionErrorEventArgs : ExpressionErrorEventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The filter's expression, or null for an <see cref="IAgendaFilter"/>.</param>
    /// <param name="text">The filter's text.</param>
    /// <param name="match">The match being filtered.</param>
    /// <param name="exception">What the filter threw.</param>
    public AgendaExpressionErrorEventArgs(Expression? expression, string text, IMatch match, Exception exception)
        : base(expression, text, exception) => Match = match;

    /// <summary>The match being filtered.</summary>
    public IMatch Match { get; }

    /// <summary>The rule of the match.</summary>
    public IRuleMetadata Rule => Match.Rule;

    /// <summary>The values of the match.</summary>
    public IReadOnlyList<IFactMatch> Facts => Match.Facts;
}
