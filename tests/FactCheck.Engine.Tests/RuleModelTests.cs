using FactCheck.Engine.Dsl;
using FactCheck.Engine.RuleModel;

namespace FactCheck.Engine.Tests;

/// <summary>The rule model: rules as data, rule sets, custom tags and properties, and which classes a load takes.</summary>
public class RuleModelTests
{
    [Fact]
    public void A_rule_definition_shows_its_metadata_and_both_sides_as_data()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(DescribedRule)));

        var rule = repository.GetRules().Single();

        rule.Name.ShouldBe("Large gap");
        rule.Priority.ShouldBe(7);
        rule.Tags.ShouldBe(["numeric", "audited"]);
        rule.Properties["Owner"].ShouldBe("desk");
        rule.LeftHandSide.Select(e => (e.ElementType, e.Alias)).ShouldBe([(RuleElementType.Pattern, "a"), (RuleElementType.Pattern, "b"), (RuleElementType.Not, null)]);
        rule.LeftHandSide[1].Conditions.Single().ToString().ShouldContain("a.Subject");
        rule.RightHandSide.Single().Trigger.ShouldBe(ActionTrigger.Activated | ActionTrigger.Reactivated);
    }

    [Fact]
    public void Rules_load_into_named_sets_that_compile_on_their_own_or_together()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(DescribedRule)).To("numbers"));
        repository.Load(x => x.From(typeof(SeenRule)));

        var sets = repository.GetRuleSets();

        sets.Select(s => s.Name).ShouldBe(["numbers", RuleRepository.DefaultRuleSet]);
        repository.Compile(sets.Where(s => s.Name == "numbers")).Rules.Select(r => r.Name).ShouldBe(["Large gap"]);
        repository.Compile(sets).Rules.Count.ShouldBe(2);
        repository.Compile().Rules.Count.ShouldBe(2);
    }

    [Fact]
    public void Scanning_an_assembly_takes_nested_and_private_rule_classes_only_when_asked()
    {
        var topLevel = new RuleRepository();
        topLevel.Load(x => x.From(typeof(RuleModelTests).Assembly).Where(r => r.RuleType.DeclaringType == typeof(RuleModelTests)));
        var nested = new RuleRepository();
        nested.Load(x => x.From(typeof(RuleModelTests).Assembly).NestedTypes().Where(r => r.RuleType.DeclaringType == typeof(RuleModelTests)));
        var nestedPrivate = new RuleRepository();
        nestedPrivate.Load(x => x.From(typeof(RuleModelTests).Assembly).NestedTypes().PrivateTypes().Where(r => r.RuleType.DeclaringType == typeof(RuleModelTests) && r.RuleType != typeof(NoActions)));

        topLevel.Rules.ShouldBeEmpty();
        Type[] publicRules = [typeof(DescribedRule), typeof(SeenRule), typeof(SelfDescribed), typeof(InheritsPriority)];
        nested.Rules.Select(r => r.RuleType).ShouldBe(publicRules, ignoreOrder: true);
        nestedPrivate.Rules.Select(r => r.RuleType).ShouldBe([.. publicRules, typeof(PrivateRule)], ignoreOrder: true);
    }

    [Fact]
    public void A_rule_without_attributes_is_named_by_its_full_type_name_as_in_NRules()
    {
        var repository = new RuleRepository();
        repository.Add(new SeenRule());

        var rule = repository.GetRules().Single();
        rule.Name.ShouldBe(typeof(SeenRule).FullName);
        rule.Description.ShouldBe(string.Empty);
        rule.Priority.ShouldBe(0);
        rule.Properties[RuleProperties.ClrType].ShouldBe(typeof(SeenRule));
    }

    [Fact]
    public void Define_may_set_the_name_priority_description_and_tags_over_the_attributes_and_a_base_class_lends_its_own()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(SelfDescribed)));

        var rule = repository.GetRules().Single();
        rule.Name.ShouldBe("Named in Define");
        rule.Priority.ShouldBe(1_000);
        rule.Description.ShouldBe("described in Define");
        rule.Tags.ShouldBe(["inherited", "own", "runtime"], ignoreOrder: true);
        var compiled = repository.Compile().Rules.Single();
        compiled.Name.ShouldBe("Named in Define");
        compiled.Priority.ShouldBe(1_000);
    }

    [Fact]
    public void A_base_class_lends_its_priority_when_the_rule_sets_none()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(InheritsPriority)));

        repository.GetRules().Single().Priority.ShouldBe(200);
    }

    [Fact]
    public void A_custom_activator_creates_the_rules_a_repository_loads()
    {
        var activator = new KeepingActivator();
        var repository = new RuleRepository { Activator = activator };

        repository.Load(x => x.From(typeof(SeenRule)));
        var session = repository.Compile().CreateSession();
        session.Insert(new Counter("a", 1));

        activator.Created.Single().ShouldBeOfType<SeenRule>();
        session.Fire().ShouldBe(1);
    }

    [Fact]
    public void An_activator_that_fails_or_returns_another_class_is_a_RuleActivationException()
    {
        var failing = new RuleRepository { Activator = new WrongActivator(fail: true) };
        var wrong = new RuleRepository { Activator = new WrongActivator(fail: false) };

        Should.Throw<RuleActivationException>(() => failing.Load(x => x.From(typeof(SeenRule)))).InnerException.ShouldBeOfType<InvalidOperationException>();
        Should.Throw<RuleActivationException>(() => wrong.Load(x => x.From(typeof(SeenRule)))).Message.ShouldContain(nameof(SeenRule));
    }

    [Tag("inherited")]
    [Priority(200)]
    public abstract class TaggedBase : Rule
    {
    }

    [Name("Named by attribute")]
    [Tag("own")]
    [Priority(5)]
    public sealed class SelfDescribed : TaggedBase
    {
        public override void Define()
        {
            Counter counter = null!;
            Name("Named in Define");
            Priority(1_000);
            Description("described in Define");
            Tags("runtime");
            When().Match(() => counter);
            Then().Do(ctx => counter.ToString());
        }
    }

    public sealed class InheritsPriority : TaggedBase
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(ctx => counter.ToString());
        }
    }

    private sealed class KeepingActivator : IRuleActivator
    {
        public List<Rule> Created { get; } = [];

        public IEnumerable<Rule> Activate(Type type)
        {
            var rule = (Rule)Activator.CreateInstance(type)!;
            Created.Add(rule);
            return [rule];
        }
    }

    private sealed class WrongActivator(bool fail) : IRuleActivator
    {
        public IEnumerable<Rule> Activate(Type type) => fail ? throw new InvalidOperationException("no container") : [new DescribedRule()];
    }

    [Fact]
    public void A_malformed_definition_is_refused_when_added_and_leaves_the_repository_as_it_was()
    {
        var repository = new RuleRepository();
        repository.Add(new SeenRule());

        Should.Throw<RuleDefinitionException>(() => repository.Add(new NoActions())).RuleName.ShouldBe(typeof(NoActions).FullName);
        repository.GetRules().Single().Name.ShouldBe(typeof(SeenRule).FullName);
        repository.Compile().Rules.Count.ShouldBe(1);
    }

    public sealed class AuditedAttribute() : TagAttribute("audited");

    [Name("Large gap")]
    [Priority(7)]
    [Tag("numeric")]
    [Audited]
    [Property("Owner", "desk")]
    public sealed class DescribedRule : Rule
    {
        public override void Define()
        {
            Reading a = null!, b = null!;
            When()
                .Match(() => a)
                .Match(() => b, r => r.Subject == a.Subject && r.Value > a.Value * 2)
                .Not<Dismissal>(d => d.Reading == b);
            Then().Do(ctx => ctx.Insert(new Conflict(a, b)));
        }
    }

    public sealed class SeenRule : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(ctx => counter.ToString());
        }
    }

    private sealed class PrivateRule : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(ctx => counter.ToString());
        }
    }

    private sealed class NoActions : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
        }
    }
}
