using System.Globalization;
using FactCheck.Rules;
using Newtonsoft.Json;

namespace FactCheck.Reporting;

/// <summary>Writes the report as JSON (schema in the README); the same report always gives the same bytes.</summary>
internal static class JsonReportWriter
{
    public static void Write(ContradictionReport report, TextWriter output)
    {
        using var writer = new JsonTextWriter(output) { Formatting = Formatting.Indented, Culture = CultureInfo.InvariantCulture, CloseOutput = false };
        writer.WriteStartObject();
        writer.Property("schemaVersion", ContradictionReport.SchemaVersion);
        writer.WritePropertyName("documents");
        writer.WriteStartArray();
        foreach (var document in report.Documents)
        {
            writer.WriteStartObject();
            writer.Property("id", document.Id);
            writer.Property("title", document.Title);
            writer.Property("outlet", document.Outlet);
            writer.Property("published", document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.Property("claims", document.Claims);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("findings");
        writer.WriteStartArray();
        foreach (var finding in report.Findings)
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("corroboration");
        writer.WriteStartArray();
        foreach (var value in report.Corroborations)
        {
            writer.WriteStartObject();
            writer.Property("subject", value.Subject);
            writer.Property("unit", value.Unit);
            writer.Number("value", value.Value);
            writer.Strings("sources", value.Sources);
            writer.Property("documents", value.Documents);
            writer.Property("scope", value.Scope.ToString().ToLowerInvariant());
            writer.WritePropertyName("claims");
            writer.WriteStartArray();
            foreach (var claim in value.Claims)
            {
                writer.WriteStartObject();
                writer.Property("document", claim.DocumentId);
                writer.Property("start", claim.Span.Start);
                writer.Property("end", claim.Span.End);
                writer.Property("text", claim.Text);
                writer.Property("attribution", claim.Attribution);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("problems");
        writer.WriteStartArray();
        foreach (var problem in report.Problems)
        {
            writer.WriteStartObject();
            writer.Property("source", problem.Source);
            writer.Property("reason", problem.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Strings("warnings", report.Warnings);
        writer.Strings("rules", report.Rules);
        writer.WriteEndObject();
        writer.Flush();
        output.WriteLine();
    }

    private static void WriteFinding(JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        writer.Property("kind", finding.Kind.ToString().ToLowerInvariant());
        writer.Property("severity", finding.Severity.ToString().ToLowerInvariant());
        var confidence = finding.Confidence;
        writer.WritePropertyName("confidence");
        writer.WriteValue(confidence.Value);
        writer.Strings("confidenceReasons", confidence.Reasons);
        writer.Property("subject", finding.Subject);
        writer.Property("explanation", finding.Explanation);
        writer.Strings("labels", finding.Labels);
        writer.WritePropertyName("numbers");
        writer.WriteStartArray();
        foreach (var number in finding.Numbers)
        {
            writer.WriteValue(number);
        }

        writer.WriteEndArray();
        writer.Strings("rules", finding.Rules);
        writer.WritePropertyName("claims");
        writer.WriteStartArray();
        foreach (var claim in finding.Claims)
        {
            ClaimJson.Write(writer, claim);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
