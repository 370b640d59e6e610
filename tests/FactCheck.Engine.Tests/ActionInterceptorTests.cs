using FactCheck.Engine.Diagnostics;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>An interceptor decides how a firing's actions run; a throwing action inside it is still the firing's failure.</summary>
public class ActionInterceptorTests
{
    [Fact]
    public void An_interceptor_sees_each_firings_actions_and_chooses_which_run()
    {
        var session = SessionBuilder.Create(new TwoActions());
        var log = new List<string>();
        session.Insert(log);
        var interceptor = new SkipSecond();
        session.ActionInterceptor = interceptor;
        session.InsertAll([new Counter("a", 1), new Counter("b", 2)]);

        session.Fire().ShouldBe(2);

        log.Order().ShouldBe(["first a", "first b"]);
        interceptor.Seen.ShouldBe(4);
    }

    [Fact]
    public void An_action_that_throws_inside_the_interceptor_is_reported_as_the_firings_failure()
    {
        var session = SessionBuilder.Create(new TwoActions());
        var failures = new List<RhsExpressionErrorEventArgs>();
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            failures.Add(e);
            e.IsHandled = true;
        };
        session.ActionInterceptor = new RunAll();
        session.InsertAll([new List<string> { "boom" }, new Counter("a", 1)]);

        session.Fire().ShouldBe(1);

        failures.Single().Exception.ShouldBeOfType<InvalidOperationException>().Message.ShouldBe("boom");
    }

    private sealed class SkipSecond : IActionInterceptor
    {
        public int Seen { get; private set; }

        public void Intercept(IContext context, IEnumerable<IActionInvocation> actions)
        {
            var list = actions.ToList();
            Seen += list.Count;
            list[0].Invoke();
        }
    }

    /// <summary>Runs every action it is given, as an interceptor that only observes would.</summary>
    internal sealed class RunAll : IActionInterceptor
    {
        public void Intercept(IContext context, IEnumerable<IActionInvocation> actions)
        {
            foreach (var action in actions)
            {
                action.Invoke();
            }
        }
    }

    private sealed class TwoActions : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            List<string> log = null!;
            When().Match(() => log).Match(() => counter);
            Then()
                .Do(ctx => Add(log, "first " + counter.Name))
                .Do(ctx => Add(log, "second " + counter.Name));
        }

        private static void Add(List<string> log, string line)
        {
            if (log.Contains("boom"))
            {
                throw new InvalidOperationException("boom");
            }

            log.Add(line);
        }
    }
}
