using System.CommandLine;
using FactCheck.Testing.Evaluation;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck eval</c>: scores the rules against annotated clusters of articles (recall, precision, traps hit).</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var clusters = CommonOptions.Paths("Cluster folders, each with its articles and a gold.json of what must, may and must not be reported.");
        var format = CommonOptions.Format("text: per cluster, with what was missed and each false positive; json: the same as data.", "text", "json");
        var output = CommonOptions.Out();
        var rules = new RuleSelection();
        var minRecall = CommonOptions.Ratio("--min-recall", "Exit with 1 when the total recall is below this (0 to 1, or a percentage).");
        var minPrecision = CommonOptions.Ratio("--min-precision", "Exit with 1 when the total precision is below this (0 to 1, or a percentage).");
        var verbose = CommonOptions.Verbose();
        var command = new Command("eval", "Score the rules against annotated clusters: recall, precision and traps hit, per cluster and in total.")
        {
            clusters, format, output, minRecall, minPrecision, verbose,
        };
        rules.AddTo(command);
        command.SetAction(parse =>
        {
            var folders = parse.GetValue(clusters)!;
            if (folders.FirstOrDefault(p => !Directory.Exists(p)) is { } missing)
            {
                throw new UsageException($"eval takes cluster folders; {missing} is not a folder");
            }

            var target = OutputTarget.For(parse.GetValue(output), context.Output);
            var score = CorpusEvaluation.Evaluate(folders, rules.CreateChecker(parse));
            var json = parse.GetValue(format)!.Equals("json", StringComparison.OrdinalIgnoreCase);
            target.Write(writer => writer.Write(json ? score.ToJson() : score.ToText()));
            foreach (var problem in score.Problems)
            {
                context.Say(problem);
            }

            if (score.Clusters.Count == 0)
            {
                context.Say("error: no cluster could be scored");
                return ExitCode.UsageOrInput;
            }

            var belowRecall = parse.GetValue(minRecall) is { } recall && (score.Recall ?? 1) < recall;
            var belowPrecision = parse.GetValue(minPrecision) is { } precision && (score.Precision ?? 1) < precision;
            if (belowRecall || belowPrecision)
            {
                context.Say($"{(belowRecall ? "recall" : "precision")} is below the minimum");
                return ExitCode.Findings;
            }

            return ExitCode.Done;
        });
        return command;
    }
}
