using FactCheck.Engine.Model;

namespace FactCheck.Engine.RuleModel;

internal sealed class RuleSet : IRuleSet
{
    public RuleSet(string name) => Name = name;

    public string Name { get; }

    public List<RuleDefinition> Entries { get; } = [];

    public IReadOnlyList<IRuleMetadata> Rules => [.. Entries.Select(e => e.Metadata)];
}
