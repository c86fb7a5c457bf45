using Resolint.Lsp.Features;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>textDocument/hover: a cited resolution, a footnote marker, a document symbol, opening words.</summary>
internal sealed class HoverHandler(DocumentStore documents)
{
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> HoverAsync(HoverParams request, CancellationToken cancellation) =>
        documents.ReadAsync(request.TextDocument, cancellation, snapshot =>
            HoverSource.At(snapshot.Draft, snapshot.Analysis.Conventions, Conversions.ToOffset(snapshot.Text, request.Position)) is { } hover
                ? new Hover(new MarkupContent(MarkupKind.Markdown, hover.Markdown)) { Range = Conversions.ToRange(snapshot.Text, hover.Span) }
                : null);
}
