using System.Linq.Expressions;
using FactCheck.Engine.Rete;

namespace FactCheck.Engine.Compilation;

/// <summary>
/// Compiles a rule set's conditions, keys, projections and actions together. Compiling a lambda costs a fixed couple of
/// hundred microseconds whatever its size, most of it making and jitting a dynamic method; so the bodies of one
/// signature become the cases of a switch, a few dozen to a method, which compiles several times faster than as many
/// lambdas. Each caller gets its delegate at once; it runs its case once <see cref="Compile"/> has run, at the cost of
/// one more indirect call per evaluation.
/// </summary>
internal sealed class LambdaBatch
{
    private static readonly ParameterExpression Case = Expression.Parameter(typeof(int), "case");

    private readonly Group<Func<int, Token, object, bool>> _conditions = new(typeof(bool), [Case, ConditionRewriter.Match, ConditionRewriter.Candidate]);
    private readonly Group<Func<int, Token, object?, object?>> _values = new(typeof(object), [Case, ConditionRewriter.Match, ConditionRewriter.Candidate]);
    private readonly Group<Action<int, IContext, Token>> _actions = new(typeof(void), [Case, Context, ConditionRewriter.Match]);
    private readonly Group<Func<int, IContext, Token, object?>> _creations = new(typeof(object), [Case, Context, ConditionRewriter.Match]);
    private readonly Group<Func<int, IContext, Token, object, object?>> _updates = new(typeof(object), [Case, Context, ConditionRewriter.Match, Previous]);
    private readonly Group<Func<int, object?, object?[], object?[]?, object>> _results = new(typeof(object), [Case, ResultKey, ResultElements, ResultKeys]);

    /// <summary>The context an action reads.</summary>
    public static ParameterExpression Context { get; } = Expression.Parameter(typeof(IContext), "ctx");

    /// <summary>The previously linked fact a Yield's update reads.</summary>
    public static ParameterExpression Previous { get; } = Expression.Parameter(typeof(object), "previous");

    /// <summary>An aggregate result's group key.</summary>
    public static ParameterExpression ResultKey { get; } = Expression.Parameter(typeof(object), "key");

    /// <summary>An aggregate result's elements.</summary>
    public static ParameterExpression ResultElements { get; } = Expression.Parameter(typeof(object?[]), "elements");

    /// <summary>An aggregate result's lookup keys, one per element.</summary>
    public static ParameterExpression ResultKeys { get; } = Expression.Parameter(typeof(object?[]), "keys");

    /// <summary>A test of the match and the candidate (<see cref="ConditionRewriter.Match"/>, <see cref="ConditionRewriter.Candidate"/>).</summary>
    public Func<Token, object, bool> Condition(Expression body)
    {
        var slot = _conditions.Add(body);
        return (match, candidate) => slot.Method!(slot.Case, match, candidate);
    }

    /// <summary>A value calculated from the match and the candidate, boxed.</summary>
    public Func<Token, object?, object?> Value(Expression body)
    {
        var slot = _values.Add(Boxed(body));
        return (match, candidate) => slot.Method!(slot.Case, match, candidate);
    }

    /// <summary>An action over <see cref="Context"/> and the match.</summary>
    public Action<IContext, Token> Action(Expression body)
    {
        var slot = _actions.Add(body.Type == typeof(void) ? body : Expression.Block(typeof(void), body));
        return (context, match) => slot.Method!(slot.Case, context, match);
    }

    /// <summary>A fact made from <see cref="Context"/> and the match.</summary>
    public Func<IContext, Token, object?> Creation(Expression body)
    {
        var slot = _creations.Add(Boxed(body));
        return (context, match) => slot.Method!(slot.Case, context, match);
    }

    /// <summary>A fact made from <see cref="Context"/>, the match and <see cref="Previous"/>.</summary>
    public Func<IContext, Token, object, object?> Update(Expression body)
    {
        var slot = _updates.Add(Boxed(body));
        return (context, match, previous) => slot.Method!(slot.Case, context, match, previous);
    }

    /// <summary>An aggregate result made from <see cref="ResultKey"/>, <see cref="ResultElements"/> and <see cref="ResultKeys"/>.</summary>
    public Func<object?, object?[], object?[]?, object> Result(Expression body)
    {
        var slot = _results.Add(Boxed(body));
        return (key, elements, keys) => slot.Method!(slot.Case, key, elements, keys);
    }

    /// <summary>Compiles what was added since the last call and binds each delegate handed out to its case.</summary>
    public void Compile()
    {
        _conditions.Compile();
        _values.Compile();
        _actions.Compile();
        _creations.Compile();
        _updates.Compile();
        _results.Compile();
    }

    private static Expression Boxed(Expression body) => body.Type == typeof(object) ? body : Expression.Convert(body, typeof(object));

    private sealed class Slot<TMethod>
        where TMethod : Delegate
    {
        public TMethod? Method;
        public int Case;
    }

    private sealed class Group<TMethod>(Type type, ParameterExpression[] parameters)
        where TMethod : Delegate
    {
        // Bounds each method, so a very large rule set makes no method too big for the JIT to compile quickly.
        private const int CasesPerMethod = 32;

        private readonly List<(Expression Body, Slot<TMethod> Slot)> _pending = [];

        public Slot<TMethod> Add(Expression body)
        {
            var slot = new Slot<TMethod>();
            _pending.Add((body, slot));
            return slot;
        }

        public void Compile()
        {
            for (var start = 0; start < _pending.Count; start += CasesPerMethod)
            {
                var count = Math.Min(CasesPerMethod, _pending.Count - start);
                var cases = new SwitchCase[count];
                for (var i = 0; i < count; i++)
                {
                    cases[i] = Expression.SwitchCase(_pending[start + i].Body, Expression.Constant(i));
                }

                Expression fallback = type == typeof(void) ? Expression.Empty() : Expression.Default(type);
                var method = Expression.Lambda<TMethod>(Expression.Switch(type, Case, fallback, null, cases), parameters).Compile();
                for (var i = 0; i < count; i++)
                {
                    (_pending[start + i].Slot.Method, _pending[start + i].Slot.Case) = (method, i);
                }
            }

            _pending.Clear();
        }
    }
}
