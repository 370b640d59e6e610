using FactCheck.Engine.Model;

namespace FactCheck.Engine.Rete;

/// <summary>A compiled query step over a value and the match: a filter returns a bool, a projection a value, a projection to many a sequence.</summary>
internal sealed record QueryStepFunction(QueryOperationKind Kind, Func<Token, object?, object?> Apply, string Text);
