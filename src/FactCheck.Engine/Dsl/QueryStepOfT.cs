using FactCheck.Engine.Model;

namespace FactCheck.Engine.Dsl;

/// <summary>A query step producing values of type <typeparamref name="TSource"/>.</summary>
internal sealed class QueryStep<TSource> : QueryStep, IQuery<TSource>
{
    public QueryStep(RuleElement element)
        : base(element)
    {
    }
}
