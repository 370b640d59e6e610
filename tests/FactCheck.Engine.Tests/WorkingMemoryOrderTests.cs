using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

/// <summary>
/// Working memory answers <see cref="ISession.Query{TFact}"/> in the order the facts were inserted, however many were
/// retracted in between: the places retracted facts leave are not reused but compacted away.
/// </summary>
public class WorkingMemoryOrderTests
{
    [Fact]
    public void Query_lists_facts_in_insertion_order_after_retractions_and_reinsertions()
    {
        var session = SessionBuilder.Create(new LargeReading());
        var first = new Reading("a", "s1", 10);
        var second = new Reading("b", "s1", 20);
        var third = new Reading("c", "s1", 30);
        session.InsertAll([first, second, third]);
        session.Retract(second);
        var fourth = new Reading("d", "s1", 40);
        session.Insert(fourth);
        session.Insert(second);

        session.Query<Reading>().ShouldBe([first, third, fourth, second]);
    }

    [Fact]
    public void Order_and_lookups_survive_many_cycles_of_retraction()
    {
        // Facts no pattern matches (steps) sit in working memory without a handle, between facts that have one.
        var session = SessionBuilder.Create(new LargeReading());
        var expected = new List<object>();
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            object fact = i % 3 == 0 ? new Step(i, "step") : new Reading($"s{i}", "src", i);
            session.Insert(fact);
            expected.Add(fact);
            if (expected.Count > 50 && random.Next(10) < 6)
            {
                var index = random.Next(expected.Count);
                session.Retract(expected[index]);
                expected.RemoveAt(index);
            }
        }

        session.Query<object>().ShouldBe(expected);
        var readings = expected.OfType<Reading>().ToList();
        session.Fire().ShouldBe(readings.Count(r => r.Value > 100));

        // Every fact is still found where it is after the compactions: each one can be retracted.
        session.RetractAll(expected);
        session.Query<object>().ShouldBeEmpty();
    }

    private sealed class LargeReading : Rule
    {
        public override void Define()
        {
            Reading reading = null!;
            When().Match(() => reading, r => r.Value > 100);
            Then().Do(ctx => reading.ToString());
        }
    }
}
