using System.Reflection;

namespace FactCheck.Engine;

/// <summary>Says which rule classes a <see cref="RuleRepository"/> loads: from where, and which of them.</summary>
public interface IRuleLoadSpec
{
    /// <summary>Loads the concrete rule classes of these assemblies.</summary>
    /// <param name="assemblies">The assemblies to scan.</param>
    IRuleLoadSpec From(params Assembly[] assemblies);

    /// <summary>Loads these rule classes.</summary>
    /// <param name="types">Classes deriving from <see cref="Dsl.Rule"/>.</param>
    IRuleLoadSpec From(params Type[] types);

    /// <summary>Keeps only the rules that satisfy the filter; several filters must all hold.</summary>
    /// <param name="filter">A test on a rule's name, tags, priority or type.</param>
    IRuleLoadSpec Where(Func<IRuleMetadata, bool> filter);

    /// <summary>Also loads rule classes nested in other classes when scanning assemblies (by default only top-level ones, as NRules).</summary>
    IRuleLoadSpec NestedTypes();

    /// <summary>Also loads rule classes that are not public when scanning assemblies (by default only public ones, as NRules).</summary>
    IRuleLoadSpec PrivateTypes();

    /// <summary>Puts the loaded rules into the named rule set instead of <see cref="RuleRepository.DefaultRuleSet"/>.</summary>
    /// <param name="ruleSetName">The set's name.</param>
    IRuleLoadSpec To(string ruleSetName);
}
