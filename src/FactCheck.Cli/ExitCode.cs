namespace FactCheck.Cli;

/// <summary>The exit codes the README documents.</summary>
internal static class ExitCode
{
    public const int Done = 0;
    public const int Findings = 1;
    public const int UsageOrInput = 2;
}
