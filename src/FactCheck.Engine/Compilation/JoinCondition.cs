using FactCheck.Engine.Rete;

namespace FactCheck.Engine.Compilation;

/// <summary>
/// The compiled test between a match so far (the token's facts) and a candidate fact: equality keys that a node
/// indexes both sides by, so only candidates with the same key are tested, and the remaining test.
/// </summary>
internal sealed class JoinCondition
{
    public static readonly JoinCondition None = new(test: null, leftKey: null, rightKey: null, text: "");

    public JoinCondition(
        Func<Token, object, bool>? test,
        Func<Token, object?, object?>? leftKey,
        Func<Token, object?, object?>? rightKey,
        string text)
    {
        Test = test;
        LeftKey = leftKey;
        RightKey = rightKey;
        Text = text;
    }

    /// <summary>The conditions that are not answered by the keys, or null when the keys answer everything.</summary>
    public Func<Token, object, bool>? Test { get; }

    /// <summary>The key of a token (from earlier aliases), or null for a join without equality.</summary>
    public Func<Token, object?, object?>? LeftKey { get; }

    /// <summary>The key of a candidate fact, or null for a join without equality.</summary>
    public Func<Token, object?, object?>? RightKey { get; }

    public bool IsIndexed => LeftKey is not null;

    public string Text { get; }
}
