using Resolint.Core.Text;
using CoreDiagnostic = Resolint.Core.Rules.Diagnostic;
using CoreSeverity = Resolint.Core.Rules.Severity;
using CoreTextEdit = Resolint.Core.Text.TextEdit;

namespace Resolint.Lsp.Protocol;

/// <summary>
/// The one place where the engine's spans become protocol ranges and back. The engine counts UTF-16
/// code units, as LSP's default position encoding does, so a column converts without re-encoding.
/// </summary>
public static class Conversions
{
    public static Position ToPosition(LinePosition position) => new(position.Line, position.Character);

    /// <summary>
    /// A client's position as the engine's. LSP's positions are unsigned: a negative one is the client's
    /// mistake (invalid params), while one past the end of a line or the text is clamped, as the specification asks.
    /// </summary>
    public static LinePosition ToLinePosition(Position position) =>
        position.Line < 0 || position.Character < 0
            ? throw new StreamJsonRpc.LocalRpcException($"Invalid position (line {position.Line}, character {position.Character}): positions are never negative.") { ErrorCode = ErrorCodes.InvalidParams }
            : new(position.Line, position.Character);

    public static Range ToRange(SourceText text, TextSpan span)
    {
        SourceRange range = text.RangeOf(span);
        return new Range(ToPosition(range.Start), ToPosition(range.End));
    }

    /// <summary>A range of the text; positions past the end are clamped, negative ones rejected.</summary>
    public static TextSpan ToSpan(SourceText text, Range range) =>
        text.SpanOf(new SourceRange(ToLinePosition(range.Start), ToLinePosition(range.End)));

    public static int ToOffset(SourceText text, Position position) => text.OffsetOf(ToLinePosition(position));

    public static TextEdit ToTextEdit(SourceText text, CoreTextEdit edit) => new(ToRange(text, edit.Span), edit.NewText);

    public static int ToSeverity(CoreSeverity severity) => severity switch
    {
        CoreSeverity.Error => DiagnosticSeverity.Error,
        CoreSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Information,
    };

    public static Diagnostic ToDiagnostic(string uri, int version, SourceText text, CoreDiagnostic diagnostic) =>
        new(ToRange(text, diagnostic.Span), diagnostic.Message)
        {
            Severity = ToSeverity(diagnostic.Severity),
            Code = diagnostic.Id,
            CodeDescription = new CodeDescription(diagnostic.Rule.HelpUri),
            Source = "resolint",
            Tags = diagnostic.Tags.HasFlag(Core.Rules.DiagnosticTags.Unnecessary) ? [DiagnosticTag.Unnecessary] : null,
            RelatedInformation = diagnostic.Related.Count == 0
                ? null
                : diagnostic.Related.Select(r => new DiagnosticRelatedInformation(new Location(uri, ToRange(text, r.Span)), r.Message)).ToArray(),
            Data = new DiagnosticData(diagnostic.Id, diagnostic.Span.Start, diagnostic.Span.Length, version),
        };

    public static WorkspaceEdit ToWorkspaceEdit(string uri, SourceText text, IEnumerable<CoreTextEdit> edits) =>
        new(new Dictionary<string, IReadOnlyList<TextEdit>> { [uri] = edits.Select(e => ToTextEdit(text, e)).ToArray() });
}
