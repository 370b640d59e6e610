using System.CommandLine;
using System.Globalization;
using FactCheck.Extraction;
using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;
using FactCheck.Reporting;
using Newtonsoft.Json;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck claims</c>: prints the claims extracted from articles, for debugging the extractor or feeding other tools.</summary>
internal static class ClaimsCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths("Article files (.txt, .md), JSON arrays of articles, or folders of them.");
        var format = CommonOptions.Format("text: one claim a line; json: every field, with offsets into the original text.", "text", "json");
        var output = CommonOptions.Out();
        var recursive = CommonOptions.Recursive();
        var verbose = CommonOptions.Verbose();
        var command = new Command("claims", "Print the claims extracted from articles, each with its document, span and attribution.")
        {
            paths, format, output, recursive, verbose,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var target = OutputTarget.For(parse.GetValue(output), context.Output);
            var documents = DocumentLoader.FromPaths(parse.GetValue(paths)!, new DocumentLoadOptions { Recursive = parse.GetValue(recursive) }, cancellationToken);
            var results = new ClaimExtractor().ExtractAll(documents, cancellationToken);
            var json = parse.GetValue(format)!.Equals("json", StringComparison.OrdinalIgnoreCase);
            if (documents.Count > 0)
            {
                target.Write(writer =>
                {
                    if (json)
                    {
                        WriteJson(writer, results);
                    }
                    else
                    {
                        WriteText(writer, results);
                    }
                });
            }

            // Problems go to standard error in every format, so that JSON output stays parseable and nothing is lost.
            foreach (var problem in documents.Problems)
            {
                context.Say($"skipped {problem}");
            }

            foreach (var warning in results.SelectMany(r => r.Warnings))
            {
                context.Say($"warning: {warning}");
            }

            if (documents.Count == 0)
            {
                context.Say("error: no document could be read");
                return Task.FromResult(ExitCode.UsageOrInput);
            }

            return Task.FromResult(ExitCode.Done);
        });
        return command;
    }

    private static void WriteJson(TextWriter writer, IReadOnlyList<ExtractionResult> results)
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
    }

    private static void WriteText(TextWriter writer, IReadOnlyList<ExtractionResult> results)
    {
        foreach (var claim in results.SelectMany(r => r.Claims))
        {
            writer.WriteLine(TerminalText.Neutralize($"{claim.DocumentId} {claim.Span.Start}-{claim.Span.End} {claim.Kind.ToString().ToLowerInvariant()} {claim.Stance.ToString().ToLowerInvariant()} [{claim.Subject}] {claim.Attribution}: \"{claim.Text}\"{Detail(claim)}"));
        }
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
