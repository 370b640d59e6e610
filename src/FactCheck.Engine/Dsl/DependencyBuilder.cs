using System.Linq.Expressions;

namespace FactCheck.Engine.Dsl;

internal sealed class DependencyBuilder : IDependencyExpression
{
    public List<LambdaExpression> Services { get; } = [];

    public IDependencyExpression Resolve<TService>(Expression<Func<TService>> alias)
    {
        Services.Add(alias ?? throw new ArgumentNullException(nameof(alias)));
        return this;
    }
}
