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
        writer.WritePropertyName("schemaVersion");
        writer.WriteValue(ContradictionReport.SchemaVersion);
        writer.WritePropertyName("documents");
        writer.WriteStartArray();
        foreach (var document in report.Documents)
        {
            writer.WriteStartObject();
            Property(writer, "id", document.Id);
            Property(writer, "title", document.Title);
            Property(writer, "outlet", document.Outlet);
            Property(writer, "published", document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WritePropertyName("claims");
            writer.WriteValue(document.Claims);
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
            Property(writer, "subject", value.Subject);
            Property(writer, "unit", value.Unit);
            writer.WritePropertyName("value");
            writer.WriteValue(value.Value);
            Strings(writer, "sources", value.Sources);
            writer.WritePropertyName("documents");
            writer.WriteValue(value.Documents);
            Property(writer, "scope", value.Scope.ToString().ToLowerInvariant());
            writer.WritePropertyName("claims");
            writer.WriteStartArray();
            foreach (var claim in value.Claims)
            {
                writer.WriteStartObject();
                Property(writer, "document", claim.DocumentId);
                writer.WritePropertyName("start");
                writer.WriteValue(claim.Span.Start);
                writer.WritePropertyName("end");
                writer.WriteValue(claim.Span.End);
                Property(writer, "text", claim.Text);
                Property(writer, "attribution", claim.Attribution);
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
            Property(writer, "source", problem.Source);
            Property(writer, "reason", problem.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        Strings(writer, "warnings", report.Warnings);
        Strings(writer, "rules", report.Rules);
        writer.WriteEndObject();
        writer.Flush();
        output.WriteLine();
    }

    private static void WriteFinding(JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        Property(writer, "kind", finding.Kind.ToString().ToLowerInvariant());
        Property(writer, "severity", finding.Severity.ToString().ToLowerInvariant());
        Property(writer, "subject", finding.Subject);
        Property(writer, "explanation", finding.Explanation);
        Strings(writer, "labels", finding.Labels);
        writer.WritePropertyName("numbers");
        writer.WriteStartArray();
        foreach (var number in finding.Numbers)
        {
            writer.WriteValue(number);
        }

        writer.WriteEndArray();
        Strings(writer, "rules", finding.Rules);
        writer.WritePropertyName("claims");
        writer.WriteStartArray();
        foreach (var claim in finding.Claims)
        {
            ClaimJson.Write(writer, claim);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Property(JsonWriter writer, string name, string? value)
    {
        writer.WritePropertyName(name);
        writer.WriteValue(value);
    }

    private static void Strings(JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteValue(value);
        }

        writer.WriteEndArray();
    }
}
