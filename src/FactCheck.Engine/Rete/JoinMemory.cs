namespace FactCheck.Engine.Rete;

/// <summary>The memory of a node with a left and a right input.</summary>
internal class JoinMemory : NodeMemory
{
    public TokenIndex Left { get; } = new();

    public FactIndex Right { get; } = new();

    public override int Count => Left.Count + Right.Count;
}
