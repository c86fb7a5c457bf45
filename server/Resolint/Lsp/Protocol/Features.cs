using System.Text.Json;
using System.Text.Json.Serialization;

namespace Resolint.Lsp.Protocol;

// Code actions and commands.

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeActionContext(IReadOnlyList<Diagnostic> Diagnostics)
{
    public IReadOnlyList<string>? Only { get; init; }
}

public sealed record CodeAction(string Title, string Kind)
{
    public IReadOnlyList<Diagnostic>? Diagnostics { get; init; }

    public bool? IsPreferred { get; init; }

    public WorkspaceEdit? Edit { get; init; }

    public Command? Command { get; init; }
}

public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
    public const string Source = "source";
    public const string SourceFixAll = "source.fixAll";
}

public sealed record ExecuteCommandParams([property: JsonPropertyName("command")] string Name)
{
    public IReadOnlyList<JsonElement>? Arguments { get; init; }
}

public sealed record ApplyWorkspaceEditParams(string Label, WorkspaceEdit Edit);

public sealed record ApplyWorkspaceEditResult(bool Applied)
{
    public string? FailureReason { get; init; }
}

// Navigation.

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

public sealed record DocumentSymbol(string Name, int Kind, Range Range, Range SelectionRange)
{
    public string? Detail { get; init; }

    public IReadOnlyList<DocumentSymbol>? Children { get; init; }
}

/// <summary>SymbolKind: the standard kinds an editor has icons for.</summary>
public static class SymbolKind
{
    public const int File = 1;
    public const int Namespace = 3;
    public const int Method = 6;
    public const int Field = 8;
    public const int String = 15;
    public const int EnumMember = 22;
}

public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

public sealed record FoldingRange(int StartLine, int EndLine)
{
    public string? Kind { get; init; }
}

public sealed record DefinitionParams(TextDocumentIdentifier TextDocument, Position Position)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

public sealed record SemanticTokens(IReadOnlyList<int> Data);

// Completion and hover.

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

public sealed record CompletionItem(string Label)
{
    public int? Kind { get; init; }

    public string? Detail { get; init; }

    public MarkupContent? Documentation { get; init; }

    public string? SortText { get; init; }

    public string? FilterText { get; init; }

    public TextEdit? TextEdit { get; init; }

    public int? InsertTextFormat { get; init; }
}

/// <summary>CompletionItemKind.</summary>
public static class CompletionItemKind
{
    public const int Keyword = 14;
    public const int Snippet = 15;
    public const int Reference = 18;
}

public static class InsertTextFormat
{
    public const int PlainText = 1;
    public const int Snippet = 2;
}

public sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record Hover(MarkupContent Contents)
{
    public Range? Range { get; init; }
}

// Commands' results.

/// <summary>What resolint.renderDocument gives: the view's URI, what the document was, its rendering, the reader's notes and the findings.</summary>
public sealed record RenderedDocument(string Uri, string Kind, string Text, IReadOnlyList<string> Notes, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>What resolint.export gives: the file written, as a path and as a URI.</summary>
public sealed record ExportedDraft(string Path, string Uri);
