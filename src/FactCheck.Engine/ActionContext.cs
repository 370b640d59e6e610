using FactCheck.Engine.Rete;

namespace FactCheck.Engine;

internal sealed class ActionContext : IContext
{
    private readonly Session _session;

    public ActionContext(Session session) => _session = session;

    public Activation Current { get; set; } = null!;

    public IRuleMetadata Rule => Current.Rule;

    public IMatch Match => Current;

    public void Insert(object fact) => _session.Insert(fact);

    public void InsertAll(IEnumerable<object> facts) => _session.InsertAll(facts);

    public bool TryInsert(object fact) => _session.TryInsert(fact);

    public void Update(object fact) => _session.Update(fact);

    public void UpdateAll(IEnumerable<object> facts) => _session.UpdateAll(facts);

    public bool TryUpdate(object fact) => _session.TryUpdate(fact);

    public void Retract(object fact) => _session.Retract(fact);

    public void RetractAll(IEnumerable<object> facts) => _session.RetractAll(facts);

    public bool TryRetract(object fact) => _session.TryRetract(fact);

    public CancellationToken CancellationToken { get; set; }

    public void Halt() => _session.Halt();

    /// <summary>A service the firing rule declared with Dependency(); compiled actions call it.</summary>
    public object Resolve(Type serviceType) => _session.Resolve(serviceType ?? throw new ArgumentNullException(nameof(serviceType)), Current.Rule.Name);

    public void InsertAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => ForEach(keyedFacts, InsertLinked);

    public void UpdateAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => ForEach(keyedFacts, UpdateLinked);

    public void RetractAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => ForEach(keyedFacts, RetractLinked);

    public void InsertLinked(object key, object fact) => _session.InsertLinked(Current, key, fact);

    public void UpdateLinked(object key, object fact) => _session.UpdateLinked(Current, key, fact);

    public void RetractLinked(object key, object fact) => _session.RetractLinked(Current, key, fact);

    public object? GetLinked(object key) => _session.LinksOf(Current)?.GetValueOrDefault(key ?? throw new ArgumentNullException(nameof(key)))?.Fact;

    public IEnumerable<object> GetLinkedKeys() => _session.LinksOf(Current)?.Keys.ToList() ?? [];

    private static void ForEach(IEnumerable<KeyValuePair<object, object>> keyedFacts, Action<object, object> apply)
    {
        ArgumentNullException.ThrowIfNull(keyedFacts);
        foreach (var (key, fact) in keyedFacts.ToList())
        {
            apply(key, fact);
        }
    }
}
