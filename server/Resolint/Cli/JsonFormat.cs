using System.Text.Json;
using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Cli;

/// <summary>
/// One object per draft with its findings shaped as LSP diagnostics (0-based UTF-16 ranges, severity 1–4, code,
/// codeDescription, source), each with its fix's edits, so that scripts and editors read them as the server sends them.
/// </summary>
public sealed class JsonFormat : IReportFormat
{
    public IReportWriter Start(CheckRunContext run, TextWriter output) => new Writer(run, output);

    /// <summary>The draft's file as a file URI; standard input without a name is "untitled:", as editors name unsaved text.</summary>
    public static string FileUri(DraftReport report, string workingDirectory) =>
        report.Input.File is { } file ? new Uri(file).AbsoluteUri
        : report.Name == "<stdin>" ? "untitled:stdin"
        : new Uri(Path.GetFullPath(report.Name, workingDirectory)).AbsoluteUri;

    private static void WriteDiagnostic(Utf8JsonWriter json, SourceText text, Diagnostic diagnostic, string uri)
    {
        json.WriteStartObject();
        WriteRange(json, "range", text, diagnostic.Span);
        json.WriteNumber("severity", diagnostic.Severity switch
        {
            Severity.Error => 1,
            Severity.Warning => 2,
            _ => 3,
        });
        json.WriteString("code", diagnostic.Id);
        json.WriteStartObject("codeDescription");
        json.WriteString("href", diagnostic.Rule.HelpUri);
        json.WriteEndObject();
        json.WriteString("source", "resolint");
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Tags.HasFlag(DiagnosticTags.Unnecessary))
        {
            json.WriteStartArray("tags");
            json.WriteNumberValue(1);
            json.WriteEndArray();
        }

        if (diagnostic.Related.Count > 0)
        {
            json.WriteStartArray("relatedInformation");
            foreach (RelatedLocation related in diagnostic.Related)
            {
                json.WriteStartObject();
                json.WriteStartObject("location");
                json.WriteString("uri", uri);
                WriteRange(json, "range", text, related.Span);
                json.WriteEndObject();
                json.WriteString("message", related.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartObject("fix");
            json.WriteString("title", fix.Title);
            json.WriteStartArray("edits");
            foreach (TextEdit edit in fix.Edits)
            {
                json.WriteStartObject();
                WriteRange(json, "range", text, edit.Span);
                json.WriteString("newText", edit.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter json, string name, SourceText text, TextSpan span)
    {
        SourceRange range = text.RangeOf(span);
        json.WriteStartObject(name);
        WritePosition(json, "start", range.Start);
        WritePosition(json, "end", range.End);
        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, string name, LinePosition position)
    {
        json.WriteStartObject(name);
        json.WriteNumber("line", position.Line);
        json.WriteNumber("character", position.Character);
        json.WriteEndObject();
    }

    private sealed class Writer : IReportWriter
    {
        private readonly CheckRunContext _run;
        private readonly StreamedJson _out;

        public Writer(CheckRunContext run, TextWriter output)
        {
            _run = run;
            _out = new StreamedJson(output);
            _out.Json.WriteStartArray();
        }

        public void Write(DraftReport report)
        {
            if (report.Error is not null)
            {
                return;
            }

            Utf8JsonWriter json = _out.Json;
            string uri = FileUri(report, _run.WorkingDirectory);
            json.WriteStartObject();
            json.WriteString("path", report.Name);
            json.WriteString("uri", uri);
            json.WriteStartArray("diagnostics");
            foreach (Diagnostic diagnostic in report.Diagnostics)
            {
                WriteDiagnostic(json, report.Text, diagnostic, uri);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            _out.Flush();
        }

        public void Finish(CheckRunTotals totals)
        {
            _out.Json.WriteEndArray();
            _out.Finish();
            _out.Dispose();
        }
    }
}
