using Resolint.Core.Rules;

namespace Resolint.Cli;

/// <summary>Everything a report format prints: the drafts' reports and the rules they were checked by.</summary>
public sealed record CheckRunResult(IReadOnlyList<DraftReport> Reports, IReadOnlyList<RuleDescriptor> Descriptors, string WorkingDirectory)
{
    public IEnumerable<Diagnostic> Diagnostics => Reports.SelectMany(r => r.Diagnostics);

    public IEnumerable<string> Errors => Reports.Select(r => r.Error).OfType<string>();

    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);

    /// <summary>"3 problems (1 error, 2 warnings) in 2 files", or "No problems in 5 files".</summary>
    public string Summary()
    {
        int problems = Diagnostics.Count();
        if (problems == 0)
        {
            return $"No problems in {Plural(Reports.Count(r => r.Error is null), "file")}.";
        }

        var parts = new List<string> { Plural(Count(Severity.Error), "error"), Plural(Count(Severity.Warning), "warning") };
        if (Count(Severity.Info) > 0)
        {
            parts.Add($"{Count(Severity.Info)} info");
        }

        string summary = $"{Plural(problems, "problem")} ({string.Join(", ", parts)}) in {Plural(Reports.Count(r => r.Diagnostics.Count > 0), "file")}.";
        int fixable = Diagnostics.Count(d => d.Fix is not null);
        return fixable > 0 ? $"{summary} {fixable} can be fixed with --fix." : summary;
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
