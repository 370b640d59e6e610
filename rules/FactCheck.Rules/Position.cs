using FactCheck.Extraction.Claims;

namespace FactCheck.Rules;

/// <summary>
/// Where one source stands on one proposition, with every statement behind it: "the Russian government denies the
/// deployment (3 statements, 2 articles)". Built by <see cref="PositionRule"/>; the statement rules compare positions,
/// so a thousand articles repeating a denial make one finding, not a thousand.
/// </summary>
public sealed record Position
{
    /// <summary>The proposition, such as <c>deployment:North Korea</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>The source.</summary>
    public required string Attribution { get; init; }

    /// <summary>Where the source stands.</summary>
    public required PositionKind Kind { get; init; }

    /// <summary>The statements behind the position, in evidence order (publication date, outlet, sentence, position).</summary>
    public required IReadOnlyList<StatementClaim> Claims { get; init; }

    /// <summary>
    /// Whether the subject names who acted ("deployment:North Korea"), so that it is a proposition two sources can
    /// assert and deny. An event class alone ("casualties:") is a topic: a denial of one thing under it ("no one was
    /// hurt in the second blast") does not contradict an assertion of another.
    /// </summary>
    public bool NamesAgent => SubjectNamesAgent(Subject);

    // "deployment:North Korea" names who acted; "casualties:" and "" do not.
    internal static bool SubjectNamesAgent(string subject) => subject.Length > 0 && subject[^1] != ':';

    /// <summary>
    /// Whether two positions speak of the same proposition: the subject names its agent, or a statement of each
    /// shares two consecutive content words (function words skipped) with one of the other: "live ammunition" in
    /// "denied that police had used live ammunition" and "confirmed that live ammunition had been used".
    /// </summary>
    /// <param name="other">The other position, under the same subject.</param>
    public bool SharesPropositionWith(Position other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (NamesAgent)
        {
            return true;
        }

        // A statement that answers the one before it ("Beijing rejected that account") is about that statement.
        if (other.Claims.Any(c => Claims.Any(answer => answer.Answers.Length > 0 && answer.DocumentId == c.DocumentId && answer.Answers == c.Sentence)))
        {
            return true;
        }

        var mine = Claims.SelectMany(c => ContentPhrases(c.Sentence)).ToHashSet(StringComparer.Ordinal);
        return other.Claims.Any(c => ContentPhrases(c.Sentence).Any(mine.Contains));
    }

    private static IEnumerable<string> ContentPhrases(string sentence)
    {
        string? previous = null;
        foreach (var raw in sentence.Split([' ', ',', '.', ';', ':', '"', '“', '”', '(', ')', '!', '?'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('\'', '’', '‘').ToLowerInvariant();
            if (word.Length < 3 || !word.All(char.IsLetter) || FunctionWords.Contains(word))
            {
                continue;
            }

            if (previous is not null)
            {
                yield return $"{previous} {word}";
            }

            previous = word;
        }
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "and", "that", "this", "these", "those", "had", "has", "have", "was", "were", "been", "are", "not", "but", "for",
        "with", "from", "into", "its", "their", "his", "her", "they", "said", "says", "told", "who", "which", "would", "could",
        "also", "than", "there", "what", "when", "after", "before", "about", "over",
    };

    /// <summary>How many distinct documents carry the position.</summary>
    public int Documents => Claims.Select(c => c.DocumentId).Distinct().Count();

    /// <summary>The position a stance takes, or null for a plan, which asserts nothing yet.</summary>
    /// <param name="stance">A statement's stance.</param>
    public static PositionKind? KindOf(Stance stance) => stance switch
    {
        Stance.Asserted or Stance.Reported => PositionKind.Affirms,
        Stance.Confirmed => PositionKind.Confirms,
        Stance.Denied => PositionKind.Denies,
        Stance.Unverified => PositionKind.Doubts,
        _ => null,
    };

    /// <summary>The grouping key of a statement: proposition, source and position.</summary>
    /// <param name="claim">A statement.</param>
    public static string KeyOf(StatementClaim claim) => $"{claim.Subject}|{claim.Attribution}|{KindOf(claim.Stance)}";

    /// <summary>The position of a group of statements sharing proposition, source and position.</summary>
    /// <param name="claims">The statements.</param>
    public static Position Of(IEnumerable<StatementClaim> claims)
    {
        var ordered = claims.OrderBy(c => c, EvidenceOrder.Instance).ToList();
        return new Position
        {
            Subject = ordered[0].Subject,
            Attribution = ordered[0].Attribution,
            Kind = KindOf(ordered[0].Stance) ?? PositionKind.Affirms,
            Claims = ordered,
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Attribution} {Kind.ToString().ToLowerInvariant()} {Subject} ({Claims.Count} statements, {Documents} articles)";
}
