namespace FactCheck.Engine.Rete;

/// <summary>A beta node's input of single facts from the alpha network.</summary>
internal interface IRightInput
{
    void RightActivate(Session session, FactHandle handle);

    /// <summary>Forgets a fact if the node holds it (it may never have reached it); the tokens that bound it have already been deleted.</summary>
    void RightRemove(Session session, FactHandle handle);
}
