using System.Linq.Expressions;
using System.Reflection;
using FactCheck.Engine.Rete;

namespace FactCheck.Engine.Compilation;

/// <summary>
/// Turns a DSL lambda into the body of a compiled delegate: its parameter becomes a typed read of the candidate
/// (or of whatever the caller substitutes), each alias becomes a read of the match (the token) at its position, and
/// every other captured local is evaluated once into a constant, which also lets identical conditions of different
/// rules share nodes.
/// </summary>
internal sealed class ConditionRewriter : ExpressionVisitor
{
    private static readonly MethodInfo FactAt = typeof(Token).GetMethod(nameof(Token.FactAt))!;

    private readonly IReadOnlyDictionary<FieldInfo, AliasBinding> _bound;
    private readonly IReadOnlySet<FieldInfo> _declared;
    private readonly ParameterExpression? _parameter;
    private readonly Expression? _replacement;
    private readonly IReadOnlyDictionary<FieldInfo, Expression>? _services;

    private ConditionRewriter(
        IReadOnlyDictionary<FieldInfo, AliasBinding> bound,
        IReadOnlySet<FieldInfo> declared,
        ParameterExpression? parameter,
        Expression? replacement,
        IReadOnlyDictionary<FieldInfo, Expression>? services)
    {
        _services = services;
        _bound = bound;
        _declared = declared;
        _parameter = parameter;
        _replacement = replacement;
    }

    /// <summary>The match so far, a <see cref="Token"/> whose values are read by alias position.</summary>
    public static ParameterExpression Match { get; } = Expression.Parameter(typeof(Token), "match");

    /// <summary>The candidate fact (or aggregate result), as object.</summary>
    public static ParameterExpression Candidate { get; } = Expression.Parameter(typeof(object), "candidate");

    public SortedSet<int> Positions { get; } = [];

    public bool ReadsParameter { get; private set; }

    public FieldInfo? Unbound { get; private set; }

    /// <summary>Rewrites the body of a one-parameter lambda, reading the parameter from <see cref="Candidate"/>.</summary>
    public static ConditionRewriter Rewrite(
        LambdaExpression lambda,
        IReadOnlyDictionary<FieldInfo, AliasBinding> bound,
        IReadOnlySet<FieldInfo> declared,
        out Expression body)
    {
        var parameter = lambda.Parameters[0];
        return Rewrite(lambda, bound, declared, Expression.Convert(Candidate, parameter.Type), out body);
    }

    /// <summary>Rewrites the body of a lambda, substituting <paramref name="replacement"/> for its only parameter.</summary>
    public static ConditionRewriter Rewrite(
        LambdaExpression lambda,
        IReadOnlyDictionary<FieldInfo, AliasBinding> bound,
        IReadOnlySet<FieldInfo> declared,
        Expression replacement,
        out Expression body,
        IReadOnlyDictionary<FieldInfo, Expression>? services = null)
    {
        var parameter = lambda.Parameters.Count == 1 ? lambda.Parameters[0] : null;
        var rewriter = new ConditionRewriter(bound, declared, parameter, replacement, services);
        body = rewriter.Visit(lambda.Body);
        return rewriter;
    }

    /// <summary>True for an expression that reads only constants through fields: a captured local.</summary>
    public static bool IsCapturedLocal(Expression? expression) => expression switch
    {
        ConstantExpression => true,
        MemberExpression { Member: FieldInfo field } member => field.IsStatic || IsCapturedLocal(member.Expression),
        _ => false,
    };

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (node == _parameter)
        {
            ReadsParameter = true;
            return _replacement!;
        }

        return node;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Member is FieldInfo field && IsCapturedLocal(node.Expression))
        {
            if (_services is not null && _services.TryGetValue(field, out var service))
            {
                return service;
            }

            if (_bound.TryGetValue(field, out var binding))
            {
                Positions.Add(binding.Position);
                return Expression.Convert(Expression.Call(Match, FactAt, Expression.Constant(binding.Position)), node.Type);
            }

            if (_declared.Contains(field))
            {
                Unbound ??= field;
                return node;
            }

            // A field of the rule itself is read when the condition or action runs, as in NRules: the rule may change it
            // after compiling. A local captured by Define cannot change, so it is folded into a constant.
            if (!field.IsStatic && typeof(Dsl.Rule).IsAssignableFrom(field.DeclaringType))
            {
                return base.VisitMember(node);
            }

            return Expression.Constant(Evaluate(node), node.Type);
        }

        return base.VisitMember(node);
    }

    private static object? Evaluate(Expression expression) => expression switch
    {
        ConstantExpression constant => constant.Value,
        MemberExpression { Member: FieldInfo field } member => field.GetValue(field.IsStatic ? null : Evaluate(member.Expression!)),
        _ => throw new InvalidOperationException($"Cannot evaluate {expression}."),
    };
}
