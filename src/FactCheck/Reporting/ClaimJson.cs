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
        writer.Property("document", claim.DocumentId);
        writer.Property("outlet", claim.Outlet);
        writer.Property("published", claim.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.Property("sentence", claim.Sentence);
        writer.Property("start", claim.Span.Start);
        writer.Property("end", claim.Span.End);
        writer.Property("text", claim.Text);
        writer.Property("kind", claim.Kind.ToString().ToLowerInvariant());
        writer.Property("subject", claim.Subject);
        writer.Property("unit", quantity?.Unit);
        writer.Number("value", quantity?.Value);
        // "No more than 1,800" and "as many as 1,800" state the figure's upper bound only: the lower bound is written
        // as missing, like the upper bound of "more than 2,000" (the half-figure floor of "as many as" is how the rules
        // compare it, not something the article said).
        writer.Number("low", quantity?.Precision is QuantityPrecision.AtMost or QuantityPrecision.UpTo ? null : quantity?.Low);
        writer.Number("high", quantity?.High);
        writer.Property("precision", quantity?.Precision.ToString().ToLowerInvariant());
        writer.Property("place", quantity?.Place);
        writer.Property("anchor", quantity?.Anchor);
        writer.Property("timeOfDay", quantity?.TimeOfDay);
        writer.Property("occasion", quantity?.Occasion?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.Property("from", date?.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.Property("to", date?.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.Property("resolved", date?.Resolved);

        writer.Property("resolution", date?.Resolution);
        writer.Property("role", date?.Role.ToString().ToLowerInvariant());
        writer.Property("attribution", claim.Attribution);
        writer.Property("attributionInferred", claim.AttributionInferred);
        writer.Property("stance", claim.Stance.ToString().ToLowerInvariant());
        writer.Property("cue", (claim as StatementClaim)?.Cue);
        writer.Property("answers", claim is StatementClaim { Answers.Length: > 0 } answering ? answering.Answers : null);
        writer.WritePropertyName("figures");
        if (claim is StatementClaim statement)
        {
            writer.WriteStartArray();
            foreach (var figure in statement.Figures.Where(f => double.IsFinite(f.Value)))
            {
                writer.WriteValue(figure.Value);
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteNull();
        }
        writer.WriteEndObject();
    }
}
