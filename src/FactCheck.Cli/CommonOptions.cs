using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace FactCheck.Cli;

/// <summary>The options several commands share, each built afresh for the command that takes it.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths(string description)
    {
        var paths = NonEmpty(new Argument<string[]>("paths")
        {
            Description = description,
            Arity = ArgumentArity.OneOrMore,
        });

        // An option the command does not know would otherwise be read as a path; a file whose name starts with a dash
        // still can be, as long as it exists.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !File.Exists(t.Value) && !Directory.Exists(t.Value)))
            {
                var command = (result.Parent as CommandResult)?.Command;
                var suggestion = command is null ? null : TypoSuggestion.For(command, token.Value);
                result.AddError($"unknown option '{token.Value}' for {command?.Name ?? "this command"}{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}");
            }
        });
        return paths;
    }

    public static Option<string> Format(string description, params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = description,
            DefaultValueFactory = _ => formats[0],
            HelpName = string.Join('|', formats),
        };
        option.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, formats);
        return option;
    }

    public static Option<string?> Out() => NonEmpty(new Option<string?>("--out", "-o")
    {
        Description = "Write the output to this file instead of standard output (its folder must exist).",
        HelpName = "file",
    });

    public static Option<string[]> Rules() => NonEmpty(new Option<string[]>("--rules")
    {
        Description = "Also load the rule classes of this assembly (a plug-in); repeat for several.",
        HelpName = "assembly.dll",
        AllowMultipleArgumentsPerToken = false,
    });

    public static Option<string[]> Tags() => NonEmpty(new Option<string[]>("--tag")
    {
        Description = "Run only the rules carrying this tag (numeric, dates, statements, ...); repeat for several.",
        HelpName = "tag",
    });

    public static Option<bool> Recursive() => new("--recursive", "-r")
    {
        Description = "Read the subfolders of a folder too; without it they are listed as not read.",
    };

    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "On an error, also print its details (the exception and where it was thrown).",
    };

    /// <summary>A ratio: "85", "85%" and "0.85" all mean 85 percent, since a value above 1 is a percentage.</summary>
    public static Option<double?> Ratio(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "ratio",
        CustomParser = result =>
        {
            var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            var number = value.TrimEnd('%');
            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var ratio) || ratio < 0 || ratio > 100)
            {
                result.AddError($"{name} takes a ratio such as 0.85 or a percentage such as 85, not '{value}'");
                return null;
            }

            return value.EndsWith('%') || ratio > 1 ? ratio / 100 : ratio;
        },
    };

    // An empty value is most often an unset shell variable ("--out $REPORT"): say so rather than read "" as the folder.
    private static T NonEmpty<T>(T symbol)
        where T : Symbol
    {
        void Check(SymbolResult result)
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError($"{(symbol is Option option ? option.Name : symbol.Name)} was given an empty value (is a shell variable unset?)");
            }
        }

        switch (symbol)
        {
            case Argument argument:
                argument.Validators.Add(Check);
                break;
            case Option option:
                option.Validators.Add(Check);
                break;
        }

        return symbol;
    }
}
