using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>textDocument/didOpen.</summary>
internal sealed class DidOpenHandler(DocumentStore documents, DiagnosticsPublisher publisher)
{
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        documents.Open(request.TextDocument);
        publisher.Queue(request.TextDocument.Uri);
    }
}
