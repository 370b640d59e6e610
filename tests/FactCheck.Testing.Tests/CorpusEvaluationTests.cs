using FactCheck.Testing.Evaluation;
using FactCheck.TestSupport;

namespace FactCheck.Testing.Tests;

public class CorpusEvaluationTests
{
    // Seven findings written by hand: a flagged pair and its repeat, a denial, a figure rounded two ways (a trap), a
    // date, two magnitudes with decimals, and a count whose figures are only in its labels.
    private const string Report = """
{"schemaVersion": 2, "findings": [
 {"kind": "quantity", "severity": "hard", "subject": "troops", "explanation": "1,500 against 12,000", "labels": ["1,500", "12,000"], "numbers": [1500.0, 12000.0],
  "claims": [{"text": "1,500 troops", "low": 1500.0, "high": 1500.0}, {"text": "12,000 troops", "low": 12000.0, "high": 12000.0}]},
 {"kind": "quantity", "severity": "hard", "subject": "troops", "explanation": "again", "labels": ["1,500", "12,000"], "numbers": [1500.0, 12000.0],
  "claims": [{"text": "1,500 soldiers", "low": 1500.0, "high": 1500.0}, {"text": "12,000 soldiers", "low": 12000.0, "high": 12000.0}]},
 {"kind": "denial", "severity": "hard", "subject": "strike", "explanation": "NIS asserts what the government denies", "labels": ["NIS", "Russian government"], "numbers": [],
  "claims": [{"text": "NIS said", "low": null, "high": null}, {"text": "denied", "low": null, "high": null}]},
 {"kind": "quantity", "severity": "apparent", "subject": "protesters", "explanation": "more than 2.5 million against 1.27 million", "labels": ["1,270,000", "2,500,000"], "numbers": [1270000.0, 2500000.0],
  "claims": [{"text": "more than 2.5 million", "low": 2500000.0, "high": null}, {"text": "1.27 million", "low": 1270000.0, "high": 1270000.0}]},
 {"kind": "date", "severity": "hard", "subject": "deployment", "explanation": "since August", "labels": ["2023-08-01..2023-08-31", "2024-08-01..2024-08-31"], "numbers": [],
  "claims": [{"text": "since August 2023", "low": null, "high": null}, {"text": "since August", "low": null, "high": null}]},
 {"kind": "quantity", "severity": "hard", "subject": "magnitude", "explanation": "3.3 against 4.5", "labels": ["3.3", "4.5"], "numbers": [3.3, 4.5],
  "claims": [{"text": "3.3", "low": 3.3, "high": 3.3}, {"text": "4.5", "low": 4.5, "high": 4.5}]},
 {"kind": "count", "severity": "hard", "subject": "ships", "explanation": "seven against one", "labels": ["7", "1"], "numbers": [],
  "claims": [{"text": "seven ships", "low": null, "high": null}, {"text": "one ship", "low": null, "high": null}]}
]}
""";

    private const string Gold = """
{"exhaustive": true,
 "flag": [
  {"name": "troops 1,500 vs 12,000", "numbers": [1500, 12000], "kind_word": "quantity", "severity": "hard"},
  {"name": "the denial", "numbers": [], "kind_word": ["deni", "confirm"], "text_any": ["nis"]},
  {"name": "never reported", "numbers": [99]},
  {"name": "the start date", "numbers": [], "kind_word": "date", "text_any": ["2023-08"]}],
 "allow": [
  {"name": "magnitudes", "numbers": [3.3, 4.5]},
  {"name": "ships", "numbers": [7, 1], "kind_word": "count"}],
 "trap": [
  {"name": "one figure rounded", "numbers": [1270000, 2500000], "only": true},
  {"name": "1,500 alone", "numbers": [1500], "only": true}]}
""";

    private static readonly ClusterScore Score = CorpusEvaluation.Score(Report, GoldAnnotation.Parse(Gold), "sample");

    [Fact]
    public void Recall_counts_the_flags_some_finding_matches()
    {
        Score.Found.ShouldBe(["troops 1,500 vs 12,000", "the denial", "the start date"]);
        Score.Missed.ShouldBe(["never reported"]);
        Score.Recall.ShouldBe(0.75);
    }

    [Fact]
    public void A_one_sided_bound_counts_as_open_for_traps_that_take_only_their_numbers()
        => Score.TrapsHit.ShouldBe(["one figure rounded"]);

