namespace FactCheck.Testing.Evaluation;

/// <summary>
/// One annotated contradiction (or non-contradiction) of a cluster's gold: what a finding must show to match it. The
/// fields mirror the gold format described in the README; a finding matches when every condition that is set holds.
/// </summary>
public sealed record GoldEntry
{
    /// <summary>What the entry is, with its figures and sources; the scores list missed flags and hit traps by it.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Numbers that must each lie inside one of the finding's claim intervals, or appear among the finding's own labels
    /// or numbers.
    /// </summary>
    public IReadOnlyList<double> Numbers { get; init; } = [];

    /// <summary>Words of which one must occur in the finding's kind (such as <c>quantity</c> or <c>deni</c>); empty for any kind.</summary>
    public IReadOnlyList<string> KindWords { get; init; } = [];

    /// <summary>Strings of which at least one must occur, ignoring case, in the finding's text fields; empty for no condition.</summary>
    public IReadOnlyList<string> TextAny { get; init; } = [];

    /// <summary>Strings that must all occur, ignoring case, in the finding's text fields.</summary>
    public IReadOnlyList<string> TextAll { get; init; } = [];

    /// <summary><c>hard</c> or <c>apparent</c>: the finding's severity must contain it; null for any severity.</summary>
    public string? Severity { get; init; }

    /// <summary>
    /// When true (traps such as one figure written two ways), every claim interval of the finding must hold one of
    /// <see cref="Numbers"/>, a one-sided bound counting as open on its other side.
    /// </summary>
    public bool Only { get; init; }

    /// <summary>
    /// For each of <see cref="Numbers"/>, whether the gold file wrote it as an integer. It decides how the number is
    /// spelled when it is looked for among a finding's labels ("1,500" for an integer, "1,500.0" for a float), as the
    /// reference scorer does. Empty means: integral values are integers.
    /// </summary>
    internal IReadOnlyList<bool> WrittenAsInteger { get; init; } = [];
}
