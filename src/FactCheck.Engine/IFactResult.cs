namespace FactCheck.Engine;

/// <summary>What a batch operation could not do: the facts that failed, in the order they were given.</summary>
public interface IFactResult
{
    /// <summary>How many facts failed.</summary>
    int FailedCount { get; }

    /// <summary>The facts that failed: for an insert, those already in working memory or repeated in the batch; for an
    /// update or retraction, those not in working memory or linked to a match (and, for a retraction, repeated).</summary>
    IEnumerable<object> Failed { get; }
}
