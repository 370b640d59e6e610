using System.Reflection;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.Compilation;

/// <summary>
/// The order in which a rule's elements become beta nodes. A Not, Exists or Having binds nothing, so it is moved up to just
/// after the last Match whose alias it reads: it then filters partial matches before later joins multiply them.
/// The set of matches is the same in either order.
/// </summary>
internal static class ElementSchedule
{
    /// <summary>The elements in network order, each with its position as written (for error messages).</summary>
    public static List<(RuleElement Element, int Index)> Of(
        IReadOnlyList<RuleElement> elements,
        Func<RuleElement, FieldInfo?> aliasOf,
        IReadOnlySet<FieldInfo> declared)
    {
        var order = new List<(RuleElement Element, int Index)>(elements.Count);
        for (var index = 0; index < elements.Count; index++)
        {
            var element = elements[index];
            var at = order.Count;
            if (element.Kind is ElementKind.Not or ElementKind.Exists or ElementKind.Filter)
            {
                var reads = AliasReferences.In(element.Conditions, declared);
                at = EarliestAfter(order, reads, aliasOf);
            }

            order.Insert(at, (element, index));
        }

        return order;
    }

    // Just after the last Match binding an alias that is read. It does not pass another Not/Exists/Having (their
    // written order is kept), an aggregate or a Let. An alias bound only later is unbound anywhere earlier too, so
    // errors still show.
    private static int EarliestAfter(
        List<(RuleElement Element, int Index)> order,
        IReadOnlySet<FieldInfo> reads,
        Func<RuleElement, FieldInfo?> aliasOf)
    {
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i].Element;
            if (element.Kind != ElementKind.Match || (aliasOf(element) is { } alias && reads.Contains(alias)))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
