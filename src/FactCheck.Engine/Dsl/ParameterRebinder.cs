using System.Linq.Expressions;

namespace FactCheck.Engine.Dsl;

/// <summary>Rewrites an expression to use another parameter in place of one, so that several lambdas share one.</summary>
internal sealed class ParameterRebinder(ParameterExpression from, Expression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
