namespace FactCheck.Engine.Rete;

/// <summary>Working memory's comparer under <see cref="FactIdentity.Equality"/>: the identity a fact provides, or its own equality.</summary>
internal sealed class FactIdentityComparer : IEqualityComparer<object>
{
    public static readonly FactIdentityComparer Instance = new();

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is IIdentityProvider first && y is IIdentityProvider second)
        {
            return x.GetType() == y.GetType() && object.Equals(first.GetIdentity(), second.GetIdentity());
        }

        return x is not null && x.Equals(y);
    }

    public int GetHashCode(object obj) => obj is IIdentityProvider provider ? provider.GetIdentity()?.GetHashCode() ?? 0 : obj.GetHashCode();
}
