namespace FactCheck.Engine.Model;

internal enum ElementKind
{
    Match,
    Not,
    Exists,
    Aggregate,
}
