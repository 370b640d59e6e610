using System.Globalization;
using System.Linq.Expressions;
using CsCheck;
using FactCheck.Engine.Aggregators;
using FactCheck.Engine.Dsl;
using FactCheck.Engine.RuleModel;

namespace FactCheck.Engine.Tests;

/// <summary>
/// Random rules from a small grammar (a pattern, then joins, Not, Exists, collections or groups on hashed and scanned
/// conditions, aggregates filtered by their size, a sorted and projected collection, a projection of each fact, an Or
/// of two patterns, a custom aggregator's parity buckets keyed through an earlier alias, then maybe a Let, a Having inlined into a join or a Having over a Let) and random
/// insert/update/retract sequences; after every step the agenda must equal a brute-force nested-loop evaluation.
/// Set FACTCHECK_DIFFERENTIAL_CASES for a longer run; CsCheck prints the seed of a failing case (replay with CsCheck_Seed).
/// </summary>
public class DifferentialTests
{
    private static readonly Gen<ElementSpec> Element =
        Gen.Select(Gen.Int[0, 8], Gen.Int[0, 2], Gen.Int[-1, 2], Gen.Bool, Gen.Int[0, 2], (type, join, mod, toB, atLeast) => new ElementSpec((ElementType)type, (JoinKind)join, mod, toB, atLeast));

    private static readonly Gen<RuleSpec> RuleGen =
        Gen.Select(Gen.Int[-1, 2], Element, Element, Gen.Bool, Gen.Int[0, 3], Gen.Int[0, 5], (mod, second, third, hasThird, tail, threshold)
            => new RuleSpec(mod, second, hasThird ? third : null, (TailKind)tail, threshold));

