using System.Globalization;
using FactCheck.Extraction;
using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;
using FactCheck.Reporting;
using Newtonsoft.Json;

namespace FactCheck.Cli;

/// <summary>The factcheck command line: parses arguments, runs a command, maps failures to exit codes.</summary>
internal static class CommandLine
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length > 0 && args[0] == "claims")
        {
            var documents = DocumentLoader.FromPaths(args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)));
            var results = new ClaimExtractor().ExtractAll(documents);
            if (args.Contains("json"))
            {
                using var writer = new JsonTextWriter(output) { Formatting = Formatting.Indented };
                writer.WriteStartArray();
                foreach (var claim in results.SelectMany(r => r.Claims))
                {
                    ClaimJson.Write(writer, claim);
                }

                writer.WriteEndArray();
                return Task.FromResult(0);
            }

            foreach (var claim in results.SelectMany(r => r.Claims))
            {
                var detail = claim switch
                {
                    QuantityClaim q => string.Create(CultureInfo.InvariantCulture, $"{q.Unit} [{q.Low}, {q.High}] {q.Precision}"),
                    DateClaim d => $"{d.From}..{d.To} {d.Role} resolved={d.Resolved} ({d.Resolution})",
                    StatementClaim s => $"cue '{s.Cue}'",
                    _ => "",
                };
                output.WriteLine($"{claim.DocumentId[..3]} {claim.Kind,-9} {claim.Stance,-10} {claim.Attribution}{(claim.AttributionInferred ? "*" : "")} | {claim.Subject} | {(claim.Kind == ClaimKind.Statement ? claim.Text[..Math.Min(70, claim.Text.Length)] : claim.Text)} | {detail}");
            }

            return Task.FromResult(0);
        }

        error.WriteLine("usage: factcheck claims <paths>");
        return Task.FromResult(2);
    }
}
