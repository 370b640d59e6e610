using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Rete;

/// <summary>A rule action compiled to a delegate over the match; a yield returns the fact to link.</summary>
internal sealed record CompiledAction(Action<IContext, Token>? Do, Func<IContext, Token, object?>? Yield, string Text, ActionTrigger Trigger);
