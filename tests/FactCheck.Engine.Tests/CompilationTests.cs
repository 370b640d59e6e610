using FactCheck.Engine.Dsl;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Engine.Tests;

public class CompilationTests
{
    [Fact]
    public void An_alias_used_before_it_is_bound_is_rejected_naming_the_rule_and_alias()
    {
        var exception = Should.Throw<RuleCompilationException>(() => SessionBuilder.Factory(new AliasTooEarly()));

        exception.RuleName.ShouldBe(typeof(AliasTooEarly).FullName);
        exception.Message.ShouldContain("'b'");
        exception.Message.ShouldContain("before it is bound");
    }

    [Fact]
    public void A_rule_without_then_is_rejected_when_added()
        => Should.Throw<RuleDefinitionException>(() => new RuleRepository().Add(new NoThen())).Message.ShouldContain("Then()");

    [Fact]
    public void A_rule_without_conditions_is_rejected_when_loaded_naming_its_class_and_nothing_of_that_load_is_kept()
    {
        var repository = new RuleRepository();

        Should.Throw<RuleDefinitionException>(() => repository.Load(x => x.From(typeof(AliasTooEarly), typeof(NoWhen)))).RuleType.ShouldBe(typeof(NoWhen));

        repository.Rules.ShouldBeEmpty();
    }

    [Fact]
    public void An_alias_that_is_not_a_local_variable_is_rejected()
        => Should.Throw<RuleCompilationException>(() => SessionBuilder.Factory(new BadAlias())).Message.ShouldContain("local variable");

    [Fact]
    public void A_condition_that_reads_neither_its_fact_nor_an_alias_is_rejected()
        => Should.Throw<RuleCompilationException>(() => SessionBuilder.Factory(new ConstantCondition())).Message.ShouldContain("lambda over the pattern");

    [Fact]
    public void Rules_load_from_an_assembly_filtered_by_tag()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(QuantityConflictRule).Assembly).Where(r => r.IsTagged("numeric")));

        repository.Rules.Select(r => r.Name).ShouldBe(["Quantity conflict"]);
        repository.Rules[0].Priority.ShouldBe(10);
    }

    [Fact]
    public void Rule_classes_take_services_through_their_constructor()
    {
        var services = new ServiceCollection().AddSingleton(new Threshold(3)).BuildServiceProvider();
        var repository = new RuleRepository(services);
        repository.Load(x => x.From(typeof(AboveThreshold)));
        var session = repository.Compile().CreateSession();

        session.InsertAll([new Step(2, "low"), new Step(5, "high")]);

        session.Fire().ShouldBe(1);
    }

    [Fact]
    public void A_rule_that_cannot_be_created_is_reported_by_name()
    {
        var repository = new RuleRepository();
        var exception = Should.Throw<RuleActivationException>(() => repository.Load(x => x.From(typeof(AboveThreshold))));
        exception.RuleType.ShouldBe(typeof(AboveThreshold));
        exception.Message.ShouldContain(nameof(AboveThreshold));
    }

    [Fact]
    public void The_session_factory_is_shared_and_sessions_are_independent()
    {
        var factory = SessionBuilder.Factory(new QuantityConflictRule());
        var counts = new int[8];
        Parallel.For(0, counts.Length, i =>
        {
            var session = factory.CreateSession();
            for (var k = 0; k <= i; k++)
            {
                session.Insert(new Reading("s", "src" + k, k));
            }

            counts[i] = session.Fire();
        });

        counts.ShouldBe(Enumerable.Range(0, 8).Select(i => (i + 1) * i / 2).ToArray());
    }

    [Fact]
    public void Statistics_count_each_nodes_work_and_print_as_a_table()
    {
        var session = SessionBuilder.Create(new QuantityConflictRule());
        session.InsertAll([new Reading("s", "A", 1), new Reading("s", "B", 2)]);
        session.Fire();

        var statistics = session.GetStatistics();

        statistics.Facts.ShouldBe(3);
        statistics.Nodes.Single(n => n.Kind == "Rule").Activations.ShouldBe(1);
        statistics.ToString().ShouldContain("Quantity conflict");
    }

    public sealed record Threshold(int Value);

    public sealed class AboveThreshold : Rule
    {
        private readonly Threshold _threshold;

        public AboveThreshold(Threshold threshold) => _threshold = threshold;

        public override void Define()
        {
            Step s = null!;
            var limit = _threshold.Value;
            When().Match(() => s, x => x.Level > limit);
            Then().Do(ctx => ctx.Insert(new Dismissal(new Reading(s.Tag, "", s.Level))));
        }
    }

    private sealed class AliasTooEarly : Rule
    {
        public override void Define()
        {
            Reading a = null!, b = null!;
            When()
                .Match(() => a, x => x.Subject == b.Subject)
                .Match(() => b);
            Then().Do(ctx => ctx.Insert(new Conflict(a, b)));
        }
    }

    private sealed class NoThen : Rule
    {
        public override void Define()
        {
            Reading a = null!;
            When().Match(() => a);
        }
    }

    private sealed class NoWhen : Rule
    {
        public override void Define() => Then().Do(ctx => ctx.Insert(new Step(0, "")));
    }

    private sealed class BadAlias : Rule
    {
        public override void Define()
        {
            When().Match(() => new Reading("", "", 0));
            Then().Do(ctx => ctx.Insert(new Step(0, "")));
        }
    }

    private sealed class ConstantCondition : Rule
    {
        public override void Define()
        {
            Reading a = null!;
            When().Match(() => a, x => DateTime.Now.Year > 2000);
            Then().Do(ctx => ctx.Insert(new Step(0, a.Source)));
        }
    }
}
