using Resolint.Core.Rules;

namespace Resolint.Cli;

/// <summary>One way of printing a check run's findings (--format).</summary>
public interface IReportFormat
{
    /// <summary>
    /// Starts printing a run. The writer is given each draft's report as the run finishes it, in the order the drafts
    /// were named, and prints it then, so that memory does not grow with the number of drafts; then the totals.
    /// </summary>
    IReportWriter Start(CheckRunContext run, TextWriter output);
}

/// <summary>Prints one run's reports as they come.</summary>
public interface IReportWriter
{
    void Write(DraftReport report);

    void Finish(CheckRunTotals totals);
}

/// <summary>What every report of a run shares: the rules it checks by and the folder its paths are relative to.</summary>
public sealed record CheckRunContext(IReadOnlyList<RuleDescriptor> Descriptors, string WorkingDirectory);
