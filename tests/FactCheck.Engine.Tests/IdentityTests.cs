using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>Facts are told apart by equality (or the identity they provide), as in NRules, unless a session asks for references.</summary>
public class IdentityTests
{
    [Fact]
    public void An_equal_record_retracts_the_fact()
    {
        var session = SessionBuilder.Create(new ReadingSeen());
        session.Insert(new Reading("troops", "A", 1_500));

        session.Retract(new Reading("troops", "A", 1_500));

        session.Query<Reading>().ShouldBeEmpty();
        session.Agenda.Count.ShouldBe(0);
    }

    [Fact]
    public void Inserting_an_equal_record_is_refused()
    {
        var session = SessionBuilder.Create(new ReadingSeen());
        session.Insert(new Reading("troops", "A", 1_500));

        Should.Throw<ArgumentException>(() => session.Insert(new Reading("troops", "A", 1_500))).ParamName.ShouldBe("fact");
        session.TryInsert(new Reading("troops", "A", 1_500)).ShouldBeFalse();
    }

    [Fact]
    public void A_fact_with_an_identity_is_updated_by_a_new_instance_which_conditions_then_read()
    {
        var session = SessionBuilder.Create(new LargeTally());
        session.Insert(new Tally(7, "dead", 40));
        session.Fire().ShouldBe(0);

        session.Update(new Tally(7, "dead", 400));

        session.Query<Tally>().Single().Count.ShouldBe(400);
        session.Fire().ShouldBe(1);
        session.TryInsert(new Tally(7, "injured", 1)).ShouldBeFalse();
        session.Retract(new Tally(7, "whatever", 0));
        session.Query<Tally>().ShouldBeEmpty();
    }

    [Fact]
    public void Identities_of_different_types_do_not_collide()
    {
        var session = SessionBuilder.Create(new LargeTally());

        session.Insert(new Tally(1, "dead", 5));
        session.Insert(new Batch(1));

        session.Query<object>().Count().ShouldBe(2);
    }

    [Fact]
    public void By_reference_equal_records_are_facts_of_their_own()
    {
        var session = SessionBuilder.Factory(new ReadingSeen()).CreateSession(FactIdentity.Reference);
        session.Insert(new Reading("troops", "A", 1_500));
        session.Insert(new Reading("troops", "A", 1_500));

        session.Fire().ShouldBe(2);
        session.TryRetract(new Reading("troops", "A", 1_500)).ShouldBeFalse();
    }

    public sealed record Tally(int Id, string Label, int Count) : IIdentityProvider
    {
        public object GetIdentity() => Id;
    }

    public sealed record Batch(int Id) : IIdentityProvider
    {
        public object GetIdentity() => Id;
    }

    private sealed class ReadingSeen : Rule
    {
        public override void Define()
        {
            Reading reading = null!;
            When().Match(() => reading);
            Then().Do(ctx => reading.ToString());
        }
    }

    private sealed class LargeTally : Rule
    {
        public override void Define()
        {
            Tally tally = null!;
            When().Match(() => tally, t => t.Count > 100);
            Then().Do(ctx => tally.ToString());
        }
    }
}
