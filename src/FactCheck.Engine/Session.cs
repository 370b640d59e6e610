using System.Buffers;
using System.Linq.Expressions;
using FactCheck.Engine.Collections;
using FactCheck.Engine.Compilation;
using FactCheck.Engine.Diagnostics;
using FactCheck.Engine.Rete;

namespace FactCheck.Engine;

internal sealed class Session : ISession
{
    private readonly SessionFactory _factory;
    private readonly NodeMemory[] _memories;
    private readonly SegmentedDictionary<object, FactEntry> _facts;
    private readonly Dictionary<Type, TypeNode[]> _typeNodes = [];
    private readonly Queue<object> _linkedRetractions = new();

    // The handles of the facts linked to each match that has any, by key; the facts are retracted when the match stops
    // holding. Kept here rather than on every activation: few rules link facts, and a session makes hundreds of
    // thousands of activations.
    private readonly Dictionary<Activation, Dictionary<object, LinkedFactHandle>> _links = new(ReferenceEqualityComparer.Instance);

    // Linked-fact changes waiting for PropagateLinked when AutoPropagateLinkedFacts is off: runs of one kind of change,
    // the last of which takes further changes of its kind until it is propagated.
    private readonly Queue<(LinkedFactAction Action, List<FactHandle> Handles)> _linkedQueue = new();
    private List<FactHandle>? _openRun;
    private LinkedFactAction _lastRunAction;
    private readonly Queue<IBatchingNode> _flushes = new();
    private readonly SessionEvents _events;
    private readonly Agenda _agenda;
    private readonly ActionContext _context;
    private long _nextFactId;

    // Custom aggregates' match identities count down from zero, apart from the facts' ids.
    private long _lastResultId;
    private bool _halted;

    // While an update or an aggregate's rebuild deletes matches that may come back, what it deleted, by match: a match
    // built again is the same activation updated, not a new one. What has not come back by the end of Settle is gone.
    private int _replacing;
    private readonly Dictionary<ActivationKey, (Activation Activation, bool WasPending)> _replaced = [];

    // The fact being updated: a match that does not bind it (an Exists or Not it passed still holds) did not change.
    private FactHandle? _updating;

    // For rules with Filter().OnChange: the values each match had when it last fired.
    private readonly Dictionary<Activation, object?[]> _changeKeys = new(ReferenceEqualityComparer.Instance);
    private Type? _lastType;
    private TypeNode[] _lastTypeNodes = [];

    public Session(SessionFactory factory, FactIdentity identity)
    {
        _factory = factory;
        _events = new SessionEvents(factory.Events);
        _facts = new(identity == FactIdentity.Reference ? ReferenceEqualityComparer.Instance : FactIdentityComparer.Instance, keepsInsertionOrder: true);
        _memories = new NodeMemory[factory.Nodes.Count];
        foreach (var node in factory.Nodes)
        {
            _memories[node.Id] = node.CreateMemory();
        }

        _agenda = new Agenda(this);
        _context = new ActionContext(this);
        Root = new MemoryToken(null, null, null, 0, null);
        foreach (var entry in factory.Entries)
        {
            // Each entry node gets an empty match of its own: a node keeps its state for a token on the token (an
            // aggregate's groups, an existence count), so two entries sharing one would overwrite each other's.
            entry.LeftActivate(this, new MemoryToken(null, null, null, 0, null));
        }
    }

    public ISessionEvents Events => _events;

    public IAgenda Agenda => _agenda;

    public FailurePolicy FailurePolicy { get; set; } = FailurePolicy.Rethrow;

    public IActionInterceptor? ActionInterceptor { get; set; }

    public IServiceProvider? DependencyResolver { get; set; }

    public bool AutoPropagateLinkedFacts { get; set; } = true;

    /// <summary>A service a rule declared with Dependency(), resolved when its action runs.</summary>
    internal object Resolve(Type service, string rule)
        => (DependencyResolver ?? throw new InvalidOperationException($"Rule '{rule}' needs a {service.Name}, but the session has no DependencyResolver."))
            .GetService(service) ?? throw new InvalidOperationException($"Rule '{rule}' needs a {service.Name}, which the session's DependencyResolver does not provide.");

    /// <summary>The empty match: what single-fact conditions and right-hand keys are given, as they read no alias.</summary>
    internal MemoryToken Root { get; }

