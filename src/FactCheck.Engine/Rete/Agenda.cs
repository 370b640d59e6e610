using System.Collections;

namespace FactCheck.Engine.Rete;

/// <summary>
/// The activations waiting to fire: highest priority first, then in the order they were made, as in NRules. Each
/// priority is a queue threaded through the activations themselves, so adding, withdrawing and popping are O(1) and a
/// large agenda holds no array that the collector would have to rescan.
/// </summary>
internal sealed class Agenda : IAgenda
{
    private readonly Session _session;

    // Parallel lists, highest priority first: few rules declare more than a handful of priorities. Each level is a queue
    // from its top (the oldest activation, fired first, as in NRules) to its tail (the newest).
    private readonly List<int> _priorities = [];
    private readonly List<Activation?> _tops = [];
    private readonly List<Activation?> _tails = [];

    public Agenda(Session session) => _session = session;

    public int Count
    {
        get
        {
            _session.Settle();
            return PendingCount;
        }
    }

    public int PendingCount { get; private set; }

    /// <summary>The session's agenda filters, each for every rule (a null rule) or for one.</summary>
    public List<(IRuleMetadata? Rule, IAgendaFilter Filter)> Filters { get; } = [];

    public void AddFilter(IAgendaFilter filter) => Filters.Add((null, filter ?? throw new ArgumentNullException(nameof(filter))));

    public void AddFilter(IRuleMetadata rule, IAgendaFilter filter)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(filter);
        Filters.Add((rule, filter));
    }

    public void Add(Activation activation)
    {
        var level = LevelOf(activation.Priority);
        activation.Status = ActivationState.Pending;
        var tail = _tails[level];
        activation.Above = tail;
        activation.Below = null;
        if (tail is not null)
        {
            tail.Below = activation;
        }
        else
        {
            _tops[level] = activation;
        }

        _tails[level] = activation;
        PendingCount++;
    }

    public void Withdraw(Activation activation)
    {
        activation.Status = ActivationState.Withdrawn;
        Unlink(activation);
    }

    public Activation? Pop()
    {
        for (var level = 0; level < _tops.Count; level++)
        {
            if (_tops[level] is { } top)
            {
                Unlink(top);
                return top;
            }
        }

        return null;
    }

    public IMatch? Peek()
    {
        _session.Settle();
        return Pending().FirstOrDefault();
    }

    public IEnumerator<IMatch> GetEnumerator()
    {
        _session.Settle();
        return Pending().ToList().GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<Activation> Pending()
    {
        foreach (var top in _tops)
        {
            for (var activation = top; activation is not null; activation = activation.Below)
            {
                yield return activation;
            }
        }
    }

    private void Unlink(Activation activation)
    {
        if (activation.Above is { } above)
        {
            above.Below = activation.Below;
        }
        else
        {
            _tops[LevelOf(activation.Priority)] = activation.Below;
        }

        if (activation.Below is { } below)
        {
            below.Above = activation.Above;
        }
        else
        {
            _tails[LevelOf(activation.Priority)] = activation.Above;
        }

        activation.Above = activation.Below = null;
        PendingCount--;
    }

    private int LevelOf(int priority)
    {
        for (var i = 0; i < _priorities.Count; i++)
        {
            if (_priorities[i] == priority)
            {
                return i;
            }

            if (_priorities[i] < priority)
            {
                _priorities.Insert(i, priority);
                _tops.Insert(i, null);
                _tails.Insert(i, null);
                return i;
            }
        }

        _priorities.Add(priority);
        _tops.Add(null);
        _tails.Add(null);
        return _priorities.Count - 1;
    }
}
