using FactCheck.Engine.Aggregators;
using FactCheck.Engine.Rete;

namespace FactCheck.Engine.Compilation;

/// <summary>A custom aggregate's expression, compiled: it reads the fact's value and, through the tuple, earlier aliases.</summary>
internal sealed class AggregateExpression(string name, Func<Token, object?, object?> function, bool readsMatch) : IAggregateExpression
{
    public string Name { get; } = name;

    public object? Invoke(AggregationContext context, ITuple tuple, IFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var token = tuple switch
        {
            TokenTuple ours => ours.Token,
            _ when !readsMatch => null!,
            _ => throw new ArgumentException($"aggregate expression '{Name}' reads aliases: give it the tuple the aggregator was given.", nameof(tuple)),
        };
        return function(token, fact.Value);
    }

    public override string ToString() => Name;
}
