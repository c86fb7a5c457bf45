using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>exit: the host stops and the process ends, with 0 only if shutdown came first.</summary>
internal sealed class ExitHandler(ServerSession session)
{
    [JsonRpcMethod("exit")]
    public void Exit() => session.Exit();
}
