namespace FactCheck.Engine.Rete;

internal enum ActivationState : byte
{
    Pending,
    Fired,
    Withdrawn,

    /// <summary>It holds, but an agenda filter keeps it off the agenda.</summary>
    Filtered,
}
