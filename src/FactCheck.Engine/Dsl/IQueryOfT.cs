namespace FactCheck.Engine.Dsl;

/// <summary>
/// A step of a query, producing values of type <typeparamref name="TSource"/>. Its operators (<c>Where</c>,
/// <c>Select</c>, <c>SelectMany</c>, <c>Collect</c>, <c>GroupBy</c>, <c>OrderBy</c>, <c>ToLookup</c>) are the extension
/// methods of <see cref="QueryExtensions"/>, as in NRules. It is covariant, so a query producing groupings may bind an
/// alias declared as <c>IEnumerable&lt;T&gt;</c>.
/// </summary>
/// <typeparam name="TSource">What this step produces: a fact, a collection or a group.</typeparam>
#pragma warning disable CA1040 // A marker: the operators are extension methods, which keeps the type parameter covariant.
public interface IQuery<out TSource>
{
}
#pragma warning restore CA1040