    [Fact]
    public void Repeats_and_trap_hits_are_false_positives()
    {
        Score.Findings.ShouldBe(7);
        Score.Correct.ShouldBe(5);
        Score.FalsePositives.Count.ShouldBe(2);
        Score.FalsePositives[0].ShouldBe("quantity hard: again");
        Score.FalsePositives[1].ShouldStartWith("quantity apparent: more than 2.5 million");
    }

    [Fact]
    public void Numbers_match_through_labels_when_no_claim_interval_holds_them()
    {
        var gold = GoldAnnotation.Parse("""{"flag": [{"name": "ships", "numbers": [7, 1], "kind_word": "count"}]}""");

        CorpusEvaluation.Score(Report, gold).Found.ShouldBe(["ships"]);
    }

    [Theory]
    [InlineData("[12000]", true)]
    [InlineData("[1500.5]", false)]
    [InlineData("[150]", false)]
    [InlineData("[3.3]", true)]
    public void A_number_matches_inside_a_claim_interval_or_as_a_whole_label(string numbers, bool found)
    {
        var gold = GoldAnnotation.Parse($$"""{"flag": [{"name": "n", "numbers": {{numbers}}}]}""");

        CorpusEvaluation.Score(Report, gold).Found.Count.ShouldBe(found ? 1 : 0);
    }

    [Fact]
    public void Severity_and_kind_conditions_must_hold()
    {
        var gold = GoldAnnotation.Parse("""
            {"flag": [{"name": "apparent troops", "numbers": [1500, 12000], "severity": "apparent"},
                      {"name": "troops as a date", "numbers": [1500, 12000], "kind_word": "date"},
                      {"name": "every word", "numbers": [], "text_all": ["nis", "denies"]}]}
            """);

        CorpusEvaluation.Score(Report, gold).Found.ShouldBe(["every word"]);
    }

    [Fact]
    public void Without_exhaustive_gold_there_is_no_precision()
    {
        var score = CorpusEvaluation.Score(Report, GoldAnnotation.Parse("""{"flag": []}"""));

        score.Precision.ShouldBeNull();
        score.Recall.ShouldBeNull();
        score.FalsePositives.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[]", "must be an object")]
    [InlineData("{}", "needs a \"flag\" array")]
    [InlineData("{\"flag\": [{\"numbers\": [1]}]}", "needs a \"name\"")]
    [InlineData("{\"flag\": [{\"name\": \"x\", \"numbers\": [\"1\"]}]}", "numbers only")]
    [InlineData("{\"flag\": [", "not valid JSON")]
    public void Bad_gold_is_rejected_naming_its_source_and_the_reason(string json, string reason)
    {
        var failure = Should.Throw<InvalidDataException>(() => GoldAnnotation.Parse(json, "my/gold.json"));

        failure.Message.ShouldStartWith("my/gold.json: ");
        failure.Message.ShouldContain(reason);
    }

    [Fact]
    public void Totals_sum_the_counts_of_the_clusters()
    {
        var second = CorpusEvaluation.Score(Report, GoldAnnotation.Parse("""{"exhaustive": true, "flag": [{"name": "ships", "numbers": [7, 1]}]}"""), "other");
        var corpus = new CorpusScore { Clusters = [Score, second] };

        corpus.Found.ShouldBe(4);
        corpus.Flags.ShouldBe(5);
        corpus.Findings.ShouldBe(14);
        corpus.Correct.ShouldBe(5 + 1);
        corpus.TrapsHit.ShouldBe(1);
        corpus.ToText().ShouldContain("total: recall 4/5 (80.0%), precision 6/14 (42.9%), traps hit 1/2");
        corpus.ToText().ShouldContain("  missed: never reported");
        Newtonsoft.Json.Linq.JObject.Parse(corpus.ToJson())["clusters"]![1]!["precision"]!.ToObject<double>().ShouldBe(1.0 / 7, 1e-9);
    }

    [Fact]
    public void Evaluate_checks_each_folder_and_reports_one_without_gold_without_stopping()
    {
        using var cluster = new SampleCluster();
        var empty = Directory.CreateDirectory(Path.Combine(cluster.Root, "no-gold")).FullName;

        var score = CorpusEvaluation.Evaluate([empty, cluster.Folder]);

        score.Problems.ShouldHaveSingleItem().ShouldContain("no gold.json");
        var flood = score.Clusters.ShouldHaveSingleItem();
        flood.Name.ShouldBe("valdoria-flood");
        flood.Found.ShouldBe(["toll 12 vs 40"]);
        flood.Missed.ShouldBe(["a denial nobody made"]);
        flood.TrapsHit.ShouldBeEmpty();
    }
}