    public void Insert(object fact)
    {
        if (!TryInsert(fact))
        {
            throw new ArgumentException($"The fact {Describe(fact)} is already in working memory.", nameof(fact));
        }
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var batch = facts as IReadOnlyCollection<object> ?? facts.ToList();

        // Claim every fact's place first, so a duplicate anywhere in the batch leaves working memory untouched.
        // Each item is the fact's handle, or the fact itself when it needs none (no user fact is a FactHandle). The
        // array is borrowed: a batch of a million facts would otherwise allocate (and promote) eight megabytes of
        // references that live only until the batch is asserted.
        var added = ArrayPool<object>.Shared.Rent(batch.Count);
        var count = 0;
        try
        {
            _facts.EnsureCapacity(_facts.Count + batch.Count);
            foreach (var fact in batch)
            {
                if (fact is null || !TryAdd(fact, _nextFactId + count + 1, source: null, linkKey: null, out var handle))
                {
                    for (var i = 0; i < count; i++)
                    {
                        _facts.Remove(added[i] is FactHandle claimed ? claimed.Fact : added[i]);
                    }

                    ArgumentNullException.ThrowIfNull(fact, nameof(facts));
                    throw new ArgumentException($"The fact {Describe(fact)} is already in working memory or repeated; nothing was inserted.", nameof(fact));
                }

                if (count == added.Length)
                {
                    // A collection that yields more items than it counts.
                    var larger = ArrayPool<object>.Shared.Rent(Math.Max(16, count * 2));
                    Array.Copy(added, larger, count);
                    Array.Clear(added, 0, count);
                    ArrayPool<object>.Shared.Return(added);
                    added = larger;
                }

                added[count++] = handle ?? fact;
            }

            _nextFactId += count;
            for (var i = 0; i < count; i++)
            {
                var handle = added[i] as FactHandle;
                Assert(handle?.Fact ?? added[i], handle);
            }
        }
        finally
        {
            Array.Clear(added, 0, count);
            ArrayPool<object>.Shared.Return(added);
        }

        EndOperation();
    }

