using System.CommandLine;
using System.Globalization;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck rules</c>: lists the rules a check would run, with their tags and what they look for.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var rules = new RuleSelection();
        var verbose = CommonOptions.Verbose();
        var command = new Command("rules", "List the rules a check would run, with their tags, priorities and descriptions.") { verbose };
        rules.AddTo(command);
        command.SetAction(parse =>
        {
            var checker = rules.CreateChecker(parse);
            foreach (var rule in checker.Rules)
            {
                context.Output.WriteLine($"{rule.Name} [{string.Join(", ", rule.Tags)}] priority {rule.Priority.ToString(CultureInfo.InvariantCulture)}");
                context.Output.WriteLine($"    {rule.Description}");
            }

            context.Output.Flush();
            return ExitCode.Done;
        });
        return command;
    }
}
