namespace FactCheck.Engine.Dsl;

/// <summary>A lookup that also lists its keys, in the order they were first met: what <c>Collect().ToLookup(...)</c> binds.</summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TElement">What each group holds.</typeparam>
public interface IKeyedLookup<TKey, TElement> : ILookup<TKey, TElement>
{
    /// <summary>The keys, in the order they were first met.</summary>
    IEnumerable<TKey> Keys { get; }
}
