namespace FactCheck.Engine.Model;

internal enum AggregateKind
{
    Collect,
    GroupBy,
}
