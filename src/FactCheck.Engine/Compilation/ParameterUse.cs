using System.Linq.Expressions;

namespace FactCheck.Engine.Compilation;

/// <summary>Finds which of the compiled delegate's parameters (facts, candidate) an expression reads.</summary>
internal sealed class ParameterUse : ExpressionVisitor
{
    private ParameterUse()
    {
    }

    public bool ReadsFacts { get; private set; }

    public bool ReadsCandidate { get; private set; }

    public static ParameterUse Of(Expression expression)
    {
        var use = new ParameterUse();
        use.Visit(expression);
        return use;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (node == ConditionRewriter.Match)
        {
            ReadsFacts = true;
        }
        else if (node == ConditionRewriter.Candidate)
        {
            ReadsCandidate = true;
        }

        return node;
    }
}
