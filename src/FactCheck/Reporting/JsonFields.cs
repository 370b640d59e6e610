using Newtonsoft.Json;

namespace FactCheck.Reporting;

/// <summary>Writes one named JSON field; the claim and report writers share these so every field is written one way.</summary>
internal static class JsonFields
{
    public static void Property(this JsonWriter writer, string name, string? value)
    {
        writer.WritePropertyName(name);
        writer.WriteValue(value);
    }

    public static void Property(this JsonWriter writer, string name, int value)
    {
        writer.WritePropertyName(name);
        writer.WriteValue(value);
    }

    public static void Property(this JsonWriter writer, string name, bool? value)
    {
        writer.WritePropertyName(name);
        writer.WriteValue(value);
    }

    // Infinite bounds ("over 13,000") have no JSON number: they are written as null.
    public static void Number(this JsonWriter writer, string name, double? value)
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

    public static void Strings(this JsonWriter writer, string name, IEnumerable<string> values)
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
