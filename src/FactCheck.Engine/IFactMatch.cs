namespace FactCheck.Engine;

/// <summary>One value of a match, with the alias (<see cref="Declaration"/>) the rule bound it to.</summary>
public interface IFactMatch : IFact
{
    /// <summary>The alias: its name and declared type.</summary>
    Declaration Declaration { get; }
}
