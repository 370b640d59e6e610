using System.Collections;

namespace FactCheck.Engine.Rete;

/// <summary>
/// The activations waiting to fire: highest priority first, then most recent first. Withdrawn activations are
/// marked and skipped, so adding and withdrawing are O(1).
/// </summary>
internal sealed class Agenda : IAgenda
{
    private readonly Session _session;
    private readonly List<(int Priority, List<Activation> Stack)> _levels = [];

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

    public void Add(Activation activation)
    {
        var stack = StackOf(activation.Priority);
        activation.State = ActivationState.Pending;
        stack.Add(activation);
        PendingCount++;
    }

    public void Withdraw(Activation activation)
    {
        activation.State = ActivationState.Withdrawn;
        PendingCount--;
        var stack = StackOf(activation.Priority);
        if (stack.Count > 64 && stack.Count > 4 * PendingCount)
        {
            stack.RemoveAll(static a => a.State != ActivationState.Pending);
        }
    }

    public Activation? Pop()
    {
        foreach (var (_, stack) in _levels)
        {
            while (stack.Count > 0)
            {
                var activation = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                if (activation.State == ActivationState.Pending)
                {
                    PendingCount--;
                    return activation;
                }
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
        foreach (var (_, stack) in _levels)
        {
            for (var i = stack.Count - 1; i >= 0; i--)
            {
                if (stack[i].State == ActivationState.Pending)
                {
                    yield return stack[i];
                }
            }
        }
    }

    private List<Activation> StackOf(int priority)
    {
        for (var i = 0; i < _levels.Count; i++)
        {
            if (_levels[i].Priority == priority)
            {
                return _levels[i].Stack;
            }

            if (_levels[i].Priority < priority)
            {
                var inserted = new List<Activation>();
                _levels.Insert(i, (priority, inserted));
                return inserted;
            }
        }

        var stack = new List<Activation>();
        _levels.Add((priority, stack));
        return stack;
    }
}
