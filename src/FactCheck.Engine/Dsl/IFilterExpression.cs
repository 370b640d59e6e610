using System.Linq.Expressions;

namespace FactCheck.Engine.Dsl;

/// <summary>
/// Agenda filters of a rule, as NRules' <c>Filter()</c>: they decide whether a match goes on the agenda, without
/// changing whether it matches (a filtered match that stops holding after it fired still runs its Deactivated actions).
/// </summary>
public interface IFilterExpression
{
    /// <summary>A match goes on the agenda only while all the conditions hold; each reads the rule's aliases.</summary>
    /// <param name="conditions">The conditions, written <c>() =&gt; reading.IsConfirmed</c>.</param>
    IFilterExpression Where(params Expression<Func<bool>>[] conditions);

    /// <summary>
    /// A match that changed after it fired fires again only when one of these values differs from what it was when it
    /// last fired (compared with <see cref="object.Equals(object, object)"/>).
    /// </summary>
    /// <param name="keySelectors">The values, written <c>() =&gt; reading.Value</c>.</param>
    IFilterExpression OnChange(params Expression<Func<object?>>[] keySelectors);
}
