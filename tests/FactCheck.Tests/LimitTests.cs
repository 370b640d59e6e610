using FactCheck.Engine.Dsl;
using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;
using FactCheck.Rules;

namespace FactCheck.Tests;

public class LimitTests
{
    private static readonly Document[] Articles =
    [
        Document.FromText("wire.txt", "date 2025-03-02\nAbout 400 firefighters fought the blaze, the fire service said."),
        Document.FromText("paper.txt", "date 2025-03-02\nSome 900 firefighters fought the blaze, the mayor said."),
    ];

    [Fact]
    public void A_rule_that_keeps_feeding_itself_is_stopped_by_name_and_what_was_found_is_kept()
    {
        var checker = FactChecker.Create(o => o.AddRules(typeof(Seed), typeof(Echo)).WithMaxFirings(500));

        var stop = Should.Throw<CheckLimitExceededException>(() => checker.Check(Articles));

        stop.MostFiredRule.ShouldBe(typeof(Echo).FullName);
        stop.Firings.ShouldBeGreaterThan(500);
        stop.Message.ShouldContain("more than 500");
        stop.PartialReport.ShouldNotBeNull().Documents.Count.ShouldBe(2);
        stop.PartialReport.Findings.ShouldContain(f => f.Kind == FindingKind.Quantity);
    }

    [Fact]
    public void A_rule_set_under_its_firing_limit_runs_to_the_end()
        => FactChecker.Create(o => o.WithMaxFirings(10_000)).Check(Articles).Findings.ShouldNotBeEmpty();

    [Fact]
    public void A_check_past_its_timeout_stops_with_the_report_so_far()
    {
        // A slow echo, so that the timeout falls while it fires, well after the two short articles are read (even on a
        // machine busy with the other tests: at 1.5 s the reading itself sometimes ran out of time).
        var checker = FactChecker.Create(o => o.AddRules(typeof(Seed), typeof(SlowEcho)).WithMaxFirings(int.MaxValue).WithTimeout(TimeSpan.FromSeconds(4)));

        var stop = Should.Throw<CheckLimitExceededException>(() => checker.Check(Articles));

        stop.Message.ShouldContain("timeout");
        stop.PartialReport.ShouldNotBeNull().Documents.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Cancelling_stops_a_check_that_would_never_end()
    {
        var checker = FactChecker.Create(o => o.AddRules(typeof(Seed), typeof(Echo)).WithMaxFirings(int.MaxValue));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Should.ThrowAsync<OperationCanceledException>(() => checker.CheckAsync(Articles, cancellationToken: cancel.Token));
    }

    [Fact]
    public void A_tag_that_no_rule_carries_is_refused_with_the_tags_there_are()
    {
        var refused = Should.Throw<ArgumentException>(() => FactChecker.Create(o => o.WithTag("numric")));

        refused.Message.ShouldContain("'numric'");
        refused.Message.ShouldContain("numeric");
    }

    [Fact]
    public void An_assembly_without_rules_is_refused()
        => Should.Throw<ArgumentException>(() => FactChecker.Create(o => o.AddRulesFrom(typeof(Shouldly.ShouldAssertException).Assembly)))
            .Message.ShouldContain("holds no rule class");

    [Fact]
    public void A_rule_failing_on_every_match_is_one_warning_with_its_count()
    {
        var report = FactChecker.Create(o => o.AddRules(typeof(Fragile))).Check(Articles);

        var warning = report.Warnings.Where(w => w.Contains(nameof(Fragile), StringComparison.Ordinal)).ShouldHaveSingleItem();
        warning.ShouldContain("InvalidOperationException");
        warning.ShouldMatch(@"\d+ times");
        report.Findings.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_null_document_is_named_by_its_position()
        => Should.Throw<ArgumentException>(() => FactChecker.CreateDefault().Check([Articles[0], null!]))
            .Message.ShouldContain("position 1");

    /// <summary>Starts the echo: a ping for every claim.</summary>
    public sealed class Seed : Rule
    {
        public override void Define()
        {
            Claim claim = null!;
            When().Match(() => claim);
            Then().Do(ctx => ctx.Insert(new Ping(0)));
        }
    }

    /// <summary>Answers every ping with another, forever.</summary>
    public sealed class Echo : Rule
    {
        public override void Define()
        {
            Ping ping = null!;
            When().Match(() => ping);
            Then().Do(ctx => ctx.Insert(new Ping(ping.Count + 1)));
        }
    }

    /// <summary>Answers every ping with another after a pause, forever.</summary>
    public sealed class SlowEcho : Rule
    {
        public override void Define()
        {
            Ping ping = null!;
            When().Match(() => ping);
            Then().Do(ctx => Thread.Sleep(5)).Do(ctx => ctx.Insert(new Ping(ping.Count + 1)));
        }
    }

    /// <summary>Throws in its condition for every quantity.</summary>
    public sealed class Fragile : Rule
    {
        public override void Define()
        {
            QuantityClaim claim = null!;
            When().Match(() => claim, c => Explode(c));
            Then().Do(ctx => ctx.Insert(new Ping(0)));
        }

        private static bool Explode(QuantityClaim claim) => throw new InvalidOperationException($"cannot judge {claim.Value}");
    }

    /// <summary>A fact that only the echo rules make.</summary>
    public sealed record Ping(int Count);
}
