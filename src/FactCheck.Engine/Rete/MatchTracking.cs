using FactCheck.Engine.Collections;

namespace FactCheck.Engine.Rete;

/// <summary>
/// The memory of a node that counts, for each token, the facts that satisfy it (Not, Exists, aggregates), with the
/// reverse map so a retracted fact is withdrawn without re-evaluating its (possibly changed) values.
/// </summary>
internal class MatchTracking : JoinMemory
{
    public SegmentedDictionary<FactHandle, List<MemoryToken>> MatchedBy { get; } = new();

    public void Record(FactHandle handle, MemoryToken token)
    {
        ref var tokens = ref MatchedBy.GetOrAdd(handle, out var exists);
        if (!exists)
        {
            tokens = [];
        }

        tokens.Add(token);
    }

    public void Forget(FactHandle handle, MemoryToken token)
    {
        if (MatchedBy.TryGetValue(handle, out var tokens))
        {
            tokens.Remove(token);
            if (tokens.Count == 0)
            {
                MatchedBy.Remove(handle);
            }
        }
    }
}
