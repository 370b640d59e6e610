using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactCheck.Testing.Evaluation;

/// <summary>
/// The gold of one cluster of articles (a <c>gold.json</c>): the contradictions a report must flag, those it may flag,
/// and the tempting non-contradictions it must not. The format is documented in the README.
/// </summary>
public sealed record GoldAnnotation
{
    /// <summary>True when every acceptable finding is listed, so that any other finding is a false positive and precision is defined.</summary>
    public bool Exhaustive { get; init; }

    /// <summary>What the report must find.</summary>
    public IReadOnlyList<GoldEntry> Flags { get; init; } = [];

    /// <summary>What the report may find: further pairs of a flagged family, secondary disagreements.</summary>
    public IReadOnlyList<GoldEntry> Allowed { get; init; } = [];

    /// <summary>What the report must not find.</summary>
    public IReadOnlyList<GoldEntry> Traps { get; init; } = [];

    /// <summary>Contradictions that need more than claim-level comparison: counted when found, never required.</summary>
    public IReadOnlyList<GoldEntry> Stretch { get; init; } = [];

    /// <summary>Reads a <c>gold.json</c> file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="InvalidDataException">The file is not gold JSON; the message names the file and the reason.</exception>
    public static GoldAnnotation Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses gold JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name to report problems under.</param>
    /// <exception cref="InvalidDataException">The text is not gold JSON; the message names the source and the reason.</exception>
    public static GoldAnnotation Parse(string json, string source = "gold")
    {
        ArgumentNullException.ThrowIfNull(json);
        JObject root;
        try
        {
            root = ScoredJson.Parse(json) as JObject ?? throw new InvalidDataException($"{source}: gold JSON must be an object with a \"flag\" array");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{source}: not valid JSON ({exception.Message})", exception);
        }

        if (root["flag"] is not JArray)
        {
            throw new InvalidDataException($"{source}: gold JSON needs a \"flag\" array");
        }

        return new GoldAnnotation
        {
            Exhaustive = root["exhaustive"]?.Type == JTokenType.Boolean && root.Value<bool>("exhaustive"),
            Flags = Entries(root, "flag", source),
            Allowed = Entries(root, "allow", source),
            Traps = Entries(root, "trap", source),
            Stretch = Entries(root, "stretch", source),
        };
    }

    private static List<GoldEntry> Entries(JObject root, string field, string source)
    {
        if (root[field] is not JArray array)
        {
            return root[field] is null or { Type: JTokenType.Null } ? [] : throw new InvalidDataException($"{source}: \"{field}\" must be an array");
        }

        var entries = new List<GoldEntry>();
        foreach (var item in array)
        {
            if (item is not JObject entry || entry["name"]?.Type != JTokenType.String)
            {
                throw new InvalidDataException($"{source}: every \"{field}\" entry needs a \"name\" string (entry {entries.Count + 1})");
            }

            var name = entry.Value<string>("name")!;
            var numbers = entry["numbers"] as JArray ?? [];
            if (numbers.Any(n => n.Type is not (JTokenType.Integer or JTokenType.Float)))
            {
                throw new InvalidDataException($"{source}: \"{name}\": \"numbers\" must hold numbers only");
            }

            entries.Add(new GoldEntry
            {
                Name = name,
                Numbers = [.. numbers.Select(n => n.Value<double>())],
                WrittenAsInteger = [.. numbers.Select(n => n.Type == JTokenType.Integer)],
                KindWords = Words(entry["kind_word"]),
                TextAny = Words(entry["text_any"]),
                TextAll = Words(entry["text_all"]),
                Severity = entry["severity"]?.Type == JTokenType.String ? entry.Value<string>("severity") : null,
                Only = entry["only"]?.Type == JTokenType.Boolean && entry.Value<bool>("only"),
            });
        }

        return entries;
    }

    private static List<string> Words(JToken? token) => token switch
    {
        JValue { Type: JTokenType.String } value => [(string)value!],
        JArray array => [.. array.Where(t => t.Type == JTokenType.String).Select(t => (string)t!)],
        _ => [],
    };
}
