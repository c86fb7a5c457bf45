using Microsoft.Extensions.Logging;
using Resolint.Core.Drafts;
using Resolint.Core.Text;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp;

/// <summary>
/// The open documents, each as its latest snapshot. Changes are applied by the dispatcher in the order
/// they arrived (the handlers call in before their first await); readers on other threads take a
/// snapshot and never see one half-applied.
/// </summary>
internal sealed class DocumentStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, DocumentSnapshot> _documents = new(StringComparer.Ordinal);
    private readonly HashSet<Task> _reading = [];
    private readonly TaskCompletionSource _configured = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ILogger _logger;
    private volatile bool _edited;

    public DocumentStore(ILogger logger)
    {
        _logger = logger;
    }

    /// <summary>
    /// Completes once the first settings (and the corpus they name) are in force. Results computed before
    /// would be replaced a moment later, so diagnostics wait for it.
    /// </summary>
    public Task Configured => _configured.Task;

    public void MarkConfigured() => _configured.TrySetResult();

    /// <summary>True once any open document has been edited: the drafter is typing.</summary>
    public bool Edited => _edited;

    /// <summary>How long a result waits for the first settings before it is computed under the defaults.</summary>
    private static readonly TimeSpan SettingsWait = TimeSpan.FromSeconds(5);

    /// <summary>Completes once the first settings are in force, or after <see cref="SettingsWait"/> (a client that never sends them).</summary>
    public Task SettledAsync(CancellationToken cancellation) => Task.WhenAny(Configured, Task.Delay(SettingsWait, cancellation));

    public IReadOnlyList<DocumentSnapshot> All
    {
        get
        {
            lock (_gate)
            {
                return _documents.Values.ToArray();
            }
        }
    }

    /// <param name="form">The form the document's configuration gives its name; null lets the parser decide.</param>
    public DocumentSnapshot Open(TextDocumentItem item, DraftForm? form, Analysis analysis)
    {
        lock (_gate)
        {
            var snapshot = new DocumentSnapshot(item.Uri, item.Version, SourceText.From(item.Text), form, analysis);
            _documents[item.Uri] = snapshot;
            return snapshot;
        }
    }

    /// <summary>
    /// Applies a client's changes in order. A change to a document that is not open, or one whose version
    /// is not newer than the document's, is logged and ignored: the client and server disagree, and
    /// guessing would corrupt the text.
    /// </summary>
    public DocumentSnapshot? Change(VersionedTextDocumentIdentifier document, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(document.Uri, out DocumentSnapshot? current))
            {
                _logger.LogWarning("Ignored a change to {Uri}, which is not open.", document.Uri);
                return null;
            }

            if (document.Version <= current.Version)
            {
                _logger.LogWarning("Ignored version {Version} of {Uri}: version {Current} is already applied.", document.Version, document.Uri, current.Version);
                return null;
            }

            SourceText text = current.Text;
            foreach (TextDocumentContentChangeEvent change in changes)
            {
                // A keystroke copies the text once and finds only the lines around it again.
                text = change.Range is null ? SourceText.From(change.Text) : text.WithEdit(Conversions.ToSpan(text, change.Range), change.Text);
            }

            DocumentSnapshot snapshot = current.WithText(document.Version, text);
            _documents[document.Uri] = snapshot;
            _edited = true;
            return snapshot;
        }
    }

    public bool Close(string uri)
    {
        lock (_gate)
        {
            return _documents.Remove(uri);
        }
    }

    public DocumentSnapshot? Find(string uri)
    {
        lock (_gate)
        {
            return _documents.GetValueOrDefault(uri);
        }
    }

    /// <summary>
    /// Answers a request from the document's latest snapshot, on the thread pool: parsing a large draft
    /// must not hold up the dispatcher. A document that is not open is the client's mistake (-32602).
    /// An answer that was cancelled while it was computed is thrown away (-32800).
    /// </summary>
    public async Task<T> ReadAsync<T>(TextDocumentIdentifier document, CancellationToken cancellation, Func<DocumentSnapshot, T> read)
    {
        DocumentSnapshot snapshot = Find(document.Uri)
            ?? throw new LocalRpcException($"{document.Uri} is not open: send textDocument/didOpen before asking about it.") { ErrorCode = ErrorCodes.InvalidParams };
        Task<T> reading = Task.Run(() => read(snapshot), cancellation);
        lock (_reading)
        {
            _reading.Add(reading);
        }

        try
        {
            T answer = await reading.ConfigureAwait(false);
            cancellation.ThrowIfCancellationRequested();
            return answer;
        }
        finally
        {
            lock (_reading)
            {
                _reading.Remove(reading);
            }
        }
    }

    /// <summary>Completes when every request being answered now has its answer (shutdown waits for them).</summary>
    public Task Answered()
    {
        Task[] pending;
        lock (_reading)
        {
            pending = _reading.ToArray();
        }

        return Task.WhenAll(pending).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>
    /// Puts open documents under new configurations: each gets the analysis and form <paramref name="configure"/>
    /// gives it (null keeps it as it is). Returns the documents that changed.
    /// </summary>
    public IReadOnlyList<string> Reconfigure(Func<DocumentSnapshot, (Analysis Analysis, DraftForm? Form)?> configure)
    {
        var changed = new List<string>();
        lock (_gate)
        {
            foreach ((string uri, DocumentSnapshot snapshot) in _documents.ToArray())
            {
                if (configure(snapshot) is { } next && (next.Analysis != snapshot.Analysis || next.Form != snapshot.Form))
                {
                    _documents[uri] = next.Form == snapshot.Form
                        ? snapshot.WithAnalysis(next.Analysis)
                        : new DocumentSnapshot(uri, snapshot.Version, snapshot.Text, next.Form, next.Analysis);
                    changed.Add(uri);
                }
            }
        }

        return changed;
    }
}
