using FactCheck.TestSupport;
using Newtonsoft.Json.Linq;

namespace FactCheck.Cli.Tests;

public class CommandLineTests
{
    private static string SampleRules => Path.Combine(AppContext.BaseDirectory, "FactCheck.SampleRules.dll");

    [Fact]
    public void Check_prints_the_report_on_the_seeds()
    {
        var run = CliRun.Of("check", RepositoryPaths.Seeds);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("HARD quantity: 10,000 vs 12,000");
        run.Output.ShouldContain("APPARENT quantity: 1,500 vs 12,000");
        run.Output.ShouldContain("== Corroboration");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Min_confidence_leaves_out_the_findings_less_sure_than_it()
    {
        var all = JObject.Parse(CliRun.Of("check", RepositoryPaths.Seeds, "--format", "json").Output)["findings"]!;
        var sure = JObject.Parse(CliRun.Of("check", RepositoryPaths.Seeds, "--format", "json", "--min-confidence", "0.8").Output)["findings"]!;

        sure.Count().ShouldBeLessThan(all.Count());
        sure.ShouldAllBe(f => f["confidence"]!.Value<double>() >= 0.8);
        CliRun.Of("check", RepositoryPaths.Seeds, "--min-confidence", "150").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Check_writes_json_to_a_file()
    {
        var file = Path.GetTempFileName();
        try
        {
            var run = CliRun.Of("check", RepositoryPaths.Seeds, "--format", "json", "--out", file);

            run.ExitCode.ShouldBe(0);
            run.Output.ShouldBeEmpty();
            JObject.Parse(File.ReadAllText(file))["schemaVersion"]!.Value<int>().ShouldBe(2);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("hard", 1)]
    [InlineData("apparent", 1)]
    public void Fail_on_returns_1_when_findings_reach_the_threshold(string threshold, int code)
        => CliRun.Of("check", RepositoryPaths.Seeds, "--fail-on", threshold).ExitCode.ShouldBe(code);

    [Fact]
    public void Fail_on_returns_0_when_no_finding_reaches_it()
        => CliRun.Of("check", RepositoryPaths.Seed("003"), "--tag", "dates", "--fail-on", "hard").ExitCode.ShouldBe(0);

    [Fact]
    public void Claims_prints_json_with_the_documented_fields()
    {
        var run = CliRun.Of("claims", RepositoryPaths.Seed("001"), "--format", "json");

        run.ExitCode.ShouldBe(0);
        var claims = JArray.Parse(run.Output);
        claims.Count.ShouldBeGreaterThan(10);
        foreach (var field in new[] { "document", "sentence", "start", "end", "text", "kind", "subject", "unit", "low", "high", "from", "to", "resolved", "attribution", "stance", "figures" })
        {
            ((JObject)claims[0]).ContainsKey(field).ShouldBeTrue(field);
        }

        claims.ShouldContain(c => (string?)c["text"] == "over 13,000 containers" && c["high"]!.Type == JTokenType.Null);

        // A statement lists the figures its sentence gives; other kinds have none.
        claims.ShouldContain(c => (string?)c["kind"] == "statement" && c["figures"]!.Type == JTokenType.Array && c["figures"]!.Values<double>().Contains(13_000));
        claims.ShouldAllBe(c => (string?)c["kind"] == "statement" || c["figures"]!.Type == JTokenType.Null);
    }

    [Fact]
    public void Rules_lists_the_built_in_rules_with_tags_and_descriptions()
    {
        var run = CliRun.Of("rules");

        run.Output.ShouldContain("Quantity conflict [numeric]");
        run.Output.ShouldContain("Date conflict [dates]");
        run.Output.ShouldContain("Denial vs assertion [statements]");
    }

    [Fact]
    public void A_rule_compiled_in_another_assembly_loads_with_rules_and_fires_end_to_end()
    {
        File.Exists(SampleRules).ShouldBeTrue(SampleRules);

        CliRun.Of("rules", "--rules", SampleRules).Output.ShouldContain("Round figure [sample]");
        var report = JObject.Parse(CliRun.Of("check", RepositoryPaths.Seeds, "--rules", SampleRules, "--format", "json").Output);
        report["findings"]!.ShouldContain(f => f["rules"]![0]!.Value<string>() == "Round figure" && f["severity"]!.Value<string>() == "info");
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "chek", "seeds" }, "did you mean 'check'?")]
    [InlineData(new[] { "check" }, "Required argument 'paths' missing")]
    [InlineData(new[] { "check", "seeds", "--format", "pdf" }, "'pdf' not recognized")]
    [InlineData(new[] { "check", "seeds", "--bogus" }, "unknown option '--bogus'")]
    [InlineData(new[] { "check", "seeds", "--fromat", "json" }, "did you mean '--format'?")]
    [InlineData(new[] { "check", "seeds", "--fail-on", "soft" }, "'soft' not recognized")]
    [InlineData(new[] { "check", "seeds", "--min-recall", "0.5" }, "unknown option '--min-recall'")]
    [InlineData(new[] { "check", "" }, "empty value")]
    [InlineData(new[] { "check", "seeds", "--out", "" }, "empty value")]
    [InlineData(new[] { "check", "seeds", "--tag", "numric", "--fail-on", "hard" }, "no rule carries the tag 'numric'; the tags are: dates, numeric, statements")]
    [InlineData(new[] { "rules", "--rules", "/no/such.dll" }, "no such file")]
    public void Usage_errors_exit_2_with_a_clear_line_and_no_stack_trace(string[] args, string message)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("factcheck: ");
        run.Error.ShouldContain(message);
        run.Error.ShouldNotContain("   at ");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public void Out_is_checked_before_the_work_starts()
    {
        CliRun.Of("check", RepositoryPaths.Seeds, "--out", Path.GetTempPath()).Error.ShouldContain("is a folder");
        var run = CliRun.Of("check", RepositoryPaths.Seeds, "--out", "/no/such/folder/report.json");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("does not exist");
    }

    [Fact]
    public void Every_command_has_help_describing_each_option_and_the_tool_has_a_version()
    {
        var help = CliRun.Of("check", "--help");

        help.ExitCode.ShouldBe(0);
        foreach (var option in new[] { "--format", "--out", "--rules", "--tag", "--fail-on", "--min-confidence", "--max-firings", "--timeout", "--recursive" })
        {
            help.Output.ShouldContain(option);
        }

        CliRun.Of("eval", "-h").Output.ShouldContain("--min-recall");
        CliRun.Of("--version").Output.ShouldMatch(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public void Options_take_the_equals_form_and_a_double_dash_ends_them()
    {
        var run = CliRun.Of("check", "--format=json", "--", RepositoryPaths.Seed("001"));

        run.ExitCode.ShouldBe(0);
        JObject.Parse(run.Output)["schemaVersion"]!.Value<int>().ShouldBe(2);
    }

    [Fact]
    public void A_check_stopped_at_its_firing_limit_writes_what_it_found_and_exits_2_naming_the_rule()
    {
        var run = CliRun.Of("check", RepositoryPaths.Seeds, "--max-firings", "3", "--format", "json");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("fired more than 3 times, most often '");
        JObject.Parse(run.Output)["documents"]!.Count().ShouldBe(5);
    }

    [Fact]
    public void Claims_report_unreadable_inputs_on_standard_error_and_keep_json_parseable()
    {
        var folder = Directory.CreateTempSubdirectory("factcheck-cli-");
        try
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, "bad.txt"), [0, 1, 2]);
            File.Copy(RepositoryPaths.Seed("001"), Path.Combine(folder.FullName, "good.txt"));
            foreach (var format in new[] { "json", "text" })
            {
                var run = CliRun.Of("claims", folder.FullName, "--format", format);

                run.ExitCode.ShouldBe(0);
                run.Error.ShouldContain("skipped bad.txt");
                run.Output.ShouldNotContain("bad.txt");
            }

            JArray.Parse(CliRun.Of("claims", folder.FullName, "--format", "json").Output).ShouldNotBeEmpty();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Escape_sequences_in_an_article_never_reach_the_terminal()
    {
        var folder = Directory.CreateTempSubdirectory("factcheck-cli-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.txt"), "date 2025-05-01\nAbout 300 \u001b[2Jtroops\u202e arrived, the army said.");
            File.WriteAllText(Path.Combine(folder.FullName, "b.txt"), "date 2025-05-01\nAbout 900 troops arrived, the governor said.");

            foreach (var command in new[] { "check", "claims" })
            {
                var run = CliRun.Of(command, folder.FullName);

                run.Output.ShouldNotContain("\u001b");
                run.Output.ShouldNotContain("\u202e");
            }

            CliRun.Of("claims", folder.FullName).Output.ShouldContain("\\u001B[2J");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Unreadable_input_only_exits_2_and_a_bad_file_among_good_ones_is_skipped_with_its_reason()
    {
        var folder = Directory.CreateTempSubdirectory("factcheck-cli-");
        try
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, "bad.txt"), [0, 1, 2]);
            CliRun.Of("check", folder.FullName).ExitCode.ShouldBe(2);

            File.Copy(RepositoryPaths.Seed("001"), Path.Combine(folder.FullName, "good.txt"));
            var run = CliRun.Of("check", folder.FullName);
            run.ExitCode.ShouldBe(0);
            run.Error.ShouldContain("skipped bad.txt");
            run.Output.ShouldContain("1 documents");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_rules_file_that_is_not_an_assembly_is_an_input_error()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "not a dll");
            var run = CliRun.Of("rules", "--rules", file);

