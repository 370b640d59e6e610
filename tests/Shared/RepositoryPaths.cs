namespace FactCheck.TestSupport;

/// <summary>Finds the repository's folders from a test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed(string prefix) => Directory.EnumerateFiles(Seeds, prefix + "*").Single();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FactCheck.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FactCheck.sln not found above " + AppContext.BaseDirectory);
    }
}
