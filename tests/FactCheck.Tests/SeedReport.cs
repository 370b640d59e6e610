using FactCheck.Extraction.Documents;
using FactCheck.TestSupport;

namespace FactCheck.Tests;

/// <summary>The report on the seeds, computed once for the acceptance tests.</summary>
public sealed class SeedReport
{
    public ContradictionReport Report { get; } = FactChecker.CreateDefault().Check(DocumentLoader.FromFolder(RepositoryPaths.Seeds));
}
