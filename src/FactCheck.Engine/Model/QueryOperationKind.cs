namespace FactCheck.Engine.Model;

internal enum QueryOperationKind
{
    Where,
    Select,
    SelectMany,
}