    public bool TryInsert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!TryAdd(fact, _nextFactId + 1, source: null, linkKey: null, out var handle))
        {
            return false;
        }

        _nextFactId++;
        Assert(fact, handle);
        EndOperation();
        return true;
    }

    public IFactResult TryInsertAll(IEnumerable<object> facts, BatchOptions options)
    {
        var (accepted, failed) = Partition(facts, static _ => true, repeatsFail: true, present: false);
        if (failed.Count > 0 && options == BatchOptions.AllOrNothing)
        {
            return new FactResult(failed);
        }

        if (accepted.Count > 0)
        {
            InsertAll(accepted);
        }

        return failed.Count == 0 ? FactResult.Succeeded : new FactResult(failed);
    }

    public void Update(object fact)
    {
        if (!TryUpdate(fact))
        {
            throw new ArgumentException(IsLinked(fact)
                ? $"The fact {Describe(fact)} is linked to a match; it changes with the match (IContext.UpdateLinked), not on its own."
                : $"The fact {Describe(fact)} is not in working memory, so it cannot be updated.", nameof(fact));
        }
    }

    public bool TryUpdate(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_facts.TryGetValue(fact, out var entry) || entry.IsLinked)
        {
            return false;
        }

        UpdateFact(fact, entry.Handle);
        EndOperation();
        return true;
    }

    public void UpdateAll(IEnumerable<object> facts)
    {
        var result = TryUpdateAll(facts, BatchOptions.AllOrNothing);
        if (result.FailedCount > 0)
        {
            var fact = result.Failed.First();
            throw new ArgumentException(IsLinked(fact)
                ? $"The fact {Describe(fact)} is linked to a match, so it cannot be updated on its own; nothing was updated."
                : $"The fact {Describe(fact)} is not in working memory; nothing was updated.", nameof(facts));
        }
    }

    public IFactResult TryUpdateAll(IEnumerable<object> facts, BatchOptions options)
    {
        var (accepted, failed) = Partition(facts, static entry => !entry.IsLinked, repeatsFail: false, present: true);
        if (failed.Count > 0 && options == BatchOptions.AllOrNothing)
        {
            return new FactResult(failed);
        }

        foreach (var fact in accepted)
        {
            _facts.TryGetValue(fact, out var entry);
            UpdateFact(fact, entry.Handle);
        }

        EndOperation();
        return failed.Count == 0 ? FactResult.Succeeded : new FactResult(failed);
    }

    private void UpdateFact(object fact, FactHandle? handle)
    {
        _events.OnFactUpdating(this, fact);

        // An equal instance takes the place of the one held, so conditions read what the caller changed.
        _facts.ReplaceKey(fact);
        if (handle is not null)
        {
            handle.Fact = fact;
            if (!handle.IsPending)
            {
                Repropagate(handle);
            }
        }

        _events.OnFactUpdated(this, fact);
    }

    private void Repropagate(FactHandle handle)
    {
        _replacing++;
        try
        {
            Withdraw(handle);
        }
        finally
        {
            _replacing--;
        }

        _updating = handle;
        try
        {
            Propagate(handle);
        }
        finally
        {
            _updating = null;
        }
    }

    public void Retract(object fact)
    {
        if (!TryRetract(fact))
        {
            throw new ArgumentException(IsLinked(fact)
                ? $"The fact {Describe(fact)} is linked to a match; it leaves with the match (or IContext.RetractLinked), not on its own."
                : $"The fact {Describe(fact)} is not in working memory, so it cannot be retracted.", nameof(fact));
        }
    }

    internal void Halt() => _halted = true;

    public bool TryRetract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!RetractFact(fact, linkedToo: false))
        {
            return false;
        }

        EndOperation();
        return true;
    }

    public void RetractAll(IEnumerable<object> facts)
    {
        var result = TryRetractAll(facts, BatchOptions.AllOrNothing);
        if (result.FailedCount > 0)
        {
            var fact = result.Failed.First();
            throw new ArgumentException(IsLinked(fact)
                ? $"The fact {Describe(fact)} is linked to a match, so it cannot be retracted on its own; nothing was retracted."
                : $"The fact {Describe(fact)} is not in working memory or is repeated; nothing was retracted.", nameof(facts));
        }
    }

    public IFactResult TryRetractAll(IEnumerable<object> facts, BatchOptions options)
    {
        var (accepted, failed) = Partition(facts, static entry => !entry.IsLinked, repeatsFail: true, present: true);
        if (failed.Count > 0 && options == BatchOptions.AllOrNothing)
        {
            return new FactResult(failed);
        }

        foreach (var fact in accepted)
        {
            RetractFact(fact, linkedToo: false);
        }

        EndOperation();
        return failed.Count == 0 ? FactResult.Succeeded : new FactResult(failed);
    }

    // Splits a batch into the facts an operation can take and those it cannot: a fact must be in working memory (or,
    // for an insert, must not be), must pass the test on its entry, and, where repeatsFail, must not come twice.
    private (List<object> Accepted, List<object> Failed) Partition(
        IEnumerable<object> facts, Func<FactEntry, bool> test, bool repeatsFail, bool present)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var accepted = new List<object>();
        var failed = new List<object>();
        var seen = repeatsFail ? new HashSet<object>(_facts.Comparer) : null;
        foreach (var fact in facts)
        {
            ArgumentNullException.ThrowIfNull(fact, nameof(facts));
            var found = _facts.TryGetValue(fact, out var entry);
            var ok = found == present && (!found || test(entry)) && (seen is null || seen.Add(fact));
            (ok ? accepted : failed).Add(fact);
        }

        return (accepted, failed);
    }

    public int Fire() => Fire(int.MaxValue, CancellationToken.None);

    public int Fire(int maxRulesNumber) => Fire(maxRulesNumber, CancellationToken.None);

    public int Fire(CancellationToken cancellationToken) => Fire(int.MaxValue, cancellationToken);

    public int Fire(int maxRulesNumber, CancellationToken cancellationToken)
    {
        var fired = 0;
        _halted = false;
        _context.CancellationToken = cancellationToken;
        while (fired < maxRulesNumber && !cancellationToken.IsCancellationRequested && !_halted)
        {
            Settle();
            var activation = _agenda.Pop();
            if (activation is null)
            {
                break;
            }

            activation.Status = ActivationState.Fired;
            if (activation.Trigger != MatchTrigger.Removed)
            {
                activation.HasFired = true;
                if (activation.Node.Filter is { ChangeKeys.Length: > 0 } filter)
                {
                    _changeKeys[activation] = filter.KeysOf(activation);
                }
            }

            _events.OnRuleFiring(this, activation);
            RunActions(activation);
            _events.OnRuleFired(this, activation);
            fired++;
        }

        Settle();
        return fired;
    }

    public IReadOnlyList<LinkedFactSet> PropagateLinked()
    {
        if (_linkedQueue.Count == 0)
        {
            return [];
        }

        var propagated = new List<LinkedFactSet>();
        while (_linkedQueue.TryDequeue(out var run))
        {
            var (action, handles) = run;
            if (ReferenceEquals(handles, _openRun))
            {
                _openRun = null;
            }

            propagated.Add(new LinkedFactSet(action, handles.ConvertAll(static h => h.Fact)));
            foreach (var handle in handles)
            {
                ApplyLinked(action, handle);
            }

            DrainLinkedRetractions();
        }

        return propagated;
    }

    // A queued change whose fact has since left working memory (its match gone) is skipped.
    private void ApplyLinked(LinkedFactAction action, FactHandle handle)
    {
        var present = _facts.TryGetValue(handle.Fact, out var entry) && ReferenceEquals(entry.Handle, handle);
        switch (action)
        {
            case LinkedFactAction.Insert when present && handle.IsPending:
                handle.IsPending = false;
                Assert(handle.Fact, handle);
                break;
            case LinkedFactAction.Update when present && !handle.IsPending:
                UpdateFact(handle.Fact, handle);
                break;
            case LinkedFactAction.Retract when present:
                RetractFact(handle.Fact);
                break;
        }
    }

    private void QueueLinked(LinkedFactAction action, FactHandle handle)
    {
        if (_openRun is null || _lastRunAction != action)
        {
            _openRun = [];
            _lastRunAction = action;
            _linkedQueue.Enqueue((action, _openRun));
        }

        _openRun.Add(handle);
    }

    // As in NRules, every change from outside the rules ends by propagating what the rules' linked facts queued.
    private void EndOperation()
    {
        DrainLinkedRetractions();
        PropagateLinked();
    }

    public IEnumerable<TFact> Query<TFact>()
    {
        Settle();
        // Working memory enumerates its facts in insertion order, for deterministic results.
        var found = new List<TFact>();
        foreach (var (fact, _) in _facts.Pairs)
        {
            if (fact is TFact match)
            {
                found.Add(match);
            }
        }

        return found;
    }

    public NetworkStatistics GetStatistics()
    {
        Settle();
        return new NetworkStatistics(
            [.. _factory.Nodes.Select(n => new NodeStatistics(n.Id, n.Kind, n.Detail, _memories[n.Id].Activations, _memories[n.Id].Evaluations, _memories[n.Id].Count))],
            _facts.Count,
            _agenda.PendingCount);
    }

    internal T Memory<T>(ReteNode node) where T : NodeMemory => (T)_memories[node.Id];

    internal bool Test(ReteNode node, Func<Token, object, bool> condition, Token match, object candidate)
    {
        try
        {
            var result = condition(match, candidate);
            if (_events.TracksLhsEvaluations)
            {
                ReportEvaluation(node, match, candidate, result, exception: null);
            }

            return result;
        }
        catch (Exception exception)
        {
            ReportConditionFailure(node, match, candidate, exception);
            return false;
        }
    }

    /// <summary>A calculated value (a Let, a query's projection); false, with the failure reported, when the calculation throws.</summary>
    internal bool Calculate(ReteNode node, Func<Token, object?, object?> calculation, Token match, object? candidate, out object? value)
    {
        try
        {
            value = calculation(match, candidate);
            if (_events.TracksLhsEvaluations)
            {
                ReportEvaluation(node, match, candidate, value, exception: null);
            }

            return true;
        }
        catch (Exception exception)
        {
            ReportConditionFailure(node, match, candidate, exception);
            value = null;
            return false;
        }
    }

    internal object Key(ReteNode node, Func<Token, object?, object?> key, Token match, object? candidate)
    {
        try
        {
            var value = key(match, candidate);
            if (_events.TracksLhsEvaluations)
            {
                ReportEvaluation(node, match, candidate, value, exception: null);
            }

            return value ?? NullKey.Instance;
        }
        catch (Exception exception)
        {
            ReportConditionFailure(node, match, candidate, exception);
            return new FaultedKey();
        }
    }

    /// <summary>Passes on the parent's match extended by a value (a joined fact, with its handle, or an aggregate result).</summary>
    internal Token Emit(BetaNode producer, MemoryToken parent, FactHandle? handle, object? value)
        => Emit(producer, parent, handle, value, parent.Count + 1);

    /// <summary>Passes on the parent's match unchanged (Not, Exists).</summary>
    internal Token PassOn(BetaNode producer, MemoryToken parent)
        => Emit(producer, parent, null, parent.Value, parent.Count);

    private Token Emit(BetaNode producer, MemoryToken parent, FactHandle? handle, object? value, int count)
    {
        Token token = producer.Child is TerminalNode
            ? new Activation(parent, handle, value, count, producer)
            : new MemoryToken(parent, handle, value, count, producer);
        parent.AddChild(token);
        handle?.AddToken(token);
        producer.Child.LeftActivate(this, token);
        return token;
    }

    internal void DeleteToken(Token token)
    {
        if (token.IsDeleted)
        {
            return;
        }

        DeleteTree(token);
        if (token.Parent is { IsDeleted: false } parent)
        {
            parent.RemoveChild(token);
        }
    }

    internal void AddActivation(Activation activation)
    {
        if (_replaced.Count > 0 && _replaced.Remove(ActivationKey.Of(activation), out var replaced))
        {
            Reactivate(activation, replaced.Activation, replaced.WasPending);
            return;
        }

        activation.Trigger = MatchTrigger.Created;
        if (Schedule(activation) && _events.TracksActivations)
        {
            _events.OnActivationCreated(this, activation);
        }
    }

    internal void WithdrawActivation(Activation activation)
    {
        var wasPending = activation.Status == ActivationState.Pending;
        if (wasPending)
        {
            _agenda.Withdraw(activation);
        }

        // A match that may come back keeps its linked facts until it is known whether it does.
        if (_replacing > 0)
        {
            _replaced[ActivationKey.Of(activation)] = (activation, wasPending);
            return;
        }

        Deactivate(activation, wasPending);
    }

    /// <summary>Deletes a token whose match may be built again at once (an aggregate's changed result).</summary>
    internal void ReplaceToken(Token token)
    {
        _replacing++;
        try
        {
            DeleteToken(token);
        }
        finally
        {
            _replacing--;
        }
    }

    // The match is built again: one that has not fired stays as it was (new, or changed and waiting); one that fired is
    // changed, and fires again unless its rule is not repeatable or its filters say no.
    private void Reactivate(Activation activation, Activation previous, bool wasPending)
    {
        activation.HasFired = previous.HasFired;
        if (_changeKeys.Remove(previous, out var keys))
        {
            _changeKeys[activation] = keys;
        }

        if (_links.Count > 0 && _links.Remove(previous, out var linked))
        {
            _links[activation] = linked;
            foreach (var handle in linked.Values)
            {
                handle.Source = activation;
            }
        }

        var fired = previous.HasFired && !wasPending;
        if (fired && _updating is not null && !Binds(activation, _updating))
        {
            // Only an Exists or Not that still holds saw the update: the match is as it was, and fires nothing.
            (activation.Status, activation.Trigger) = (ActivationState.Fired, previous.Trigger);
            return;
        }

        activation.Trigger = fired ? MatchTrigger.Updated : previous.Trigger;
        if (fired && activation.Rule.Repeatability == Dsl.RuleRepeatability.NonRepeatable)
        {
            activation.Status = ActivationState.Fired;
        }
        else
        {
            Schedule(activation);
        }

        _events.OnActivationUpdated(this, activation);
    }

    private static bool Binds(Activation activation, FactHandle handle)
    {
        for (Token? token = activation; token is not null; token = token.Parent)
        {
            if (ReferenceEquals(token.Handle, handle))
            {
                return true;
            }
        }

        return false;
    }

    // Puts a match on the agenda when the agenda filters accept it; otherwise it holds, off the agenda.
    private bool Schedule(Activation activation)
    {
        if (Accepts(activation))
        {
            _agenda.Add(activation);
            return true;
        }

        activation.Status = ActivationState.Filtered;
        return false;
    }

    private bool Accepts(Activation activation)
    {
        var filter = activation.Node.Filter;
        if (filter is null && _agenda.Filters.Count == 0)
        {
            return true;
        }

        IAgendaFilter? current = null;
        try
        {
            if (filter?.Condition is { } condition && !ReportFiltered(activation, filter.Expression, filter.Text, condition(activation, activation)))
            {
                return false;
            }

            foreach (var (rule, global) in _agenda.Filters)
            {
                current = global;
                if ((rule is null || rule == activation.Rule) && !ReportFiltered(activation, expression: null, global.GetType().Name, global.Accept(activation)))
                {
                    return false;
                }
            }

            current = null;
            return filter is not { ChangeKeys.Length: > 0 } || activation.Trigger != MatchTrigger.Updated
                || !_changeKeys.TryGetValue(activation, out var last) || !last.AsSpan().SequenceEqual(filter.KeysOf(activation));
        }
        catch (Exception exception) when (exception is not RuleEvaluationException)
        {
            if (current is null)
            {
                ReportFilterFailure(activation, filter!.Expression, filter.Text, exception);
            }
            else
            {
                ReportFilterFailure(activation, expression: null, current.GetType().Name, exception);
            }

            return false;
        }
    }

    // The match is gone: a pending one leaves the agenda; one that fired runs its Deactivated actions, if any.
    private void Deactivate(Activation activation, bool wasPending)
    {
        _changeKeys.Remove(activation);
        if (_links.Count > 0 && _links.Remove(activation, out var linked))
        {
            foreach (var handle in linked.Values)
            {
                _linkedRetractions.Enqueue(handle.Fact);
            }
        }

        if (wasPending && _events.TracksActivations)
        {
            _events.OnActivationDeleted(this, activation);
        }

        if (activation.HasFired && activation.Node.HasDeactivatedActions)
        {
            activation.HasFired = false;
            activation.Trigger = MatchTrigger.Removed;
            _agenda.Add(activation);
        }
    }

    internal void QueueFlush(IBatchingNode node) => _flushes.Enqueue(node);

    /// <summary>A handle that identifies a custom aggregate's match while the aggregate changes; it never enters working memory.</summary>
    internal FactHandle ResultHandle(object aggregate) => new(aggregate, --_lastResultId);

    /// <summary>Brings the network to rest: linked facts of withdrawn matches retracted, aggregate results rebuilt.</summary>
    internal void Settle()
    {
        while (true)
        {
            DrainLinkedRetractions();
            if (_flushes.TryDequeue(out var node))
            {
                node.Flush(this);
                continue;
            }

            // Matches that did not come back are gone; retracting their linked facts may change the network again.
            DeactivateUnreplaced();
            if (_linkedRetractions.Count == 0 && _flushes.Count == 0)
            {
                return;
            }
        }
    }

    private void DeactivateUnreplaced()
    {
        if (_replaced.Count == 0)
        {
            return;
        }

        var gone = _replaced.Values.OrderBy(r => r.Activation.Handle?.Id ?? 0).ToList();
        _replaced.Clear();
        foreach (var (activation, wasPending) in gone)
        {
            Deactivate(activation, wasPending);
        }
    }

    // Claims the fact's place in working memory, with a handle only if the fact can enter the network or was yielded.
    private bool TryAdd(object fact, long id, Activation? source, object? linkKey, out FactHandle? handle)
    {
        ref var entry = ref _facts.GetOrAdd(fact, out var exists);
        if (exists)
        {
            handle = null;
            return false;
        }

        handle = source is not null ? new LinkedFactHandle(fact, id, source, linkKey!)
            : TypeNodesOf(fact.GetType()).Length > 0 ? new FactHandle(fact, id)
            : null;
        entry = new FactEntry(handle);
        return true;
    }

    // The fact is already in _facts (and its id gives its insertion order); this propagates it.
    private void Assert(object fact, FactHandle? handle)
    {
        _events.OnFactInserting(this, fact);
        if (handle is not null)
        {
            Propagate(handle);
        }

        _events.OnFactInserted(this, fact);
    }

    // As in NRules, a fact linked to a match is the match's: only the engine (linkedToo) retracts it.
    private bool RetractFact(object fact, bool linkedToo = true)
    {
        if (!_facts.TryGetValue(fact, out var found) || (!linkedToo && found.IsLinked))
        {
            return false;
        }

        _events.OnFactRetracting(this, fact);
        _facts.Remove(fact, out var entry);

        if (entry.Handle is { } handle)
        {
            if (!handle.IsPending)
            {
                Withdraw(handle);
            }

            if (handle is LinkedFactHandle linked)
            {
                Unlink(linked);
            }
        }

        _events.OnFactRetracted(this, fact);
        return true;
    }

    private void Propagate(FactHandle handle)
    {
        foreach (var typeNode in TypeNodesOf(handle.Fact.GetType()))
        {
            typeNode.Activate(this, handle);
        }
    }

    private void Withdraw(FactHandle handle)
    {
        handle.IsWithdrawing = true;
        for (var token = handle.FirstToken; token is not null;)
        {
            var next = token.NextOfHandle;
            DeleteToken(token);
            token = next;
        }

        handle.FirstToken = null;
        handle.IsWithdrawing = false;

        // Joins forget the fact before Not/Exists/aggregates react, so a match that a Not releases cannot rebind it.
        foreach (var typeNode in TypeNodesOf(handle.Fact.GetType()))
        {
            foreach (var successor in typeNode.WithdrawalOrder)
            {
                successor.RightRemove(this, handle);
            }
        }
    }

    private void DeleteTree(Token token)
    {
        token.IsDeleted = true;
        if (token is MemoryToken parent)
        {
            for (var child = parent.FirstChild; child is not null;)
            {
                var next = child.NextSibling;
                DeleteTree(child);
                child = next;
            }

            parent.FirstChild = null;
        }

        token.Producer!.Child.LeftRemove(this, token);
        if (token.Handle is { IsWithdrawing: false } handle)
        {
            handle.RemoveToken(token);
        }
    }

    private void DrainLinkedRetractions()
    {
        while (_linkedRetractions.TryDequeue(out var fact))
        {
            if (_facts.TryGetValue(fact, out var entry) && entry.Handle is LinkedFactHandle { Source: not null } handle)
            {
                if (AutoPropagateLinkedFacts)
                {
                    RetractFact(fact);
                }
                else
                {
                    Unlink(handle);
                    QueueLinked(LinkedFactAction.Retract, handle);
                }
            }
        }
    }

    private void RunActions(Activation activation)
    {
        _context.Current = activation;
        var trigger = activation.Trigger switch
        {
            MatchTrigger.Updated => Dsl.ActionTrigger.Reactivated,
            MatchTrigger.Removed => Dsl.ActionTrigger.Deactivated,
            _ => Dsl.ActionTrigger.Activated,
        };
        if (ActionInterceptor is { } interceptor)
        {
            RunIntercepted(activation, interceptor, trigger);
            return;
        }

        // A firing costs no allocation here: the delegate is static and the action its state (the interceptor's
        // closures live in their own method, or the compiler would allocate their state at every firing).
        foreach (var action in activation.Node.Actions)
        {
            if ((action.Trigger & trigger) != 0 && !Guard(activation, action.Expression, action.Text, action, static (session, match, state) => session.Run(match, state)))
            {
                return;
            }
        }
    }

    private void RunIntercepted(Activation activation, IActionInterceptor interceptor, Dsl.ActionTrigger trigger)
    {
        var actions = Array.FindAll(activation.Node.Actions, a => (a.Trigger & trigger) != 0);
        Guard(activation, expression: null, string.Join("; ", actions.Select(a => a.Text)), (interceptor, actions), static (session, match, state)
            => state.interceptor.Intercept(session._context, [.. state.actions.Select(a => new ActionInvocation(() => session.Run(match, a), a.Text))]));
    }

    private void Run(Activation activation, CompiledAction action)
    {
        if (action.Do is not null)
        {
            action.Do(_context, activation);
        }
        else if (!activation.IsDeleted)
        {
            Yield(activation, action);
        }
    }

    // Runs an action, reporting what it throws; false when it threw and the firing's other actions are abandoned.
    // Actions run through an interceptor (expression null) throw bare, as in NRules: the interceptor saw the exception.
    private bool Guard<TState>(Activation activation, Expression? expression, string text, TState state, Action<Session, Activation, TState> run)
    {
        try
        {
            run(this, activation, state);
            ReportActionRun(activation, expression, text, exception: null);
            return true;
        }
        catch (RuleRhsExpressionEvaluationException)
        {
            throw; // an action of a rule this action's change fired, already reported
        }
        catch (Exception exception)
        {
            ReportActionRun(activation, expression, text, exception);

            // A condition that this action's change made throw is this action's failure.
            var failure = new RhsExpressionErrorEventArgs(expression, text, activation, exception);
            _events.OnRhsExpressionFailed(this, failure);
            if (FailurePolicy == FailurePolicy.Rethrow && !failure.IsHandled)
            {
                if (ActionInterceptor is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);
                }

                throw new RuleRhsExpressionEvaluationException(
                    $"An action of rule '{activation.Rule.Name}' threw {exception.GetType().Name}: {exception.Message} (action: {text}).",
                    activation.Rule.Name,
                    text,
                    exception);
            }

            return false;
        }
    }

    private void ReportActionRun(Activation activation, Expression? expression, string text, Exception? exception)
    {
        if (_events.TracksRhsEvaluations)
        {
            _events.OnRhsExpressionEvaluated(this, new RhsExpressionEventArgs(expression, text, activation, exception));
        }
    }

    // A yielded fact is linked to the match under its action: a changed match updates it (through Yield's update,
    // or by creating it again), and the match's end retracts it.
    private void Yield(Activation activation, CompiledAction action)
    {
        var key = action;
        var previous = LinksOf(activation)?.GetValueOrDefault(key)?.Fact;
        var fact = previous is not null && action.YieldUpdate is { } update ? update(_context, activation, previous) : action.Yield!(_context, activation);
        if (fact is null)
        {
            return;
        }

        if (previous is not null && (ReferenceEquals(fact, previous) || _facts.Comparer.Equals(fact, previous)))
        {
            UpdateLinked(activation, key, fact);
            return;
        }

        if (previous is not null)
        {
            RetractLinked(activation, key, previous);
        }

        InsertLinked(activation, key, fact);
    }

    // The handle of the fact linked to the match under the key, which must be the given fact (or one equal to it).
    private LinkedFactHandle LinkedHandle(Activation activation, object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fact);
        LinkedFactHandle? handle = null;
        if (LinksOf(activation)?.TryGetValue(key, out handle) != true || !_facts.Comparer.Equals(handle!.Fact, fact))
        {
            throw new ArgumentException($"The fact {Describe(fact)} is not linked to this match under the key {key}.", nameof(fact));
        }

        return handle;
    }

    private bool IsLinked(object fact) => _facts.TryGetValue(fact, out var entry) && entry.IsLinked;

    // Undoes a fact's link to its match: the match forgets it, and it no longer follows the match.
    private void Unlink(LinkedFactHandle handle)
    {
        if (handle.Source is { } source)
        {
            LinksOf(source)?.Remove(handle.LinkKey!);
        }

        (handle.Source, handle.LinkKey) = (null, null);
    }

    /// <summary>The handles of the facts linked to a match, by key; null when it has none.</summary>
    internal Dictionary<object, LinkedFactHandle>? LinksOf(Activation activation)
        => _links.Count > 0 && _links.TryGetValue(activation, out var links) ? links : null;

    internal void InsertLinked(Activation activation, object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fact);
        if (LinksOf(activation)?.ContainsKey(key) == true)
        {
            throw new ArgumentException($"A fact is already linked to this match under the key {key}.", nameof(key));
        }

        if (!TryAdd(fact, _nextFactId + 1, activation, key, out var handle))
        {
            throw new ArgumentException($"The fact {Describe(fact)} is already in working memory.", nameof(fact));
        }

        _nextFactId++;
        if (!_links.TryGetValue(activation, out var links))
        {
            _links[activation] = links = [];
        }

        links[key] = (LinkedFactHandle)handle!;
        if (AutoPropagateLinkedFacts)
        {
            Assert(fact, handle);
            DrainLinkedRetractions();
        }
        else
        {
            handle!.IsPending = true;
            QueueLinked(LinkedFactAction.Insert, handle);
        }
    }

    internal void UpdateLinked(Activation activation, object key, object fact)
    {
        var handle = LinkedHandle(activation, key, fact);
        if (AutoPropagateLinkedFacts)
        {
            UpdateFact(fact, handle);
            EndOperation();
            return;
        }

        _facts.ReplaceKey(fact);
        handle.Fact = fact;
        QueueLinked(LinkedFactAction.Update, handle);
    }

    internal void RetractLinked(Activation activation, object key, object fact)
    {
        var handle = LinkedHandle(activation, key, fact);
        if (AutoPropagateLinkedFacts)
        {
            RetractFact(fact);
            EndOperation();
            return;
        }

        Unlink(handle);
        QueueLinked(LinkedFactAction.Retract, handle);
    }

    // The facts a left-hand expression was evaluated on: the match's, then the candidate (a filter's candidate is the
    // match itself).
    private static IFact[] EvaluatedFacts(Token match, object? candidate)
        => [.. match.ToArray().Select(f => new WorkingMemoryFact(f)), .. candidate is null || ReferenceEquals(candidate, match) ? [] : new[] { new WorkingMemoryFact(candidate) }];

    private void ReportEvaluation(ReteNode node, Token match, object? candidate, object? result, Exception? exception)
    {
        if (node.Rules.Count > 0)
        {
            _events.OnLhsExpressionEvaluated(this, new LhsExpressionEventArgs(node.Expression, node.Detail, EvaluatedFacts(match, candidate), node.Rules, result, exception));
        }
    }

    private void ReportConditionFailure(ReteNode node, Token match, object? candidate, Exception exception)
    {
        if (_events.TracksLhsEvaluations)
        {
            ReportEvaluation(node, match, candidate, result: null, exception);
        }

        var rules = node.Rules.Count > 0 ? (IReadOnlyList<IRuleMetadata>)node.Rules : [];
        var handled = false;
        if (rules.Count > 0)
        {
            var failure = new LhsExpressionErrorEventArgs(node.Expression, node.Detail, EvaluatedFacts(match, candidate), rules, exception);
            _events.OnLhsExpressionFailed(this, failure);
            handled = failure.IsHandled;
        }

        if (FailurePolicy == FailurePolicy.Rethrow && !handled)
        {
            var name = rules.Count > 0 ? rules[0].Name : "?";
            throw new RuleLhsExpressionEvaluationException(
                $"A condition of rule '{name}' threw {exception.GetType().Name}: {exception.Message} (condition: {node.Detail}).",
                name,
                node.Detail,
                exception);
        }
    }

    // An agenda filter's verdict, passed through after it is reported to whoever listens for evaluations.
    private bool ReportFiltered(Activation activation, Expression? expression, string text, bool accepted)
    {
        ReportAgendaEvaluation(activation, expression, text, accepted, exception: null);
        return accepted;
    }

    private void ReportAgendaEvaluation(Activation activation, Expression? expression, string text, object? result, Exception? exception)
    {
        if (_events.TracksAgendaEvaluations)
        {
            _events.OnAgendaExpressionEvaluated(this, new AgendaExpressionEventArgs(expression, text, activation, result, exception));
        }
    }

    private void ReportFilterFailure(Activation activation, Expression? expression, string text, Exception exception)
    {
        ReportAgendaEvaluation(activation, expression, text, result: null, exception);

        var failure = new AgendaExpressionErrorEventArgs(expression, text, activation, exception);
        _events.OnAgendaExpressionFailed(this, failure);
        if (FailurePolicy == FailurePolicy.Rethrow && !failure.IsHandled)
        {
            throw new AgendaExpressionEvaluationException(
                $"An agenda filter of rule '{activation.Rule.Name}' threw {exception.GetType().Name}: {exception.Message} (filter: {text}).",
                activation.Rule.Name,
                text,
                exception);
        }
    }

    // Asked twice for every inserted fact (whether it needs a handle, then to propagate it), usually for a run of facts
    // of one type, so the last answer is kept in front of the dictionary.
    private TypeNode[] TypeNodesOf(Type type)
    {
        if (ReferenceEquals(type, _lastType))
        {
            return _lastTypeNodes;
        }

        if (!_typeNodes.TryGetValue(type, out var nodes))
        {
            nodes = FindTypeNodes(type);
            _typeNodes.Add(type, nodes);
        }

        (_lastType, _lastTypeNodes) = (type, nodes);
        return nodes;
    }

    // Apart from TypeNodesOf so that its fast path allocates no closure.
    private TypeNode[] FindTypeNodes(Type type) => [.. _factory.TypeNodes.Where(n => n.FactType.IsAssignableFrom(type))];

    private static string Describe(object? fact)
    {
        var text = fact?.ToString() ?? "null";
        return text.Length > 120 ? string.Concat(text.AsSpan(0, 117), "...") : text;
    }
}
