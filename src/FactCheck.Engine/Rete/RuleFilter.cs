namespace FactCheck.Engine.Rete;

/// <summary>A rule's compiled agenda filter: conditions a match must meet to go on the agenda, and the values whose change lets a changed match fire again.</summary>
internal sealed class RuleFilter
{
    public RuleFilter(Func<Token, object, bool>? condition, Func<Token, object?, object?>[] changeKeys, string text)
    {
        Condition = condition;
        ChangeKeys = changeKeys;
        Text = text;
    }

    /// <summary>The filter's conditions joined by AndAlso (or its first change key), for failure reports.</summary>
    public System.Linq.Expressions.Expression? Expression { get; init; }

    public Func<Token, object, bool>? Condition { get; }

    public Func<Token, object?, object?>[] ChangeKeys { get; }

    public string Text { get; }

    public object?[] KeysOf(Token match)
    {
        var keys = new object?[ChangeKeys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ChangeKeys[i](match, null);
        }

        return keys;
    }
}
