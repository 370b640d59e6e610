namespace FactCheck.Engine.Aggregators;

/// <summary>
/// Custom aggregates by name, for queries that name an aggregate without naming its factory
/// (<see cref="Dsl.QueryExtensions.Aggregate{TSource, TResult}"/> with no factory type).
/// </summary>
public sealed class AggregatorRegistry
{
    private readonly Dictionary<string, Type> _factories = new(StringComparer.Ordinal);

    /// <summary>Registers the factory of an aggregate, replacing any registered under the same name.</summary>
    /// <param name="name">The aggregate's name, as queries write it.</param>
    /// <param name="factoryType">A type implementing <see cref="IAggregatorFactory"/> with a public parameterless constructor.</param>
    public void RegisterFactory(string name, Type factoryType)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(factoryType);
        ThrowIfNoFactory(factoryType, nameof(factoryType));
        _factories[name] = factoryType;
    }

    // The engine creates factories itself, so a factory type must be concrete with a public parameterless constructor.
    internal static void ThrowIfNoFactory(Type type, string parameter)
    {
        if (!typeof(IAggregatorFactory).IsAssignableFrom(type) || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new ArgumentException($"{type.Name} is not a concrete IAggregatorFactory with a public parameterless constructor.", parameter);
        }
    }

    /// <summary>The factory registered under a name, or null.</summary>
    /// <param name="name">The aggregate's name.</param>
    public Type? this[string name] => _factories.GetValueOrDefault(name);
}
