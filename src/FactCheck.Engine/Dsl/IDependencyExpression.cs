using System.Linq.Expressions;

namespace FactCheck.Engine.Dsl;

/// <summary>Services a rule's actions use, as NRules' <c>Dependency()</c>: resolved through the session's <see cref="ISession.DependencyResolver"/> when an action runs.</summary>
public interface IDependencyExpression
{
    /// <summary>Declares a service under an alias that actions read (conditions may not).</summary>
    /// <param name="alias">The alias, a local variable of <c>Define()</c>, written <c>() =&gt; notifier</c>.</param>
    IDependencyExpression Resolve<TService>(Expression<Func<TService>> alias);
}
