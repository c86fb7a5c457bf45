using System.Text.Json;

namespace Resolint.Lsp.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record InitializeParams(ClientCapabilities? Capabilities)
{
    public string? RootUri { get; init; }

    /// <summary>The client's process: when it dies, the server exits too (LSP's processId).</summary>
    public int? ProcessId { get; init; }

    public IReadOnlyList<WorkspaceFolder>? WorkspaceFolders { get; init; }

    /// <summary>Settings given at start-up, for clients that send them only there.</summary>
    public JsonElement? InitializationOptions { get; init; }
}

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string? Version);

public sealed record InitializedParams;

public sealed record LogMessageParams(int Type, string Message);

/// <summary>window/logMessage levels.</summary>
public static class MessageType
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Info = 3;
    public const int Log = 4;
}

// Client capabilities: only what the server reads; everything else the client sends is ignored. Every
// capability is optional in LSP, so none is a constructor parameter (those are required here).

public sealed record ClientCapabilities
{
    public GeneralClientCapabilities? General { get; init; }

    public TextDocumentClientCapabilities? TextDocument { get; init; }

    public WorkspaceClientCapabilities? Workspace { get; init; }
}

public sealed record GeneralClientCapabilities
{
    public IReadOnlyList<string>? PositionEncodings { get; init; }
}

public sealed record WorkspaceClientCapabilities
{
    public bool? Configuration { get; init; }

    public bool? ApplyEdit { get; init; }

    public DynamicRegistrationCapability? DidChangeWatchedFiles { get; init; }
}

public sealed record DynamicRegistrationCapability
{
    public bool? DynamicRegistration { get; init; }
}

public sealed record TextDocumentClientCapabilities
{
    public CompletionClientCapabilities? Completion { get; init; }

    public HoverClientCapabilities? Hover { get; init; }

    /// <summary>Present when the client pulls diagnostics (textDocument/diagnostic).</summary>
    public JsonElement? Diagnostic { get; init; }
}

public sealed record CompletionClientCapabilities
{
    public CompletionItemClientCapabilities? CompletionItem { get; init; }
}

public sealed record HoverClientCapabilities
{
    /// <summary>The formats the client renders, preferred first.</summary>
    public IReadOnlyList<string>? ContentFormat { get; init; }
}

public sealed record CompletionItemClientCapabilities
{
    public bool? SnippetSupport { get; init; }
}

// Server capabilities.

public sealed record ServerCapabilities
{
    public required string PositionEncoding { get; init; }

    public required TextDocumentSyncOptions TextDocumentSync { get; init; }

    public CompletionOptions? CompletionProvider { get; init; }

    public bool HoverProvider { get; init; }

    public bool DefinitionProvider { get; init; }

    public bool ReferencesProvider { get; init; }

    public bool DocumentSymbolProvider { get; init; }

    public bool FoldingRangeProvider { get; init; }

    public CodeActionOptions? CodeActionProvider { get; init; }

    public ExecuteCommandOptions? ExecuteCommandProvider { get; init; }

    public SemanticTokensOptions? SemanticTokensProvider { get; init; }

    public DiagnosticOptions? DiagnosticProvider { get; init; }
}

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

/// <summary>TextDocumentSyncKind.</summary>
public static class TextDocumentSyncKind
{
    public const int Incremental = 2;
}

public sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters, bool ResolveProvider);

public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds, bool ResolveProvider);

public sealed record ExecuteCommandOptions(IReadOnlyList<string> Commands);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full, bool Range);

public sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);

public sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);
