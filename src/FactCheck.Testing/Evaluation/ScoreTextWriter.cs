using System.Globalization;
using System.Text;

namespace FactCheck.Testing.Evaluation;

/// <summary>Writes a <see cref="CorpusScore"/> as text: a block per cluster, then the totals.</summary>
internal static class ScoreTextWriter
{
    public static string Write(CorpusScore score)
    {
        var text = new StringBuilder();
        foreach (var cluster in score.Clusters)
        {
            text.Append(CultureInfo.InvariantCulture, $"{cluster.Name}: recall {Ratio(cluster.Found.Count, cluster.Flags)}, precision {Precision(cluster)}, traps hit {cluster.TrapsHit.Count}/{cluster.Traps}, {cluster.Findings} findings\n");
            Names(text, "missed", cluster.Missed);
            Names(text, "trap hit", cluster.TrapsHit);
            Names(text, "stretch found", cluster.StretchFound);
            Names(text, "false positive", cluster.FalsePositives);
        }

        foreach (var problem in score.Problems)
        {
            text.Append(CultureInfo.InvariantCulture, $"problem: {problem}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"total: recall {Ratio(score.Found, score.Flags)}, precision {Ratio(score.Correct, score.Findings)}, traps hit {score.TrapsHit}/{score.Traps}, {score.Clusters.Sum(c => c.Findings)} findings in {score.Clusters.Count} clusters\n");
        return text.ToString();
    }

    private static string Precision(ClusterScore cluster)
        => cluster.Exhaustive ? Ratio(cluster.Correct, cluster.Findings) : "n/a (gold not exhaustive)";

    private static string Ratio(int part, int whole)
        => whole == 0 ? $"{part}/{whole} (n/a)" : string.Create(CultureInfo.InvariantCulture, $"{part}/{whole} ({100.0 * part / whole:0.0}%)");

    private static void Names(StringBuilder text, string label, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {label}: {name}\n");
        }
    }
}
