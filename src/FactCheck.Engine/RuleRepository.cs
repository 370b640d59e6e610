using FactCheck.Engine.Compilation;
using FactCheck.Engine.Dsl;
using FactCheck.Engine.RuleModel;

namespace FactCheck.Engine;

/// <summary>
/// Holds the rules to compile: loaded as classes from assemblies (created through an optional
/// <see cref="IServiceProvider"/>, so a rule may take services in its constructor) or added as instances.
/// </summary>
public sealed class RuleRepository
{
    /// <summary>The rule set of rules loaded without <see cref="IRuleLoadSpec.To"/>.</summary>
    public const string DefaultRuleSet = "default";

    private readonly List<RuleSet> _sets = [];

    /// <summary>Creates an empty repository.</summary>
    /// <param name="services">Creates rule classes, resolving their constructor parameters; without it a rule needs a parameterless constructor.</param>
    public RuleRepository(IServiceProvider? services = null) => Activator = new RuleActivator(services);

    /// <summary>Creates the rules of each class <see cref="Load"/> loads; by default one instance a class, made through the repository's services if it was given any.</summary>
    public IRuleActivator Activator { get; set; }

    /// <summary>
    /// The custom aggregates queries name without naming their factory (<see cref="Dsl.QueryExtensions.Aggregate{TSource, TResult}"/>);
    /// read when the rules compile. NRules keeps this registry on its <c>RuleCompiler</c>; here the repository compiles.
    /// </summary>
    public Aggregators.AggregatorRegistry AggregatorRegistry { get; } = new();

    /// <summary>The rules loaded so far, in load order, set by set.</summary>
    public IReadOnlyList<IRuleMetadata> Rules => [.. _sets.SelectMany(s => s.Entries).Select(r => r.Metadata)];

    /// <summary>The rule sets, in the order they were first loaded into.</summary>
    public IReadOnlyList<IRuleSet> GetRuleSets() => _sets;

    /// <summary>The rules as data: metadata, left-hand side and right-hand side with their expressions, as each rule's <c>Define()</c> declared them when it was loaded.</summary>
    public IReadOnlyList<IRuleDefinition> GetRules()
        => [.. _sets.SelectMany(s => s.Entries).Select(d => new RuleDefinitionView(d))];

    /// <summary>
    /// Loads rule classes: each is created (<see cref="Activator"/>) and its <c>Define()</c> run, so a malformed rule
    /// throws <see cref="RuleDefinitionException"/> here and one that cannot be created <see cref="RuleActivationException"/>.
    /// </summary>
    /// <param name="spec">Names the assemblies or types, and filters them.</param>
    /// <example><c>repository.Load(x =&gt; x.From(typeof(MyRule).Assembly).Where(r =&gt; r.IsTagged("numeric")));</c></example>
    public void Load(Action<IRuleLoadSpec> spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var load = new RuleLoadSpec();
        spec(load);
        // Every rule is created and defined before any is added, so a faulty one leaves the repository as it was.
        var definitions = load.Select().SelectMany(metadata => Create(metadata).Select(rule => NetworkCompiler.Define(rule, metadata))).ToList();
        SetNamed(load.RuleSet).Entries.AddRange(definitions);
    }

    /// <summary>Adds a rule instance, for rules built with constructor arguments.</summary>
    /// <param name="rule">The rule.</param>
    public void Add(Rule rule)
    {
        Add(rule, DefaultRuleSet);
    }

    /// <summary>Adds a rule instance to a named rule set; a malformed rule throws <see cref="RuleDefinitionException"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="ruleSet">The set's name.</param>
    public void Add(Rule rule, string ruleSet)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrEmpty(ruleSet);
        SetNamed(ruleSet).Entries.Add(NetworkCompiler.Define(rule, RuleMetadata.From(rule.GetType())));
    }

    /// <summary>
    /// Compiles the rules into a network. Throws <see cref="RuleCompilationException"/>, naming the rule, for an alias
    /// used before it is bound, a condition that is not over its pattern, or another fault of the definition's shape.
    /// </summary>
    public ISessionFactory Compile() => new NetworkCompiler(AggregatorRegistry).Compile(_sets.SelectMany(s => s.Entries));

    /// <summary>Compiles only the rules of the given sets (from <see cref="GetRuleSets"/>).</summary>
    /// <param name="ruleSets">The sets to compile.</param>
    public ISessionFactory Compile(IEnumerable<IRuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        var chosen = ruleSets.Select(s => s as RuleSet ?? throw new ArgumentException("A rule set must come from this repository's GetRuleSets().", nameof(ruleSets))).Distinct();
        return new NetworkCompiler(AggregatorRegistry).Compile(chosen.SelectMany(s => s.Entries));
    }

    private RuleSet SetNamed(string name)
    {
        var set = _sets.Find(s => s.Name == name);
        if (set is null)
        {
            set = new RuleSet(name);
            _sets.Add(set);
        }

        return set;
    }

    private List<Rule> Create(RuleMetadata metadata)
    {
        try
        {
            var rules = (Activator ?? throw new InvalidOperationException("the repository's Activator is null.")).Activate(metadata.RuleType).ToList();
            if (rules.Any(r => r is null || r.GetType() != metadata.RuleType))
            {
                throw new InvalidOperationException($"the activator returned a null rule or one of another class than {metadata.RuleType.Name}.");
            }

            return rules;
        }
        catch (Exception exception)
        {
            var inner = exception is System.Reflection.TargetInvocationException { InnerException: { } e } ? e : exception;
            throw new RuleActivationException(metadata.RuleType, $"could not create rule '{metadata.Name}': {inner.Message}", inner);
        }
    }
}
