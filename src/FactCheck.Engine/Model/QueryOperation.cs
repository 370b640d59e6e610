using System.Linq.Expressions;

namespace FactCheck.Engine.Model;

/// <summary>A step of a query applied to each value it produces: a filter, a projection, or a projection to many.</summary>
internal sealed record QueryOperation(QueryOperationKind Kind, LambdaExpression Expression);
