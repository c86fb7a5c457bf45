using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Cli;

/// <summary>
/// As compilers print: <c>path:line:column: severity RULE: message</c>, 1-based, the column counted in UTF-16 units as
/// editors count them, then a summary. Editors and CI problem matchers link each line to its place.
/// </summary>
public sealed class TextFormat : IReportFormat
{
    public IReportWriter Start(CheckRunContext run, TextWriter output) => new Writer(output);

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private sealed class Writer(TextWriter output) : IReportWriter
    {
        public void Write(DraftReport report)
        {
            foreach (Diagnostic diagnostic in report.Diagnostics)
            {
                LinePosition start = report.Text.PositionOf(diagnostic.Span.Start);
                // In a Word or AKN document the line is the rendering's; the paragraph and its first words find it in the document.
                string where = report.IsDocument ? $" [{Core.Documents.DocumentLocation.Describe(report.Text, diagnostic.Span.Start)}]" : string.Empty;
                output.WriteLine($"{report.Name}:{start.Line + 1}:{start.Character + 1}: {SeverityName(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}{where}");
            }
        }

        public void Finish(CheckRunTotals totals)
        {
            if (totals.FixesApplied > 0)
            {
                output.WriteLine($"Fixed {CheckRunTotals.Plural(totals.FixesApplied, "problem")} in {CheckRunTotals.Plural(totals.FilesFixed, "file")}.");
            }

            output.WriteLine(totals.Summary());
        }
    }
}
