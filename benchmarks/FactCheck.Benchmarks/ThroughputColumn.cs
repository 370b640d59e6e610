using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FactCheck.Benchmarks;

/// <summary>A column of units per second: a benchmark parameter's value divided by the mean time.</summary>
internal sealed class ThroughputColumn(string parameter, string unit, double scale) : IColumn
{
    public string Id => $"{nameof(ThroughputColumn)}.{parameter}";

    public string ColumnName => unit;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{unit}: {parameter} × {scale} divided by the mean time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var value = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == parameter)?.Value;
        if (report?.ResultStatistics is not { } statistics || value is null)
        {
            return "-";
        }

        var seconds = statistics.Mean / 1e9;
        return (Convert.ToDouble(value, CultureInfo.InvariantCulture) * scale / seconds).ToString("#,0.0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
