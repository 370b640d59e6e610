using System.Globalization;
using System.Text;

namespace FactCheck.Engine.Diagnostics;

/// <summary>The per-node counts of one session, printable as a table.</summary>
public sealed class NetworkStatistics
{
    internal NetworkStatistics(IReadOnlyList<NodeStatistics> nodes, int facts, int pendingActivations)
    {
        Nodes = nodes;
        Facts = facts;
        PendingActivations = pendingActivations;
    }

    /// <summary>Every node's counts, by id.</summary>
    public IReadOnlyList<NodeStatistics> Nodes { get; }

    /// <summary>How many facts working memory holds.</summary>
    public int Facts { get; }

    /// <summary>How many matches wait on the agenda.</summary>
    public int PendingActivations { get; }

    /// <summary>A table: id, kind, activations, evaluations, memory, detail.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Facts} facts, {PendingActivations} pending activations").AppendLine();
        text.AppendLine("  id  kind     activations  evaluations     memory  detail");
        foreach (var n in Nodes)
        {
            text.Append(CultureInfo.InvariantCulture, $"{n.Id,4}  {n.Kind,-8} {n.Activations,11} {n.Evaluations,12} {n.MemoryCount,10}  {n.Detail}").AppendLine();
        }

        return text.ToString();
    }
}
