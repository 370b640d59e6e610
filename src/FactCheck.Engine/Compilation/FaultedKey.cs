namespace FactCheck.Engine.Compilation;

/// <summary>The key of a fact or token whose key expression threw: equal to nothing, so it joins nothing.</summary>
internal sealed class FaultedKey
{
}
