using System.Linq.Expressions;

namespace FactCheck.Engine.Dsl;

internal sealed class FilterBuilder : IFilterExpression
{
    public List<LambdaExpression> Conditions { get; } = [];

    public List<LambdaExpression> ChangeKeys { get; } = [];

    public IFilterExpression Where(params Expression<Func<bool>>[] conditions)
    {
        Conditions.AddRange(conditions ?? []);
        return this;
    }

    public IFilterExpression OnChange(params Expression<Func<object?>>[] keySelectors)
    {
        ChangeKeys.AddRange(keySelectors ?? []);
        return this;
    }
}
