using System.Reflection;
using FactCheck.Extraction;
using FactCheck.Rules;

namespace FactCheck;

/// <summary>Configures a <see cref="FactChecker"/>: which rules, which extractor, which services create rule classes.</summary>
public sealed class FactCheckerOptions
{
    private readonly List<Assembly> _assemblies = [typeof(QuantityConflictRule).Assembly];
    private readonly List<Type> _types = [];
    private readonly List<string> _onlyTags = [];
    private readonly List<string> _withoutTags = [];

    internal IReadOnlyList<Assembly> Assemblies => _assemblies;

    internal IReadOnlyList<Type> Types => _types;

    internal IReadOnlyList<string> OnlyTags => _onlyTags;

    internal IReadOnlyList<string> WithoutTags => _withoutTags;

    internal IClaimExtractor? Extractor { get; private set; }

    internal IServiceProvider? Services { get; private set; }

    internal double MinimumConfidence { get; private set; }

    internal int MaxFirings { get; private set; } = DefaultMaxFirings;

    internal TimeSpan Timeout { get; private set; } = System.Threading.Timeout.InfiniteTimeSpan;

    internal int? ExtractionParallelism { get; private set; }

    /// <summary>
    /// The most rule firings one check may take, unless <see cref="WithMaxFirings(int)"/> says otherwise: the built-in
    /// rules fire a few times per claim, so only a rule that keeps feeding itself gets near it.
    /// </summary>
    public const int DefaultMaxFirings = 5_000_000;

    /// <summary>Adds every top-level rule class of an assembly, public or not (a plug-in of your own rules); add a nested one by its type.</summary>
    /// <param name="assembly">The assembly.</param>
    public FactCheckerOptions AddRulesFrom(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        if (!_assemblies.Contains(assembly))
        {
            _assemblies.Add(assembly);
        }

        return this;
    }

    /// <summary>Adds rule classes.</summary>
    /// <param name="ruleTypes">Classes deriving from <see cref="Engine.Dsl.Rule"/>.</param>
    public FactCheckerOptions AddRules(params Type[] ruleTypes)
    {
        _types.AddRange(ruleTypes);
        return this;
    }

    /// <summary>Leaves out the built-in rules, for a checker that runs only your own.</summary>
    public FactCheckerOptions WithoutBuiltInRules()
    {
        _assemblies.Remove(typeof(QuantityConflictRule).Assembly);
        return this;
    }

    /// <summary>Keeps only rules carrying this tag; several calls keep rules carrying any of them.</summary>
    /// <param name="tag">The tag.</param>
    public FactCheckerOptions WithTag(string tag)
    {
        _onlyTags.Add(tag);
        return this;
    }

    /// <summary>Leaves out rules carrying this tag.</summary>
    /// <param name="tag">The tag.</param>
    public FactCheckerOptions WithoutTag(string tag)
    {
        _withoutTags.Add(tag);
        return this;
    }

    /// <summary>
    /// Leaves out of the report every finding less sure than this that its sides speak of the same thing
    /// (<see cref="Finding.Confidence"/>): 0, the default, keeps them all.
    /// </summary>
    /// <param name="confidence">Between 0 and 1.</param>
    public FactCheckerOptions WithMinimumConfidence(double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(confidence, 1);
        MinimumConfidence = confidence;
        return this;
    }

    /// <summary>
    /// Stops a check whose rules fire more often than this, with a <see cref="CheckLimitExceededException"/> that names
    /// the rule that fired most and holds what was found so far. It guards against a rule that keeps inserting facts.
    /// </summary>
    /// <param name="maxFirings">At least 1; <see cref="DefaultMaxFirings"/> by default.</param>
    public FactCheckerOptions WithMaxFirings(int maxFirings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFirings, 1);
        MaxFirings = maxFirings;
        return this;
    }

    /// <summary>
    /// Stops a check that runs longer than this, counted from the start of extraction (reading files stops with the
    /// cancellation token), with a <see cref="CheckLimitExceededException"/> that holds what was found so far. No limit
    /// by default.
    /// </summary>
    /// <param name="timeout">Positive, or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.</param>
    public FactCheckerOptions WithTimeout(TimeSpan timeout)
    {
        if (timeout <= TimeSpan.Zero && timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "A timeout is positive, or infinite for none.");
        }

        Timeout = timeout;
        return this;
    }

    /// <summary>
    /// How many documents are read at once. By default the built-in extractor reads on every core and an extractor of
    /// yours (<see cref="WithExtractor"/>) on one thread, since it may not be safe to share; say more if it is. The
    /// report is the same either way.
    /// </summary>
    /// <param name="documentsAtOnce">At least 1.</param>
    public FactCheckerOptions WithExtractionParallelism(int documentsAtOnce)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(documentsAtOnce, 1);
        ExtractionParallelism = documentsAtOnce;
        return this;
    }

    /// <summary>Uses another claim extractor instead of the built-in <see cref="ClaimExtractor"/>.</summary>
    /// <param name="extractor">The extractor.</param>
    public FactCheckerOptions WithExtractor(IClaimExtractor extractor)
    {
        Extractor = extractor ?? throw new ArgumentNullException(nameof(extractor));
        return this;
    }

    /// <summary>Creates rule classes through these services, so rules can take them in their constructors.</summary>
    /// <param name="services">The services.</param>
    public FactCheckerOptions WithServices(IServiceProvider services)
    {
        Services = services ?? throw new ArgumentNullException(nameof(services));
        return this;
    }
}
