using CsCheck;
using FactCheck.Engine.Collections;

namespace FactCheck.Engine.Tests;

/// <summary>
/// The segmented collections behind working memory, checked against the BCL's on operation sequences long enough to
/// cross many segments (2,048 entries, 16,384 buckets, 8,192 list items) and to reuse freed entries.
/// </summary>
public class SegmentedCollectionTests
{
    [Fact]
    public void SegmentedDictionary_agrees_with_Dictionary_across_segments_removals_and_collisions()
    {
        Gen.Int.Sample(seed => Compare(seed, EqualityComparer<int>.Default, keyRange: 30_000, operations: 80_000), iter: 4, threads: 1);
        Gen.Int.Sample(seed => Compare(seed, new FewHashes(), keyRange: 3_000, operations: 20_000), iter: 2, threads: 1);
    }

    [Fact]
    public void SegmentedDictionary_that_keeps_insertion_order_enumerates_keys_in_the_order_they_were_added()
    {
        Gen.Int.Sample(seed => Compare(seed, EqualityComparer<int>.Default, keyRange: 30_000, operations: 80_000, ordered: true), iter: 4, threads: 1);
        Gen.Int.Sample(seed => Compare(seed, new FewHashes(), keyRange: 3_000, operations: 20_000, ordered: true), iter: 2, threads: 1);
    }

    [Fact]
    public void SegmentedList_keeps_every_item_through_growth_and_swap_removal()
    {
        var list = new SegmentedList<string>();
        var model = new List<string>();
        var random = new Random(7);
        for (var i = 0; i < 60_000; i++)
        {
            if (model.Count > 0 && random.Next(3) == 0)
            {
                var index = random.Next(model.Count);
                var moved = list.RemoveAtSwap(index);
                var last = model[^1];
                model[index] = last;
                model.RemoveAt(model.Count - 1);
                (moved is null).ShouldBe(index == model.Count, "only removing the last item moves nothing");
                if (moved is not null)
                {
                    moved.ShouldBe(last);
                }
            }
            else
            {
                var item = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                list.Add(item);
                model.Add(item);
            }
        }

        list.Count.ShouldBe(model.Count);
        model.Count.ShouldBeGreaterThan(16_384);
        Enumerable.Range(0, list.Count).Select(i => list[i]).ShouldBe(model);

        list.Clear();
        list.Count.ShouldBe(0);
        list.Add("again");
        list.Count.ShouldBe(1);
        list[0].ShouldBe("again");
    }

    [Fact]
    public void SegmentedList_Clear_lets_go_of_every_item()
    {
        var list = new SegmentedList<object>();
        var weak = AddUnreachable(list, 20_000);

        list.Clear();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        weak.TryGetTarget(out _).ShouldBeFalse("a cleared list must not keep its items alive");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference<object> AddUnreachable(SegmentedList<object> list, int count)
    {
        var last = new object();
        for (var i = 0; i < count - 1; i++)
        {
            list.Add(new object());
        }

        list.Add(last);
        return new WeakReference<object>(last);
    }

    private static void Compare(int seed, IEqualityComparer<int> comparer, int keyRange, int operations, bool ordered = false)
    {
        var segmented = new SegmentedDictionary<int, string>(comparer, ordered);
        var model = new Dictionary<int, string>(comparer);
        var added = new Dictionary<int, int>();
        var random = new Random(seed);
        for (var i = 0; i < operations; i++)
        {
            var key = random.Next(keyRange);
            var value = $"v{i}";
            switch (random.Next(5))
            {
                case 0 or 1:
                    segmented.TryAdd(key, value).ShouldBe(model.TryAdd(key, value));
                    added.TryAdd(key, i);
                    break;
                case 2:
                    segmented.Remove(key, out var removed).ShouldBe(model.Remove(key, out var expected));
                    removed.ShouldBe(expected);
                    added.Remove(key);
                    break;
                case 3:
                    segmented[key] = value;
                    model[key] = value;
                    added.TryAdd(key, i);
                    break;
                default:
                    segmented.TryGetValue(key, out var found).ShouldBe(model.TryGetValue(key, out var wanted));
                    found.ShouldBe(wanted);
                    break;
            }
        }

        segmented.Count.ShouldBe(model.Count);
        if (ordered)
        {
            segmented.Pairs.Select(p => p.Key).ShouldBe(model.Keys.OrderBy(k => added[k]));
        }

        segmented.Pairs.OrderBy(p => p.Key).ShouldBe(model.OrderBy(p => p.Key));
        foreach (var (key, value) in model)
        {
            segmented[key].ShouldBe(value);
        }
    }

    // Seven hash codes for every key: long chains, so unlinking from the middle of a chain is exercised.
    private sealed class FewHashes : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => x == y;

        public int GetHashCode(int obj) => obj % 7;
    }
}
