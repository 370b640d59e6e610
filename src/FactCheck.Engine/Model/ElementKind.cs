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
}
