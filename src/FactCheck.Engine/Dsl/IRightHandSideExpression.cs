using System.Linq.Expressions;

namespace FactCheck.Engine.Dsl;

/// <summary>The actions a rule runs when it fires, once for each distinct match.</summary>
public interface IRightHandSideExpression
{
    /// <summary>Runs an action; it may read the rule's aliases and change working memory through the context.</summary>
    /// <param name="action">The action, written <c>ctx =&gt; ...</c>.</param>
    IRightHandSideExpression Do(Expression<Action<IContext>> action);

    /// <summary>
    /// Runs an action on the triggers given: a new match (<see cref="ActionTrigger.Activated"/>), a match that changed
    /// after it fired (<see cref="ActionTrigger.Reactivated"/>), a match that stopped holding after it fired
    /// (<see cref="ActionTrigger.Deactivated"/>, reading the facts as they were matched). <see cref="Do"/> is
    /// <c>Action(action, Activated | Reactivated)</c>.
    /// </summary>
    /// <param name="action">The action, written <c>ctx =&gt; ...</c>.</param>
    /// <param name="actionTrigger">When it runs.</param>
    IRightHandSideExpression Action(Expression<Action<IContext>> action, ActionTrigger actionTrigger = ActionTrigger.Activated | ActionTrigger.Reactivated);

    /// <summary>
    /// Inserts a fact linked to the match: when the match stops holding, the engine retracts the fact again.
    /// </summary>
    /// <param name="factory">Creates the linked fact from the aliases.</param>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> factory) where TFact : class;

    /// <summary>
    /// Inserts a fact linked to the match and, when the match changes after firing, makes the linked fact again from
    /// the one before with <paramref name="update"/>: the same (or an equal) fact is updated, another replaces it.
    /// </summary>
    /// <param name="create">Creates the linked fact from the aliases.</param>
    /// <param name="update">Makes the new linked fact from the previous one, written <c>(ctx, previous) =&gt; ...</c>.</param>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> create, Expression<Func<IContext, TFact, TFact>> update) where TFact : class;
}
