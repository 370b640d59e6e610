namespace FactCheck.Rules;

/// <summary>How strongly a finding contradicts.</summary>
public enum Severity
{
    /// <summary>The sources cannot both be right.</summary>
    Hard,

    /// <summary>They look contradictory but something explains it (scope, an assumed year, different access to evidence).</summary>
    Apparent,

    /// <summary>Worth knowing, not a contradiction.</summary>
    Info,
}
