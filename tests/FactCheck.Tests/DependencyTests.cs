using System.Reflection;
using FactCheck.Rules;

namespace FactCheck.Tests;

public class DependencyTests
{
    [Fact]
    public void No_library_depends_on_Roslyn()
    {
        var seen = new HashSet<string>();
        var pending = new Stack<Assembly>([typeof(FactChecker).Assembly, typeof(QuantityConflictRule).Assembly, typeof(Testing.RuleTestFixture).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (seen.Add(reference.Name!))
                {
                    reference.Name!.ShouldNotStartWith("Microsoft.CodeAnalysis");
                    if (reference.Name!.StartsWith("FactCheck", StringComparison.Ordinal) || reference.Name!.StartsWith("Microsoft.Extensions", StringComparison.Ordinal))
                    {
                        pending.Push(Assembly.Load(reference));
                    }
                }
            }
        }

        seen.ShouldContain("FactCheck.Engine");
        seen.ShouldContain("FactCheck.Extraction");
    }
}
