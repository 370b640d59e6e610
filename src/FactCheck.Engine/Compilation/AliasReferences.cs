using System.Linq.Expressions;
using System.Reflection;

namespace FactCheck.Engine.Compilation;

/// <summary>The rule's aliases that an expression reads (captured locals of <c>Define()</c> that a Match binds).</summary>
internal sealed class AliasReferences : ExpressionVisitor
{
    private readonly IReadOnlySet<FieldInfo> _declared;
    private readonly HashSet<FieldInfo> _found = [];

    private AliasReferences(IReadOnlySet<FieldInfo> declared) => _declared = declared;

    public static IReadOnlySet<FieldInfo> In(IEnumerable<Expression?> expressions, IReadOnlySet<FieldInfo> declared)
    {
        var finder = new AliasReferences(declared);
        foreach (var expression in expressions)
        {
            finder.Visit(expression);
        }

        return finder._found;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Member is FieldInfo field && _declared.Contains(field))
        {
            _found.Add(field);
        }

        return base.VisitMember(node);
    }
}
