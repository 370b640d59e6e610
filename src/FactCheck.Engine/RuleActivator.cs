using FactCheck.Engine.Dsl;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Engine;

// The default: one instance a class, its constructor's parameters resolved from the repository's services if it has any.
internal sealed class RuleActivator : IRuleActivator
{
    private readonly IServiceProvider? _services;

    public RuleActivator(IServiceProvider? services) => _services = services;

    public IEnumerable<Rule> Activate(Type type)
    {
        yield return _services is null
            ? (Rule)Activator.CreateInstance(type)!
            : (Rule)ActivatorUtilities.CreateInstance(_services, type);
    }
}
