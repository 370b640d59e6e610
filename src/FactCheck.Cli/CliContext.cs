namespace FactCheck.Cli;

/// <summary>Where a command writes: the report to <see cref="Output"/>, messages and progress to <see cref="Error"/>.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, bool Interactive)
{
    /// <summary>
    /// Writes a message line to standard error, prefixed with the command's name as Unix tools do. Messages quote file
    /// names and article text, so control characters are neutralised here, for every message.
    /// </summary>
    public void Say(string message) => Error.WriteLine($"factcheck: {Reporting.TerminalText.Neutralize(message)}");
}
