using System.Globalization;
using Resolint.Lsp.Features;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>textDocument/completion: opening words, resolutions to recall and footnote forms, ranked by the corpus.</summary>
internal sealed class CompletionHandler(DocumentStore documents, ServerSession session)
{
    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> CompletionAsync(CompletionParams request, CancellationToken cancellation) =>
        documents.ReadAsync(request.TextDocument, cancellation, snapshot =>
        {
            int offset = Conversions.ToOffset(snapshot.Text, request.Position);
            Completions completions = CompletionSource.At(snapshot.Draft, snapshot.Analysis.Conventions, snapshot.Analysis.Catalogue, offset, session.ClientSupportsSnippets);
            return new CompletionList(completions.Incomplete, completions.Suggestions.Select(s => Item(snapshot, s)).ToArray());
        });

    private static CompletionItem Item(DocumentSnapshot snapshot, Suggestion suggestion) =>
        new(suggestion.Label)
        {
            Kind = suggestion.Kind switch
            {
                SuggestionKind.Resolution => CompletionItemKind.Reference,
                SuggestionKind.FootnoteForm => CompletionItemKind.Snippet,
                _ => CompletionItemKind.Keyword,
            },
            Detail = suggestion.Detail,
            Documentation = suggestion.Documentation is { } markdown ? new MarkupContent(MarkupKind.Markdown, markdown) : null,
            SortText = suggestion.Rank.ToString("D5", CultureInfo.InvariantCulture),
            FilterText = suggestion.FilterText ?? suggestion.Label,
            TextEdit = new TextEdit(Conversions.ToRange(snapshot.Text, suggestion.Replace), suggestion.NewText),
            InsertTextFormat = suggestion.IsSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        };
}
