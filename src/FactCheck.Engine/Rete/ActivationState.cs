namespace FactCheck.Engine.Rete;

internal enum ActivationState
{
    Pending,
    Fired,
    Withdrawn,
}
