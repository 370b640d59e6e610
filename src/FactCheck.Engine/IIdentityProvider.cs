namespace FactCheck.Engine;

/// <summary>
/// A fact that says who it is, as NRules' interface of the same name: with <see cref="FactIdentity.Equality"/>, two facts
/// of the same type whose identities are equal are the same fact, whatever their other members.
/// </summary>
public interface IIdentityProvider
{
    /// <summary>The fact's identity, compared with <see cref="object.Equals(object, object)"/>.</summary>
    object GetIdentity();
}
