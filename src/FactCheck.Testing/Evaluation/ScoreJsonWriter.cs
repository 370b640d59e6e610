using System.Globalization;
using Newtonsoft.Json;

namespace FactCheck.Testing.Evaluation;

/// <summary>Writes a <see cref="CorpusScore"/> as indented JSON: the totals, then a record per cluster.</summary>
internal static class ScoreJsonWriter
{
    public static string Write(CorpusScore score)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Culture = CultureInfo.InvariantCulture, CloseOutput = false })
        {
            writer.WriteStartObject();
            Counts(writer, score.Found, score.Flags, score.Recall, score.Correct, score.Findings, score.Precision, score.TrapsHit, score.Traps);
            writer.WritePropertyName("clusters");
            writer.WriteStartArray();
            foreach (var cluster in score.Clusters)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("name");
                writer.WriteValue(cluster.Name);
                Counts(writer, cluster.Found.Count, cluster.Flags, cluster.Recall, cluster.Correct, cluster.Findings, cluster.Precision, cluster.TrapsHit.Count, cluster.Traps);
                writer.WritePropertyName("exhaustive");
                writer.WriteValue(cluster.Exhaustive);
                Strings(writer, "missed", cluster.Missed);
                Strings(writer, "trapsHit", cluster.TrapsHit);
                Strings(writer, "stretchFound", cluster.StretchFound);
                Strings(writer, "falsePositives", cluster.FalsePositives);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            Strings(writer, "problems", score.Problems);
            writer.WriteEndObject();
        }

        text.WriteLine();
        return text.ToString();
    }

    private static void Counts(JsonWriter writer, int found, int flags, double? recall, int correct, int findings, double? precision, int trapsHit, int traps)
    {
        Property(writer, "found", found);
        Property(writer, "flags", flags);
        Property(writer, "recall", recall);
        Property(writer, "correct", correct);
        Property(writer, "findings", findings);
        Property(writer, "precision", precision);
        Property(writer, "trapsHit", trapsHit);
        Property(writer, "traps", traps);
    }

    private static void Property(JsonWriter writer, string name, object? value)
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
