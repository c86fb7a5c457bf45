namespace Resolint.Lsp.Protocol;

public sealed record Diagnostic(Range Range, string Message)
{
    public int? Severity { get; init; }

    /// <summary>The rule id ("RES101").</summary>
    public string? Code { get; init; }

    public CodeDescription? CodeDescription { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<int>? Tags { get; init; }

    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }

    public DiagnosticData? Data { get; init; }
}

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

/// <summary>
/// What the server needs to find a diagnostic's fix again when the client sends it back in a code action
/// request: the rule, where it was reported (source offsets) and in which version of the document.
/// </summary>
public sealed record DiagnosticData(string Rule, int Start, int Length, int Version);

/// <summary>DiagnosticSeverity.</summary>
public static class DiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
}

/// <summary>DiagnosticTag.</summary>
public static class DiagnosticTag
{
    public const int Unnecessary = 1;
}

public sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int? Version { get; init; }
}

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument)
{
    public string? Identifier { get; init; }

    public string? PreviousResultId { get; init; }
}

/// <summary>A full report (kind "full", with items) or "unchanged" (same resultId as the client's, no items).</summary>
public sealed record DocumentDiagnosticReport(string Kind, string? ResultId)
{
    public const string Full = "full";
    public const string Unchanged = "unchanged";

    public IReadOnlyList<Diagnostic>? Items { get; init; }
}
