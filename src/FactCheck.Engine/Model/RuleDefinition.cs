namespace FactCheck.Engine.Model;

/// <summary>What a rule's <c>Define</c> recorded: its elements and actions, with its metadata.</summary>
internal sealed record RuleDefinition(IRuleMetadata Metadata, IReadOnlyList<RuleElement> Elements, IReadOnlyList<RuleAction> Actions);
