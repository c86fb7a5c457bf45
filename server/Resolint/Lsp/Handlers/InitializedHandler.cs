using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>initialized: the moment to ask the client for the settings and to watch the configuration files.</summary>
internal sealed class InitializedHandler(ServerSession session, WorkspaceConfiguration configuration)
{
    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public async Task InitializedAsync(InitializedParams request)
    {
        await (session.ClientPullsConfiguration
            ? configuration.PullAsync()
            : configuration.ApplyPushedAsync(session.InitializeParams?.InitializationOptions)).ConfigureAwait(false);
        await configuration.WatchConfigurationFilesAsync().ConfigureAwait(false);
    }
}
