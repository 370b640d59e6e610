namespace FactCheck.Engine.RuleModel;

/// <summary>What an element of a rule's left-hand side is.</summary>
public enum RuleElementType
{
    /// <summary><c>Match</c>: a fact, with conditions, maybe bound to an alias.</summary>
    Pattern,

    /// <summary><c>Not</c>: no such fact.</summary>
    Not,

    /// <summary><c>Exists</c>: at least one such fact.</summary>
    Exists,

    /// <summary><c>Query</c>: facts aggregated, projected or both, bound to an alias.</summary>
    Query,

    /// <summary><c>Let</c>: a calculated value bound to an alias.</summary>
    Binding,

    /// <summary><c>Having</c>: conditions over aliases.</summary>
    Filter,

    /// <summary><c>Or</c>: any one of its children.</summary>
    Or,

    /// <summary><c>And</c>: all its children.</summary>
    And,
}
