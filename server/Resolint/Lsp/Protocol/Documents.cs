using System.Text.Json;

namespace Resolint.Lsp.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(
    VersionedTextDocumentIdentifier TextDocument,
    IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

/// <summary>A change: the whole text when <see cref="Range"/> is null, else a replacement of that range.</summary>
public sealed record TextDocumentContentChangeEvent(string Text)
{
    public Range? Range { get; init; }
}

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidChangeConfigurationParams
{
    public JsonElement? Settings { get; init; }
}

public sealed record ConfigurationParams(IReadOnlyList<ConfigurationItem> Items);

public sealed record ConfigurationItem(string Section)
{
    public string? ScopeUri { get; init; }
}
