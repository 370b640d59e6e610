namespace FactCheck.Benchmarks;

/// <summary>Finds seeds/ above the benchmark's output folder (BenchmarkDotNet runs it from a generated folder below bin).</summary>
internal static class SeedFolder
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "FactCheck.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException("FactCheck.sln not found above " + AppContext.BaseDirectory)
            : System.IO.Path.Combine(directory.FullName, "seeds");
    }
}
