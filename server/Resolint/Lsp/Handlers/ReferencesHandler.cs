using Resolint.Core.Drafts;
using Resolint.Lsp.Features;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>textDocument/references: from a footnote marker or a footnote, every marker of that footnote (and the footnote itself when asked).</summary>
internal sealed class ReferencesHandler(DocumentStore documents)
{
    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> ReferencesAsync(ReferenceParams request, CancellationToken cancellation) =>
        documents.ReadAsync(request.TextDocument, cancellation, snapshot =>
        {
            Draft draft = snapshot.Draft;
            int offset = Conversions.ToOffset(snapshot.Text, request.Position);
            int? number = DraftLookup.MarkerAt(draft, offset)?.Number ?? DraftLookup.FootnoteAt(draft, offset)?.Number;
            if (number is not int footnote)
            {
                return [];
            }

            var spans = DraftLookup.MarkersNumbered(draft, footnote).Select(r => r.Span).ToList();
            if (request.Context?.IncludeDeclaration != false)
            {
                spans.AddRange(DraftLookup.FootnotesNumbered(draft, footnote).Select(f => f.NumberSpan));
            }

            return spans.OrderBy(s => s.Start)
                .Select(s => new Location(snapshot.Uri, Conversions.ToRange(snapshot.Text, s)))
                .ToArray();
        });
}
