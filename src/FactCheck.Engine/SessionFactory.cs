using FactCheck.Engine.Diagnostics;
using FactCheck.Engine.Rete;

namespace FactCheck.Engine;

internal sealed class SessionFactory : ISessionFactory
{
    public SessionFactory(IReadOnlyList<ReteNode> nodes, IReadOnlyList<TypeNode> typeNodes, IReadOnlyList<ILeftInput> entries, IReadOnlyList<IRuleMetadata> rules)
    {
        Nodes = nodes;
        TypeNodes = typeNodes;
        Entries = entries;
        Rules = rules;
        foreach (var typeNode in typeNodes)
        {
            typeNode.Seal();
        }

        Network = NetworkDescription.Of(nodes);
    }

    public IReadOnlyList<ReteNode> Nodes { get; }

    public IReadOnlyList<TypeNode> TypeNodes { get; }

    /// <summary>The first node of each rule, fed the empty root match when a session starts.</summary>
    public IReadOnlyList<ILeftInput> Entries { get; }

    public IReadOnlyList<IRuleMetadata> Rules { get; }

    public NetworkDescription Network { get; }

    public SessionEvents Events { get; } = new();

    ISessionEvents ISessionFactory.Events => Events;

    public IServiceProvider? DependencyResolver { get; set; }

    public IActionInterceptor? ActionInterceptor { get; set; }

    public ISession CreateSession() => CreateSession(FactIdentity.Equality);

    public ISession CreateSession(FactIdentity identity)
        => new Session(this, identity) { DependencyResolver = DependencyResolver, ActionInterceptor = ActionInterceptor };

    public ISession CreateSession(Action<ISession> initialize)
    {
        ArgumentNullException.ThrowIfNull(initialize);
        var session = CreateSession();
        initialize(session);
        return session;
    }
}
