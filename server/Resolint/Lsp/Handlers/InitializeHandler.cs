using System.Reflection;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>initialize: records what the client can do and says what the server offers.</summary>
/// <param name="commands">The names of the commands workspace/executeCommand runs.</param>
internal sealed class InitializeHandler(ServerSession session, DiagnosticsPublisher publisher, IReadOnlyList<string> commands)
{
    private static readonly string? Version = typeof(InitializeHandler).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        session.Initialize(request);

        // A client that pulls diagnostics gets them only when it asks; pushing too would show each twice.
        publisher.Enabled = !session.ClientPullsDiagnostics;

        var capabilities = new ServerCapabilities
        {
            PositionEncoding = "utf-16",
            TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental),
            CompletionProvider = new CompletionOptions(TriggerCharacters: [" ", "*"], ResolveProvider: false),
            HoverProvider = true,
            DefinitionProvider = true,
            ReferencesProvider = true,
            DocumentSymbolProvider = true,
            FoldingRangeProvider = true,
            CodeActionProvider = new CodeActionOptions(
                [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, CodeActionHandler.RenumberKind],
                ResolveProvider: false),
            ExecuteCommandProvider = new ExecuteCommandOptions(commands),
            SemanticTokensProvider = new SemanticTokensOptions(SemanticTokensHandler.Legend, Full: true, Range: false),
            DiagnosticProvider = new DiagnosticOptions("resolint", InterFileDependencies: false, WorkspaceDiagnostics: false),
        };
        return new InitializeResult(capabilities, new ServerInfo("resolint", Version));
    }
}
