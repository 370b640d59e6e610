namespace FactCheck.Engine;

/// <summary>One action of a firing, handed to an <see cref="IActionInterceptor"/>.</summary>
public interface IActionInvocation
{
    /// <summary>The action's expression, as text.</summary>
    string Text { get; }

    /// <summary>Runs the action.</summary>
    void Invoke();
}
