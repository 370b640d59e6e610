using System.Linq.Expressions;
using System.Reflection;
using FactCheck.Engine.Rete;

namespace FactCheck.Engine.Compilation;

/// <summary>
/// Compiles the conditions that relate a candidate to earlier aliases. An equality between an expression of the
/// candidate alone and an expression of the earlier aliases alone becomes a hash key on both sides, so a join on
/// <c>c.Subject == a.Subject</c> costs O(N + matches) instead of O(N²).
/// </summary>
internal static class JoinConditionCompiler
{
    private static readonly ConstructorInfo CompositeKeyConstructor = typeof(CompositeKey).GetConstructor([typeof(object[])])!;
    private static readonly ConstructorInfo PairKeyConstructor = typeof(PairKey).GetConstructor([typeof(object), typeof(object)])!;

    public static JoinCondition Compile(LambdaBatch lambdas, IReadOnlyList<Expression> conditions, string text)
    {
        if (conditions.Count == 0)
        {
            return JoinCondition.None;
        }

        var leftParts = new List<Expression>();
        var rightParts = new List<Expression>();
        var residual = new List<Expression>();
        foreach (var condition in conditions)
        {
            if (TrySplitEquality(condition, out var left, out var right, out var exact))
            {
                leftParts.Add(left);
                rightParts.Add(right);
                if (exact)
                {
                    continue;
                }
            }

            residual.Add(condition);
        }

        var test = residual.Count == 0 ? null : lambdas.Condition(residual.Aggregate(Expression.AndAlso));
        return new JoinCondition(test, KeyOf(lambdas, leftParts), KeyOf(lambdas, rightParts), text);
    }

    private static Func<Token, object?, object?>? KeyOf(LambdaBatch lambdas, List<Expression> parts)
    {
        if (parts.Count == 0)
        {
            return null;
        }

        var objects = parts.Select(p => (Expression)Expression.Convert(p, typeof(object))).ToList();
        var key = objects.Count switch
        {
            1 => objects[0],
            2 => Expression.New(PairKeyConstructor, objects[0], objects[1]),
            _ => Expression.New(CompositeKeyConstructor, Expression.NewArrayInit(typeof(object), objects)),
        };
        return lambdas.Value(key);
    }

    private static bool TrySplitEquality(Expression condition, out Expression left, out Expression right, out bool exact)
    {
        left = right = condition;
        exact = false;
        if (condition is not BinaryExpression { NodeType: ExpressionType.Equal } equal
            || equal.Left.Type != equal.Right.Type
            || !IsHashable(equal))
        {
            return false;
        }

        var a = ParameterUse.Of(equal.Left);
        var b = ParameterUse.Of(equal.Right);
        if (a.ReadsFacts && !a.ReadsCandidate && b.ReadsCandidate && !b.ReadsFacts)
        {
            (left, right) = (equal.Left, equal.Right);
        }
        else if (b.ReadsFacts && !b.ReadsCandidate && a.ReadsCandidate && !a.ReadsFacts)
        {
            (left, right) = (equal.Right, equal.Left);
        }
        else
        {
            return false;
        }

        exact = IsExact(Nullable.GetUnderlyingType(equal.Left.Type) ?? equal.Left.Type);
        return true;
    }

    // Hashing needs: a == b implies a.Equals(b) and equal hash codes, so the bucket holds every match.
    private static bool IsHashable(BinaryExpression equal)
    {
        var type = Nullable.GetUnderlyingType(equal.Left.Type) ?? equal.Left.Type;
        if (equal.Method is null)
        {
            return true;
        }

        var declaring = equal.Method.DeclaringType!;
        return declaring == typeof(string) || declaring == typeof(decimal) || declaring == typeof(DateTime)
            || declaring == typeof(DateTimeOffset) || declaring == typeof(DateOnly) || declaring == typeof(TimeOnly)
            || declaring == typeof(TimeSpan) || declaring == typeof(Guid)
            || (declaring == type && IsRecord(type));
    }

    private static bool IsRecord(Type type)
        => type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null;

    // Where Equals and == agree exactly, the key alone decides and the condition need not run again.
    private static bool IsExact(Type type)
        => type == typeof(string) || type == typeof(bool) || type == typeof(char) || type.IsEnum
        || type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte)
        || type == typeof(Guid) || type == typeof(DateOnly);
}
