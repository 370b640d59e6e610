using System.CommandLine;
using System.Globalization;
using FactCheck.Extraction.Documents;
using FactCheck.Rules;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck check</c>: reads articles, runs the rules, writes the contradiction report.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths("Article files (.txt, .md), JSON arrays of articles, or folders of them.");
        var format = CommonOptions.Format("The report's format: text for a terminal, md for issues and wikis, json for programs, html for people judging the findings (one self-contained page).", "text", "md", "markdown", "json", "html");
        var output = CommonOptions.Out();
        var rules = new RuleSelection();
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit with 1 when a finding is at least this severe: hard, or apparent (which includes hard). For CI gates.",
            HelpName = "hard|apparent",
        };
        failOn.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "hard", "apparent");
        var minConfidence = CommonOptions.Ratio("--min-confidence", "Leave out findings less sure than this that both sides speak of the same thing (0 to 1, or a percentage).");
        var maxFirings = new Option<int?>("--max-firings")
        {
            Description = $"Stop when the rules have fired this many times, a guard against a rule that feeds itself (default {FactCheckerOptions.DefaultMaxFirings:N0}).",
            HelpName = "count",
        };
        maxFirings.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1) { r.AddError("--max-firings takes a positive count"); } });
        var timeout = new Option<double?>("--timeout")
        {
            Description = "Stop after this many seconds and write what was found so far (no limit by default).",
            HelpName = "seconds",
        };
        timeout.Validators.Add(r => { if (r.GetValueOrDefault<double?>() is <= 0) { r.AddError("--timeout takes a positive number of seconds"); } });
        var recursive = CommonOptions.Recursive();
        var verbose = CommonOptions.Verbose();
        var command = new Command("check", "Check articles about one event for contradictions and write the report.")
        {
            paths, format, output, failOn, minConfidence, maxFirings, timeout, recursive, verbose,
        };
        rules.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = OutputTarget.For(parse.GetValue(output), context.Output);
            var reportFormat = parse.GetValue(format)!.ToLowerInvariant() switch
            {
                "json" => ReportFormat.Json,
                "html" => ReportFormat.Html,
                "md" or "markdown" => ReportFormat.Markdown,
                _ => ReportFormat.Text,
            };
            var threshold = parse.GetValue(failOn)?.ToLowerInvariant() switch
            {
                "hard" => Severity.Hard,
                "apparent" => Severity.Apparent,
                _ => (Severity?)null,
            };
            var checker = rules.CreateChecker(parse, o =>
            {
                o.WithMinimumConfidence(parse.GetValue(minConfidence) ?? 0);
                if (parse.GetValue(maxFirings) is { } limit)
                {
                    o.WithMaxFirings(limit);
                }

                if (parse.GetValue(timeout) is { } seconds)
                {
                    o.WithTimeout(TimeSpan.FromSeconds(seconds));
                }
            });
            var progress = context.Interactive ? new ProgressBar(context.Error) : null;
            var loading = new DocumentLoadOptions { Recursive = parse.GetValue(recursive) };
            ContradictionReport report;
            try
            {
                report = await checker.CheckAsync(parse.GetValue(paths)!, loading, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (CheckLimitExceededException stop) when (stop.PartialReport is { } partial)
            {
                target.Write(writer => partial.Render(reportFormat, writer));
                SayProblems(context, partial);
                context.Say($"error: {stop.Message}");
                return ExitCode.UsageOrInput;
            }

            if (report.Documents.Count == 0)
            {
                SayProblems(context, report);
                context.Say("error: no document could be read");
                return ExitCode.UsageOrInput;
            }

            target.Write(writer => report.Render(reportFormat, writer));
            SayProblems(context, report);
            return threshold is { } severity && report.HasFindingsAtOrAbove(severity) ? ExitCode.Findings : ExitCode.Done;
        });
        return command;
    }

    private static void SayProblems(CliContext context, ContradictionReport report)
    {
        foreach (var problem in report.Problems)
        {
            context.Say($"skipped {problem}");
        }

        if (report.Problems.Count > 0 && report.Documents.Count > 0)
        {
            context.Say(string.Create(CultureInfo.InvariantCulture, $"{report.Documents.Count} documents checked, {report.Problems.Count} inputs not read"));
        }
    }
}
