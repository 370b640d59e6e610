namespace FactCheck.Engine.Dsl;

/// <summary>Whether a match that changed after it fired fires again.</summary>
public enum RuleRepeatability
{
    /// <summary>It fires again (the default, as in NRules).</summary>
    Repeatable,

    /// <summary>It fires once while it holds, however often its facts are updated.</summary>
    NonRepeatable,
}
