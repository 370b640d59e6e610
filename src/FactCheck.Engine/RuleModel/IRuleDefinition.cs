namespace FactCheck.Engine.RuleModel;

/// <summary>
/// A rule as data, as NRules' rule model: its metadata, the elements of its left-hand side and the actions of its
/// right-hand side, with their expressions. What <see cref="RuleRepository.GetRules"/> gives, for tools that inspect,
/// document or check rules without compiling them.
/// </summary>
public interface IRuleDefinition : IRuleMetadata
{
    /// <summary>The elements of <c>When()</c>, in the order written.</summary>
    IReadOnlyList<RuleElementDefinition> LeftHandSide { get; }

    /// <summary>The actions of <c>Then()</c>, in the order written.</summary>
    IReadOnlyList<RuleActionDefinition> RightHandSide { get; }

    /// <summary>The conditions of <c>Filter().Where(...)</c>.</summary>
    IReadOnlyList<System.Linq.Expressions.LambdaExpression> FilterConditions { get; }

    /// <summary>The values of <c>Filter().OnChange(...)</c>.</summary>
    IReadOnlyList<System.Linq.Expressions.LambdaExpression> ChangeKeys { get; }
}
