using System.Reflection;
using FactCheck.Engine.Dsl;

namespace FactCheck.Engine;

internal sealed class RuleLoadSpec : IRuleLoadSpec
{
    private readonly List<Type> _types = [];
    private readonly List<Assembly> _assemblies = [];
    private bool _nested;
    private bool _private;

    public string RuleSet { get; private set; } = RuleRepository.DefaultRuleSet;
    private readonly List<Func<IRuleMetadata, bool>> _filters = [];

    public IRuleLoadSpec From(params Assembly[] assemblies)
    {
        _assemblies.AddRange(assemblies);
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

    public IRuleLoadSpec NestedTypes()
    {
        _nested = true;
        return this;
    }

    public IRuleLoadSpec PrivateTypes()
    {
        _private = true;
        return this;
    }

    public IRuleLoadSpec To(string ruleSetName)
    {
        ArgumentException.ThrowIfNullOrEmpty(ruleSetName);
        RuleSet = ruleSetName;
        return this;
    }

    public IRuleLoadSpec Where(Func<IRuleMetadata, bool> filter)
    {
        _filters.Add(filter ?? throw new ArgumentNullException(nameof(filter)));
        return this;
    }

    public IEnumerable<RuleMetadata> Select()
        => _assemblies.SelectMany(Scan).Concat(_types).Distinct().Select(RuleMetadata.From).Where(m => _filters.All(f => f(m)));

    private IEnumerable<Type> Scan(Assembly assembly)
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

        return types.Where(t => IsRuleClass(t) && (_nested || !t.IsNested) && (_private || IsPublic(t))).OrderBy(t => t.FullName, StringComparer.Ordinal);
    }

    private static bool IsPublic(Type type) => type.IsPublic || (type.IsNestedPublic && IsPublic(type.DeclaringType!));

    private static bool IsRuleClass(Type type)
        => type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(Rule).IsAssignableFrom(type);
}