    private static readonly Gen<Operation> OperationGen =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 30], Gen.Int[0, 3], Gen.Int[0, 5], (kind, target, group, value) => new Operation(kind < 5 ? 0 : kind < 8 ? 1 : 2, target, group, value));

    private static readonly Gen<(RuleSpec[] Rules, Operation[] Operations)> CaseGen =
        Gen.Select(RuleGen.Array[1, 3], OperationGen.Array[1, 30], (rules, operations) => (rules, operations));

    [Fact]
    public void The_agenda_always_equals_a_nested_loop_evaluation()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("FACTCHECK_DIFFERENTIAL_CASES"), CultureInfo.InvariantCulture, out var n) ? n : 300;
        CaseGen.Sample(c => Run(c.Rules, c.Operations), iter: cases, threads: 1);
    }

    [Fact]
    public void Linked_facts_always_equal_the_matches_that_fired()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("FACTCHECK_DIFFERENTIAL_CASES"), CultureInfo.InvariantCulture, out var n) ? n : 300;
        Gen.Select(Gen.Int[-1, 2], Gen.Bool, OperationGen.Array[1, 30]).Sample((mod, queued, operations) => RunLinked(mod, queued, operations), iter: cases, threads: 1);
    }

    [Fact]
    public void A_group_opening_a_rule_always_equals_a_linq_grouping()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("FACTCHECK_DIFFERENTIAL_CASES"), CultureInfo.InvariantCulture, out var n) ? n : 300;
        OperationGen.Array[1, 40].Sample(RunEntryGroups, iter: cases, threads: 1);
    }

    // A GroupBy as a rule's first element (kept by each fact's group key alone): after every change, the groups on
    // the agenda must be LINQ's grouping of the facts that pass the filter, with the same members.
    private static void RunEntryGroups(Operation[] operations)
    {
        var session = SessionBuilder.Create(new EntryGroupRule());
        var facts = new List<Item>();
        var nextId = 0;
        foreach (var operation in operations)
        {
            Apply(session, facts, operation, ref nextId);
            var actual = session.Agenda.Select(m => Describe(m.Facts[0].Value)).Order(StringComparer.Ordinal).ToList();
            var expected = facts.Where(x => x.Value != 0).GroupBy(x => x.Group).Select(g => Describe(g)).Order(StringComparer.Ordinal).ToList();
            actual.ShouldBe(expected, $"after {operation} with facts {string.Join(" ", facts)}");
        }
    }

    private sealed class EntryGroupRule : Rule
    {
        public override void Define()
        {
            IGrouping<int, Item> group = null!;
            When().Query(() => group, q => q.Match<Item>(x => x.Value != 0).GroupBy(x => x.Group));
            Then().Do(ctx => group.Key.ToString(CultureInfo.InvariantCulture));
        }
    }

    // A rule links an echo of each fact it matches (the same echo updated when the fact changes), and a second rule
    // links a shadow to each echo of an even value; after each change and firing until nothing is left (with linked
    // facts queued, propagating them between firings), the echoes must be exactly the facts that match, with their
    // current values, and the shadows those of them whose value is even.
    private static void RunLinked(int mod, bool queued, Operation[] operations)
    {
        var session = SessionBuilder.Create(new EchoRule(mod), new ShadowRule());
        session.AutoPropagateLinkedFacts = !queued;
        var facts = new List<Item>();
        var nextId = 0;
        foreach (var operation in operations)
        {
            Apply(session, facts, operation, ref nextId);
            do
            {
                session.Fire();
            }
            while (session.PropagateLinked().Count > 0);

            var matching = facts.Where(x => mod < 0 || x.Value % 3 == mod).ToList();
            var actual = session.Query<Echo>().Select(e => $"{e.Id}:{e.Value}").Order(StringComparer.Ordinal).ToList();
            var expected = matching.Select(x => $"{x.Id}:{x.Value}").Order(StringComparer.Ordinal).ToList();
            actual.ShouldBe(expected, $"after {operation} with facts {string.Join(" ", facts)}");
            session.Query<Shadow>().Select(s => s.Id).Order().ShouldBe(matching.Where(x => x.Value % 2 == 0).Select(x => x.Id).Order(), $"shadows after {operation} with facts {string.Join(" ", facts)}");
        }
    }

    // Inserts, updates or retracts a fact in the session and in the list the brute force reads.
    private static void Apply(ISession session, List<Item> facts, Operation operation, ref int nextId)
    {
        switch (operation.Kind)
        {
            case 0:
                var item = new Item(nextId++, operation.Group, operation.Value);
                facts.Add(item);
                session.Insert(item);
                break;
            case 1 when facts.Count > 0:
                var changed = facts[operation.Target % facts.Count];
                changed.Group = operation.Group;
                changed.Value = operation.Value;
                session.Update(changed);
                break;
            case 2 when facts.Count > 0:
                var removed = facts[operation.Target % facts.Count];
                facts.Remove(removed);
                session.Retract(removed);
                break;
        }
    }

    private static void Run(RuleSpec[] specs, Operation[] operations)
    {
        var repository = new RuleRepository();
        foreach (var spec in specs)
        {
            repository.Add(new GeneratedRule(spec));
        }

        var factory = repository.Compile();
        var session = factory.CreateSession();
        var facts = new List<Item>();
        var nextId = 0;
        foreach (var operation in operations)
        {
            Apply(session, facts, operation, ref nextId);
            var actual = session.Agenda.Select(m => Key(factory.Rules, m.Rule, m.Facts.Select(f => f.Value))).Order().ToList();
            var expected = specs.SelectMany((spec, i) => BruteForce(spec, facts).Select(m => Key(factory.Rules, factory.Rules[i], m))).Order().ToList();
            actual.ShouldBe(expected, $"after {operation} with facts {string.Join(" ", facts)}");
        }
    }

    private static string Key(IReadOnlyList<IRuleMetadata> rules, IRuleMetadata rule, IEnumerable<object?> values)
        => $"{rules.ToList().IndexOf(rule)}:{string.Join(",", values.Select(Describe))}";

    // A fact by its id; an aggregate by its members' ids (order within it is not part of the contract), a group by its key too.
    private static string Describe(object? value) => value switch
    {
        Item item => item.Id.ToString(CultureInfo.InvariantCulture),
        int total => $"={total}",
        int[] sorted => $"s[{string.Join(" ", sorted)}]",
        IGrouping<int, Item> group => $"g{group.Key}[{string.Join(" ", group.Select(x => x.Id).Order())}]",
        ParityBucket bucket => $"b{bucket.Key}[{string.Join(" ", bucket.Ids.Order())}]",
        IEnumerable<Item> items => $"[{string.Join(" ", items.Select(x => x.Id).Order())}]",
        _ => $"?{value}",
    };

    private static IEnumerable<object[]> BruteForce(RuleSpec spec, List<Item> facts)
    {
        IEnumerable<object[]> partial = facts.Where(a => spec.FirstMod < 0 || a.Value % 3 == spec.FirstMod).Select(a => new object[] { a });
        partial = Extend(partial, spec.Second, facts, useB: false);
        if (spec.Third is { } third)
        {
            partial = Extend(partial, third, facts, useB: spec.Second.Type == ElementType.Match && third.ToB);
        }

        var hasB = spec.Second.Type == ElementType.Match;
        return spec.Tail switch
        {
            TailKind.Let => [.. partial.Select(m => (object[])[.. m, Total((Item)m[0])])],
            TailKind.Having when hasB => [.. partial.Where(m => ((Item)m[1]).Group == ((Item)m[0]).Group || ((Item)m[1]).Value >= spec.Threshold)],
            TailKind.Having => [.. partial.Where(m => ((Item)m[0]).Value >= spec.Threshold)],
            TailKind.LetHaving => [.. partial.Select(m => (object[])[.. m, Total((Item)m[0])]).Where(m => (int)m[^1] % 3 != spec.Threshold % 3)],
            _ => [.. partial],
        };
    }

    private static int Total(Item a) => (a.Value * 10) + a.Group;

    private static IEnumerable<object[]> Extend(IEnumerable<object[]> partial, ElementSpec element, List<Item> facts, bool useB)
    {
        foreach (var match in partial)
        {
            var target = (Item)(useB ? match[1] : match[0]);
            var candidates = facts.Where(x => Satisfies(element, target, x)).ToList();
            switch (element.Type)
            {
                case ElementType.Match:
                    foreach (var x in candidates)
                    {
                        yield return [.. match, x];
                    }

                    break;
                case ElementType.OrMatch:
                    foreach (var x in candidates.Concat(facts.Where(x => x.Value % 3 == 0 && x.Group == target.Group)))
                    {
                        yield return [.. match, x];
                    }

                    break;
                case ElementType.SortedIds:
                    if (candidates.Count >= element.AtLeast)
                    {
                        yield return [.. match, candidates.OrderByDescending(x => x.Value).ThenBy(x => x.Id).Select(x => x.Id).ToArray()];
                    }

                    break;
                case ElementType.Projected:
                    foreach (var x in candidates)
                    {
                        yield return [.. match, x.Id * 10];
                    }

                    break;
                case ElementType.Buckets:
                    foreach (var bucket in candidates.GroupBy(x => (x.Value + target.Group) % 2))
                    {
                        yield return [.. match, new ParityBucket(bucket.Key, [.. bucket.Select(x => x.Id)])];
                    }

                    break;
                case ElementType.Not:
                    if (candidates.Count == 0)
                    {
                        yield return match;
                    }

                    break;
                case ElementType.Collect:
                    if (candidates.Count >= element.AtLeast)
                    {
                        yield return [.. match, candidates];
                    }

                    break;
                case ElementType.GroupBy:
                    foreach (var group in candidates.GroupBy(x => x.Value % 2).Where(g => g.Count() >= element.AtLeast))
                    {
                        yield return [.. match, group];
                    }

                    break;
                default:
                    if (candidates.Count > 0)
                    {
                        yield return match;
                    }

                    break;
            }
        }
    }

    private static bool Satisfies(ElementSpec element, Item target, Item x)
        => (element.Mod < 0 || x.Value % 3 == element.Mod)
        && element.Join switch
        {
            JoinKind.SameGroup => x.Group == target.Group,
            JoinKind.Greater => x.Value > target.Value,
            _ => x.Group == target.Group && x.Value > target.Value,
        };

    public enum ElementType
    {
        Match,
        Not,
        Exists,
        Collect,
        GroupBy,
        OrMatch,
        SortedIds,
        Projected,
        Buckets,
    }

    public enum JoinKind
    {
        SameGroup,
        Greater,
        SameGroupAndGreater,
    }

    public sealed record ElementSpec(ElementType Type, JoinKind Join, int Mod, bool ToB, int AtLeast);

    public enum TailKind
    {
        None,
        Let,
        Having,
        LetHaving,
    }

    public sealed record RuleSpec(int FirstMod, ElementSpec Second, ElementSpec? Third, TailKind Tail, int Threshold);

    public sealed record Operation(int Kind, int Target, int Group, int Value);

    public sealed class Echo(int id, int value)
    {
        public int Id { get; } = id;

        public int Value { get; private set; } = value;

        public Echo Set(int value)
        {
            Value = value;
            return this;
        }
    }

    public sealed record Shadow(int Id);

    private sealed class ShadowRule : Rule
    {
        public override void Define()
        {
            Echo echo = null!;
            When().Match(() => echo, e => e.Value % 2 == 0);
            Then().Yield(ctx => new Shadow(echo.Id));
        }
    }

    private sealed class EchoRule(int mod) : Rule
    {
        public override void Define()
        {
            Item a = null!;
            var modulus = mod;
            _ = modulus < 0 ? When().Match(() => a) : When().Match(() => a, x => x.Value % 3 == modulus);
            Then().Yield(ctx => new Echo(a.Id, a.Value), (ctx, previous) => previous.Set(a.Value));
        }
    }

    public sealed class Item(int id, int group, int value)
    {
        public int Id { get; } = id;

        public int Group { get; set; } = group;

        public int Value { get; set; } = value;

        public override string ToString() => $"#{Id}(g{Group},v{Value})";
    }

    private static IQuery<ParityBucket> Bucketed(IQuery<Item> source, Expression<Func<Item, int>> key)
        => source.Aggregate<Item, ParityBucket>("ParityBuckets", [new("Key", key)], typeof(ParityBucketFactory));

    // Members' ids under a key; the aggregator changes a bucket in place, so it is described as it is when compared.
    public sealed class ParityBucket(int key, List<int> ids)
    {
        public int Key { get; } = key;

        public List<int> Ids { get; } = ids;
    }

    public sealed class ParityBucketFactory : IAggregatorFactory
    {
        private IAggregateExpression _key = null!;

        public void Compile(AggregateElement element, IEnumerable<IAggregateExpression> compiledExpressions) => _key = compiledExpressions.FindSingle("Key");

        public IAggregator Create() => new ParityBucketAggregator(_key);
    }

    // Buckets by a key read through the partial match: added with their first member, modified as members come, go
    // or move, removed when empty. A fact's old key is remembered, since on Modify the expression gives only the new one.
    private sealed class ParityBucketAggregator(IAggregateExpression key) : IAggregator
    {
        private readonly Dictionary<IFact, int> _keyOf = [];
        private readonly Dictionary<int, ParityBucket> _buckets = [];

        public IEnumerable<AggregationResult> Add(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts)
        {
            var results = new List<AggregationResult>();
            foreach (var fact in facts)
            {
                Enter(results, fact, (int)key.Invoke(context, tuple, fact)!);
            }

            return results;
        }

        public IEnumerable<AggregationResult> Modify(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts)
        {
            var results = new List<AggregationResult>();
            foreach (var fact in facts)
            {
                Leave(results, fact);
                Enter(results, fact, (int)key.Invoke(context, tuple, fact)!);
            }

            return results;
        }

        public IEnumerable<AggregationResult> Remove(AggregationContext context, ITuple tuple, IEnumerable<IFact> facts)
        {
            var results = new List<AggregationResult>();
            foreach (var fact in facts)
            {
                Leave(results, fact);
            }

            return results;
        }

        private void Enter(List<AggregationResult> results, IFact fact, int value)
        {
            var isNew = !_buckets.TryGetValue(value, out var bucket);
            bucket ??= _buckets[value] = new ParityBucket(value, []);
            bucket.Ids.Add(((Item)fact.Value!).Id);
            _keyOf[fact] = value;
            results.Add(isNew ? AggregationResult.Added(bucket) : AggregationResult.Modified(bucket));
        }

        private void Leave(List<AggregationResult> results, IFact fact)
        {
            _keyOf.Remove(fact, out var value);
            var bucket = _buckets[value];
            bucket.Ids.Remove(((Item)fact.Value!).Id);
            if (bucket.Ids.Count == 0)
            {
                _buckets.Remove(value);
                results.Add(AggregationResult.Removed(bucket));
            }
            else
            {
                results.Add(AggregationResult.Modified(bucket));
            }
        }
    }

    private sealed class GeneratedRule(RuleSpec spec) : Rule
    {
        public override void Define()
        {
            Item a = null!, b = null!, c = null!;
            IEnumerable<Item> collected = null!, collectedToo = null!;
            IGrouping<int, Item> grouped = null!, groupedToo = null!;
            int[] sortedIds = null!, sortedIdsToo = null!;
            int projected = 0, projectedToo = 0;
            ParityBucket bucket = null!, bucketToo = null!;
            var first = spec.FirstMod;
            var lhs = first < 0 ? When().Match(() => a) : When().Match(() => a, x => x.Value % 3 == first);
            Add(spec.Second, second: true, useB: false);
            if (spec.Third is { } third)
            {
                Add(third, second: false, useB: spec.Second.Type == ElementType.Match && third.ToB);
            }

            var total = 0;
            var threshold = spec.Threshold;
            _ = spec.Tail switch
            {
                TailKind.Let => lhs.Let(() => total, () => (a.Value * 10) + a.Group),
                TailKind.Having when spec.Second.Type == ElementType.Match => lhs.Having(() => b.Group == a.Group || b.Value >= threshold),
                TailKind.Having => lhs.Having(() => a.Value >= threshold),
                TailKind.LetHaving => lhs.Let(() => total, () => (a.Value * 10) + a.Group).Having(() => total % 3 != threshold % 3),
                _ => lhs,
            };

            Then().Do(ctx => ctx.Match.Facts.Count.ToString(CultureInfo.InvariantCulture));

            void Add(ElementSpec element, bool second, bool useB)
            {
                var conditions = new List<Expression<Func<Item, bool>>>();
                if (element.Join != JoinKind.Greater)
                {
                    conditions.Add(useB ? x => x.Group == b.Group : x => x.Group == a.Group);
                }

                if (element.Join != JoinKind.SameGroup)
                {
                    conditions.Add(useB ? x => x.Value > b.Value : x => x.Value > a.Value);
                }

                if (element.Mod >= 0)
                {
                    var mod = element.Mod;
                    conditions.Add(x => x.Value % 3 == mod);
                }

                var atLeast = element.AtLeast;
                _ = element.Type switch
                {
                    ElementType.Match when second => lhs.Match(() => b, [.. conditions]),
                    ElementType.Match => lhs.Match(() => c, [.. conditions]),
                    ElementType.OrMatch when second => lhs.Or(o => o.Match(() => b, [.. conditions]).Match(() => b, x => x.Value % 3 == 0, x => x.Group == a.Group)),
                    ElementType.OrMatch => lhs.Or(o => o.Match(() => c, [.. conditions])
                        .Match(() => c, useB ? [x => x.Value % 3 == 0, x => x.Group == b.Group] : [x => x.Value % 3 == 0, x => x.Group == a.Group])),
                    ElementType.SortedIds when second => lhs.Query(() => sortedIds, q => q.Match([.. conditions]).Collect().OrderByDescending(x => x.Value).ThenBy(x => x.Id)
                        .Select(c => c.Select(x => x.Id).ToArray()).Where(ids => ids.Length >= atLeast)),
                    ElementType.SortedIds => lhs.Query(() => sortedIdsToo, q => q.Match([.. conditions]).Collect().OrderByDescending(x => x.Value).ThenBy(x => x.Id)
                        .Select(c => c.Select(x => x.Id).ToArray()).Where(ids => ids.Length >= atLeast)),
                    ElementType.Projected when second => lhs.Query(() => projected, q => q.Match([.. conditions]).Select(x => x.Id * 10)),
                    ElementType.Projected => lhs.Query(() => projectedToo, q => q.Match([.. conditions]).Select(x => x.Id * 10)),
                    ElementType.Buckets when second => lhs.Query(() => bucket, q => Bucketed(q.Match([.. conditions]), x => (x.Value + a.Group) % 2)),
                    ElementType.Buckets => lhs.Query(() => bucketToo, q => Bucketed(q.Match([.. conditions]), useB ? x => (x.Value + b.Group) % 2 : x => (x.Value + a.Group) % 2)),
                    ElementType.Not => lhs.Not([.. conditions]),
                    ElementType.Exists => lhs.Exists([.. conditions]),
                    ElementType.Collect when second => lhs.Query(() => collected, q => q.Match([.. conditions]).Collect().Where(x => x.Count() >= atLeast)),
                    ElementType.Collect => lhs.Query(() => collectedToo, q => q.Match([.. conditions]).Collect().Where(x => x.Count() >= atLeast)),
                    ElementType.GroupBy when second => lhs.Query(() => grouped, q => q.Match([.. conditions]).GroupBy(x => x.Value % 2).Where(g => g.Count() >= atLeast)),
                    _ => lhs.Query(() => groupedToo, q => q.Match([.. conditions]).GroupBy(x => x.Value % 2).Where(g => g.Count() >= atLeast)),
                };
            }
        }
    }
}
