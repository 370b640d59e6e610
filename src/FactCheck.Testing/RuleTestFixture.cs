using FactCheck.Engine;
using FactCheck.Engine.Dsl;
using Shouldly;

namespace FactCheck.Testing;

/// <summary>
/// Tests rules against hand-made facts: insert, fire, then assert which rule fired with which facts. A failure
/// message lists every firing, with its facts. Condition and action failures are collected, not thrown.
/// </summary>
/// <example>
/// <code>
/// var fixture = RuleTestFixture.For&lt;QuantityConflictRule&gt;();
/// fixture.Insert(low, high).Fire();
/// fixture.ShouldHaveFired&lt;QuantityConflictRule&gt;(low, high);
/// </code>
/// </example>
public sealed class RuleTestFixture
{
    private readonly List<IMatch> _fired = [];
    private readonly List<string> _failures = [];

    /// <summary>Creates a fixture running the given rules.</summary>
    /// <param name="rules">The rules under test (and any they build on).</param>
    public RuleTestFixture(params Rule[] rules)
    {
        var repository = new RuleRepository();
        foreach (var rule in rules)
        {
            repository.Add(rule);
        }

        Session = repository.Compile().CreateSession();
        Session.FailurePolicy = FailurePolicy.Skip;
        Session.Events.RuleFiredEvent += (_, e) => _fired.Add(e.Match);
        Session.Events.LhsExpressionFailedEvent += (_, e) => _failures.Add($"condition of {e.Rule.Name} threw {e.Exception.Message}");
        Session.Events.AgendaExpressionFailedEvent += (_, e) => _failures.Add($"agenda filter of {e.Rule.Name} threw {e.Exception.Message}");
        Session.Events.RhsExpressionFailedEvent += (_, e) => _failures.Add($"action of {e.Rule.Name} threw {e.Exception.Message}");
    }

    /// <summary>The session under test.</summary>
    public ISession Session { get; }

    /// <summary>Every match fired so far, in firing order.</summary>
    public IReadOnlyList<IMatch> Fired => _fired;

    /// <summary>Conditions and actions that threw, as messages.</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>A fixture running one rule class.</summary>
    public static RuleTestFixture For<TRule>() where TRule : Rule, new() => new(new TRule());

    /// <summary>Inserts facts.</summary>
    /// <param name="facts">The facts.</param>
    public RuleTestFixture Insert(params object[] facts)
    {
        Session.InsertAll(facts);
        return this;
    }

    /// <summary>Fires every rule that matches.</summary>
    /// <returns>How many rules fired.</returns>
    public int Fire() => Session.Fire();

    /// <summary>The facts of type <typeparamref name="T"/> in working memory, such as the findings rules inserted.</summary>
    public IReadOnlyList<T> Query<T>() => [.. Session.Query<T>()];

    /// <summary>Asserts that <typeparamref name="TRule"/> fired with a match that includes all of <paramref name="facts"/>.</summary>
    /// <param name="facts">Facts the match must include (compared with Equals); none to accept any match.</param>
    /// <returns>The match.</returns>
    public IMatch ShouldHaveFired<TRule>(params object[] facts) where TRule : Rule => ShouldHaveFired(typeof(TRule), facts);

    /// <summary>Asserts that <typeparamref name="TRule"/> fired exactly <paramref name="times"/> times.</summary>
    /// <param name="times">How many times.</param>
    public void ShouldHaveFiredTimes<TRule>(int times) where TRule : Rule
    {
        var count = _fired.Count(m => m.Rule.RuleType == typeof(TRule));
        if (count != times)
        {
            throw new ShouldAssertException($"expected {typeof(TRule).Name} to fire {times} time(s), but it fired {count}; {FiredText()}");
        }
    }

    /// <summary>Asserts that <typeparamref name="TRule"/> never fired.</summary>
    public void ShouldNotHaveFired<TRule>() where TRule : Rule => ShouldHaveFiredTimes<TRule>(0);

    private IMatch ShouldHaveFired(Type rule, object[] facts)
        => _fired.FirstOrDefault(m => m.Rule.RuleType == rule && facts.All(f => m.Facts.Any(x => Equals(x.Value, f))))
            ?? throw new ShouldAssertException($"expected {rule.Name} to fire with {(facts.Length == 0 ? "any facts" : string.Join(", ", facts))}, but {FiredText()}");

    private string FiredText()
    {
        var fired = _fired.Count == 0
            ? "nothing fired"
            : "fired:" + string.Concat(_fired.Select(m => $"{Environment.NewLine}  {m.Rule.Name}({string.Join(", ", m.Facts.Select(f => $"{f.Declaration.Name}={f.Value}"))})"));
        return _failures.Count == 0 ? fired : fired + Environment.NewLine + "failures:" + string.Concat(_failures.Select(f => Environment.NewLine + "  " + f));
    }
}
