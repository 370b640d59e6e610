using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace FactCheck.Engine.Compilation;

/// <summary>
/// A canonical text of a rewritten condition: two conditions with the same key compute the same thing, so the alpha
/// network can share one node between rules. Conditions holding constants that cannot be written exactly have no key
/// and are never shared.
/// </summary>
internal static class ExpressionKey
{
    public static string? Of(Expression expression)
    {
        var builder = new StringBuilder();
        var parameters = new Dictionary<ParameterExpression, int>();
        return Write(expression, builder, parameters) ? builder.ToString() : null;
    }

    private static bool Write(Expression? e, StringBuilder b, Dictionary<ParameterExpression, int> parameters)
    {
        if (e is null)
        {
            b.Append('~');
            return true;
        }

        b.Append('(').Append((int)e.NodeType).Append(':').Append(TypeName(e.Type)).Append(' ');
        var ok = e switch
        {
            BinaryExpression x => Method(x.Method, b) && Write(x.Left, b, parameters) && Write(x.Right, b, parameters),
            UnaryExpression x => Method(x.Method, b) && Write(x.Operand, b, parameters),
            MemberExpression x => Member(x.Member, b) && Write(x.Expression, b, parameters),
            ConstantExpression x => Constant(x.Value, b),
            ParameterExpression x => Parameter(x, b, parameters),
            MethodCallExpression x => Method(x.Method, b) && Write(x.Object, b, parameters) && All(x.Arguments, b, parameters),
            ConditionalExpression x => Write(x.Test, b, parameters) && Write(x.IfTrue, b, parameters) && Write(x.IfFalse, b, parameters),
            TypeBinaryExpression x => Append(b, TypeName(x.TypeOperand)) && Write(x.Expression, b, parameters),
            NewExpression x => x.Constructor is not null && Member(x.Constructor, b) && All(x.Arguments, b, parameters),
            NewArrayExpression x => All(x.Expressions, b, parameters),
            InvocationExpression x => Write(x.Expression, b, parameters) && All(x.Arguments, b, parameters),
            LambdaExpression x => Lambda(x, b, parameters),
            DefaultExpression => true,
            _ => false,
        };
        b.Append(')');
        return ok;
    }

    private static bool Lambda(LambdaExpression lambda, StringBuilder b, Dictionary<ParameterExpression, int> parameters)
    {
        foreach (var parameter in lambda.Parameters)
        {
            parameters[parameter] = parameters.Count;
        }

        return Write(lambda.Body, b, parameters);
    }

    private static bool Parameter(ParameterExpression parameter, StringBuilder b, Dictionary<ParameterExpression, int> parameters)
    {
        if (parameter == ConditionRewriter.Match || parameter == ConditionRewriter.Candidate)
        {
            b.Append(parameter.Name);
            return true;
        }

        if (!parameters.TryGetValue(parameter, out var index))
        {
            return false;
        }

        b.Append('p').Append(index);
        return true;
    }

    private static bool All(IEnumerable<Expression> expressions, StringBuilder b, Dictionary<ParameterExpression, int> parameters)
        => expressions.All(e => Write(e, b, parameters));

    private static bool Append(StringBuilder b, string text)
    {
        b.Append(text);
        return true;
    }

    private static bool Method(MethodInfo? method, StringBuilder b) => method is null || Member(method, b);

    private static bool Member(MemberInfo member, StringBuilder b)
    {
        b.Append(TypeName(member.DeclaringType!)).Append("::").Append(member);
        if (member is MethodInfo { IsGenericMethod: true } generic)
        {
            b.Append('<').AppendJoin(',', generic.GetGenericArguments().Select(TypeName)).Append('>');
        }

        return true;
    }

    private static bool Constant(object? value, StringBuilder b)
    {
        switch (value)
        {
            case null:
                b.Append("null");
                return true;
            case string s:
                b.Append('"').Append(s.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                return true;
            case Type t:
                b.Append(TypeName(t));
                return true;
            case Enum or bool or char or decimal or DateTime or DateOnly or TimeSpan or Guid:
                b.Append(TypeName(value.GetType())).Append(':').Append(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case double d:
                b.Append("d:").Append(BitConverter.DoubleToInt64Bits(d));
                return true;
            case float f:
                b.Append("f:").Append(BitConverter.SingleToInt32Bits(f));
                return true;
            default:
                if (value.GetType().IsPrimitive)
                {
                    b.Append(TypeName(value.GetType())).Append(':').Append(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                    return true;
                }

                return false;
        }
    }

    private static string TypeName(Type type) => type.AssemblyQualifiedName ?? type.ToString();
}
