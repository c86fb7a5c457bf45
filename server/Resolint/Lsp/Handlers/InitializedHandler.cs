using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>initialized: the moment to ask the client for the settings, to watch the configuration files and to warm up the keystroke path.</summary>
internal sealed class InitializedHandler(ServerSession session, WorkspaceConfiguration configuration, KeystrokeWarmUp? warmUp)
{
    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public async Task InitializedAsync(InitializedParams request)
    {
        warmUp?.Start();
        await (session.ClientPullsConfiguration
            ? configuration.PullAsync()
            : configuration.ApplyPushedAsync(session.InitializeParams?.InitializationOptions)).ConfigureAwait(false);
        await configuration.WatchConfigurationFilesAsync().ConfigureAwait(false);
    }
}
