using System.Text;
using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Cli;

/// <summary>
/// GitHub Actions workflow commands (<c>::warning file=…,line=…::message</c>): each finding becomes an annotation on
/// the pull request's diff, with no upload step.
/// </summary>
public sealed class GitHubFormat : IReportFormat
{
    public IReportWriter Start(CheckRunContext run, TextWriter output) => new Writer(output);

    /// <summary>A command's message: '%', CR and LF are escaped, as the runner unescapes them.</summary>
    public static string Data(string text) =>
        new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>A property value: as <see cref="Data"/>, and ':' and ',' too, which would end the value.</summary>
    public static string Property(string text) =>
        new StringBuilder(Data(text)).Replace(":", "%3A").Replace(",", "%2C").ToString();

    private sealed class Writer(TextWriter output) : IReportWriter
    {
        public void Write(DraftReport report)
        {
            foreach (Diagnostic diagnostic in report.Diagnostics)
            {
                SourceRange range = report.Text.RangeOf(diagnostic.Span);

                // GitHub counts the end column inclusively: the last character of the finding.
                int endColumn = range.End.Line == range.Start.Line
                    ? Math.Max(range.End.Character, range.Start.Character + 1)
                    : Math.Max(range.End.Character, 1);
                string command = diagnostic.Severity switch
                {
                    Severity.Error => "error",
                    Severity.Warning => "warning",
                    _ => "notice",
                };
                output.Write(
                    $"::{command} file={Property(report.Name.Replace('\\', '/'))},line={range.Start.Line + 1},col={range.Start.Character + 1},"
                    + $"endLine={range.End.Line + 1},endColumn={endColumn},title={Property($"{diagnostic.Id}: {diagnostic.Rule.Title}")}::{Data(diagnostic.Message)}\n");
            }
        }

        public void Finish(CheckRunTotals totals) => output.Write(totals.Summary() + "\n");
    }
}
