using System.Linq.Expressions;
using FactCheck.Engine.Model;

namespace FactCheck.Engine.Dsl;

internal sealed class QueryStart : IQuery
{
    public IQuery<TFact> Match<TFact>(params Expression<Func<TFact, bool>>[] conditions)
        => new QueryStep<TFact>(new RuleElement(ElementKind.Match, typeof(TFact), conditions ?? [], alias: null));

    public IQuery<TSource> From<TSource>(Expression<Func<TSource>> source)
        => new QueryStep<TSource>(new RuleElement(ElementKind.Match, typeof(TSource), [], alias: null) { From = source ?? throw new ArgumentNullException(nameof(source)) });
}
