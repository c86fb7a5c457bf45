using System.Reflection;
using System.Text.Json;
using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Cli;

/// <summary>
/// SARIF 2.1.0, the format GitHub code scanning and other CI dashboards read: the rules with their descriptions,
/// default levels and help pages, then the results with their regions (1-based, UTF-16 columns) and fixes. Findings
/// a suppression comment silenced are listed as suppressed, as SARIF intends, so dashboards can close them.
/// </summary>
public sealed class SarifFormat : IReportFormat
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>The name results' relative URIs are resolved against: the folder resolint ran in.</summary>
    public const string SourceRoot = "%SRCROOT%";

    public IReportWriter Start(CheckRunContext run, TextWriter output) => new Writer(run, output);

    /// <summary>A rule's name for people: its title in PascalCase ("Unused suppression" → "UnusedSuppression").</summary>
    public static string RuleName(RuleDescriptor rule) =>
        string.Concat(rule.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> descriptors)
    {
        string version = typeof(SarifFormat).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "Resolint");
        json.WriteString("version", version);
        json.WriteString("semanticVersion", version);
        json.WriteString("informationUri", "https://github.com/resolint/resolint");
        json.WriteStartArray("rules");
        foreach (RuleDescriptor rule in descriptors)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", RuleName(rule));
            WriteMessageString(json, "shortDescription", rule.Title);
            WriteMessageString(json, "fullDescription", rule.Description);
            json.WriteString("helpUri", rule.HelpUri);
            if (RuleDocs.Find(rule.Id) is { } page)
            {
                json.WriteStartObject("help");
                json.WriteString("text", rule.Description);
                json.WriteString("markdown", page);
                json.WriteEndObject();
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category.ToString());
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Category.ToString().ToLowerInvariant());
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Drafts that could not be read or written are the run's failures, listed as notifications on the invocation.</summary>
    private static void WriteInvocation(Utf8JsonWriter json, CheckRunTotals totals, string workingDirectory)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", totals.Failures.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (DraftReport report in totals.Failures)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", report.Error);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifactLocation(json, report, workingDirectory);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, DraftReport report, Diagnostic diagnostic, Dictionary<string, int> ruleIndex, string workingDirectory, bool suppressed)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex.TryGetValue(diagnostic.Id, out int index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();

        json.WriteStartArray("locations");
        WriteLocation(json, report, diagnostic.Span, workingDirectory, id: null, message: null);
        json.WriteEndArray();

        if (diagnostic.Related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (int i = 0; i < diagnostic.Related.Count; i++)
            {
                WriteLocation(json, report, diagnostic.Related[i].Span, workingDirectory, id: i + 1, diagnostic.Related[i].Message);
            }

            json.WriteEndArray();
        }

        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", fix.Title);
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifactLocation(json, report, workingDirectory);
            json.WriteStartArray("replacements");
            foreach (TextEdit edit in fix.Edits)
            {
                json.WriteStartObject();
                WriteRegion(json, "deletedRegion", report.Text, edit.Span);
                json.WriteStartObject("insertedContent");
                json.WriteString("text", edit.NewText);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (suppressed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, DraftReport report, TextSpan span, string workingDirectory, int? id, string? message)
    {
        json.WriteStartObject();
        if (id is int number)
        {
            json.WriteNumber("id", number);
        }

        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, report, workingDirectory);
        WriteRegion(json, "region", report.Text, span);
        json.WriteEndObject();
        if (message is not null)
        {
            json.WriteStartObject("message");
            json.WriteString("text", message);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>A draft under the working folder is named by a relative URI on <see cref="SourceRoot"/>, as code scanning expects; any other by its file URI.</summary>
    private static void WriteArtifactLocation(Utf8JsonWriter json, DraftReport report, string workingDirectory)
    {
        json.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(report.Name))
        {
            json.WriteString("uri", new Uri(report.Name).AbsoluteUri);
        }
        else
        {
            string relative = string.Join('/', report.Name.Split(['/', '\\']).Select(Uri.EscapeDataString));
            json.WriteString("uri", relative);
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
    }

    /// <summary>1-based lines and columns; the end column is the one after the region, so an insertion point has equal start and end.</summary>
    private static void WriteRegion(Utf8JsonWriter json, string name, SourceText text, TextSpan span)
    {
        SourceRange range = text.RangeOf(span);
        json.WriteStartObject(name);
        json.WriteNumber("startLine", range.Start.Line + 1);
        json.WriteNumber("startColumn", range.Start.Character + 1);
        json.WriteNumber("endLine", range.End.Line + 1);
        json.WriteNumber("endColumn", range.End.Character + 1);
        json.WriteEndObject();
    }

    private static void WriteMessageString(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>The tool and its rules first, the results as the drafts come, the invocation (with the drafts that failed) last.</summary>
    private sealed class Writer : IReportWriter
    {
        private readonly CheckRunContext _run;
        private readonly StreamedJson _out;
        private readonly Dictionary<string, int> _ruleIndex;

        public Writer(CheckRunContext run, TextWriter output)
        {
            _run = run;
            _out = new StreamedJson(output);
            _ruleIndex = run.Descriptors.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.OrdinalIgnoreCase);
            Utf8JsonWriter json = _out.Json;
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, run.Descriptors);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(run.WorkingDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
        }

        public void Write(DraftReport report)
        {
            if (report.Error is not null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in report.Diagnostics)
            {
                WriteResult(_out.Json, report, diagnostic, _ruleIndex, _run.WorkingDirectory, suppressed: false);
            }

            foreach (Diagnostic diagnostic in report.Suppressed)
            {
                WriteResult(_out.Json, report, diagnostic, _ruleIndex, _run.WorkingDirectory, suppressed: true);
            }

            _out.Flush();
        }

        public void Finish(CheckRunTotals totals)
        {
            Utf8JsonWriter json = _out.Json;
            json.WriteEndArray();
            WriteInvocation(json, totals, _run.WorkingDirectory);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            _out.Finish();
            _out.Dispose();
        }
    }
}
