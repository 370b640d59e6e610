using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;
using System.Text.RegularExpressions;
using FactCheck.Cli.Commands;
using FactCheck.Engine;

namespace FactCheck.Cli;

/// <summary>
/// The factcheck command line on System.CommandLine: per-command help, <c>--version</c>, <c>--opt=value</c>, <c>--</c>,
/// suggestions for typos. Every failure is one line on standard error starting "factcheck:", and an exit code: 0 done,
/// 1 findings at or above <c>--fail-on</c> (or scores below the minimums), 2 usage or input error, 130 cancelled.
/// </summary>
internal static partial class CommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive = false, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(output, error, interactive);
        var root = new RootCommand("factcheck: reads several news articles about one event and reports where their sources contradict each other.")
        {
            CheckCommand.Create(context),
            ClaimsCommand.Create(context),
            RulesCommand.Create(context),
            EvalCommand.Create(context),
        };
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            ReportParseErrors(parse, context);
            return ExitCode.UsageOrInput;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            context.Say("cancelled");
            return ExitCode.Cancelled;
        }
        catch (UsageException exception)
        {
            context.Say(exception.Message);
            context.Say($"see 'factcheck {parse.CommandResult.Command.Name} --help'");
            return ExitCode.UsageOrInput;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or RuleDefinitionException or RuleCompilationException or RuleActivationException or BadImageFormatException or FileLoadException or ReflectionTypeLoadException or InvalidOperationException)
        {
            context.Say($"error: {exception.Message}");
            if (parse.GetResult("--verbose") is not null)
            {
                error.WriteLine(exception.ToString());
            }

            return ExitCode.UsageOrInput;
        }
    }

    private static void ReportParseErrors(ParseResult parse, CliContext context)
    {
        var command = parse.CommandResult.Command;
        if (command is RootCommand && parse.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-')) is { } unknown)
        {
            // "factcheck chek seeds": one line about the command, not one per word after it.
            var suggestion = TypoSuggestion.For(command, unknown);
            context.Say($"unknown command '{unknown}' (the commands are {string.Join(", ", command.Subcommands.Select(c => c.Name))}){(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}");
        }
        else
        {
            foreach (var problem in parse.Errors)
            {
                context.Say(OneLine().Replace(problem.Message, m => m.Value.StartsWith(':') ? ": " : ", "));
            }

            foreach (var token in parse.UnmatchedTokens)
            {
                if (TypoSuggestion.For(command, token) is { } suggestion)
                {
                    context.Say($"did you mean '{suggestion}' instead of '{token}'?");
                }
            }
        }

        context.Say(command is RootCommand ? "see 'factcheck --help'" : $"see 'factcheck {command.Name} --help'");
    }

    // System.CommandLine lists allowed values one a line; a message here is one line.
    [GeneratedRegex(@":?\s*\n\s*")]
    private static partial Regex OneLine();
}
