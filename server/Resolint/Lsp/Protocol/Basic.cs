using System.Text.Json.Serialization;

namespace Resolint.Lsp.Protocol;

// The structures every LSP message is built from (LSP 3.17, "Basic JSON Structures").
// Lines and characters are 0-based; characters count UTF-16 code units.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record TextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

/// <summary>A command the client asks the server to run (workspace/executeCommand); "command" on the wire.</summary>
public sealed record Command(string Title, [property: JsonPropertyName("command")] string Name, IReadOnlyList<string>? Arguments = null);

public static class MarkupKind
{
    public const string PlainText = "plaintext";
    public const string Markdown = "markdown";
}

public sealed record MarkupContent(string Kind, string Value);

/// <summary>The standard JSON-RPC and LSP error codes the server answers with.</summary>
public static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;

    /// <summary>LSP's code for a well-formed request that failed (here: the editor refused an edit).</summary>
    public const int RequestFailed = -32803;
}
