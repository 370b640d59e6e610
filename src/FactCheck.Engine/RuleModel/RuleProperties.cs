namespace FactCheck.Engine.RuleModel;

/// <summary>The names of the properties every rule carries in <see cref="IRuleMetadata.Properties"/>, besides those of its <see cref="Dsl.PropertyAttribute"/>s.</summary>
public static class RuleProperties
{
    /// <summary>The rule's class (a <see cref="Type"/>), as NRules records it.</summary>
    public const string ClrType = "ClrType";
}
