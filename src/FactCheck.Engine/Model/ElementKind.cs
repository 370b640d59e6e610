namespace FactCheck.Engine.Model;

internal enum ElementKind
{
    Match,
    Not,
    Exists,
    Aggregate,

    /// <summary>Let: a value calculated from earlier aliases, bound to an alias of its own.</summary>
    Binding,

    /// <summary>Having: a condition over earlier aliases that binds nothing.</summary>
    Filter,

    /// <summary>Or: any one of its children; the rule gets a network per alternative.</summary>
    Or,

    /// <summary>And: all its children, in order (inside an Or).</summary>
    And,
}
