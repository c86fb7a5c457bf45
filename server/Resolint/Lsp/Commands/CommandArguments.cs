using System.Text.Json;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Commands;

/// <summary>Reading a command's arguments, and the errors a command answers with.</summary>
internal static class CommandArguments
{
    /// <summary>
    /// The document a command is about: its one argument, a URI, given as a string or as an object's "uri"
    /// (what a client that passes named arguments sends).
    /// </summary>
    public static string Uri(string command, IReadOnlyList<JsonElement> arguments) => arguments switch
    {
        [{ ValueKind: JsonValueKind.String } uri] => uri.GetString()!,
        [{ ValueKind: JsonValueKind.Object } named] when String(named, "uri") is { } uri => uri,
        _ => throw InvalidParams($"{command} takes one argument: the document's URI."),
    };

    /// <summary>A string property of an object argument, or null when it is missing or no string.</summary>
    public static string? String(JsonElement argument, string name) =>
        argument.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The client's mistake: the command cannot mean anything with these arguments (-32602).</summary>
    public static LocalRpcException InvalidParams(string message) => new(message) { ErrorCode = ErrorCodes.InvalidParams };

    /// <summary>The arguments were right but the command could not be carried out (-32803): a file unreadable or unwritable.</summary>
    public static LocalRpcException Failed(string message) => new(message) { ErrorCode = ErrorCodes.RequestFailed };
}
