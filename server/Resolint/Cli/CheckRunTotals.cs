using Resolint.Core.Rules;

namespace Resolint.Cli;

/// <summary>
/// What a check run has found so far, counted draft by draft as the reports go out, so that a run over ten
/// thousand drafts keeps counts, not reports: the summary line, the exit code and the drafts that failed.
/// </summary>
public sealed class CheckRunTotals
{
    private readonly int[] _bySeverity = new int[Enum.GetValues<Severity>().Length];
    private readonly List<DraftReport> _failures = [];

    /// <summary>The drafts that could not be read, fixed or written; the run then exits with 2.</summary>
    public IReadOnlyList<DraftReport> Failures => _failures;

    public int Problems { get; private set; }

    public int Fixable { get; private set; }

    public int FixesApplied { get; private set; }

    public int FilesFixed { get; private set; }

    public int FilesWithProblems { get; private set; }

    /// <summary>Drafts checked to the end (those that failed are not counted).</summary>
    public int FilesChecked { get; private set; }

    public void Add(DraftReport report)
    {
        if (report.Error is not null)
        {
            _failures.Add(report);
        }
        else
        {
            FilesChecked++;
        }

        foreach (Diagnostic diagnostic in report.Diagnostics)
        {
            _bySeverity[(int)diagnostic.Severity]++;
            Fixable += diagnostic.Fix is null ? 0 : 1;
        }

        Problems += report.Diagnostics.Count;
        FilesWithProblems += report.Diagnostics.Count > 0 ? 1 : 0;
        FixesApplied += report.FixesApplied;
        FilesFixed += report.FixesApplied > 0 ? 1 : 0;
    }

    public int Count(Severity severity) => _bySeverity[(int)severity];

    /// <summary>"3 problems (1 error, 2 warnings) in 2 files", or "No problems in 5 files".</summary>
    public string Summary()
    {
        if (Problems == 0)
        {
            return $"No problems in {Plural(FilesChecked, "file")}.";
        }

        var parts = new List<string> { Plural(Count(Severity.Error), "error"), Plural(Count(Severity.Warning), "warning") };
        if (Count(Severity.Info) > 0)
        {
            parts.Add($"{Count(Severity.Info)} info");
        }

        string summary = $"{Plural(Problems, "problem")} ({string.Join(", ", parts)}) in {Plural(FilesWithProblems, "file")}.";
        return Fixable > 0 ? $"{summary} {Fixable} can be fixed with --fix." : summary;
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
