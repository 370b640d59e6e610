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
    // Rule firings between two looks at the firing limit: a firing takes microseconds. The token is seen at every firing.
    private const int FiringsPerSlice = 256;

    // Claims inserted between two looks at the token: inserting one propagates it through the network.
    private const int ClaimsPerInsert = 1024;

    private readonly ISessionFactory _factory;
    private readonly IClaimExtractor _extractor;
    private readonly double _minimumConfidence;
    private readonly int _maxFirings;
    private readonly TimeSpan _timeout;
    private readonly int _extractionParallelism;

    private FactChecker(ISessionFactory factory, IClaimExtractor extractor, FactCheckerOptions options)
    {
        _factory = factory;
        _extractor = extractor;
        _minimumConfidence = options.MinimumConfidence;
        _maxFirings = options.MaxFirings;
        _timeout = options.Timeout;
        _extractionParallelism = options.ExtractionParallelism ?? (extractor is ClaimExtractor ? Environment.ProcessorCount : 1);
    }

    /// <summary>The rules this checker runs.</summary>
    public IReadOnlyList<IRuleMetadata> Rules => _factory.Rules;

    /// <summary>The compiled rule network, for diagnostics.</summary>
    public ISessionFactory SessionFactory => _factory;

    /// <summary>A checker with the built-in rules and extractor.</summary>
    public static FactChecker CreateDefault() => Create(_ => { });

    /// <summary>A checker configured by <paramref name="configure"/>.</summary>
    /// <param name="configure">Adds rule assemblies, filters tags, replaces the extractor.</param>
    /// <exception cref="RuleDefinitionException">A rule is malformed (its Define() throws, or it has no conditions or actions).</exception>
    /// <exception cref="RuleCompilationException">A rule cannot be compiled (an alias read before it is bound, say).</exception>
    /// <exception cref="RuleActivationException">A rule class cannot be instantiated.</exception>
    /// <exception cref="ArgumentException">An added assembly holds no rule, or a tag asked for is on no rule.</exception>
    public static FactChecker Create(Action<FactCheckerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new FactCheckerOptions();
        configure(options);
        // Every candidate's metadata (read from its attributes, before any rule is created) is seen on the way to the
        // tag filters, so the plug-ins and tags are checked without loading the rules twice.
        var candidates = new List<IRuleMetadata>();
        var repository = new RuleRepository(options.Services);
        repository.Load(spec =>
        {
            // A plug-in's rule classes may be internal to it: every top-level one is loaded.
            spec.PrivateTypes().From([.. options.Assemblies]).From([.. options.Types]);
            spec.Where(r =>
            {
                candidates.Add(r);
                return true;
            });
            if (options.OnlyTags.Count > 0)
            {
                spec.Where(r => options.OnlyTags.Any(r.IsTagged));
            }

            spec.Where(r => !options.WithoutTags.Any(r.IsTagged));
        });
        Validate(options, candidates);
        return new FactChecker(repository.Compile(), options.Extractor ?? new ClaimExtractor(), options);
    }

    // A plug-in without rules and a mistyped tag would both run fewer rules than asked, and pass a CI gate unnoticed.
    private static void Validate(FactCheckerOptions options, List<IRuleMetadata> candidates)
    {
        foreach (var assembly in options.Assemblies.Where(a => !candidates.Any(r => r.RuleType.Assembly == a)))
        {
            throw new ArgumentException($"{assembly.GetName().Name} holds no rule class (a public class deriving from FactCheck.Engine.Dsl.Rule)", nameof(options));
        }

        var tags = candidates.SelectMany(r => r.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var tag in options.OnlyTags.Concat(options.WithoutTags).Where(t => !candidates.Any(r => r.IsTagged(t))))
        {
            throw new ArgumentException($"no rule carries the tag '{tag}'; the tags are: {string.Join(", ", tags)}", nameof(options));
        }
    }

    /// <summary>Checks documents read by <see cref="DocumentLoader"/>; the ones it could not read are in the report's problems.</summary>
    /// <param name="documents">The documents.</param>
    public ContradictionReport Check(DocumentSet documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Run(NotNull(documents), documents.Problems, progress: null, CancellationToken.None);
    }

    /// <summary>Checks documents.</summary>
    /// <param name="documents">The documents.</param>
    public ContradictionReport Check(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Run(NotNull(documents), [], progress: null, CancellationToken.None);
    }

    /// <summary>Checks documents, reporting progress and stopping when cancelled.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="progress">Receives progress, or null.</param>
    /// <param name="cancellationToken">Stops the check within a sentence or a few rule firings.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="CheckLimitExceededException">The check reached its firing limit or timeout.</exception>
    public Task<ContradictionReport> CheckAsync(IEnumerable<Document> documents, IProgress<CheckProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = NotNull(documents);
        var problems = documents is DocumentSet set ? set.Problems : [];
        return Task.Run(() => Run(list, problems, progress, cancellationToken), cancellationToken);
    }

    /// <summary>Reads files and folders, then checks them, reporting progress and stopping when cancelled.</summary>
    /// <param name="paths">Files (text or JSON) and folders.</param>
    /// <param name="progress">Receives progress, or null.</param>
    /// <param name="cancellationToken">Stops the check within a file, a sentence or a few rule firings.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="CheckLimitExceededException">The check reached its firing limit or timeout.</exception>
    public Task<ContradictionReport> CheckAsync(IEnumerable<string> paths, IProgress<CheckProgress>? progress = null, CancellationToken cancellationToken = default)
        => CheckAsync(paths, new DocumentLoadOptions(), progress, cancellationToken);

    /// <summary>Reads files and folders as <paramref name="loading"/> says, then checks them.</summary>
    /// <param name="paths">Files (text or JSON) and folders.</param>
    /// <param name="loading">How folders are read.</param>
    /// <param name="progress">Receives progress, or null.</param>
    /// <param name="cancellationToken">Stops the check within a file, a sentence or a few rule firings.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="CheckLimitExceededException">The check reached its firing limit or timeout.</exception>
    public Task<ContradictionReport> CheckAsync(IEnumerable<string> paths, DocumentLoadOptions loading, IProgress<CheckProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(loading);
        var list = paths.ToList();
        return Task.Run(
            () =>
            {
                progress?.Report(new CheckProgress(0, 0, "reading"));
                var documents = DocumentLoader.FromPaths(list, loading, cancellationToken);
                return Run(documents, documents.Problems, progress, cancellationToken);
            },
            cancellationToken);
    }

    // Documents are read independently (the batch's dates are known beforehand), so the built-in extractor, which is
    // safe to share, reads them on every core; results keep the input order, so reports stay identical. An extractor
    // of the user's runs on one thread unless the options say it may run on more.
    private ExtractionResult[] Extract(IReadOnlyList<Document> documents, BatchContext batch, IProgress<CheckProgress>? progress, CancellationToken stop)
    {
        var results = new ExtractionResult[documents.Count];
        var done = 0;
        var gate = new Lock();
        void ExtractOne(int i)
        {
            stop.ThrowIfCancellationRequested();
            results[i] = _extractor.Extract(documents[i], batch, stop);
            var count = Interlocked.Increment(ref done);
            if (progress is not null)
            {
                lock (gate)
                {
                    progress.Report(new CheckProgress(count, documents.Count, "extracting"));
                }
            }
        }

        if (_extractionParallelism <= 1 || documents.Count < 2)
        {
            for (var i = 0; i < documents.Count; i++)
            {
                ExtractOne(i);
            }

            return results;
        }

        try
        {
            Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = stop, MaxDegreeOfParallelism = _extractionParallelism }, ExtractOne);
        }
        catch (AggregateException failure) when (failure.InnerExceptions.All(e => e is OperationCanceledException))
        {
            throw failure.InnerExceptions[0];
        }

        return results;
    }

    private static List<Document> NotNull(IEnumerable<Document> documents)
    {
        var list = documents.ToList();
        var missing = list.IndexOf(null!);
        return missing < 0 ? list : throw new ArgumentException($"the document at position {missing} is null", nameof(documents));
    }

    private ContradictionReport Run(IReadOnlyList<Document> documents, IReadOnlyList<DocumentProblem> problems, IProgress<CheckProgress>? progress, CancellationToken cancellationToken)
    {
        using var deadline = _timeout == Timeout.InfiniteTimeSpan ? null : new CancellationTokenSource(_timeout);
        using var linked = deadline is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var stop = linked?.Token ?? cancellationToken;
        var batch = BatchContext.Of(documents);
        var warnings = new RuleFailureLog();
        var claims = new List<Claim>();
        var extracted = new List<ExtractionResult>();
        // Claims and findings are immutable records made once each: reference identity keeps equal records apart, as they were
        // found, and skips hashing every member of a claim on insert.
        var session = _factory.CreateSession(FactIdentity.Reference);
        var firings = new Dictionary<string, int>(StringComparer.Ordinal);
        ContradictionReport Report() => new(
            extracted,
            problems,
            session.Query<Finding>(),
            session.Query<Corroboration>(),
            warnings.ToList(),
            [.. _factory.Rules.Select(r => r.Name)],
            _minimumConfidence);

        try
        {
            foreach (var result in Extract(documents, batch, progress, stop))
            {
                extracted.Add(result);
                claims.AddRange(result.Claims);
                warnings.AddRange(result.Warnings);
            }

            progress?.Report(new CheckProgress(documents.Count, documents.Count, "matching"));
            // A rule that throws is reported and the others go on checking.
            session.FailurePolicy = FailurePolicy.Skip;
            session.Events.LhsExpressionFailedEvent += (_, e) => warnings.RuleFailed(e.Rule.Name, "a condition", e.Exception);
            session.Events.AgendaExpressionFailedEvent += (_, e) => warnings.RuleFailed(e.Rule.Name, "an agenda filter", e.Exception);
            session.Events.RhsExpressionFailedEvent += (_, e) => warnings.RuleFailed(e.Rule.Name, "its action", e.Exception);
            session.Events.RuleFiringEvent += (_, e) => firings[e.Rule.Name] = firings.GetValueOrDefault(e.Rule.Name) + 1;
            foreach (var chunk in claims.Chunk(ClaimsPerInsert))
            {
                stop.ThrowIfCancellationRequested();
                session.InsertAll(chunk);
            }

            var fired = 0;
            while (true)
            {
                var slice = session.Fire(Math.Min(FiringsPerSlice, _maxFirings - fired), stop);
                fired += slice;
                stop.ThrowIfCancellationRequested();
                if (slice == 0)
                {
                    break;
                }

                if (fired >= _maxFirings && session.Fire(1, stop) is var extra && extra > 0)
                {
                    var (rule, count) = firings.MaxBy(f => f.Value);
                    throw new CheckLimitExceededException(
                        $"the rules fired more than {_maxFirings:N0} times, most often '{rule}' ({count:N0} times), which is likely inserting facts that make it fire again; the report holds what was found before the stop",
                        Report(), fired + extra, rule, count);
                }
            }
        }
        catch (OperationCanceledException) when (deadline?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
        {
            var most = firings.Count == 0 ? default : firings.MaxBy(f => f.Value);
            throw new CheckLimitExceededException(
                $"the check ran longer than its timeout of {_timeout}; the report holds what was found before the stop",
                Report(), firings.Values.Sum(), most.Key, most.Value);
        }

        var report = Report();
        progress?.Report(new CheckProgress(documents.Count, documents.Count, "done"));
        return report;
    }
}
