namespace FactCheck.Engine;

/// <summary>An alias a rule binds: the local variable's name (<c>_N</c> for an unnamed pattern at position N) and its type.</summary>
/// <param name="Name">The alias's name.</param>
/// <param name="Type">The alias's declared type.</param>
public sealed record Declaration(string Name, Type Type);
