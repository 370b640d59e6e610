using FactCheck.Engine.Dsl;

namespace FactCheck.Engine;

/// <summary>
/// Creates the instances of a rule class that <see cref="RuleRepository.Load"/> loads, as NRules' rule activator:
/// set <see cref="RuleRepository.Activator"/> to create rules from a container, to keep the instances (a test reads
/// them), or to load one class several times with different settings.
/// </summary>
public interface IRuleActivator
{
    /// <summary>Creates the rules of a class.</summary>
    /// <param name="type">A concrete class deriving from <see cref="Rule"/>.</param>
    /// <returns>The instances to load (usually one).</returns>
    IEnumerable<Rule> Activate(Type type);
}
