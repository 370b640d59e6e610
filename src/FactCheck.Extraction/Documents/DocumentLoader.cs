using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactCheck.Extraction.Documents;

/// <summary>
/// Reads articles from plain-text files, folders of them, and JSON files holding an array of
/// <c>{id, outlet, url, published, title, text}</c>. A file that cannot be read (missing, empty, binary, not UTF-8,
/// too large, malformed JSON) becomes a <see cref="DocumentProblem"/> naming it; the others are still read.
/// </summary>
public static class DocumentLoader
{
    /// <summary>The largest file read, in bytes (64 MiB); larger files are reported, not read.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads every <c>.txt</c>, <c>.md</c> and <c>.json</c> file of a folder (not its subfolders), in name order.</summary>
    /// <param name="folder">The folder.</param>
    public static DocumentSet FromFolder(string folder) => FromPaths([folder]);

    /// <summary>Reads one file: JSON when it ends in <c>.json</c>, plain text otherwise.</summary>
    /// <param name="path">The file.</param>
    public static DocumentSet FromFile(string path) => FromPaths([path]);

    /// <summary>Reads files and folders, in the order given (a folder's files in name order).</summary>
    /// <param name="paths">Files and folders.</param>
    public static DocumentSet FromPaths(IEnumerable<string> paths)
    {
        var documents = new List<Document>();
        var problems = new List<DocumentProblem>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                        || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    problems.Add(new DocumentProblem(path, "the folder holds no .txt, .md or .json files"));
                }

                foreach (var file in files)
                {
                    ReadFile(file, documents, problems);
                }
            }
            else
            {
                ReadFile(path, documents, problems);
            }
        }

        return new DocumentSet(documents, problems);
    }

    /// <summary>Reads a JSON array of articles from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name to report problems under.</param>
    public static DocumentSet FromJson(string json, string source = "json")
    {
        var documents = new List<Document>();
        var problems = new List<DocumentProblem>();
        ReadJson(json, source, documents, problems);
        return new DocumentSet(documents, problems);
    }

    private static void ReadFile(string path, List<Document> documents, List<DocumentProblem> problems)
    {
        var name = Path.GetFileName(path);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problems.Add(new DocumentProblem(path, "no such file or folder"));
                return;
            }

            if (info.Length > MaxFileBytes)
            {
                problems.Add(new DocumentProblem(name, $"the file is {info.Length / (1024 * 1024)} MiB, over the {MaxFileBytes / (1024 * 1024)} MiB limit"));
                return;
            }

            var bytes = File.ReadAllBytes(path);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                problems.Add(new DocumentProblem(name, "the file is binary (it holds NUL bytes), not text"));
                return;
            }

            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new DocumentProblem(name, "the file is not valid UTF-8 text"));
            return;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(new DocumentProblem(name, $"cannot read the file: {exception.Message}"));
            return;
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            ReadJson(text, name, documents, problems);
            return;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new DocumentProblem(name, text.Length == 0 ? "the file is empty" : "the file holds only white space"));
            return;
        }

        documents.Add(Document.FromText(name, text));
    }

    private static void ReadJson(string json, string source, List<Document> documents, List<DocumentProblem> problems)
    {
        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            root = JToken.ReadFrom(reader);
        }
        catch (JsonException exception)
        {
            problems.Add(new DocumentProblem(source, $"malformed JSON: {exception.Message}"));
            return;
        }

        if (root is not JArray array)
        {
            problems.Add(new DocumentProblem(source, $"expected a JSON array of articles, found {root.Type.ToString().ToLowerInvariant()}"));
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var where = $"{source}#{i}";
            if (array[i] is not JObject item)
            {
                problems.Add(new DocumentProblem(where, $"expected an article object, found {array[i].Type.ToString().ToLowerInvariant()}"));
                continue;
            }

            var text = StringField(item, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new DocumentProblem(where, "the article has no text"));
                continue;
            }

            var id = StringField(item, "id") ?? where;
            DateOnly? published = null;
            var publishedText = StringField(item, "published");
            var warnings = new List<string>();
            if (publishedText is not null)
            {
                if (DateTimeOffset.TryParse(publishedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
                {
                    published = DateOnly.FromDateTime(when.UtcDateTime);
                }
                else
                {
                    problems.Add(new DocumentProblem(where, $"'published' is not a date ('{publishedText}'); the article is read without one"));
                }
            }

            documents.Add(Document.FromText(id, text, StringField(item, "outlet"), published, StringField(item, "title"), StringField(item, "url")));
        }
    }

    private static string? StringField(JObject item, string name)
        => item.TryGetValue(name, StringComparison.OrdinalIgnoreCase, out var value) && value.Type is JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Date
            ? value.ToString()
            : null;
}
