namespace FactCheck.Engine;

/// <summary>
/// What a rule's action sees: the rule, its match, and working memory. Facts inserted here are matched by
/// other rules in the same <see cref="ISession.Fire()"/> (forward chaining).
/// </summary>
public interface IContext
{
    /// <summary>The rule that is firing.</summary>
    IRuleMetadata Rule { get; }

    /// <summary>The match the rule is firing for.</summary>
    IMatch Match { get; }

    /// <summary>Inserts a new fact; throws if the same instance is already in working memory.</summary>
    /// <param name="fact">The fact.</param>
    void Insert(object fact);

    /// <summary>Inserts new facts; throws if any instance is already in working memory.</summary>
    /// <param name="facts">The facts.</param>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Inserts a fact unless the same instance is already in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>True when the fact was inserted.</returns>
    bool TryInsert(object fact);

    /// <summary>Re-evaluates a fact already in working memory after it changed.</summary>
    /// <param name="fact">The fact.</param>
    void Update(object fact);

    /// <summary>Re-evaluates facts after they changed; throws, updating none, if any is not in working memory.</summary>
    /// <param name="facts">The facts.</param>
    void UpdateAll(IEnumerable<object> facts);

    /// <summary>Re-evaluates a fact if it is in working memory (and not linked to a match).</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>True when the fact was updated.</returns>
    bool TryUpdate(object fact);

    /// <summary>Removes a fact from working memory; throws if it is not there.</summary>
    /// <param name="fact">The fact.</param>
    void Retract(object fact);

    /// <summary>Removes facts from working memory; throws, removing none, if any is not there or is repeated.</summary>
    /// <param name="facts">The facts.</param>
    void RetractAll(IEnumerable<object> facts);

    /// <summary>Removes a fact if it is in working memory (and not linked to a match).</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>True when the fact was retracted.</returns>
    bool TryRetract(object fact);

    /// <summary>The token given to the <see cref="ISession.Fire(CancellationToken)"/> that runs this action, for long actions to observe.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>
    /// Stops the current <see cref="ISession.Fire()"/> once this action finishes, as NRules' <c>Halt</c> does: the
    /// matches still on the agenda stay there, and the next call to Fire goes on with them.
    /// </summary>
    void Halt();

    /// <summary>
    /// Inserts a fact linked to the current match under a key, as NRules' linked facts: it is retracted when the match
    /// stops holding, and stays (for <see cref="UpdateLinked"/>) while the match changes.
    /// </summary>
    /// <param name="key">The key, unique for this match.</param>
    /// <param name="fact">The fact.</param>
    void InsertLinked(object key, object fact);

    /// <summary>Updates the fact linked to the current match under the key (the same fact, or an equal one).</summary>
    /// <param name="key">The key.</param>
    /// <param name="fact">The fact.</param>
    void UpdateLinked(object key, object fact);

    /// <summary>Retracts the fact linked to the current match under the key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="fact">The fact.</param>
    void RetractLinked(object key, object fact);

    /// <summary>Inserts several facts linked to the current match, each under its key.</summary>
    /// <param name="keyedFacts">The keys and facts.</param>
    void InsertAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts);

    /// <summary>Updates several facts linked to the current match, each under its key.</summary>
    /// <param name="keyedFacts">The keys and facts.</param>
    void UpdateAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts);

    /// <summary>Retracts several facts linked to the current match, each under its key.</summary>
    /// <param name="keyedFacts">The keys and facts.</param>
    void RetractAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts);

    /// <summary>Resolves a service from the session's <see cref="ISession.DependencyResolver"/>, as NRules' <c>Resolve</c>.</summary>
    /// <param name="serviceType">The service's type.</param>
    /// <exception cref="InvalidOperationException">The session has no resolver, or it does not provide the service.</exception>
    object Resolve(Type serviceType);

    /// <summary>The fact linked to the current match under the key, or null.</summary>
    /// <param name="key">The key.</param>
    object? GetLinked(object key);

    /// <summary>The keys of the facts linked to the current match.</summary>
    IEnumerable<object> GetLinkedKeys();
}
