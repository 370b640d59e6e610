using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

public class CapturedMemberTests
{
    [Fact]
    public void A_field_of_the_rule_is_read_when_the_condition_runs_not_when_the_rule_compiles()
    {
        var rule = new AboveThreshold();
        var session = SessionBuilder.Create(rule);

        rule.Threshold = 100;
        session.Insert(new Reading("t", "A", 50));
        session.Fire().ShouldBe(0);

        rule.Threshold = 10;
        session.Insert(new Reading("t", "B", 50));
        session.Fire().ShouldBe(1);
    }

    [Fact]
    public void A_field_of_the_rule_is_read_when_the_action_runs()
    {
        var rule = new Tagger();
        var session = SessionBuilder.Create(rule);
        rule.Tag = "late";

        session.Insert(new Step(0, "x"));
        session.Fire();

        session.Query<Step>().ShouldContain(s => s.Tag == "late");
    }

    private sealed class AboveThreshold : Rule
    {
        // A field, not a local: NRules reads it each time.
        public int Threshold = 1_000;

        public override void Define()
        {
            Reading reading = null!;
            When().Match(() => reading, r => r.Value > Threshold);
            Then().Do(ctx => ctx.Rule.Name.ToString());
        }
    }

    private sealed class Tagger : Rule
    {
        public string Tag = "early";

        public override void Define()
        {
            Step step = null!;
            When().Match(() => step, s => s.Level == 0);
            Then().Do(ctx => ctx.Insert(new Step(1, Tag)));
        }
    }
}
