using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Text;
using Resolint.Lsp.Features;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>
/// textDocument/definition: from a footnote marker to its footnote, from "paragraph 14 above" to
/// paragraph 14, from a cited resolution to its file in the corpus.
/// </summary>
internal sealed class DefinitionHandler(DocumentStore documents)
{
    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> DefinitionAsync(DefinitionParams request, CancellationToken cancellation) =>
        documents.ReadAsync(request.TextDocument, cancellation, snapshot =>
        {
            Draft draft = snapshot.Draft;
            int offset = Conversions.ToOffset(snapshot.Text, request.Position);
            if (DraftLookup.MarkerAt(draft, offset) is { } marker)
            {
                return DraftLookup.FootnotesNumbered(draft, marker.Number).Select(f => Here(snapshot, f.Span)).ToArray();
            }

            return DraftLookup.CitationAt(draft, offset) switch
            {
                ParagraphReference reference => reference.Paragraphs
                    .Select(n => DraftLookup.OperativeNumbered(draft, n))
                    .OfType<OperativeParagraph>()
                    .Select(p => Here(snapshot, p.Span))
                    .ToArray(),
                ResolutionCitation resolution when snapshot.Analysis.Conventions.Catalogue.TryGetValue(resolution.Number.Key, out var entry) && entry.File is { } file =>
                    [new Location(new Uri(Path.GetFullPath(file)).AbsoluteUri, new Protocol.Range(new Position(0, 0), new Position(0, 0)))],
                _ => [],
            };
        });

    private static Location Here(DocumentSnapshot snapshot, TextSpan span) => new(snapshot.Uri, Conversions.ToRange(snapshot.Text, span));
}
