namespace FactCheck.Engine;

internal sealed class FactResult : IFactResult
{
    public static readonly FactResult Succeeded = new([]);

    private readonly IReadOnlyList<object> _failed;

    public FactResult(IReadOnlyList<object> failed) => _failed = failed;

    public int FailedCount => _failed.Count;

    public IEnumerable<object> Failed => _failed;
}
