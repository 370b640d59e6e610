namespace FactCheck.Engine.Aggregators;

/// <summary>Finds a custom aggregate's compiled expressions by name, in <see cref="IAggregatorFactory.Compile"/>.</summary>
public static class AggregateExpressionExtensions
{
    /// <summary>The one compiled expression with a name.</summary>
    /// <param name="expressions">The compiled expressions.</param>
    /// <param name="name">The name.</param>
    /// <exception cref="ArgumentException">No expression, or more than one, has the name.</exception>
    public static IAggregateExpression FindSingle(this IEnumerable<IAggregateExpression> expressions, string name)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        return Single(expressions.Where(e => e.Name == name), name, "aggregate expression");
    }

    /// <summary>The compiled expressions with a name, in the order given.</summary>
    /// <param name="expressions">The compiled expressions.</param>
    /// <param name="name">The name.</param>
    public static IEnumerable<IAggregateExpression> Find(this IEnumerable<IAggregateExpression> expressions, string name)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        return expressions.Where(e => e.Name == name);
    }

    // The one item found by a name; a clear error when none or several are.
    internal static T Single<T>(IEnumerable<T> found, string name, string what)
    {
        var firstTwo = found.Take(2).ToList();
        return firstTwo.Count == 1
            ? firstTwo[0]
            : throw new ArgumentException($"{(firstTwo.Count == 0 ? "no" : "more than one")} {what} is named '{name}'.", nameof(name));
    }
}
