using Resolint.Core.Drafts;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>textDocument/didOpen: the document is checked under the configuration of its file, as on the command line.</summary>
internal sealed class DidOpenHandler(DocumentStore documents, WorkspaceConfiguration configuration, DiagnosticsPublisher publisher)
{
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        TextDocumentItem document = request.TextDocument;
        DraftForm? unsavedForm = document.LanguageId.Equals("markdown", StringComparison.OrdinalIgnoreCase) ? DraftForm.Markdown : null;
        (Analysis analysis, DraftForm? form) = configuration.For(document.Uri, unsavedForm);
        documents.Open(document, form, analysis);
        publisher.Queue(document.Uri);
    }
}
