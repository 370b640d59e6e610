namespace FactCheck.Engine;

/// <summary>How a session tells one fact from another: on insert (a duplicate is refused), update and retract.</summary>
public enum FactIdentity
{
    /// <summary>
    /// As NRules: by <see cref="IIdentityProvider.GetIdentity"/> where the fact provides one, otherwise by
    /// <see cref="object.Equals(object)"/> and <see cref="object.GetHashCode"/>. An equal instance updates or retracts the
    /// fact, and an update with a new instance replaces the one the session holds. The default.
    /// </summary>
    Equality,

    /// <summary>By reference: every instance is a fact of its own, and equal records may be inserted side by side.</summary>
    Reference,
}
