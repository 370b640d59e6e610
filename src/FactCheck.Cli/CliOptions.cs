namespace FactCheck.Cli;

/// <summary>The parsed command line.</summary>
internal sealed class CliOptions
{
    public string Command { get; set; } = "";

    public List<string> Paths { get; } = [];

    public string Format { get; set; } = "text";

    public string? Out { get; set; }

    public List<string> RuleAssemblies { get; } = [];

    public List<string> Tags { get; } = [];

    public string? FailOn { get; set; }

    public bool Verbose { get; set; }

    public double? MinRecall { get; set; }

    public double? MinPrecision { get; set; }

    public double MinConfidence { get; set; }

    public static CliOptions Parse(string[] args)
    {
        if (args.Length == 0)
        {
            throw new UsageException("no command given");
        }

        var options = new CliOptions { Command = args[0] };
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"{arg} needs a value");
            switch (arg)
            {
                case "--format" or "-f":
                    options.Format = Value().ToLowerInvariant();
                    break;
                case "--out" or "-o":
                    options.Out = Value();
                    break;
                case "--rules":
                    options.RuleAssemblies.Add(Value());
                    break;
                case "--tag":
                    options.Tags.Add(Value());
                    break;
                case "--fail-on":
                    options.FailOn = Value().ToLowerInvariant();
                    break;
                case "--min-recall":
                    options.MinRecall = Ratio(arg, Value());
                    break;
                case "--min-precision":
                    options.MinPrecision = Ratio(arg, Value());
                    break;
                case "--min-confidence":
                    options.MinConfidence = Ratio(arg, Value());
                    break;
                case "--verbose" or "-v":
                    options.Verbose = true;
                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        throw new UsageException($"unknown option {arg}");
                    }

                    options.Paths.Add(arg);
                    break;
            }
        }

        return options;
    }

    // "85", "85%" and "0.85" all mean 85 percent: a value above 1 is a percentage.
    private static double Ratio(string option, string value)
    {
        var number = value.TrimEnd('%');
        if (!double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var ratio) || ratio < 0 || ratio > 100)
        {
            throw new UsageException($"{option} takes a ratio such as 0.85 or a percentage such as 85, not '{value}'");
        }

        return value.EndsWith('%') || ratio > 1 ? ratio / 100 : ratio;
    }
}
