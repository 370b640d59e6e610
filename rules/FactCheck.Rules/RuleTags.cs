namespace FactCheck.Rules;

/// <summary>The tags of the built-in rules, for selecting them (<c>--tag numeric</c>).</summary>
public static class RuleTags
{
    /// <summary>Quantities, counts, and the corroboration table.</summary>
    public const string Numeric = "numeric";

    /// <summary>Dates.</summary>
    public const string Dates = "dates";

    /// <summary>Attributed statements: denials and confirmations.</summary>
    public const string Statements = "statements";
}
