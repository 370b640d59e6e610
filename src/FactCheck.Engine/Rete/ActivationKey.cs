namespace FactCheck.Engine.Rete;

/// <summary>
/// Which match an activation is, whatever token carries it: the rule, the handles of its facts, and for an aggregate
/// the node and the group. An update deletes a match's tokens and builds them again; the key tells the new activation
/// from a new match, so that it is reactivated rather than created, as in NRules.
/// </summary>
internal sealed class ActivationKey : IEquatable<ActivationKey>
{
    private readonly TerminalNode _rule;
    private readonly object?[] _parts;
    private readonly int _hash;

    private ActivationKey(TerminalNode rule, object?[] parts)
    {
        _rule = rule;
        _parts = parts;
        var hash = new HashCode();
        hash.Add(rule);
        foreach (var part in parts)
        {
            hash.Add(part);
        }

        _hash = hash.ToHashCode();
    }

    public static ActivationKey Of(Activation activation)
    {
        var parts = new List<object?>(activation.Count * 2);
        for (Token? token = activation; token is not null && token.Count > 0; token = token.Parent)
        {
            if (token.Parent is { } parent && parent.Count == token.Count)
            {
                continue; // Not and Exists pass the match on unchanged.
            }

            if (token.Handle is { } handle)
            {
                parts.Add(handle);
            }
            else
            {
                // A Let is one value whatever it calculates; an aggregate result is known by its group; a projected
                // value by itself.
                parts.Add(token.Producer);
                parts.Add(token.Producer is BindingNode ? null : token.Value is IAggregateResult result ? result.GroupKey : token.Value);
            }
        }

        return new ActivationKey(activation.Node, [.. parts]);
    }

    public bool Equals(ActivationKey? other)
        => other is not null && _hash == other._hash && ReferenceEquals(_rule, other._rule) && _parts.AsSpan().SequenceEqual(other._parts);

    public override bool Equals(object? obj) => Equals(obj as ActivationKey);

    public override int GetHashCode() => _hash;
}
