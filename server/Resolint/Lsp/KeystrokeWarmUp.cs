using System.Text.Json;
using Microsoft.Extensions.Logging;
using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;
using Resolint.Lsp.Protocol;

namespace Resolint.Lsp;

/// <summary>
/// Under the JIT (the framework-dependent build) a session's first keystrokes ran code not yet compiled or not yet
/// optimised: the reading of a change, the reuse of the last version's paragraphs, which only a keystroke takes, and
/// every method called once per keystroke, which the JIT optimises after its 30th call (tests/e2e/bench/latency.js:
/// the first keystroke 24 ms, the next thirty 5–9 ms). Once the server is initialized, this types
/// <see cref="Keystrokes"/> characters into the smallest bundled seed, one at a time, through the steps of a real
/// keystroke (the change read from JSON, the new version parsed and checked, its findings converted and written as
/// JSON), with nothing sent. It runs while the drafter is idle, on a thread of its own: not before the open documents'
/// first diagnostics are out, not while a document is being checked, and never once the drafter has typed (the
/// keystrokes then warm the code up themselves). NativeAOT compiles everything ahead of time: there it does nothing.
/// </summary>
internal sealed class KeystrokeWarmUp(DiagnosticsPublisher publisher, DocumentStore documents, JsonSerializerOptions protocol, ILogger logger, CancellationToken cancellation)
{
    /// <summary>More than the 30 calls after which the JIT optimises a method.</summary>
    private const int Keystrokes = 40;

    /// <summary>How long the server waits, once every report is out, before it takes the drafter to be idle.</summary>
    private static readonly TimeSpan IdleAfter = TimeSpan.FromMilliseconds(200);

    private int _started;

    /// <summary>
    /// Whether this process compiles its code as it runs. (RuntimeFeature.IsDynamicCodeCompiled cannot tell: the project's
    /// PublishAot makes it false in the framework-dependent build's configuration too.) Under NativeAOT nothing is JIT-compiled.
    /// </summary>
    private static bool UnderJit => System.Runtime.JitInfo.GetCompiledMethodCount() > 0;

    /// <summary>Starts the warm-up once per server (a second initialized changes nothing).</summary>
    public void Start()
    {
        if (UnderJit && Interlocked.Exchange(ref _started, 1) == 0)
        {
            new Thread(Run) { IsBackground = true, Name = "resolint warm-up" }.Start();
        }
    }

    private void Run()
    {
        try
        {
            CorpusDocument seed = CorpusSource.Bundled().MinBy(d => d.Text.Length)!;
            const string uri = "untitled:warm-up";
            var text = SourceText.From(seed.Text);
            var checker = new Checker(BundledConventions.Model);
            var parses = new ParseCache();
            var checks = new CheckCache();

            // Typed into the words of a paragraph half-way down, where a keystroke reuses every other paragraph.
            LinePosition at = text.PositionOf(text.Text.IndexOf(" the ", text.Length / 2, StringComparison.Ordinal) + 5);
            WaitForIdleDrafter();
            for (int version = 1; version <= Keystrokes + 1 && !documents.Edited; version++)
            {
                WaitForIdleServer();
                if (version > 1)
                {
                    var position = new Position(at.Line, at.Character + version - 2);
                    byte[] typed = JsonSerializer.SerializeToUtf8Bytes(
                        new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), [new TextDocumentContentChangeEvent("x") { Range = new Protocol.Range(position, position) }]),
                        protocol);
                    TextDocumentContentChangeEvent change = JsonSerializer.Deserialize<DidChangeTextDocumentParams>(typed, protocol)!.ContentChanges[0];
                    text = text.WithEdit(Conversions.ToSpan(text, change.Range!), change.Text);
                }

                CheckResult result = checker.Check(DraftParser.Parse(text, DraftForm.Markdown, parses), checks);
                var report = new PublishDiagnosticsParams(uri, result.Diagnostics.Select(d => Conversions.ToDiagnostic(uri, version, text, d)).ToArray()) { Version = version };
                _ = JsonSerializer.SerializeToUtf8Bytes(report, protocol);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The server stopped first.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A warm-up that fails costs the drafter only its speed-up.
            logger.LogWarning(ex, "The warm-up of the keystroke path stopped: {Message}", ex.Message);
        }
    }

    /// <summary>Until no document is being checked or answered about.</summary>
    private void WaitForIdleServer()
    {
        publisher.WaitIdle(cancellation);
        documents.Answered().Wait(cancellation);
    }

    /// <summary>Until every report is out and <see cref="IdleAfter"/> has passed since.</summary>
    private void WaitForIdleDrafter()
    {
        WaitForIdleServer();
        cancellation.WaitHandle.WaitOne(IdleAfter);
        cancellation.ThrowIfCancellationRequested();
    }
}
