using System.Text.RegularExpressions;
using Resolint.Lsp.Features;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>textDocument/hover: a cited resolution, a footnote marker, a document symbol, opening words.</summary>
internal sealed partial class HoverHandler(DocumentStore documents, ServerSession session)
{
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> HoverAsync(HoverParams request, CancellationToken cancellation) =>
        documents.ReadAsync(request.TextDocument, cancellation, snapshot =>
            HoverSource.At(snapshot.Draft, snapshot.Analysis.Conventions, snapshot.Analysis.Catalogue, Conversions.ToOffset(snapshot.Text, request.Position)) is { } hover
                ? new Hover(Content(hover.Markdown)) { Range = Conversions.ToRange(snapshot.Text, hover.Span) }
                : null);

    private MarkupContent Content(string markdown) =>
        session.ClientRendersMarkdown
            ? new MarkupContent(MarkupKind.Markdown, markdown)
            : new MarkupContent(MarkupKind.PlainText, MarkdownMarks().Replace(markdown, string.Empty));

    /// <summary>The Markdown the hovers use: emphasis, code spans and quote marks at line starts.</summary>
    [GeneratedRegex(@"\*\*|\*|`|^> ", RegexOptions.Multiline)]
    private static partial Regex MarkdownMarks();
}
