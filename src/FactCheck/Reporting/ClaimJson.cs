using System.Globalization;
using FactCheck.Extraction.Claims;
using Newtonsoft.Json;

namespace FactCheck.Reporting;

/// <summary>
/// Writes claims as the JSON objects that <c>factcheck claims --format json</c> prints and the report embeds. Every
/// field is always present (null where it does not apply) so consumers can rely on the shape.
/// </summary>
public static class ClaimJson
{
    /// <summary>Writes one claim as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="claim">The claim.</param>
    public static void Write(JsonWriter writer, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(claim);
        var quantity = claim as QuantityClaim;
        var date = claim as DateClaim;
        writer.WriteStartObject();
        Field(writer, "document", claim.DocumentId);
        Field(writer, "outlet", claim.Outlet);
        Field(writer, "published", claim.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(writer, "sentence", claim.Sentence);
        Field(writer, "start", claim.Span.Start);
        Field(writer, "end", claim.Span.End);
        Field(writer, "text", claim.Text);
        Field(writer, "kind", claim.Kind.ToString().ToLowerInvariant());
        Field(writer, "subject", claim.Subject);
        Field(writer, "unit", quantity?.Unit);
        Number(writer, "value", quantity?.Value);
        Number(writer, "low", quantity?.Low);
        Number(writer, "high", quantity?.High);
        Field(writer, "precision", quantity?.Precision.ToString().ToLowerInvariant());
        Field(writer, "from", date?.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(writer, "to", date?.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WritePropertyName("resolved");
        if (date is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.WriteValue(date.Resolved);
        }

        Field(writer, "resolution", date?.Resolution);
        Field(writer, "role", date?.Role.ToString().ToLowerInvariant());
        Field(writer, "attribution", claim.Attribution);
        writer.WritePropertyName("attributionInferred");
        writer.WriteValue(claim.AttributionInferred);
        Field(writer, "stance", claim.Stance.ToString().ToLowerInvariant());
        Field(writer, "cue", (claim as StatementClaim)?.Cue);
        writer.WriteEndObject();
    }

    private static void Field(JsonWriter writer, string name, string? value)
    {
        writer.WritePropertyName(name);
        writer.WriteValue(value);
    }

    private static void Field(JsonWriter writer, string name, int value)
    {
        writer.WritePropertyName(name);
        writer.WriteValue(value);
    }

    // Infinite bounds ("over 13,000") have no JSON number: they are written as null.
    private static void Number(JsonWriter writer, string name, double? value)
    {
        writer.WritePropertyName(name);
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteValue(v);
        }
        else
        {
            writer.WriteNull();
        }
    }
}
