namespace FactCheck.Engine;

/// <summary>What a queued change does to the linked facts of a <see cref="LinkedFactSet"/>.</summary>
public enum LinkedFactAction
{
    /// <summary>The facts enter working memory.</summary>
    Insert,

    /// <summary>The facts changed and are matched again.</summary>
    Update,

    /// <summary>The facts leave working memory.</summary>
    Retract,
}
