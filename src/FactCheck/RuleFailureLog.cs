namespace FactCheck;

/// <summary>
/// The warnings of one check. A rule that fails fails on many matches alike, so its failures are kept as one warning per
/// rule, place and exception type, with how often it happened and the first message.
/// </summary>
internal sealed class RuleFailureLog
{
    private readonly List<object> _entries = [];
    private readonly Dictionary<(string Rule, string Where, Type Exception), Failure> _failures = [];

    public void AddRange(IEnumerable<string> warnings) => _entries.AddRange(warnings);

    public void RuleFailed(string rule, string where, Exception exception)
    {
        var key = (rule, where, exception.GetType());
        if (_failures.TryGetValue(key, out var failure))
        {
            failure.Count++;
            return;
        }

        failure = new Failure(rule, where, exception);
        _failures.Add(key, failure);
        _entries.Add(failure);
    }

    public List<string> ToList() => _entries.ConvertAll(e => e.ToString()!);

    private sealed class Failure(string rule, string where, Exception exception)
    {
        public int Count { get; set; } = 1;

        public override string ToString() => Count == 1
            ? $"rule '{rule}' failed in {where} ({exception.GetType().Name}: {exception.Message}); that match was skipped"
            : $"rule '{rule}' failed in {where} {Count:N0} times ({exception.GetType().Name}, first: {exception.Message}); those matches were skipped";
    }
}
