namespace FactCheck.Testing.Evaluation;

/// <summary>
/// How one report scored against its cluster's gold: which flags it found, which traps it hit and, when the gold is
/// exhaustive, which findings were false positives (matching nothing acceptable, hitting a trap, or repeating a
/// contradiction an earlier finding already reported).
/// </summary>
public sealed record ClusterScore
{
    /// <summary>The cluster's name (its folder's name).</summary>
    public required string Name { get; init; }

    /// <summary>How many flag entries the gold holds.</summary>
    public required int Flags { get; init; }

    /// <summary>The names of the flag entries some finding matched.</summary>
    public required IReadOnlyList<string> Found { get; init; }

    /// <summary>The names of the flag entries no finding matched.</summary>
    public required IReadOnlyList<string> Missed { get; init; }

    /// <summary>How many trap entries the gold holds.</summary>
    public required int Traps { get; init; }

    /// <summary>The names of the trap entries some finding matched.</summary>
    public required IReadOnlyList<string> TrapsHit { get; init; }

    /// <summary>How many stretch entries the gold holds.</summary>
    public int Stretch { get; init; }

    /// <summary>The names of the stretch entries some finding matched.</summary>
    public IReadOnlyList<string> StretchFound { get; init; } = [];

    /// <summary>How many findings the report made.</summary>
    public required int Findings { get; init; }

    /// <summary>Whether the gold is exhaustive, so that <see cref="FalsePositives"/> and <see cref="Precision"/> are defined.</summary>
    public required bool Exhaustive { get; init; }

    /// <summary>Findings that were not false positives (0 when the gold is not exhaustive).</summary>
    public required int Correct { get; init; }

    /// <summary>Each false positive as "kind severity: explanation", in report order (empty when the gold is not exhaustive).</summary>
    public required IReadOnlyList<string> FalsePositives { get; init; }

    /// <summary>Found flags over all flags; null for a calm cluster, which has none.</summary>
    public double? Recall => Flags == 0 ? null : (double)Found.Count / Flags;

    /// <summary>Correct findings over all findings; null when there are no findings or the gold is not exhaustive.</summary>
    public double? Precision => Exhaustive && Findings > 0 ? (double)Correct / Findings : null;
}
