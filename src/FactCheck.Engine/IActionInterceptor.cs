namespace FactCheck.Engine;

/// <summary>
/// Wraps the running of a rule's actions, as NRules' interceptor of the same name: to log, time, retry or skip them.
/// Set it on <see cref="ISession.ActionInterceptor"/>. An exception it lets escape is the firing's action failure.
/// </summary>
public interface IActionInterceptor
{
    /// <summary>Called instead of running the actions of a firing; run each with <see cref="IActionInvocation.Invoke"/>, or not.</summary>
    /// <param name="context">The firing's context: the rule, the match, working memory.</param>
    /// <param name="actions">The actions the firing would run, in order.</param>
    void Intercept(IContext context, IEnumerable<IActionInvocation> actions);
}
