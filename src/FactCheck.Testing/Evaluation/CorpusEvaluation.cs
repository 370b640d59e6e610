using FactCheck.Extraction.Documents;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactCheck.Testing.Evaluation;

/// <summary>
/// Scores contradiction reports against annotated clusters of articles, so that rule authors can measure recall,
/// precision and traps on their own corpora from their tests. A cluster is a folder holding its articles
/// (<c>articles.json</c>, or <c>.txt</c> and <c>.md</c> files) and a <c>gold.json</c> in the format the README documents;
/// the counts are those of the development corpus's reference scorer on the same reports.
/// </summary>
public static class CorpusEvaluation
{
    /// <summary>The gold file every cluster folder holds.</summary>
    public const string GoldFileName = "gold.json";

    /// <summary>Checks every cluster folder with <paramref name="checker"/> and scores each report against the folder's gold.</summary>
    /// <param name="folders">The cluster folders.</param>
    /// <param name="checker">The checker to score; the default rules when null.</param>
    /// <returns>Each cluster's score and the totals; a folder that cannot be scored is listed in <see cref="CorpusScore.Problems"/> and the others are still scored.</returns>
    public static CorpusScore Evaluate(IEnumerable<string> folders, FactChecker? checker = null)
    {
        ArgumentNullException.ThrowIfNull(folders);
        checker ??= FactChecker.CreateDefault();
        var clusters = new List<ClusterScore>();
        var problems = new List<string>();
        foreach (var folder in folders)
        {
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            var goldPath = Path.Combine(folder, GoldFileName);
            if (!File.Exists(goldPath))
            {
                problems.Add($"{folder}: no {GoldFileName}");
                continue;
            }

            GoldAnnotation gold;
            try
            {
                gold = GoldAnnotation.Load(goldPath);
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                problems.Add(exception.Message);
                continue;
            }

            var documents = DocumentLoader.FromPaths(ArticlesOf(folder));
            problems.AddRange(documents.Problems.Select(p => $"{name}: {p}"));
            if (documents.Count == 0)
            {
                problems.Add($"{folder}: no article could be read");
                continue;
            }

            clusters.Add(Score(checker.Check(documents), gold, name));
        }

        return new CorpusScore { Clusters = clusters, Problems = problems };
    }

    /// <summary>Scores one report against a cluster's gold.</summary>
    /// <param name="report">The report.</param>
    /// <param name="gold">The cluster's gold.</param>
    /// <param name="name">The cluster's name, for the score.</param>
    public static ClusterScore Score(ContradictionReport report, GoldAnnotation gold, string name = "cluster")
    {
        ArgumentNullException.ThrowIfNull(report);
        return Score(report.Render(ReportFormat.Json), gold, name);
    }

    /// <summary>Scores a JSON report (the output of <c>factcheck check --format json</c>) against a cluster's gold.</summary>
    /// <param name="reportJson">The report's JSON.</param>
    /// <param name="gold">The cluster's gold.</param>
    /// <param name="name">The cluster's name, for the score.</param>
    /// <exception cref="InvalidDataException">The report is not JSON.</exception>
    public static ClusterScore Score(string reportJson, GoldAnnotation gold, string name = "cluster")
    {
        ArgumentNullException.ThrowIfNull(reportJson);
        ArgumentNullException.ThrowIfNull(gold);
        JToken report;
        try
        {
            report = ScoredJson.Parse(reportJson);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{name}: the report is not valid JSON ({exception.Message})", exception);
        }

        var findings = FindingsOf(report).Select(f => new GoldMatcher(f)).ToList();
        bool Any(GoldEntry entry) => findings.Any(f => f.Matches(entry));
        var found = gold.Flags.Where(Any).Select(g => g.Name).ToList();
        var foundNames = found.ToHashSet(StringComparer.Ordinal);
        var falsePositives = new List<string>();
        if (gold.Exhaustive)
        {
            var good = gold.Flags.Concat(gold.Allowed).Concat(gold.Stretch).ToList();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var finding in findings)
            {
                var names = good.Where(finding.Matches).Select(g => g.Name).Distinct().Order(StringComparer.Ordinal);
                var key = string.Join("\u0001", names);
                if (key.Length == 0 || gold.Traps.Any(finding.Matches) || seen.Contains(key))
                {
                    falsePositives.Add(Describe(finding.Finding));
                }

                seen.Add(key);
            }
        }

        return new ClusterScore
        {
            Name = name,
            Flags = gold.Flags.Count,
            Found = found,
            Missed = [.. gold.Flags.Select(g => g.Name).Where(n => !foundNames.Contains(n))],
            Traps = gold.Traps.Count,
            TrapsHit = [.. gold.Traps.Where(Any).Select(g => g.Name)],
            Stretch = gold.Stretch.Count,
            StretchFound = [.. gold.Stretch.Where(Any).Select(g => g.Name)],
            Findings = findings.Count,
            Exhaustive = gold.Exhaustive,
            Correct = gold.Exhaustive ? findings.Count - falsePositives.Count : 0,
            FalsePositives = falsePositives,
        };
    }

    private static IEnumerable<string> ArticlesOf(string folder)
    {
        var json = Path.Combine(folder, "articles.json");
        if (File.Exists(json))
        {
            return [json];
        }

        var texts = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList()
            : [];
        return texts.Count > 0 ? texts : [folder];
    }

    // The report's findings: its "findings" array, as the reference scorer finds it.
    private static IEnumerable<JObject> FindingsOf(JToken report)
    {
        var list = report switch
        {
            JObject o when o["findings"] is JArray a => a,
            JObject o when o["contradictions"] is JArray a => a,
            JObject o when o["results"] is JArray a => a,
            JArray a => a,
            _ => [],
        };
        return list.OfType<JObject>();
    }

    private static string Describe(JObject finding)
    {
        var explanation = finding["explanation"]?.Type == JTokenType.String ? (string)finding["explanation"]! : "";
        return $"{finding["kind"]} {finding["severity"]}: {(explanation.Length > 150 ? explanation[..150] : explanation)}";
    }
}
