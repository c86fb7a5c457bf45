using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>shutdown: from here on only exit is served.</summary>
internal sealed class ShutdownHandler(ServerSession session, DiagnosticsPublisher publisher)
{
    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        session.Shutdown();
        publisher.Complete();
        return null;
    }
}
