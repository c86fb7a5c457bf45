using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>initialized: the moment to ask the client for the settings.</summary>
internal sealed class InitializedHandler(ServerSession session, WorkspaceConfiguration configuration, JsonRpc rpc)
{
    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public Task InitializedAsync(InitializedParams request) =>
        session.ClientPullsConfiguration
            ? configuration.PullAsync(rpc)
            : configuration.ApplyPushedAsync(session.InitializeParams?.InitializationOptions);
}
