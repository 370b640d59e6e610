namespace FactCheck.Engine;

/// <summary>
/// A rule class could not be instantiated (no usable constructor, a service missing, a constructor that threw). Its
/// definition may be sound: a malformed definition is a <see cref="RuleDefinitionException"/>.
/// </summary>
public sealed class RuleActivationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleType">The rule class.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public RuleActivationException(Type ruleType, string message, Exception innerException)
        : base($"Rule class {ruleType.FullName}: {message}", innerException) => RuleType = ruleType;

    /// <summary>The rule class.</summary>
    public Type RuleType { get; }
}
