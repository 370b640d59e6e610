using FactCheck.Engine.Model;

namespace FactCheck.Engine.Dsl;

/// <summary>
/// The base of every rule. A rule is a C# class whose <see cref="Define"/> declares, with <see cref="When"/>, the
/// facts it matches and, with <see cref="Then"/>, what it does for each match. Aliases are local variables of
/// <see cref="Define"/>; the engine reads the expression trees and never runs <see cref="Define"/>'s lambdas itself
/// except as compiled conditions and actions.
/// </summary>
/// <example>
/// <code>
/// [Name("Quantity conflict"), Priority(10), Tag("numeric")]
/// public sealed class QuantityConflict : Rule
/// {
///     public override void Define()
///     {
///         Claim a = null!, b = null!;
///         When()
///             .Match(() =&gt; a, c =&gt; c.Unit == "personnel")
///             .Match(() =&gt; b, c =&gt; c.Subject == a.Subject, c =&gt; c.Value != a.Value);
///         Then()
///             .Do(ctx =&gt; ctx.Insert(new Conflict(a, b)));
///     }
/// }
/// </code>
/// </example>
public abstract class Rule
{
    private LeftHandSideBuilder? _when;
    private RightHandSideBuilder? _then;
    private FilterBuilder? _filter;
    private DependencyBuilder? _dependencies;
    private MetadataOverrides? _metadata;

    /// <summary>Declares the rule's conditions and actions. Called once, when the repository loads or adds the rule.</summary>
    public abstract void Define();

    /// <summary>Starts (or continues) the rule's conditions.</summary>
    protected ILeftHandSideExpression When() => _when ??= new LeftHandSideBuilder();

    /// <summary>Starts (or continues) the services the rule's actions use, resolved when they run.</summary>
    protected IDependencyExpression Dependency() => _dependencies ??= new DependencyBuilder();

    /// <summary>Starts (or continues) the rule's agenda filters: which matches go on the agenda, and when a changed one fires again.</summary>
    protected IFilterExpression Filter() => _filter ??= new FilterBuilder();

    /// <summary>Starts (or continues) the rule's actions.</summary>
    protected IRightHandSideExpression Then() => _then ??= new RightHandSideBuilder();

    /// <summary>Names the rule from <see cref="Define"/>, over its <see cref="NameAttribute"/> (as NRules' <c>Name(...)</c>).</summary>
    /// <param name="name">The rule's name.</param>
    protected void Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Overrides.Name = name;
    }

    /// <summary>Describes the rule from <see cref="Define"/>, over its <see cref="DescriptionAttribute"/>.</summary>
    /// <param name="description">The rule's description.</param>
    protected void Description(string description) => Overrides.Description = description ?? throw new ArgumentNullException(nameof(description));

    /// <summary>Sets the rule's priority from <see cref="Define"/>, over its <see cref="PriorityAttribute"/>.</summary>
    /// <param name="priority">The priority: higher fires first.</param>
    protected void Priority(int priority) => Overrides.Priority = priority;

    /// <summary>Adds tags to the rule from <see cref="Define"/>, to those of its <see cref="TagAttribute"/>s.</summary>
    /// <param name="tags">The tags.</param>
    protected void Tags(params string[] tags) => Overrides.Tags.AddRange(tags ?? throw new ArgumentNullException(nameof(tags)));

    private MetadataOverrides Overrides => _metadata ??= new MetadataOverrides();

    internal RuleDefinition Build(IRuleMetadata metadata)
    {
        _when = null;
        _then = null;
        _filter = null;
        _dependencies = null;
        _metadata = null;
        Define();
        if (_metadata is { } overrides && metadata is RuleMetadata declared)
        {
            metadata = declared.With(overrides.Name, overrides.Description, overrides.Priority, overrides.Tags);
        }

        var definition = new RuleDefinition(metadata, _when?.Elements ?? [], _then?.Actions ?? [], _filter?.Conditions ?? [], _filter?.ChangeKeys ?? [])
        {
            Dependencies = _dependencies?.Services ?? [],
        };
        _when = null;
        _then = null;
        _filter = null;
        _dependencies = null;
        _metadata = null;
        return definition;
    }
}
