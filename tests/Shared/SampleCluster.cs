namespace FactCheck.TestSupport;

/// <summary>
/// A cluster folder written to a temporary directory for evaluation tests: two short articles of our own about an
/// invented flood that disagree on its toll, and a gold file that flags the disagreement and traps the damaged homes.
/// </summary>
internal sealed class SampleCluster : IDisposable
{
    public const string Gold = """
        {"exhaustive": true,
         "flag": [{"name": "toll 12 vs 40", "numbers": [12, 40], "kind_word": "quantity"},
                  {"name": "a denial nobody made", "numbers": [], "kind_word": "deni"}],
         "allow": [],
         "trap": [{"name": "homes against the dead", "numbers": [40, 300]}]}
        """;

    public SampleCluster(string? gold = Gold)
    {
        Root = Path.Combine(Path.GetTempPath(), "factcheck-eval-" + Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "valdoria-flood");
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "a.txt"), """
            Floods kill 40 in Valdoria

            At least 40 people were killed when the Ostra river burst its banks on Sunday, the interior ministry said on Monday.
            Rescuers were still searching the lower town.
            """);
        File.WriteAllText(Path.Combine(Folder, "b.txt"), """
            Valdoria flood: officials give a lower toll

            Twelve people were killed in Sunday's flood on the Ostra, the regional governor said on Monday, adding that 300 homes were damaged.
            """);
        if (gold is not null)
        {
            File.WriteAllText(Path.Combine(Folder, "gold.json"), gold);
        }
    }

    public string Root { get; }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
