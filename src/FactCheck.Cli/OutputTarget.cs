using System.Text;

namespace FactCheck.Cli;

/// <summary>
/// Where a command's output goes: standard output, or the file of <c>--out</c>, which is checked before any work starts
/// so that a long check never ends in "cannot write". Everything is written through a large buffer.
/// </summary>
internal sealed class OutputTarget
{
    private const int BufferSize = 1 << 16;
    private readonly string? _path;
    private readonly TextWriter _standardOutput;

    private OutputTarget(string? path, TextWriter standardOutput)
    {
        _path = path;
        _standardOutput = standardOutput;
    }

    /// <summary>The target for <paramref name="path"/> (null for standard output).</summary>
    /// <exception cref="UsageException">The path is a folder, its folder does not exist, or it cannot be written.</exception>
    public static OutputTarget For(string? path, TextWriter standardOutput)
    {
        if (path is null)
        {
            return new OutputTarget(null, standardOutput);
        }

        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UsageException($"--out {path} is a folder; give a file name");
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"--out {path}: the folder {folder} does not exist");
        }

        try
        {
            // Opened without truncating, so a check that fails later leaves an existing report as it was.
            var existed = File.Exists(full);
            using (new FileStream(full, FileMode.OpenOrCreate, FileAccess.Write))
            {
            }

            if (!existed)
            {
                File.Delete(full);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--out {path} cannot be written: {exception.Message}");
        }

        return new OutputTarget(full, standardOutput);
    }

    public void Write(Action<TextWriter> write)
    {
        if (_path is null)
        {
            write(_standardOutput);
            _standardOutput.Flush();
            return;
        }

        using var file = new StreamWriter(_path, append: false, new UTF8Encoding(false), BufferSize) { NewLine = "\n" };
        write(file);
    }
}
