using System.Text.Json;

namespace Resolint.Lsp.Commands;

/// <summary>A command a client runs with workspace/executeCommand; its name is advertised at initialize.</summary>
internal interface IServerCommand
{
    string Name { get; }

    /// <summary>Runs the command; a mistake in its arguments or a failure is a <see cref="StreamJsonRpc.LocalRpcException"/> that says why.</summary>
    Task<object?> RunAsync(IReadOnlyList<JsonElement> arguments, CancellationToken cancellation);
}
