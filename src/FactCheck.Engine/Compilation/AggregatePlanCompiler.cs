using System.Linq.Expressions;
using System.Reflection;
using FactCheck.Engine.Model;
using FactCheck.Engine.Rete;

namespace FactCheck.Engine.Compilation;

/// <summary>Compiles a query's steps, keys and result into the delegates an aggregate node runs.</summary>
internal static class AggregatePlanCompiler
{
    public static AggregatePlan Compile(LambdaBatch lambdas, IRuleMetadata rule, RuleElement element, IReadOnlyDictionary<FieldInfo, AliasBinding> bound, IReadOnlySet<FieldInfo> declared)
    {
        Func<Token, object?, object?> Function(LambdaExpression lambda, out bool readsMatch)
        {
            if (lambda is null)
            {
                throw new RuleCompilationException(rule.Name, "a query has a null expression.");
            }

            var rewriter = ConditionRewriter.Rewrite(lambda, bound, declared, out var body);
            if (rewriter.Unbound is { } unbound)
            {
                throw new RuleCompilationException(rule.Name, $"'{lambda}' uses alias '{unbound.Name}' before it is bound.");
            }

            readsMatch = rewriter.Positions.Count > 0;
            return lambdas.Value(body);
        }

        QueryStepFunction Step(QueryOperation operation) => new(operation.Kind, Function(operation.Expression, out _), operation.Expression.ToString());

        var keyReadsMatch = false;
        var key = element.KeySelector is { } keySelector ? Function(keySelector, out keyReadsMatch) : null;
        var elementSelector = element.ElementSelector is { } selector ? Function(selector, out _) : null;
        var elementType = element.ElementSelector?.ReturnType ?? element.ValueType;
        return new AggregatePlan
        {
            Kind = element.Aggregate,
            Source = [.. element.SourceSteps.Select(Step)],
            Key = key,
            KeyReadsMatch = keyReadsMatch,
            Element = elementSelector,
            Sort = [.. element.SortKeys.Select(k => (Function(k.Key, out _), k.Descending))],
            CreateResult = ResultFactory(lambdas, element.Aggregate, elementType, element.KeySelector?.ReturnType),
            Result = [.. element.ResultSteps.Select(Step)],
            Custom = element.Custom is { } custom ? [.. custom.Expressions.Select(e => new AggregateExpression(e.Key, Function(e.Value, out var reads), reads))] : [],
        };
    }

    public static string Describe(RuleElement element)
    {
        var steps = element.SourceSteps.Select(s => $" {s.Kind} {s.Expression}")
            .Concat(element.Custom is { } custom ? [$" {custom.Name}({string.Join(", ", custom.Expressions.Select(e => $"{e.Key}: {e.Value}"))})"] : [])
            .Concat(element.KeySelector is null ? [] : [$" by {element.KeySelector}"])
            .Concat(element.SortKeys.Select(k => $" {(k.Descending ? "descending" : "ascending")} {k.Key}"))
            .Concat(element.ResultSteps.Select(s => $" then {s.Kind} {s.Expression}"));
        return element.FactType.Name + string.Concat(steps);
    }

    // (group key, elements, lookup keys) to the typed result: a collection, a grouping or a lookup.
    private static Func<object?, object?[], object?[]?, object> ResultFactory(LambdaBatch lambdas, AggregateKind kind, Type elementType, Type? keyType)
    {
        var (key, elements, keys) = (LambdaBatch.ResultKey, LambdaBatch.ResultElements, LambdaBatch.ResultKeys);
        Expression body = kind switch
        {
            AggregateKind.GroupBy => Expression.New(
                typeof(FactGrouping<,>).MakeGenericType(keyType!, elementType).GetConstructor([keyType!, typeof(object?[])])!,
                Expression.Convert(key, keyType!),
                elements),
            AggregateKind.Lookup => Expression.New(
                typeof(FactLookup<,>).MakeGenericType(keyType!, elementType).GetConstructor([typeof(object?[]), typeof(object?[])])!,
                keys,
                elements),
            _ => Expression.New(typeof(FactCollection<>).MakeGenericType(elementType).GetConstructor([typeof(object?[])])!, elements),
        };
        return lambdas.Result(body);
    }
}
