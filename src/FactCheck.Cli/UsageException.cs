namespace FactCheck.Cli;

/// <summary>The command line is wrong; the message says how, and the exit code is 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
