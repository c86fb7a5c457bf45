using Resolint.Lsp.Features;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>textDocument/definition: a footnote marker's footnote, a referenced paragraph, a cited resolution's corpus file.</summary>
internal sealed class DefinitionHandler(DocumentStore documents)
{
    private static readonly Protocol.Range FileStart = new(new Position(0, 0), new Position(0, 0));

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> DefinitionAsync(DefinitionParams request, CancellationToken cancellation) =>
        documents.ReadAsync(request.TextDocument, cancellation, snapshot =>
            DefinitionSource.At(snapshot.Draft, snapshot.Analysis.Conventions, Conversions.ToOffset(snapshot.Text, request.Position))
                .Select(target => target.File is { } file
                    ? new Location(new Uri(Path.GetFullPath(file)).AbsoluteUri, FileStart)
                    : new Location(snapshot.Uri, Conversions.ToRange(snapshot.Text, target.Span)))
                .ToArray());
}
