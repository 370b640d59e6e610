namespace FactCheck.Cli;

/// <summary>Where a command writes: the report to <see cref="Output"/>, messages and progress to <see cref="Error"/>.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, bool Interactive)
{
    /// <summary>Writes a message line to standard error, prefixed with the command's name as Unix tools do.</summary>
    public void Say(string message) => Error.WriteLine($"factcheck: {message}");
}
