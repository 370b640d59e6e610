using System.Linq.Expressions;

namespace FactCheck.Engine.Dsl;

/// <summary>The actions a rule runs when it fires, once for each distinct match.</summary>
public interface IRightHandSideExpression
{
    /// <summary>Runs an action; it may read the rule's aliases and change working memory through the context.</summary>
    /// <param name="action">The action, written <c>ctx =&gt; ...</c>.</param>
    IRightHandSideExpression Do(Expression<Action<IContext>> action);

    /// <summary>
    /// Inserts a fact linked to the match: when the match stops holding, the engine retracts the fact again.
    /// </summary>
    /// <param name="factory">Creates the linked fact from the aliases.</param>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> factory) where TFact : class;
}
