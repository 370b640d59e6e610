namespace FactCheck.Engine.Rete;

/// <summary>The end of a rule's network: each token that reaches it is a complete match, put on the agenda.</summary>
internal sealed class TerminalNode : ReteNode, ILeftInput
{
    public TerminalNode(int id, IRuleMetadata rule, IReadOnlyList<Declaration> declarations, CompiledAction[] actions, RuleFilter? filter)
        : base(id)
    {
        Filter = filter;
        Rule = rule;
        Declarations = declarations;
        Actions = actions;
        HasDeactivatedActions = actions.Any(a => a.Trigger.HasFlag(Dsl.ActionTrigger.Deactivated));
        Rules.Add(rule);
    }

    public IRuleMetadata Rule { get; }

    /// <summary>The names and types of the match's positions, in order.</summary>
    public IReadOnlyList<Declaration> Declarations { get; }

    public CompiledAction[] Actions { get; }

    /// <summary>The rule's agenda filter, or null.</summary>
    public RuleFilter? Filter { get; }

    /// <summary>True when a match that stops holding after it fired has actions to run.</summary>
    public bool HasDeactivatedActions { get; }

    public override string Kind => "Rule";

    public override string Detail => Rule.Name;

    public override IEnumerable<ReteNode> Successors => [];

    public void LeftActivate(Session session, Token token)
    {
        var memory = session.Memory<NodeMemory>(this);
        memory.Activations++;
        session.AddActivation((Activation)token);
    }

    public void LeftRemove(Session session, Token token) => session.WithdrawActivation((Activation)token);

    public IReadOnlyList<IFactMatch> Describe(Token match)
    {
        var facts = match.ToArray();
        var result = new FactMatch[Declarations.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new FactMatch(Declarations[i], facts[i]);
        }

        return result;
    }
}
