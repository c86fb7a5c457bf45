using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>
/// textDocument/didChange. Synchronous on purpose: StreamJsonRpc keeps messages in order only up to a
/// handler's first await, and a change applied out of order corrupts the document for good.
/// </summary>
internal sealed class DidChangeHandler(DocumentStore documents, DiagnosticsPublisher publisher)
{
    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        if (documents.Change(request.TextDocument, request.ContentChanges) is not null)
        {
            publisher.Queue(request.TextDocument.Uri);
        }
    }
}
