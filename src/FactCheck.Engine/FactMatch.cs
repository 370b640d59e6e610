namespace FactCheck.Engine;

/// <summary>One fact (or aggregate result) of a match, with the alias it was bound to.</summary>
/// <param name="Name">The alias's name, or <c>_N</c> for an unnamed pattern at position N.</param>
/// <param name="Type">The declared type of the alias.</param>
/// <param name="Value">The fact itself, or the aggregate's result.</param>
public sealed record FactMatch(string Name, Type Type, object? Value);
