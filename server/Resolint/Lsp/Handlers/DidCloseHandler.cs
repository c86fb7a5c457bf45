using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>textDocument/didClose: forgets the document and clears its diagnostics.</summary>
internal sealed class DidCloseHandler(DocumentStore documents, DiagnosticsPublisher publisher)
{
    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams request)
    {
        if (documents.Close(request.TextDocument.Uri))
        {
            publisher.Queue(request.TextDocument.Uri);
        }
    }
}
