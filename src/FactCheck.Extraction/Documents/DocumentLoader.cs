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
    public static DocumentSet FromPaths(IEnumerable<string> paths) => FromPaths(paths, new DocumentLoadOptions(), CancellationToken.None);

    /// <summary>
    /// Reads files and folders, in the order given (a folder's files in name order, its subfolders' after them when
    /// <see cref="DocumentLoadOptions.Recursive"/>). A file in a folder is named by its path relative to that folder
    /// ("kyiv/wire.txt"); where two inputs would share a name, each is named by its path as given, and a name still
    /// shared gets a suffix ("#2") and a warning, so that two documents never merge into one source.
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="options">How folders are read.</param>
    /// <param name="cancellationToken">Stops the reading between files and within a long file.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static DocumentSet FromPaths(IEnumerable<string> paths, DocumentLoadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var read = new List<(Document Document, string? Path)>();
        var problems = new List<DocumentProblem>();
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                problems.Add(new DocumentProblem(path ?? "", "an empty path names no file or folder"));
                continue;
            }

            if (Directory.Exists(path))
            {
                ReadFolder(path, options, read, problems, cancellationToken);
            }
            else
            {
                ReadFile(path, Path.GetFileName(path), read, problems, cancellationToken);
            }
        }

        return new DocumentSet(UniqueIds(read), problems);
    }

    /// <summary>Reads a JSON array of articles from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name to report problems under.</param>
    public static DocumentSet FromJson(string json, string source = "json")
    {
        ArgumentNullException.ThrowIfNull(json);
        var read = new List<(Document Document, string? Path)>();
        var problems = new List<DocumentProblem>();
        ReadJson(json, source, read, problems, CancellationToken.None);
        return new DocumentSet(UniqueIds(read), problems);
    }

    private static void ReadFolder(string folder, DocumentLoadOptions options, List<(Document, string?)> read, List<DocumentProblem> problems, CancellationToken cancellationToken)
    {
        var search = options.Recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        var files = Directory.EnumerateFiles(folder, "*", search)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Select(f => (Path: f, Name: ForwardSlashes(Path.GetRelativePath(folder, f))))
            .OrderBy(f => f.Name.Count(c => c == '/'))
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        if (!options.Recursive)
        {
            foreach (var subfolder in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            {
                problems.Add(new DocumentProblem(Path.GetRelativePath(folder, subfolder) + "/", "a subfolder, not read (read subfolders too with the recursive option, --recursive)"));
            }
        }

        if (files.Count == 0)
        {
            problems.Add(new DocumentProblem(folder, "the folder holds no .txt, .md or .json files"));
        }

        foreach (var (file, name) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadFile(file, name, read, problems, cancellationToken);
        }
    }

    // Names are what users see and what the rules tell sources apart by: a file whose name another input shares becomes
    // its path as given, and a name still shared (the same file given twice, one id in two JSON items) takes a suffix.
    // A JSON item has no path of its own.
    private static List<Document> UniqueIds(List<(Document Document, string? Path)> read)
    {
        var shared = read.GroupBy(r => r.Document.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var renamed = read.ConvertAll(r => shared.Contains(r.Document.Id) && r.Path is { } path && path != r.Document.Id
            ? r.Document.WithId(path, $"another input is also named '{r.Document.Id}'; this one is named by its path")
            : r.Document);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = new List<Document>(renamed.Count);
        foreach (var document in renamed)
        {
            var count = seen[document.Id] = seen.GetValueOrDefault(document.Id) + 1;
            documents.Add(count == 1 ? document : document.WithId($"{document.Id}#{count}", $"another document is named '{document.Id}'; this one is named '{document.Id}#{count}'"));
        }

        return documents;
    }

    private static void ReadFile(string path, string name, List<(Document, string?)> read, List<DocumentProblem> problems, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problems.Add(new DocumentProblem(path, Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path))) ? "no such file or folder" : "no such folder"));
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
            ReadJson(text, name, read, problems, cancellationToken);
            return;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new DocumentProblem(name, text.Length == 0 ? "the file is empty" : "the file holds only white space"));
            return;
        }

        read.Add((ArticleCleaner.Default.Read(name, text, null, null, null, null, cancellationToken), ForwardSlashes(path)));
    }

    private static void ReadJson(string json, string source, List<(Document, string?)> read, List<DocumentProblem> problems, CancellationToken cancellationToken)
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
            cancellationToken.ThrowIfCancellationRequested();
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

            var warnings = new List<string>();
            var id = StringField(item, "id");
            if (id is null && item.TryGetValue("id", StringComparison.OrdinalIgnoreCase, out var badId) && badId.Type != JTokenType.Null)
            {
                warnings.Add($"'id' is not a usable name ({badId.ToString(Formatting.None)}); the article is named {where}");
            }

            id ??= where;
            DateOnly? published = null;
            var publishedText = StringField(item, "published");
            if (publishedText is not null)
            {
                if (DateTimeOffset.TryParse(publishedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
                {
                    published = DateOnly.FromDateTime(when.UtcDateTime);
                }
                else
                {
                    warnings.Add($"'published' is not a date ('{publishedText}'); the article is read without one");
                }
            }

            var document = ArticleCleaner.Default.Read(id, text, StringField(item, "outlet"), published, StringField(item, "title"), StringField(item, "url"), cancellationToken);
            read.Add((warnings.Count == 0 ? document : document.WithWarnings(warnings), null));
        }
    }

    private static string ForwardSlashes(string path) => path.Replace('\\', '/');

    // A number stands for its digits ("id": 12), but not one too large for a double, which would read "Infinity".
    private static string? StringField(JObject item, string name)
        => item.TryGetValue(name, StringComparison.OrdinalIgnoreCase, out var value) && (value.Type is JTokenType.String or JTokenType.Integer or JTokenType.Date
            || (value.Type == JTokenType.Float && value.Value<double>() is var number && double.IsFinite(number)))
            ? value.ToString()
            : null;
}
