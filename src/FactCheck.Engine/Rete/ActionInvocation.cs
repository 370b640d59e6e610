namespace FactCheck.Engine.Rete;

/// <summary>One action of a firing, run when an interceptor asks.</summary>
internal sealed class ActionInvocation(Action run, string text) : IActionInvocation
{
    public string Text => text;

    public void Invoke() => run();
}
