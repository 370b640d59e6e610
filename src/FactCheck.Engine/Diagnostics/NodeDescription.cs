namespace FactCheck.Engine.Diagnostics;

/// <summary>One node of a compiled network.</summary>
/// <param name="Id">The node's id, unique within the network.</param>
/// <param name="Kind">Type, Select, Join, Not, Exists, Collect, GroupBy or Rule.</param>
/// <param name="Detail">What the node tests; for joins, whether it is hash-indexed ("[hash]") or scans ("[scan]").</param>
/// <param name="Rules">The rules that use the node; more than one where the node is shared.</param>
/// <param name="Successors">The ids of the nodes it feeds.</param>
public sealed record NodeDescription(int Id, string Kind, string Detail, IReadOnlyList<string> Rules, IReadOnlyList<int> Successors);
