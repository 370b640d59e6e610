using FactCheck.Engine.Diagnostics;
using FactCheck.Engine.Dsl;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Engine.Tests;

/// <summary>Services declared with Dependency() are resolved from the session when an action runs.</summary>
public class DependencyTests
{
    [Fact]
    public void An_action_uses_a_service_resolved_from_the_session()
    {
        var session = SessionBuilder.Create(new Notify());
        var notifier = new Notifier();
        session.DependencyResolver = new ServiceCollection().AddSingleton(notifier).BuildServiceProvider();
        session.InsertAll([new Counter("a", 1), new Counter("b", 2)]);

        session.Fire();

        notifier.Sent.Order().ShouldBe(["a=1", "b=2"]);
    }

    [Fact]
    public void A_factory_s_resolver_and_interceptor_go_to_every_session_it_creates_afterwards()
    {
        var factory = SessionBuilder.Factory(new Notify());
        var notifier = new Notifier();
        var intercepted = 0;
        factory.DependencyResolver = new ServiceCollection().AddSingleton(notifier).BuildServiceProvider();
        factory.ActionInterceptor = new Counting(() => intercepted++);

        var first = factory.CreateSession(s => s.Insert(new Counter("a", 1)));
        var second = factory.CreateSession(FactIdentity.Reference);
        second.Insert(new Counter("b", 2));
        first.Fire();
        second.Fire();

        notifier.Sent.Order().ShouldBe(["a=1", "b=2"]);
        intercepted.ShouldBe(2);
        first.DependencyResolver.ShouldBeSameAs(factory.DependencyResolver);
    }

    [Fact]
    public void An_action_may_resolve_a_service_from_its_context()
    {
        var session = SessionBuilder.Create(new NotifyThroughContext());
        var notifier = new Notifier();
        session.DependencyResolver = new ServiceCollection().AddSingleton(notifier).BuildServiceProvider();
        session.Insert(new Counter("a", 1));

        session.Fire();

        notifier.Sent.ShouldBe(["a=1"]);
    }

    [Fact]
    public void A_missing_service_fails_the_action_naming_it()
    {
        var session = SessionBuilder.Create(new Notify());
        var failures = new List<RhsExpressionErrorEventArgs>();
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            failures.Add(e);
            e.IsHandled = true;
        };
        session.Insert(new Counter("a", 1));

        session.Fire();

        failures.Single().Exception.Message.ShouldContain("Notifier");
    }

    [Fact]
    public void A_condition_may_not_read_a_service()
    {
        Should.Throw<RuleCompilationException>(() => SessionBuilder.Create(new ServiceInCondition())).Message.ShouldContain("notifier");
    }

    private sealed class Counting(Action count) : IActionInterceptor
    {
        public void Intercept(IContext context, IEnumerable<IActionInvocation> actions)
        {
            count();
            foreach (var action in actions)
            {
                action.Invoke();
            }
        }
    }

    private sealed class NotifyThroughContext : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(ctx => ((Notifier)ctx.Resolve(typeof(Notifier))).Sent.Add(counter.ToString()));
        }
    }

    public sealed class Notifier
    {
        public List<string> Sent { get; } = [];
    }

    private sealed class Notify : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            Notifier notifier = null!;
            Dependency().Resolve(() => notifier);
            When().Match(() => counter);
            Then().Do(ctx => notifier.Sent.Add(counter.ToString()));
        }
    }

    private sealed class ServiceInCondition : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            Notifier notifier = null!;
            Dependency().Resolve(() => notifier);
            When().Match(() => counter, c => notifier.Sent.Count < c.Value);
            Then().Do(ctx => counter.ToString());
        }
    }
}
