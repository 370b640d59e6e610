namespace FactCheck.Engine.RuleModel;

/// <summary>A named set of rules in a repository, as NRules' rule sets: loaded with <c>To(name)</c>, compiled on their own or together.</summary>
public interface IRuleSet
{
    /// <summary>The set's name; rules loaded without <c>To(...)</c> are in <see cref="RuleRepository.DefaultRuleSet"/>.</summary>
    string Name { get; }

    /// <summary>The rules in the set, in load order.</summary>
    IReadOnlyList<IRuleMetadata> Rules { get; }
}
