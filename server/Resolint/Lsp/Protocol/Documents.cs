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

/// <summary>workspace/didChangeWatchedFiles: files the client watches for the server changed.</summary>
public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

/// <summary>A watched file's change: 1 created, 2 changed, 3 deleted.</summary>
public sealed record FileEvent(string Uri, int Type);

/// <summary>client/registerCapability: features the server asks the client to turn on after initialize.</summary>
public sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

public sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

public sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);

public sealed record FileSystemWatcher(string GlobPattern);
