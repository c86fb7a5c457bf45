using Resolint.Lsp.Commands;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>workspace/executeCommand: runs the command the client names (see <see cref="Commands"/>).</summary>
internal sealed class ExecuteCommandHandler(IReadOnlyList<IServerCommand> commands)
{
    /// <summary>The commands' names, advertised at initialize.</summary>
    public IReadOnlyList<string> Names { get; } = commands.Select(c => c.Name).ToArray();

    [JsonRpcMethod("workspace/executeCommand", UseSingleObjectParameterDeserialization = true)]
    public Task<object?> ExecuteCommandAsync(ExecuteCommandParams request, CancellationToken cancellation) =>
        commands.FirstOrDefault(c => c.Name == request.Name) is { } command
            ? command.RunAsync(request.Arguments ?? [], cancellation)
            : throw new LocalRpcException($"Unknown command '{request.Name}'; the server offers {string.Join(", ", Names)}.") { ErrorCode = ErrorCodes.InvalidParams };
}
