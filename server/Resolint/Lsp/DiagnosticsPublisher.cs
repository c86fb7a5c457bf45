using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp;

/// <summary>
/// Checks changed documents off the dispatcher's thread and pushes their diagnostics
/// (textDocument/publishDiagnostics) with the version they belong to. A document queued several times
/// while a check runs is checked once more, at its latest version: a burst of keystrokes costs one check
/// per pause, not one per keystroke, with no timer-based debounce.
/// </summary>
internal sealed class DiagnosticsPublisher
{
    /// <summary>Characters from which a newly opened document's first collection is worth taking before typing starts.</summary>
    private const int LargeDocument = 64 * 1024;

    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _published = new(StringComparer.Ordinal);

    /// <summary>Set while no document is queued or being checked.</summary>
    private readonly ManualResetEventSlim _idle = new(initialState: true);

    /// <summary>Takes the collections that would fall on a keystroke in the drafter's pauses instead.</summary>
    private readonly IdleCollection _pauses = new();
    private readonly DocumentStore _documents;
    private readonly JsonRpc _rpc;
    private readonly ILogger _logger;

    public DiagnosticsPublisher(DocumentStore documents, JsonRpc rpc, ILogger logger)
    {
        _documents = documents;
        _rpc = rpc;
        _logger = logger;
    }

    /// <summary>False when the client pulls diagnostics itself (pushing too would show every finding twice).</summary>
    public bool Enabled { get; set; } = true;

    public void Queue(string uri)
    {
        if (!Enabled)
        {
            return;
        }

        lock (_queued)
        {
            if (!_queued.Add(uri))
            {
                return;
            }

            _idle.Reset();
        }

        _pauses.Changed();
        _queue.Writer.TryWrite(uri);
    }

    public void QueueAll()
    {
        foreach (DocumentSnapshot snapshot in _documents.All)
        {
            Queue(snapshot.Uri);
        }
    }

    public void Complete()
    {
        _queue.Writer.TryComplete();
        _pauses.Dispose();
    }

    /// <summary>Blocks until no document is queued or being checked: background work waits here so as not to delay a report.</summary>
    public void WaitIdle(CancellationToken cancellation) => _idle.Wait(cancellation);

    /// <summary>The publishing loop; runs until <see cref="Complete"/> or the connection ends.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Nothing is published under the defaults only to be replaced under the user's settings a moment later.
            await _documents.Configured.WaitAsync(cancellationToken).ConfigureAwait(false);
            await foreach (string uri in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                lock (_queued)
                {
                    _queued.Remove(uri);
                }

                await PublishAsync(uri).ConfigureAwait(false);
                lock (_queued)
                {
                    if (_queued.Count == 0)
                    {
                        _idle.Set();
                        _pauses.ReportsOut();
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The connection closed.
        }
    }

    private async Task PublishAsync(string uri)
    {
        DocumentSnapshot? snapshot = _documents.Find(uri);
        PublishDiagnosticsParams message;
        if (snapshot is null)
        {
            // Closed: clear what the editor shows, once.
            if (!_published.Remove(uri))
            {
                return;
            }

            message = new PublishDiagnosticsParams(uri, []);
        }
        else
        {
            if (_published.TryGetValue(uri, out string? resultId) && resultId == snapshot.ResultId || snapshot.Analysis.Provisional)
            {
                // Unchanged, or about to change: a provisional analysis is replaced, and published, once its corpus is read.
                return;
            }

            IReadOnlyList<Core.Rules.Diagnostic> findings;
            try
            {
                findings = snapshot.Check.Diagnostics;
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Checking version {Version} of {Uri} failed; its diagnostics are not published.", snapshot.Version, uri);
                return;
            }

            if (!_published.ContainsKey(uri) && snapshot.Text.Length >= LargeDocument)
            {
                // A large document just opened: what its first check built (the draft, the parse cache) lives
                // on, as do the conventions learned at start-up. Settle them now, before the drafter types,
                // rather than in the first collection that typing triggers (a 5–7 ms pause on one keystroke in
                // a 100 KB draft, measured with tests/e2e/bench/latency.js). A real resolution (12–23 KB) is
                // too small to need it, and a workspace check that opens hundreds of them must not pay for it.
                // Twice: one collection moves what the check made only as far as the middle generation, whose
                // own collection then fell on a keystroke (a 5.9 ms pause, the GC's events in an EventPipe trace).
                GC.Collect();
                GC.Collect();
            }

            _published[uri] = snapshot.ResultId;
            message = new PublishDiagnosticsParams(uri, findings.Select(d => Conversions.ToDiagnostic(uri, snapshot.Version, snapshot.Text, d)).ToArray())
            {
                Version = snapshot.Version,
            };
        }

        try
        {
            await _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", message).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConnectionLostException or ObjectDisposedException || _rpc.IsDisposed || _rpc.Completion.IsCompleted)
        {
            // A client that closes the connection while a report is on its way (the pipe then refuses the write
            // with an InvalidOperationException) is no failure of the server's.
            _logger.LogDebug("Diagnostics for {Uri} not sent: the connection is closed.", uri);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One report that cannot be sent must not stop the reports of every later change.
            _logger.LogError(ex, "Diagnostics for version {Version} of {Uri} could not be sent.", snapshot?.Version, uri);
        }
    }
}
