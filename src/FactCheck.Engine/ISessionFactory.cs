using FactCheck.Engine.Diagnostics;

namespace FactCheck.Engine;

/// <summary>A compiled rule network. Immutable and safe to share across threads; creates independent sessions.</summary>
public interface ISessionFactory
{
    /// <summary>The rules compiled into the network.</summary>
    IReadOnlyList<IRuleMetadata> Rules { get; }

    /// <summary>The network's nodes, their kinds and which rules share them.</summary>
    NetworkDescription Network { get; }

    /// <summary>Events that every session of this factory raises, after the session's own handlers, as NRules' factory events.</summary>
    ISessionEvents Events { get; }

    /// <summary>The services every new session resolves its rules' dependencies from, as NRules' factory resolver; a session may set its own.</summary>
    IServiceProvider? DependencyResolver { get; set; }

    /// <summary>The interceptor every new session runs its rules' actions through; a session may set its own.</summary>
    IActionInterceptor? ActionInterceptor { get; set; }

    /// <summary>Creates a session with an empty working memory.</summary>
    ISession CreateSession();

    /// <summary>Creates a session and lets the caller prepare it (set its resolver, subscribe to its events, insert its first facts).</summary>
    /// <param name="initialize">What to do with the new session before it is returned.</param>
    ISession CreateSession(Action<ISession> initialize);

    /// <summary>Creates a session that tells facts apart as <paramref name="identity"/> says.</summary>
    /// <param name="identity">By equality (as NRules, the default) or by reference.</param>
    ISession CreateSession(FactIdentity identity);
}
