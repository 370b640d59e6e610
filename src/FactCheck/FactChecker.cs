using FactCheck.Engine;
using FactCheck.Extraction;
using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;
using FactCheck.Rules;

namespace FactCheck;

/// <summary>
/// Checks a set of articles about one event: extracts their claims, runs the contradiction rules over them in one
/// session, and returns the report. The rules are compiled once; a checker is safe to share across threads.
/// </summary>
/// <example>
/// <code>
/// var report = FactChecker.CreateDefault().Check(DocumentLoader.FromFolder("seeds"));
/// Console.WriteLine(report.Render(ReportFormat.Text));
/// </code>
/// </example>
public sealed class FactChecker
{
    private readonly ISessionFactory _factory;
    private readonly IClaimExtractor _extractor;
    private readonly double _minimumConfidence;

    private FactChecker(ISessionFactory factory, IClaimExtractor extractor, double minimumConfidence)
    {
        _factory = factory;
        _extractor = extractor;
        _minimumConfidence = minimumConfidence;
    }

    /// <summary>The rules this checker runs.</summary>
    public IReadOnlyList<IRuleMetadata> Rules => _factory.Rules;

    /// <summary>The compiled rule network, for diagnostics.</summary>
    public ISessionFactory SessionFactory => _factory;

    /// <summary>A checker with the built-in rules and extractor.</summary>
    public static FactChecker CreateDefault() => Create(_ => { });

    /// <summary>A checker configured by <paramref name="configure"/>.</summary>
    /// <param name="configure">Adds rule assemblies, filters tags, replaces the extractor.</param>
    /// <exception cref="RuleCompilationException">A rule is malformed.</exception>
    public static FactChecker Create(Action<FactCheckerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new FactCheckerOptions();
        configure(options);
        var repository = new RuleRepository(options.Services);
        repository.Load(spec =>
        {
            spec.From([.. options.Assemblies]).From([.. options.Types]);
            if (options.OnlyTags.Count > 0)
            {
                spec.Where(r => options.OnlyTags.Any(r.IsTagged));
            }

            spec.Where(r => !options.WithoutTags.Any(r.IsTagged));
        });
        return new FactChecker(repository.Compile(), options.Extractor ?? new ClaimExtractor(), options.MinimumConfidence);
    }

    /// <summary>Checks documents read by <see cref="DocumentLoader"/>; the ones it could not read are in the report's problems.</summary>
    /// <param name="documents">The documents.</param>
    public ContradictionReport Check(DocumentSet documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Run(documents, documents.Problems, progress: null, CancellationToken.None);
    }

    /// <summary>Checks documents.</summary>
    /// <param name="documents">The documents.</param>
    public ContradictionReport Check(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Run([.. documents], [], progress: null, CancellationToken.None);
    }

    /// <summary>Reads files and folders, then checks them, reporting progress and stopping when cancelled.</summary>
    /// <param name="paths">Files (text or JSON) and folders.</param>
    /// <param name="progress">Receives progress, or null.</param>
    /// <param name="cancellationToken">Stops the check between documents.</param>
    public Task<ContradictionReport> CheckAsync(IEnumerable<string> paths, IProgress<CheckProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToList();
        return Task.Run(
            () =>
            {
                progress?.Report(new CheckProgress(0, 0, "reading"));
                var documents = DocumentLoader.FromPaths(list);
                return Run(documents, documents.Problems, progress, cancellationToken);
            },
            cancellationToken);
    }

    private ContradictionReport Run(IReadOnlyList<Document> documents, IReadOnlyList<DocumentProblem> problems, IProgress<CheckProgress>? progress, CancellationToken cancellationToken)
    {
        var batch = BatchContext.Of(documents);
        var warnings = new List<string>();
        var claims = new List<Claim>();
        var extracted = new List<ExtractionResult>();
        for (var i = 0; i < documents.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = _extractor.Extract(documents[i], batch);
            extracted.Add(result);
            claims.AddRange(result.Claims);
            warnings.AddRange(result.Warnings);
            progress?.Report(new CheckProgress(i + 1, documents.Count, "extracting"));
        }

        progress?.Report(new CheckProgress(documents.Count, documents.Count, "matching"));
        var session = _factory.CreateSession();
        session.Events.ConditionFailed += (_, e) => warnings.Add($"rule '{e.Rule.Name}' failed on a condition ({e.Exception.GetType().Name}: {e.Exception.Message}); that match was skipped");
        session.Events.ActionFailed += (_, e) => warnings.Add($"rule '{e.Rule.Name}' failed in its action ({e.Exception.GetType().Name}: {e.Exception.Message}); that match was skipped");
        session.InsertAll(claims);
        session.Fire();
        var report = new ContradictionReport(
            extracted,
            problems,
            session.Query<Finding>(),
            session.Query<Corroboration>(),
            warnings,
            [.. _factory.Rules.Select(r => r.Name)],
            _minimumConfidence);
        progress?.Report(new CheckProgress(documents.Count, documents.Count, "done"));
        return report;
    }
}
