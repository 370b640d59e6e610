namespace FactCheck.Cli;

/// <summary>The exit codes the README documents.</summary>
internal static class ExitCode
{
    public const int Done = 0;
    public const int Findings = 1;
    public const int UsageOrInput = 2;

    /// <summary>Stopped by Ctrl+C, as shells report a process ended by SIGINT.</summary>
    public const int Cancelled = 130;
}
