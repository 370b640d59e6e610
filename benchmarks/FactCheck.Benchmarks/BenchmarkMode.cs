namespace FactCheck.Benchmarks;

/// <summary>Whether the suite runs as CI's smoke test (one small size, a dry job) or in full.</summary>
internal static class BenchmarkMode
{
    public const string QuickVariable = "FACTCHECK_BENCH_QUICK";

    public static bool IsQuick => Environment.GetEnvironmentVariable(QuickVariable) == "1";
}
