using System.Globalization;
using System.Reflection;
using FactCheck.Engine;
using FactCheck.Extraction;
using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;
using FactCheck.Reporting;
using FactCheck.Rules;
using FactCheck.Testing.Evaluation;
using Newtonsoft.Json;

namespace FactCheck.Cli;

/// <summary>The factcheck command line: parses arguments, runs a command, maps failures to exit codes.</summary>
internal static class CommandLine
{
    private const string Usage = """
        usage:
          factcheck check <files|folders|json...> [--format text|md|json] [--out FILE] [--rules EXTRA.dll...]
                                                 [--tag T...] [--fail-on hard|apparent] [--min-confidence C] [--verbose]
          factcheck claims <files|folders|json...> [--format text|json] [--out FILE]
          factcheck rules [--rules EXTRA.dll...] [--tag T...]
          factcheck eval <cluster folders...> [--format text|json] [--out FILE] [--rules EXTRA.dll...] [--tag T...]
                                             [--min-recall R] [--min-precision P]
        exit codes: 0 done, 1 findings at or above --fail-on (check) or scores below the minimums (eval),
                    2 usage or input error
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        CliOptions? options = null;
        try
        {
            if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
            {
                (args.Length == 0 ? error : output).WriteLine(Usage);
                return args.Length == 0 ? ExitCode.UsageOrInput : ExitCode.Done;
            }

            options = CliOptions.Parse(args);
            return options.Command switch
            {
                "check" => await CheckAsync(options, output, error, interactive).ConfigureAwait(false),
                "claims" => Claims(options, output),
                "rules" => ListRules(options, output),
                "eval" => Evaluate(options, output, error),
                _ => throw new UsageException($"unknown command '{options.Command}'"),
            };
        }
        catch (UsageException exception)
        {
            error.WriteLine($"factcheck: {exception.Message}");
            error.WriteLine(Usage);
            return ExitCode.UsageOrInput;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or RuleCompilationException or BadImageFormatException or FileLoadException or ReflectionTypeLoadException or InvalidOperationException)
        {
            error.WriteLine($"factcheck: error: {exception.Message}");
            if (options?.Verbose == true)
            {
                error.WriteLine(exception.ToString());
            }

            return ExitCode.UsageOrInput;
        }
    }

    private static async Task<int> CheckAsync(CliOptions options, TextWriter output, TextWriter error, bool interactive)
    {
        RequirePaths(options);
        var format = options.Format switch
        {
            "text" => ReportFormat.Text,
            "md" or "markdown" => ReportFormat.Markdown,
            "json" => ReportFormat.Json,
            _ => throw new UsageException($"unknown format '{options.Format}' (text, md or json)"),
        };
        var failOn = options.FailOn switch
        {
            null => (Severity?)null,
            "hard" => Severity.Hard,
            "apparent" => Severity.Apparent,
            _ => throw new UsageException($"--fail-on takes hard or apparent, not '{options.FailOn}'"),
        };
        var checker = CreateChecker(options);
        var progress = interactive ? new ProgressBar(error) : null;
        var report = await checker.CheckAsync(options.Paths, progress).ConfigureAwait(false);
        if (report.Documents.Count == 0)
        {
            foreach (var problem in report.Problems)
            {
                error.WriteLine($"factcheck: {problem}");
            }

            error.WriteLine("factcheck: error: no document could be read");
            return ExitCode.UsageOrInput;
        }

        WriteTo(options, output, writer => report.Render(format, writer));
        foreach (var problem in report.Problems)
        {
            error.WriteLine($"factcheck: skipped {problem}");
        }

        return failOn is { } threshold && report.HasFindingsAtOrAbove(threshold) ? ExitCode.Findings : ExitCode.Done;
    }

    private static int Claims(CliOptions options, TextWriter output)
    {
        RequirePaths(options);
        if (options.Format is not ("text" or "json"))
        {
            throw new UsageException($"claims prints text or json, not '{options.Format}'");
        }

        var documents = DocumentLoader.FromPaths(options.Paths);
        var results = new ClaimExtractor().ExtractAll(documents);
        WriteTo(options, output, writer =>
        {
            if (options.Format == "json")
            {
                using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
                json.WriteStartArray();
                foreach (var claim in results.SelectMany(r => r.Claims))
                {
                    ClaimJson.Write(json, claim);
                }

                json.WriteEndArray();
                json.Flush();
                writer.WriteLine();
                return;
            }

            foreach (var claim in results.SelectMany(r => r.Claims))
            {
                writer.WriteLine($"{claim.DocumentId} {claim.Span.Start}-{claim.Span.End} {claim.Kind.ToString().ToLowerInvariant()} {claim.Stance.ToString().ToLowerInvariant()} [{claim.Subject}] {claim.Attribution}: \"{claim.Text}\"{Detail(claim)}");
            }

            foreach (var problem in documents.Problems)
            {
                writer.WriteLine($"# could not read {problem}");
            }

            foreach (var warning in results.SelectMany(r => r.Warnings))
            {
                writer.WriteLine($"# {warning}");
            }
        });
        return documents.Count == 0 ? ExitCode.UsageOrInput : ExitCode.Done;
    }

    private static int Evaluate(CliOptions options, TextWriter output, TextWriter error)
    {
        RequirePaths(options);
        if (options.Format is not ("text" or "json"))
        {
            throw new UsageException($"eval prints text or json, not '{options.Format}'");
        }

        var missing = options.Paths.FirstOrDefault(p => !Directory.Exists(p));
        if (missing is not null)
        {
            throw new UsageException($"eval takes cluster folders; {missing} is not a folder");
        }

        var score = CorpusEvaluation.Evaluate(options.Paths, CreateChecker(options));
        WriteTo(options, output, writer => writer.Write(options.Format == "json" ? score.ToJson() : score.ToText()));
        foreach (var problem in score.Problems)
        {
            error.WriteLine($"factcheck: {problem}");
        }

        if (score.Clusters.Count == 0)
        {
            error.WriteLine("factcheck: error: no cluster could be scored");
            return ExitCode.UsageOrInput;
        }

        var belowRecall = options.MinRecall is { } minRecall && (score.Recall ?? 1) < minRecall;
        var belowPrecision = options.MinPrecision is { } minPrecision && (score.Precision ?? 1) < minPrecision;
        if (belowRecall || belowPrecision)
        {
            error.WriteLine($"factcheck: {(belowRecall ? "recall" : "precision")} is below the minimum");
            return ExitCode.Findings;
        }

        return ExitCode.Done;
    }

    private static int ListRules(CliOptions options, TextWriter output)
    {
        var checker = CreateChecker(options);
        if (checker.Rules.Count == 0)
        {
            output.WriteLine("no rules loaded");
        }

        foreach (var rule in checker.Rules)
        {
            output.WriteLine($"{rule.Name} [{string.Join(", ", rule.Tags)}] priority {rule.Priority.ToString(CultureInfo.InvariantCulture)}");
            output.WriteLine($"    {rule.Description}");
        }

        return ExitCode.Done;
    }

    private static FactChecker CreateChecker(CliOptions options)
    {
        var assemblies = options.RuleAssemblies.Select(path =>
        {
            if (!File.Exists(path))
            {
                throw new UsageException($"--rules: no such file {path}");
            }

            return Assembly.LoadFrom(Path.GetFullPath(path));
        }).ToList();
        return FactChecker.Create(o =>
        {
            foreach (var assembly in assemblies)
            {
                o.AddRulesFrom(assembly);
            }

            foreach (var tag in options.Tags)
            {
                o.WithTag(tag);
            }

            o.WithMinimumConfidence(options.MinConfidence);
        });
    }

    private static void RequirePaths(CliOptions options)
    {
        if (options.Paths.Count == 0)
        {
            throw new UsageException($"{options.Command} needs at least one file or folder");
        }
    }

    private static void WriteTo(CliOptions options, TextWriter output, Action<TextWriter> write)
    {
        if (options.Out is null)
        {
            write(output);
            return;
        }

        using var file = new StreamWriter(options.Out, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        write(file);
    }

    private static string Detail(Claim claim) => claim switch
    {
        QuantityClaim q => string.Create(CultureInfo.InvariantCulture, $" {q.Unit} [{q.Low:0.##}, {(double.IsInfinity(q.High) ? "∞" : q.High.ToString("0.##", CultureInfo.InvariantCulture))}]"),
        DateClaim { Resolved: true } d => $" {d.From:yyyy-MM-dd}..{d.To:yyyy-MM-dd} ({d.Resolution})",
        DateClaim d => $" unresolved ({d.Resolution})",
        StatementClaim s => $" cue '{s.Cue}'",
        _ => "",
    };
}
