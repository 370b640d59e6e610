using System.Reflection;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine;

internal sealed class RuleLoadSpec : IRuleLoadSpec
{
    private readonly List<Type> _types = [];
    private readonly List<Func<IRuleMetadata, bool>> _filters = [];

    public IRuleLoadSpec From(params Assembly[] assemblies)
    {
        foreach (var assembly in assemblies)
        {
            Type[] types;
            try
            {
                types = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException exception)
            {
                types = [.. exception.Types.OfType<Type>()];
            }

            _types.AddRange(types.Where(IsRuleClass).OrderBy(t => t.FullName, StringComparer.Ordinal));
        }

        return this;
    }

    public IRuleLoadSpec From(params Type[] types)
    {
        foreach (var type in types)
        {
            if (!IsRuleClass(type))
            {
                throw new ArgumentException($"{type.FullName} is not a concrete class deriving from {typeof(Rule).FullName}.", nameof(types));
            }

            _types.Add(type);
        }

        return this;
    }

    public IRuleLoadSpec Where(Func<IRuleMetadata, bool> filter)
    {
        _filters.Add(filter ?? throw new ArgumentNullException(nameof(filter)));
        return this;
    }

    public IEnumerable<RuleMetadata> Select()
        => _types.Distinct().Select(RuleMetadata.From).Where(m => _filters.All(f => f(m)));

    private static bool IsRuleClass(Type type)
        => type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(Rule).IsAssignableFrom(type);
}
