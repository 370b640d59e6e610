using FactCheck.Engine.Compilation;
using FactCheck.Engine.Dsl;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Engine;

/// <summary>
/// Holds the rules to compile: loaded as classes from assemblies (created through an optional
/// <see cref="IServiceProvider"/>, so a rule may take services in its constructor) or added as instances.
/// </summary>
public sealed class RuleRepository
{
    private readonly IServiceProvider? _services;
    private readonly List<(Rule Rule, IRuleMetadata Metadata)> _rules = [];

    /// <summary>Creates an empty repository.</summary>
    /// <param name="services">Creates rule classes, resolving their constructor parameters; without it a rule needs a parameterless constructor.</param>
    public RuleRepository(IServiceProvider? services = null) => _services = services;

    /// <summary>The rules loaded so far, in load order.</summary>
    public IReadOnlyList<IRuleMetadata> Rules => [.. _rules.Select(r => r.Metadata)];

    /// <summary>Loads rule classes.</summary>
    /// <param name="spec">Names the assemblies or types, and filters them.</param>
    /// <example><c>repository.Load(x =&gt; x.From(typeof(MyRule).Assembly).Where(r =&gt; r.IsTagged("numeric")));</c></example>
    public void Load(Action<IRuleLoadSpec> spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var load = new RuleLoadSpec();
        spec(load);
        foreach (var metadata in load.Select())
        {
            _rules.Add((Create(metadata), metadata));
        }
    }

    /// <summary>Adds a rule instance, for rules built with constructor arguments.</summary>
    /// <param name="rule">The rule.</param>
    public void Add(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Add((rule, RuleMetadata.From(rule.GetType())));
    }

    /// <summary>
    /// Compiles the rules into a network. Throws <see cref="RuleCompilationException"/>, naming the rule, for a rule
    /// with no conditions or no actions, an alias used before it is bound, or a condition that is not over its pattern.
    /// </summary>
    public ISessionFactory Compile() => new NetworkCompiler().Compile(_rules);

    private Rule Create(RuleMetadata metadata)
    {
        try
        {
            return _services is null
                ? (Rule)Activator.CreateInstance(metadata.RuleType)!
                : (Rule)ActivatorUtilities.CreateInstance(_services, metadata.RuleType);
        }
        catch (Exception exception)
        {
            var inner = exception is System.Reflection.TargetInvocationException { InnerException: { } e } ? e : exception;
            throw new RuleCompilationException(metadata.Name, $"could not create {metadata.RuleType.FullName}: {inner.Message}", inner);
        }
    }
}
