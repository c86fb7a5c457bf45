using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>
/// shutdown: answered once every request received before it has its answer (the client may exit the
/// moment it reads this one); from then on only exit is served.
/// </summary>
internal sealed class ShutdownHandler(ServerSession session, DocumentStore documents, DiagnosticsPublisher publisher)
{
    [JsonRpcMethod("shutdown")]
    public async Task<object?> ShutdownAsync()
    {
        session.Shutdown();
        publisher.Complete();
        await documents.Answered();
        return null;
    }
}
