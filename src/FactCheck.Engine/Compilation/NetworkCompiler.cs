using System.Linq.Expressions;
using System.Reflection;
using FactCheck.Engine.Dsl;
using FactCheck.Engine.Model;
using FactCheck.Engine.Rete;

namespace FactCheck.Engine.Compilation;

/// <summary>
/// Builds the Rete network from rule definitions: alpha nodes shared between rules where conditions are identical,
/// one chain of beta nodes per rule, and a terminal node per rule.
/// </summary>
internal sealed class NetworkCompiler
{
    private static readonly ParameterExpression ContextParameter = LambdaBatch.Context;

    private readonly List<ReteNode> _nodes = [];
    private readonly Dictionary<Type, TypeNode> _typeNodes = [];
    private readonly List<ILeftInput> _entries = [];
    private readonly List<IRuleMetadata> _rules = [];
    private readonly LambdaBatch _lambdas = new();
    private readonly Aggregators.AggregatorRegistry _aggregators;

    public NetworkCompiler(Aggregators.AggregatorRegistry aggregators) => _aggregators = aggregators;

    public SessionFactory Compile(IEnumerable<RuleDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            Add(definition);
        }

        _lambdas.Compile();
        return new SessionFactory(_nodes, [.. _typeNodes.Values], _entries, _rules);
    }

    /// <summary>Runs a rule's Define() and records what it declared.</summary>
    public static RuleDefinition Define(Dsl.Rule rule, IRuleMetadata metadata)
    {
        RuleDefinition definition;
        try
        {
            definition = rule.Build(metadata);
        }
        catch (Exception exception)
        {
            throw new RuleDefinitionException(metadata.RuleType, metadata.Name, $"Define() threw {exception.GetType().Name}: {exception.Message}", exception);
        }

        if (definition.Elements.Count == 0)
        {
            throw new RuleDefinitionException(metadata.RuleType, metadata.Name, "it has no conditions: When() must match at least one fact.");
        }

        if (definition.Actions.Count == 0)
        {
            throw new RuleDefinitionException(metadata.RuleType, metadata.Name, "it has no Then(): a rule needs at least one Do or Yield action.");
        }

        return definition;
    }

    private void Add(RuleDefinition definition)
    {
        var rule = definition.Metadata;
        // An Or makes one network per alternative, all ending in the rule; each binds only its own aliases (an alias that
        // another alternative binds reads as its default here).
        foreach (var elements in ElementExpansion.Of(definition.Elements))
        {
            AddAlternative(definition, elements);
        }

        _rules.Add(rule);
    }

    private void AddAlternative(RuleDefinition definition, IReadOnlyList<RuleElement> elements)
    {
        var rule = definition.Metadata;
        var declared = DeclaredAliases(rule, elements);
        var services = Services(rule, definition.Dependencies);
        declared.UnionWith(services.Keys); // a condition reading a service is refused as reading an unbound alias
        var bound = new Dictionary<FieldInfo, AliasBinding>();
        var declarations = new List<Declaration>();
        BetaNode? previous = null;
        var aliasOf = (RuleElement e) => e.Alias is null ? null : AliasField(e.Alias);
        foreach (var (element, index) in ElementSchedule.Of(HavingInliner.Inline(elements, aliasOf, declared), aliasOf, declared))
        {
            if (element.ReadsMatchOnly)
            {
                if (previous is null)
                {
                    throw new RuleCompilationException(rule.Name, $"element {index + 1} (a Let, a Having or a query From a value) comes first; it reads aliases, so a Match must come before it.");
                }

                BetaNode calculation = element.Kind switch
                {
                    ElementKind.Binding => CreateBindingNode(rule, element, bound, declared),
                    ElementKind.Filter => CreateFilterNode(rule, element, bound, declared),
                    _ => CreateFromNode(rule, element, bound, declared),
                };
                calculation.Rules.Add(rule);
                _nodes.Add(calculation);
                previous.Child = calculation;
                previous = calculation;
            }
            else
            {
                previous = AddPattern(rule, element, index, bound, declared, previous);
            }

            if (element.Binds)
            {
                var field = aliasOf(element);
                var name = field?.Name ?? $"_{declarations.Count}";
                if (field is not null)
                {
                    bound[field] = new AliasBinding(field, name, element.ResultType, declarations.Count);
                }

                declarations.Add(new Declaration(name, element.ResultType));
            }
        }

        CompiledAction[] actions = [.. definition.Actions.Select(a => CompileAction(a, bound, declared, services))];
        var terminal = new TerminalNode(_nodes.Count, rule, declarations, actions, CompileFilter(rule, definition, bound, declared));
        _nodes.Add(terminal);
        previous!.Child = terminal;
    }

    // A pattern, Not, Exists or aggregate: an alpha chain over its facts, and the beta node that joins them.
    private BetaNode AddPattern(
        IRuleMetadata rule,
        RuleElement element,
        int index,
        Dictionary<FieldInfo, AliasBinding> bound,
        IReadOnlySet<FieldInfo> declared,
        BetaNode? previous)
    {
        var (alphaParts, betaParts, betaText) = SplitConditions(rule, element, index, bound, declared);
        var alpha = AlphaChain(rule, element.FactType, alphaParts);
        var join = JoinConditionCompiler.Compile(_lambdas, betaParts, betaText);
        var node = CreateBetaNode(rule, element, join, bound, declared, isEntry: previous is null);
        node.Rules.Add(rule);
        _nodes.Add(node);
        alpha.BetaSuccessors.Add((IRightInput)node);
        if (previous is null)
        {
            _entries.Add(node);
        }
        else
        {
            previous.Child = node;
        }

        return node;
    }

    private BindingNode CreateBindingNode(IRuleMetadata rule, RuleElement element, IReadOnlyDictionary<FieldInfo, AliasBinding> bound, IReadOnlySet<FieldInfo> declared)
        => new(_nodes.Count, Calculation(rule, "Let", element.Expression!, bound, declared), $"{element.Alias} = {element.Expression!.Body}")
        {
            Expression = element.Expression,
        };

    private FromNode CreateFromNode(IRuleMetadata rule, RuleElement element, IReadOnlyDictionary<FieldInfo, AliasBinding> bound, IReadOnlySet<FieldInfo> declared)
        => element.Aggregate == AggregateKind.Custom
        ? throw new RuleCompilationException(rule.Name, $"a custom aggregate ('{element.Custom!.Name}') reads facts from working memory; it cannot follow From(...).")
        : new(
            _nodes.Count,
            Calculation(rule, "From", element.From!, bound, declared),
            AggregatePlanCompiler.Compile(_lambdas, rule, element, bound, declared),
            $"from {element.From!.Body}" + AggregatePlanCompiler.Describe(element)[element.FactType.Name.Length..])
        {
            Expression = element.From,
        };

    // A value calculated from the match alone: a Let's, or a From's source.
    private Func<Token, object?, object?> Calculation(
        IRuleMetadata rule,
        string what,
        LambdaExpression expression,
        IReadOnlyDictionary<FieldInfo, AliasBinding> bound,
        IReadOnlySet<FieldInfo> declared)
    {
        var rewriter = ConditionRewriter.Rewrite(expression, bound, declared, Expression.Constant(null), out var body);
        if (rewriter.Unbound is { } unbound)
        {
            throw new RuleCompilationException(rule.Name, $"{what} '{expression}' uses alias '{unbound.Name}' before it is bound; bind it in an earlier Match.");
        }

        return _lambdas.Value(body);
    }

    private FilterNode CreateFilterNode(IRuleMetadata rule, RuleElement element, IReadOnlyDictionary<FieldInfo, AliasBinding> bound, IReadOnlySet<FieldInfo> declared)
    {
        var parts = new List<Expression>();
        foreach (var condition in element.Conditions)
        {
            if (condition is null)
            {
                throw new RuleCompilationException(rule.Name, "a Having has a null condition.");
            }

            var rewriter = ConditionRewriter.Rewrite(condition, bound, declared, Expression.Constant(null), out var body);
            if (rewriter.Unbound is { } unbound)
            {
                throw new RuleCompilationException(rule.Name, $"condition '{condition}' uses alias '{unbound.Name}' before it is bound; bind it in an earlier Match.");
            }

            if (rewriter.Positions.Count == 0)
            {
                throw new RuleCompilationException(rule.Name, $"Having '{condition}' reads no alias; a Having condition tests aliases bound before it.");
            }

            parts.Add(body);
        }

        var test = _lambdas.Condition(parts.Aggregate(Expression.AndAlso));
        return new FilterNode(_nodes.Count, test, string.Join(", ", element.Conditions)) { Expression = Source(element.Conditions) };
    }

    private static HashSet<FieldInfo> DeclaredAliases(IRuleMetadata rule, IReadOnlyList<RuleElement> elements)
    {
        var declared = new HashSet<FieldInfo>();
        for (var index = 0; index < elements.Count; index++)
        {
            var element = elements[index];
            if (element.Alias is null)
            {
                continue;
            }

            var field = AliasField(element.Alias)
                ?? throw new RuleCompilationException(
                    rule.Name,
                    $"the alias of element {index + 1} ({element.FactType.Name}) must be a local variable of Define(), written () => a; got {element.Alias}.");
            if (!declared.Add(field))
            {
                throw new RuleCompilationException(rule.Name, $"alias '{field.Name}' is bound twice.");
            }
        }

        return declared;
    }

    private static FieldInfo? AliasField(LambdaExpression alias)
        => alias is { Parameters.Count: 0, Body: MemberExpression { Member: FieldInfo { IsStatic: false } field } member }
           && ConditionRewriter.IsCapturedLocal(member.Expression)
            ? field
            : null;

    private static (List<Expression> Alpha, List<Expression> Beta, string BetaText) SplitConditions(
        IRuleMetadata rule,
        RuleElement element,
        int index,
        IReadOnlyDictionary<FieldInfo, AliasBinding> bound,
        IReadOnlySet<FieldInfo> declared)
    {
        var alpha = new List<Expression>();
        var beta = new List<Expression>();
        var betaText = new List<string>();
        foreach (var condition in element.Conditions)
        {
            if (condition is null)
            {
                throw new RuleCompilationException(rule.Name, $"element {index + 1} ({element.FactType.Name}) has a null condition.");
            }

            var rewriter = ConditionRewriter.Rewrite(condition, bound, declared, out var body);
            if (rewriter.Unbound is { } unbound)
            {
                throw new RuleCompilationException(rule.Name, $"condition '{condition}' uses alias '{unbound.Name}' before it is bound; bind it in an earlier Match.");
            }

            if (!rewriter.ReadsParameter && rewriter.Positions.Count == 0)
            {
                throw new RuleCompilationException(rule.Name, $"condition '{condition}' reads neither its fact nor an alias; a condition must be a lambda over the pattern's fact.");
            }

            var readsAliases = false;
            foreach (var part in Conjuncts(body))
            {
                if (ParameterUse.Of(part).ReadsFacts)
                {
                    beta.Add(part);
                    readsAliases = true;
                }
                else
                {
                    alpha.Add(part);
                }
            }

            if (readsAliases)
            {
                betaText.Add(condition.ToString());
            }
        }

        return (alpha, beta, string.Join(", ", betaText));
    }

    private static IEnumerable<Expression> Conjuncts(Expression body)
    {
        if (body is BinaryExpression { NodeType: ExpressionType.AndAlso } and)
        {
            return Conjuncts(and.Left).Concat(Conjuncts(and.Right));
        }

        return [body];
    }

    private AlphaNode AlphaChain(IRuleMetadata rule, Type factType, List<Expression> conditions)
    {
        if (!_typeNodes.TryGetValue(factType, out var typeNode))
        {
            typeNode = new TypeNode(_nodes.Count, factType);
            _nodes.Add(typeNode);
            _typeNodes.Add(factType, typeNode);
        }

        AlphaNode node = typeNode;
        node.Rules.Add(rule);
        foreach (var condition in conditions)
        {
            var key = ExpressionKey.Of(condition);
            var child = key is null ? null : node.FindChild(key);
            if (child is null)
            {
                child = new SelectionNode(_nodes.Count, _lambdas.Condition(condition), condition.ToString()) { Expression = condition };
                _nodes.Add(child);
                node.AddChild(child, key);
            }

            child.Rules.Add(rule);
            node = child;
        }

        return node;
    }

    private BetaNode CreateBetaNode(
        IRuleMetadata rule,
        RuleElement element,
        JoinCondition join,
        IReadOnlyDictionary<FieldInfo, AliasBinding> bound,
        IReadOnlySet<FieldInfo> declared,
        bool isEntry)
    {
        var id = _nodes.Count;
        switch (element.Kind)
        {
            case ElementKind.Match:
                return new JoinNode(id, join, element.FactType, isEntry) { Expression = Source(element.Conditions) };
            case ElementKind.Not:
            case ElementKind.Exists:
                return new ExistenceNode(id, join, element.FactType, negated: element.Kind == ElementKind.Not) { Expression = Source(element.Conditions) };
            case ElementKind.Aggregate when element.Aggregate == AggregateKind.Custom:
                return CreateCustomAggregateNode(rule, element, join, bound, declared);
            default:
                return new AggregateNode(id, join, AggregatePlanCompiler.Compile(_lambdas, rule, element, bound, declared), AggregatePlanCompiler.Describe(element), isEntry)
                {
                    Expression = Source(element.Conditions) ?? element.KeySelector,
                };
        }
    }

    private CustomAggregateNode CreateCustomAggregateNode(
        IRuleMetadata rule,
        RuleElement element,
        JoinCondition join,
        IReadOnlyDictionary<FieldInfo, AliasBinding> bound,
        IReadOnlySet<FieldInfo> declared)
    {
        var custom = element.Custom!;
        var plan = AggregatePlanCompiler.Compile(_lambdas, rule, element, bound, declared);
        var factoryType = custom.CustomFactoryType ?? _aggregators[custom.Name]
            ?? throw new RuleCompilationException(rule.Name, $"no aggregator factory is registered for aggregate '{custom.Name}' (RuleRepository.AggregatorRegistry) and the query names none.");
        Aggregators.IAggregatorFactory factory;
        try
        {
            factory = (Aggregators.IAggregatorFactory)Activator.CreateInstance(factoryType)!;
            factory.Compile(custom, plan.Custom);
        }
        catch (Exception exception)
        {
            var inner = exception is TargetInvocationException { InnerException: { } e } ? e : exception;
            throw new RuleCompilationException(rule.Name, $"aggregator factory {factoryType.Name} failed for aggregate '{custom.Name}': {inner.Message}", inner);
        }

        return new CustomAggregateNode(_nodes.Count, join, plan, factory, custom.SourceType, AggregatePlanCompiler.Describe(element))
        {
            Expression = Source(element.Conditions) ?? custom.Expressions.FirstOrDefault().Value,
        };
    }

    private RuleFilter? CompileFilter(IRuleMetadata rule, RuleDefinition definition, IReadOnlyDictionary<FieldInfo, AliasBinding> bound, IReadOnlySet<FieldInfo> declared)
    {
        if (definition.FilterConditions.Count == 0 && definition.ChangeKeys.Count == 0)
        {
            return null;
        }

        Expression Body(LambdaExpression expression)
        {
            if (expression is null)
            {
                throw new RuleCompilationException(rule.Name, "a Filter() has a null expression.");
            }

            var rewriter = ConditionRewriter.Rewrite(expression, bound, declared, Expression.Constant(null), out var body);
            if (rewriter.Unbound is { } unbound)
            {
                throw new RuleCompilationException(rule.Name, $"filter '{expression}' uses alias '{unbound.Name}', which When() does not bind.");
            }

            return body;
        }

        var condition = definition.FilterConditions.Count == 0 ? null
            : _lambdas.Condition(definition.FilterConditions.Select(Body).Aggregate(Expression.AndAlso));
        Func<Token, object?, object?>[] keys = [.. definition.ChangeKeys.Select(k => _lambdas.Value(Body(k)))];
        var text = string.Join(", ", definition.FilterConditions.Concat(definition.ChangeKeys).Select(e => e?.ToString()));
        return new RuleFilter(condition, keys, text)
        {
            Expression = Source(definition.FilterConditions) ?? definition.ChangeKeys.FirstOrDefault(),
        };
    }

    // The conditions a node evaluates together, as the rule wrote them: one lambda, or their bodies joined by AndAlso.
    private static Expression? Source(IReadOnlyList<LambdaExpression> conditions) => conditions.Count switch
    {
        0 => null,
        1 => conditions[0],
        _ => conditions.Select(c => c.Body).Aggregate(Expression.AndAlso),
    };

    // Each service alias becomes a call that resolves the service when the action runs.
    private static Dictionary<FieldInfo, Expression> Services(IRuleMetadata rule, IReadOnlyList<LambdaExpression> dependencies)
    {
        var resolve = typeof(ActionContext).GetMethod(nameof(ActionContext.Resolve))!;
        var services = new Dictionary<FieldInfo, Expression>();
        foreach (var dependency in dependencies)
        {
            var field = AliasField(dependency)
                ?? throw new RuleCompilationException(rule.Name, $"a dependency must be a local variable of Define(), written () => service; got {dependency}.");
            services[field] = Expression.Convert(
                Expression.Call(Expression.Convert(ContextParameter, typeof(ActionContext)), resolve, Expression.Constant(field.FieldType)),
                field.FieldType);
        }

        return services;
    }

    // The action's body joins the rule set's batch, compiled with the others once every rule is added.
    private CompiledAction CompileAction(RuleAction action, IReadOnlyDictionary<FieldInfo, AliasBinding> bound, IReadOnlySet<FieldInfo> declared, IReadOnlyDictionary<FieldInfo, Expression> services)
    {
        ConditionRewriter.Rewrite(action.Expression, bound, declared, ContextParameter, out var body, services);
        var text = action.Expression.ToString();
        if (!action.IsYield)
        {
            return new CompiledAction(_lambdas.Action(body), null, text, action.Trigger) { Expression = action.Expression };
        }

        Func<IContext, Token, object, object?>? update = null;
        if (action.Update is { } updateLambda)
        {
            // (ctx, previous) => ...: the context is the first parameter, the previous fact the second.
            var withPrevious = new ParameterRebinder(updateLambda.Parameters[1], Expression.Convert(LambdaBatch.Previous, updateLambda.Parameters[1].Type)).Visit(updateLambda.Body);
            ConditionRewriter.Rewrite(Expression.Lambda(withPrevious, updateLambda.Parameters[0]), bound, declared, ContextParameter, out var updateBody, services);
            update = _lambdas.Update(updateBody);
        }

        return new CompiledAction(null, _lambdas.Creation(body), text, action.Trigger) { YieldUpdate = update, Expression = action.Expression };
    }
}
