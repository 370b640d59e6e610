using FactCheck.Engine.Collections;

namespace FactCheck.Engine.Rete;

/// <summary>
/// The memory of a node that counts, for each token, the facts that satisfy it (Not, Exists, aggregates), with the
/// reverse map so a retracted fact is withdrawn without re-evaluating its (possibly changed) values.
/// </summary>
internal class MatchTracking : JoinMemory
{
    // Each fact's tokens: one token itself (the usual case, and the only one under a rule's first element), or a list.
    private readonly SegmentedDictionary<FactHandle, object> _matchedBy = new();

    public void Record(FactHandle handle, MemoryToken token)
    {
        ref var tokens = ref _matchedBy.GetOrAdd(handle, out var exists);
        if (!exists)
        {
            tokens = token;
        }
        else if (tokens is List<MemoryToken> list)
        {
            list.Add(token);
        }
        else
        {
            tokens = new List<MemoryToken> { (MemoryToken)tokens, token };
        }
    }

    public void Forget(FactHandle handle, MemoryToken token)
    {
        ref var tokens = ref _matchedBy.Find(handle);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref tokens))
        {
            return;
        }

        if (tokens is List<MemoryToken> list)
        {
            list.Remove(token);
            if (list.Count == 0)
            {
                _matchedBy.Remove(handle);
            }
        }
        else if (ReferenceEquals(tokens, token))
        {
            _matchedBy.Remove(handle);
        }
    }

    /// <summary>Removes a fact's tokens and gives them; false when it matched none.</summary>
    public bool TakeTokens(FactHandle handle, out IReadOnlyList<MemoryToken> tokens)
    {
        if (!_matchedBy.Remove(handle, out var found))
        {
            tokens = [];
            return false;
        }

        tokens = found as List<MemoryToken> ?? [(MemoryToken)found];
        return true;
    }
}