            run.ExitCode.ShouldBe(2);
            run.Error.ShouldStartWith("factcheck: error:");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Eval_prints_recall_precision_and_what_was_missed()
    {
        using var cluster = new SampleCluster();

        var run = CliRun.Of("eval", cluster.Folder);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("valdoria-flood: recall 1/2 (50.0%)");
        run.Output.ShouldContain("  missed: a denial nobody made");
        run.Output.ShouldContain("total: recall 1/2");
    }

    [Theory]
    [InlineData("--min-recall", "50", 0)]
    [InlineData("--min-recall", "0.6", 1)]
    [InlineData("--min-recall", "60%", 1)]
    [InlineData("--min-precision", "0.5", 0)]
    public void Eval_exits_1_below_a_minimum(string option, string value, int code)
    {
        using var cluster = new SampleCluster();

        CliRun.Of("eval", cluster.Folder, option, value).ExitCode.ShouldBe(code);
    }

    [Fact]
    public void Eval_prints_json_and_rejects_a_folder_without_gold()
    {
        using var cluster = new SampleCluster();
        using var bare = new SampleCluster(gold: null);

        var json = JObject.Parse(CliRun.Of("eval", cluster.Folder, "--format", "json").Output);
        json["recall"]!.Value<double>().ShouldBe(0.5);
        json["clusters"]![0]!["missed"]!.ShouldHaveSingleItem().Value<string>().ShouldBe("a denial nobody made");

        var run = CliRun.Of("eval", bare.Folder);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("no gold.json");
    }
}
