namespace FactCheck.Engine.Rete;

/// <summary>A node's input of partial matches (tokens) from the node before it.</summary>
internal interface ILeftInput
{
    void LeftActivate(Session session, Token token);

    /// <summary>Forgets a token; the tokens made from it have already been deleted.</summary>
    void LeftRemove(Session session, Token token);
}
