using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FactCheck.Benchmarks;

/// <summary>Bytes allocated per fact: the allocation per operation divided by the benchmark's fact count parameter.</summary>
internal sealed class BytesPerFactColumn(string parameter) : IColumn
{
    public string Id => $"{nameof(BytesPerFactColumn)}.{parameter}";

    public string ColumnName => "B/fact";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"B/fact: bytes allocated per operation divided by {parameter}";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var facts = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == parameter)?.Value;
        if (report is null || facts is null || report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is not { } bytes)
        {
            return "-";
        }

        return (bytes / Convert.ToDouble(facts, CultureInfo.InvariantCulture)).ToString("#,0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
