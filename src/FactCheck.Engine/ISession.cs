using FactCheck.Engine.Diagnostics;

namespace FactCheck.Engine;

/// <summary>
/// One working memory: facts go in, the network keeps every rule's matches up to date as they come, change and go,
/// and <see cref="Fire()"/> runs the actions of the matches on the agenda. A session is single-threaded; create one per
/// thread from a shared <see cref="ISessionFactory"/>.
/// </summary>
public interface ISession
{
    /// <summary>Events raised as facts change and rules fire.</summary>
    ISessionEvents Events { get; }

    /// <summary>The matches waiting to fire.</summary>
    IAgenda Agenda { get; }

    /// <summary>What happens when a condition or action throws; <see cref="FailurePolicy.Skip"/> by default.</summary>
    FailurePolicy FailurePolicy { get; set; }

    /// <summary>Wraps the running of every firing's actions (as NRules' action interceptor); null runs them directly.</summary>
    IActionInterceptor? ActionInterceptor { get; set; }

    /// <summary>Resolves the services rules declare with <c>Dependency().Resolve(...)</c>, when their actions run.</summary>
    IServiceProvider? DependencyResolver { get; set; }

    /// <summary>
    /// True (the default): a linked fact an action inserts, updates or retracts (<c>InsertLinked</c> and the rest, or
    /// <c>Yield</c>) is propagated at once. False: those changes, and the retraction of the linked facts of matches that
    /// stop holding while rules fire, are queued until <see cref="PropagateLinked"/>, so many matches' linked facts
    /// propagate as one batch. As in NRules, <see cref="Insert"/>, <see cref="Update"/>, <see cref="Retract"/> and their
    /// variants propagate the queue when they end, whatever this says. <see cref="IContext.GetLinked"/> sees a queued
    /// change at once.
    /// </summary>
    bool AutoPropagateLinkedFacts { get; set; }

    /// <summary>Propagates the queued linked-fact changes (see <see cref="AutoPropagateLinkedFacts"/>).</summary>
    /// <returns>What was propagated: runs of one kind of change, in the order the changes were made; empty when nothing was queued.</returns>
    IReadOnlyList<LinkedFactSet> PropagateLinked();

    /// <summary>
    /// Inserts a fact. Facts are identified as the session's <see cref="FactIdentity"/> says (by equality unless the
    /// session was created otherwise); inserting a fact already there throws.
    /// </summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is already in working memory.</exception>
    void Insert(object fact);

    /// <summary>Inserts facts; throws, inserting none, if any fact is already in working memory or repeated.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentException">A fact is already in working memory or repeated.</exception>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Inserts the facts that are not in working memory yet, as <paramref name="options"/> says.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="options">Whether one failure stops the whole batch (<see cref="BatchOptions.AllOrNothing"/>) or only itself.</param>
    /// <returns>The facts that were already there or repeated in the batch; under all-or-nothing, none was inserted if there are any.</returns>
    IFactResult TryInsertAll(IEnumerable<object> facts, BatchOptions options);

    /// <summary>Inserts a fact unless it is already in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>True when the fact was inserted.</returns>
    bool TryInsert(object fact);

    /// <summary>Re-evaluates a fact after it changed: its matches are withdrawn and found again, and fire again.</summary>
    /// <param name="fact">A fact in working memory.</param>
    /// <exception cref="ArgumentException">The fact is not in working memory, or is linked to a match (it changes only with the match).</exception>
    void Update(object fact);

    /// <summary>Re-evaluates a fact if it is in working memory and not linked to a match.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>True when the fact was in working memory.</returns>
    bool TryUpdate(object fact);

    /// <summary>Re-evaluates facts after they changed; throws, updating none, if any is not in working memory or is linked to a match.</summary>
    /// <param name="facts">Facts in working memory.</param>
    /// <exception cref="ArgumentException">A fact is not in working memory or is linked to a match.</exception>
    void UpdateAll(IEnumerable<object> facts);

    /// <summary>Re-evaluates the facts that are in working memory and not linked to a match, as <paramref name="options"/> says.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="options">Whether one failure stops the whole batch or only itself.</param>
    /// <returns>The facts that could not be updated.</returns>
    IFactResult TryUpdateAll(IEnumerable<object> facts, BatchOptions options);

    /// <summary>Removes a fact; the matches it took part in are withdrawn and facts they yielded are retracted.</summary>
    /// <param name="fact">A fact in working memory.</param>
    /// <exception cref="ArgumentException">The fact is not in working memory, or is linked to a match (it leaves only with the match).</exception>
    void Retract(object fact);

    /// <summary>Removes a fact if it is in working memory and not linked to a match.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>True when the fact was in working memory.</returns>
    bool TryRetract(object fact);

    /// <summary>Removes facts; throws, removing none, if any is not in working memory, is linked to a match, or is repeated.</summary>
    /// <param name="facts">Facts in working memory.</param>
    /// <exception cref="ArgumentException">A fact is not in working memory, is linked to a match, or is repeated.</exception>
    void RetractAll(IEnumerable<object> facts);

    /// <summary>Removes the facts that are in working memory and not linked to a match, as <paramref name="options"/> says.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="options">Whether one failure stops the whole batch or only itself.</param>
    /// <returns>The facts that could not be retracted.</returns>
    IFactResult TryRetractAll(IEnumerable<object> facts, BatchOptions options);

    /// <summary>Fires rules until the agenda is empty, including matches created by the rules' own actions.</summary>
    /// <returns>How many rules fired.</returns>
    int Fire();

    /// <summary>Fires at most <paramref name="maxRulesNumber"/> rules.</summary>
    /// <param name="maxRulesNumber">The most rules to fire.</param>
    /// <returns>How many rules fired.</returns>
    int Fire(int maxRulesNumber);

    /// <summary>
    /// Fires rules until the agenda is empty or cancellation is requested; a rule that has started firing finishes. As
    /// in NRules, cancellation stops the cycle without throwing: the caller sees it on its token.
    /// </summary>
    /// <param name="cancellationToken">Stops the cycle before the next rule fires.</param>
    /// <returns>How many rules fired.</returns>
    int Fire(CancellationToken cancellationToken);

    /// <summary>Fires at most <paramref name="maxRulesNumber"/> rules, stopping early when cancellation is requested.</summary>
    /// <param name="maxRulesNumber">The most rules to fire.</param>
    /// <param name="cancellationToken">Stops the cycle before the next rule fires.</param>
    /// <returns>How many rules fired.</returns>
    int Fire(int maxRulesNumber, CancellationToken cancellationToken);

    /// <summary>The facts in working memory that are of type <typeparamref name="TFact"/>, in insertion order.</summary>
    IEnumerable<TFact> Query<TFact>();

    /// <summary>Per-node counts of this session's work so far.</summary>
    NetworkStatistics GetStatistics();
}
