using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>
/// workspace/didChangeConfiguration: a client that answers workspace/configuration is asked again (the
/// notification's payload is often empty then); otherwise the pushed settings are used.
/// </summary>
internal sealed class DidChangeConfigurationHandler(ServerSession session, WorkspaceConfiguration configuration)
{
    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    public Task DidChangeConfigurationAsync(DidChangeConfigurationParams request) =>
        session.ClientPullsConfiguration ? configuration.PullAsync() : configuration.ApplyPushedAsync(request.Settings);
}
