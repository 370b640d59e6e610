using System.Linq.Expressions;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.Rete;

/// <summary>Builds the typed result an aggregate binds: a collection, or a grouping with its key.</summary>
internal static class AggregateResultFactory
{
    public static Func<object?, FactHandle[], object> Create(AggregateKind kind, Type sourceType, Type? keyType)
    {
        var key = Expression.Parameter(typeof(object), "key");
        var items = Expression.Parameter(typeof(FactHandle[]), "items");
        Expression body = kind == AggregateKind.Collect
            ? Expression.New(typeof(FactCollection<>).MakeGenericType(sourceType).GetConstructor([typeof(FactHandle[])])!, items)
            : Expression.New(
                typeof(FactGrouping<,>).MakeGenericType(keyType!, sourceType).GetConstructor([keyType!, typeof(FactHandle[])])!,
                Expression.Convert(key, keyType!),
                items);
        return Expression.Lambda<Func<object?, FactHandle[], object>>(Expression.Convert(body, typeof(object)), key, items).Compile();
    }
}
