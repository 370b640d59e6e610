namespace FactCheck.Testing.Evaluation;

/// <summary>
/// The scores of several clusters and their totals. Recall and precision are ratios of the summed counts, not averages
/// of the clusters' ratios, so a large cluster weighs more.
/// </summary>
public sealed record CorpusScore
{
    /// <summary>The clusters that were scored, in the order given.</summary>
    public required IReadOnlyList<ClusterScore> Clusters { get; init; }

    /// <summary>Clusters that could not be scored and inputs that could not be read, each naming its file and the reason.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Flag entries over all clusters.</summary>
    public int Flags => Clusters.Sum(c => c.Flags);

    /// <summary>Flag entries found over all clusters.</summary>
    public int Found => Clusters.Sum(c => c.Found.Count);

    /// <summary>Trap entries hit over all clusters.</summary>
    public int TrapsHit => Clusters.Sum(c => c.TrapsHit.Count);

    /// <summary>Trap entries over all clusters.</summary>
    public int Traps => Clusters.Sum(c => c.Traps);

    /// <summary>Findings over the clusters whose gold is exhaustive.</summary>
    public int Findings => Clusters.Where(c => c.Exhaustive).Sum(c => c.Findings);

    /// <summary>Correct findings over the clusters whose gold is exhaustive.</summary>
    public int Correct => Clusters.Sum(c => c.Correct);

    /// <summary>Found flags over all flags; null when no cluster has any.</summary>
    public double? Recall => Flags == 0 ? null : (double)Found / Flags;

    /// <summary>Correct findings over all findings of exhaustive clusters; null when there are none.</summary>
    public double? Precision => Findings == 0 ? null : (double)Correct / Findings;

    /// <summary>The scores as text: a line per cluster with what it missed, the traps it hit and its false positives, then the totals.</summary>
    public string ToText() => ScoreTextWriter.Write(this);

    /// <summary>The scores as indented JSON (ratios as numbers from 0 to 1, null where undefined).</summary>
    public string ToJson() => ScoreJsonWriter.Write(this);
}
