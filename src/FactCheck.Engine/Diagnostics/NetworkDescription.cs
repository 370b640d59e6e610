using System.Text;
using FactCheck.Engine.Rete;

namespace FactCheck.Engine.Diagnostics;

/// <summary>A readable description of a compiled network: its nodes by kind, and which rules share them.</summary>
public sealed class NetworkDescription
{
    private NetworkDescription(IReadOnlyList<NodeDescription> nodes) => Nodes = nodes;

    /// <summary>Every node, by id.</summary>
    public IReadOnlyList<NodeDescription> Nodes { get; }

    /// <summary>How many nodes of each kind the network has.</summary>
    public IReadOnlyDictionary<string, int> CountByKind
        => Nodes.GroupBy(n => n.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The nodes used by more than one rule.</summary>
    public IEnumerable<NodeDescription> SharedNodes => Nodes.Where(n => n.Rules.Count > 1);

    /// <summary>A table of the nodes, one a line, with a summary line first.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("Network: ").AppendJoin(", ", CountByKind.Select(k => $"{k.Value} {k.Key}"))
            .Append("; ").Append(SharedNodes.Count()).AppendLine(" shared by several rules");
        foreach (var node in Nodes)
        {
            text.Append(node.Id.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(4)).Append("  ")
                .Append(node.Kind.PadRight(8)).Append(node.Detail);
            if (node.Successors.Count > 0)
            {
                text.Append(" -> ").AppendJoin(",", node.Successors);
            }

            text.Append("  {").AppendJoin(", ", node.Rules).AppendLine("}");
        }

        return text.ToString();
    }

    internal static NetworkDescription Of(IEnumerable<ReteNode> nodes)
        => new([.. nodes.Select(n => new NodeDescription(n.Id, n.Kind, n.Detail, [.. n.Rules.Select(r => r.Name).Distinct()], [.. n.Successors.Select(s => s.Id)]))]);
}
