using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using FactCheck.Benchmarks;

// --quick: every benchmark once at its smallest size, in process, so CI proves the code runs (under a minute).
// Otherwise BenchmarkDotNet's own switches apply, e.g. --filter '*Engine*'.
var quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToArray();
IConfig? config = null;
if (quick)
{
    Environment.SetEnvironmentVariable(BenchmarkMode.QuickVariable, "1");
    config = ManualConfig.CreateMinimumViable()
        .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkMode).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest, config);
var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;
