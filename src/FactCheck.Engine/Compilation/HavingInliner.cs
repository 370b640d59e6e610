using System.Linq.Expressions;
using System.Reflection;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.Compilation;

/// <summary>
/// Moves each Having condition whose last alias is a plain pattern into that pattern, as a condition on its fact: the
/// matches are the same, but the condition is tested where the pattern joins, so an equality with an earlier alias is
/// hash-indexed there instead of filtering every combination afterwards. The rest stay a Having.
/// </summary>
internal static class HavingInliner
{
    public static IReadOnlyList<RuleElement> Inline(IReadOnlyList<RuleElement> elements, Func<RuleElement, FieldInfo?> aliasOf, IReadOnlySet<FieldInfo> declared)
    {
        if (!elements.Any(e => e.Kind == ElementKind.Filter))
        {
            return elements;
        }

        var result = new List<RuleElement>(elements.Count);
        foreach (var element in elements)
        {
            if (element.Kind != ElementKind.Filter)
            {
                result.Add(element);
                continue;
            }

            var kept = new List<LambdaExpression>();
            foreach (var condition in element.Conditions)
            {
                if (condition is null || !TryInline(condition, result, aliasOf, declared))
                {
                    kept.Add(condition!);
                }
            }

            if (kept.Count > 0)
            {
                result.Add(new RuleElement(ElementKind.Filter, element.FactType, kept, alias: null));
            }
        }

        return result;
    }

    private static bool TryInline(LambdaExpression condition, List<RuleElement> before, Func<RuleElement, FieldInfo?> aliasOf, IReadOnlySet<FieldInfo> declared)
    {
        var reads = AliasReferences.In([condition], declared);
        if (reads.Count == 0)
        {
            return false;
        }

        // The pattern binding the last alias read; every other alias read must be bound before it.
        RuleElement? target = null;
        var found = 0;
        for (var i = before.Count - 1; i >= 0; i--)
        {
            if (aliasOf(before[i]) is { } alias && reads.Contains(alias))
            {
                target ??= before[i];
                found++;
            }
        }

        if (target is not { Kind: ElementKind.Match } || found != reads.Count)
        {
            return false;
        }

        var field = aliasOf(target)!;
        var fact = Expression.Parameter(target.FactType, field.Name);
        var body = new AliasReplacer(field, fact).Visit(condition.Body);
        target.Conditions.Add(Expression.Lambda(body, fact));
        return true;
    }

    private sealed class AliasReplacer(FieldInfo alias, ParameterExpression fact) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
            => node.Member == alias && ConditionRewriter.IsCapturedLocal(node.Expression)
                ? (node.Type == fact.Type ? fact : Expression.Convert(fact, node.Type))
                : base.VisitMember(node);
    }
}
