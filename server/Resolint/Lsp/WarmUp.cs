using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;
using Resolint.Lsp.Protocol;

namespace Resolint.Lsp;

/// <summary>
/// Runs the keystroke path (parse, check, convert the findings) over the bundled seeds a few dozen times in
/// the background once the server is configured. The JIT first compiles every method quickly and without
/// optimisation and recompiles only those called often; without this the first minute of typing runs the
/// slow code (keystroke latency 15–40 ms instead of 5–8 ms, measured with tests/e2e/bench/latency.js). A
/// NativeAOT build has nothing to warm.
/// </summary>
internal static class WarmUp
{
    /// <summary>
    /// Enough calls of every method on the path for the JIT to recompile it optimised: it counts 30 calls,
    /// starting once no new method has been compiled for 100 ms, so the rounds are spread over about a second.
    /// </summary>
    private const int Rounds = 60;

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(10);

    public static async Task RunAsync(DocumentStore documents, ILogger logger, CancellationToken cancellation)
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            return;
        }

        try
        {
            await documents.Configured.WaitAsync(cancellation).ConfigureAwait(false);
            IReadOnlyList<CorpusDocument> seeds = CorpusSource.Bundled();
            var texts = seeds.Select(seed => SourceText.From(seed.Text)).ToList();
            int findings = 0;
            for (int round = 0; round < Rounds && !cancellation.IsCancellationRequested; round++)
            {
                // One draft a round, and a pause between: the processor stays free for the drafter's own requests.
                SourceText text = texts[round % texts.Count];
                Analysis analysis = documents.Analysis;
                Draft draft = DraftParser.Parse(text);
                foreach (Core.Rules.Diagnostic finding in analysis.Checker.Check(draft).Diagnostics)
                {
                    _ = Conversions.ToDiagnostic(string.Empty, 0, text, finding);
                    findings++;
                }

                await Task.Delay(Pause, cancellation).ConfigureAwait(false);
            }

            logger.LogDebug("Warmed up the keystroke path ({Rounds} checks, {Findings} findings).", Rounds, findings);
        }
        catch (OperationCanceledException)
        {
            // The server is stopping.
        }
    }
}
