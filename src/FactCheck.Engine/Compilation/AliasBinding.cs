using System.Reflection;

namespace FactCheck.Engine.Compilation;

/// <summary>An alias of a rule (a local variable of <c>Define</c>) and the position of the match it reads.</summary>
internal sealed record AliasBinding(FieldInfo Field, string Name, Type Type, int Position);
