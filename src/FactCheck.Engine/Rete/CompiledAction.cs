namespace FactCheck.Engine.Rete;

/// <summary>A rule action compiled to a delegate over the match's facts; a yield returns the fact to link.</summary>
internal sealed record CompiledAction(Action<IContext, object?[]>? Do, Func<IContext, object?[], object?>? Yield, string Text);
