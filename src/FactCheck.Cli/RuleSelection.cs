using System.CommandLine;
using System.Reflection;

namespace FactCheck.Cli;

/// <summary>The <c>--rules</c> and <c>--tag</c> options of a command, and the checker they select.</summary>
internal sealed class RuleSelection
{
    private readonly Option<string[]> _assemblies = CommonOptions.Rules();
    private readonly Option<string[]> _tags = CommonOptions.Tags();

    public void AddTo(Command command)
    {
        command.Add(_assemblies);
        command.Add(_tags);
    }

    /// <exception cref="UsageException">A rules file is missing, holds no rules, or a tag is on no rule.</exception>
    public FactChecker CreateChecker(ParseResult parse, Action<FactCheckerOptions>? configure = null)
    {
        var assemblies = (parse.GetValue(_assemblies) ?? []).Select(path => File.Exists(path)
            ? Assembly.LoadFrom(Path.GetFullPath(path))
            : throw new UsageException($"--rules: no such file {path}")).ToList();
        try
        {
            return FactChecker.Create(o =>
            {
                foreach (var assembly in assemblies)
                {
                    o.AddRulesFrom(assembly);
                }

                foreach (var tag in parse.GetValue(_tags) ?? [])
                {
                    o.WithTag(tag);
                }

                configure?.Invoke(o);
            });
        }
        catch (ArgumentException exception)
        {
            throw new UsageException(exception.Message.Replace($" (Parameter '{exception.ParamName}')", "", StringComparison.Ordinal));
        }
    }
}
