namespace FactCheck.Engine.Compilation;

/// <summary>Stands for a null join key (dictionaries take no null keys) and for the single bucket of a join without one.</summary>
internal sealed class NullKey
{
    public static readonly NullKey Instance = new();

    private NullKey()
    {
    }
}
