using FactCheck.Engine.Model;

namespace FactCheck.Engine.Compilation;

/// <summary>
/// A rule's elements as alternatives without Or or And: an Or gives one alternative per child, an And its children in
/// order, and a sequence every combination. Each alternative holds its own copies of the elements.
/// </summary>
internal static class ElementExpansion
{
    public static List<List<RuleElement>> Of(IEnumerable<RuleElement> elements)
    {
        var alternatives = new List<List<RuleElement>> { new() };
        foreach (var element in elements)
        {
            var options = element.Kind switch
            {
                ElementKind.Or => [.. element.Children.SelectMany(child => Of([child]))],
                ElementKind.And => Of(element.Children),
                _ => [[element]],
            };

            alternatives = [.. alternatives.SelectMany(prefix => options.Select(option => (List<RuleElement>)[.. prefix, .. option]))];
        }

        return [.. alternatives.Select(alternative => alternative.ConvertAll(e => e.Copy()))];
    }
}
