using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Resolint.Benchmarks;

/// <summary>MB/s of what a benchmark reads: its Document's file, its Text parameter (checking), else its Corpus (learning).</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6 bytes of UTF-8) of input read per second";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (summary[benchmarkCase]?.ResultStatistics is not { } statistics || statistics.Mean <= 0)
        {
            return "-";
        }

        double seconds = statistics.Mean / 1e9;
        if (benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Document")?.Value is string document)
        {
            return (DocumentReadingBenchmarks.BytesOf(document) / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }

        string? input = (benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Text") ?? benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Corpus"))?.Value as string;
        if (input is null)
        {
            return "-";
        }

        double megabytes = BenchmarkCorpus.BytesOf(input) / 1e6;
        return (megabytes / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }
}
