namespace FactCheck.Engine;

/// <summary>
/// A rule's definition is malformed, found when the rule is loaded or added (as in NRules): its <c>Define()</c>
/// threw, or it has no conditions or no actions. A definition that is sound but cannot be compiled into a network
/// (an alias read before it is bound, say) is a <see cref="RuleCompilationException"/> at <c>Compile()</c>.
/// </summary>
public sealed class RuleDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleType">The rule class.</param>
    /// <param name="ruleName">The rule's name.</param>
    /// <param name="message">What is wrong with it.</param>
    /// <param name="innerException">What <c>Define()</c> threw, if it threw.</param>
    public RuleDefinitionException(Type ruleType, string ruleName, string message, Exception? innerException = null)
        : base($"Rule '{ruleName}': {message}", innerException)
    {
        RuleType = ruleType;
        RuleName = ruleName;
    }

    /// <summary>The rule class.</summary>
    public Type RuleType { get; }

    /// <summary>The rule's name.</summary>
    public string RuleName { get; }
}
