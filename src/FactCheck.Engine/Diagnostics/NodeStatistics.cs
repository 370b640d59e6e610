namespace FactCheck.Engine.Diagnostics;

/// <summary>One node's work in one session.</summary>
/// <param name="Id">The node's id, as in <see cref="NetworkDescription"/>.</param>
/// <param name="Kind">The node's kind.</param>
/// <param name="Detail">What the node tests.</param>
/// <param name="Activations">How many facts or partial matches reached the node.</param>
/// <param name="Evaluations">How many conditions the node evaluated.</param>
/// <param name="MemoryCount">How many facts and partial matches the node holds now.</param>
public sealed record NodeStatistics(int Id, string Kind, string Detail, long Activations, long Evaluations, int MemoryCount);
