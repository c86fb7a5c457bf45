using System.Collections.Concurrent;
using Resolint.Core.Catalogue;
using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;

namespace Resolint.Cli;

/// <summary>What a check run does to the files besides reading them.</summary>
public enum FixMode
{
    None,

    /// <summary>--fix: write the fixed drafts in place.</summary>
    Apply,

    /// <summary>--fix-dry-run: compute the fixes and show them as a diff, writing nothing.</summary>
    DryRun,
}

/// <summary>How one `resolint check` run is to go, from its options.</summary>
public sealed record CheckSettings
{
    public FixMode Fix { get; init; }

    public bool ReportUnusedSuppressions { get; init; }

    /// <summary>Folders to learn conventions from besides the bundled seeds and the configured ones (--corpus).</summary>
    public IReadOnlyList<string> CorpusFolders { get; init; } = [];

    /// <summary>Catalogue files, folders or patterns (full) besides the configured ones (--catalogue).</summary>
    public IReadOnlyList<string> CatalogueFiles { get; init; } = [];
}

/// <summary>
/// Checks drafts in parallel, one per core, and yields their reports in the order the drafts were named, each as soon
/// as it and those before it are done. Each configuration gets one checker, each set of corpus folders is learned
/// once and each set of catalogue files read
/// once, whatever the number of drafts.
/// </summary>
public sealed class CheckRun(CliEnvironment environment, CheckSettings settings)
{
    private readonly Dictionary<string, ConventionModel> _conventions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolutionCatalogue> _catalogues = new(StringComparer.Ordinal);
    private readonly Dictionary<Configuration, Checker> _checkers = [];
    private readonly YoungGenerationPacer _pacer = new();

    /// <summary>Corpus folders that could not be read, in words for the user; the run goes on without them.</summary>
    public IEnumerable<string> CorpusProblems => _conventions.Values.SelectMany(m => m.Problems).Distinct();

    /// <summary>Catalogue lines that could not be read and sources that disagree, in words for the user.</summary>
    public IEnumerable<string> CatalogueProblems => _catalogues.Values.SelectMany(c => c.Problems).Distinct();

    /// <summary>
    /// Learns, reads and sets up what the drafts' configurations need, once, before the parallel part, which then
    /// only reads them. Returns the catalogue entries that name no file: the run must not go on without them.
    /// </summary>
    public IReadOnlyList<string> Prepare(IReadOnlyList<DraftInput> inputs)
    {
        var errors = new List<string>();
        foreach (Configuration configuration in inputs.Select(i => i.Configuration).Distinct())
        {
            if (_checkers.ContainsKey(configuration))
            {
                continue;
            }

            (IReadOnlyList<string> files, IReadOnlyList<string> unmatched) = Cli.CatalogueFiles.Expand([.. configuration.Catalogue.Concat(settings.CatalogueFiles).Distinct().Order(StringComparer.Ordinal)]);
            errors.AddRange(unmatched.Select(entry => $"catalogue '{entry}' names no file: no such file or folder, or no catalogue file matches"));
            _checkers[configuration] = new Checker(ConventionsFor(configuration), configuration.CheckOptions, environment.Rules, CatalogueOf(files));
        }

        return errors.Distinct().ToList();
    }

    /// <summary>The drafts' reports, in order; <see cref="Prepare"/> comes first, and the parallel part only reads what it set up.</summary>
    public IEnumerable<DraftReport> Check(IReadOnlyList<DraftInput> inputs, DecodedDraft? standardInput) =>
        // Load-balanced: the workers take the drafts a few at a time from the front, so the reports waiting for an
        // earlier one stay few (a list split into one range per core would hold back half of them).
        Partitioner.Create<DraftInput>([.. inputs], loadBalance: true)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(input =>
            {
                DraftReport report = CheckDraftSafely(input, standardInput);
                _pacer.DraftChecked();
                return report;
            });

    /// <summary>A failure of the engine on one draft is reported against that draft; the others are still checked.</summary>
    private DraftReport CheckDraftSafely(DraftInput input, DecodedDraft? standardInput)
    {
        try
        {
            return CheckDraft(input, standardInput);
        }
        catch (Exception ex)
        {
            return DraftReport.Failed(input, $"internal error while checking '{input.Name}' ({ex.GetType().Name}: {ex.Message}); please report it with the draft");
        }
    }

    private ConventionModel ConventionsFor(Configuration configuration)
    {
        List<string> folders = configuration.CorpusFolders.Concat(settings.CorpusFolders).Distinct().Order(StringComparer.Ordinal).ToList();
        string key = string.Join('\n', folders);
        if (!_conventions.TryGetValue(key, out ConventionModel? model))
        {
            model = environment.LearnConventions(folders);
            _conventions[key] = model;
        }

        return model;
    }

    private ResolutionCatalogue CatalogueOf(IReadOnlyList<string> files)
    {
        string key = string.Join('\n', files);
        if (!_catalogues.TryGetValue(key, out ResolutionCatalogue? catalogue))
        {
            catalogue = environment.LoadCatalogue(files);
            _catalogues[key] = catalogue;
        }

        return catalogue;
    }

    private DraftReport CheckDraft(DraftInput input, DecodedDraft? standardInput)
    {
        DecodedDraft draft;
        if (input.File is null)
        {
            draft = standardInput!;
        }
        else
        {
            try
            {
                draft = DraftFile.Read(input.File);
            }
            catch (Exception ex) when (DraftFile.IsFileError(ex) || ex is Core.Documents.DocumentFormatException)
            {
                return DraftReport.Failed(input, $"cannot read '{input.Name}': {ex.Message}");
            }
        }

        Checker checker = _checkers[input.Configuration];
        var form = draft.Document?.Form ?? input.Configuration.FormOf(input.Name);
        CheckResult Check(string text) => checker.Check(DraftParser.Parse(text, form));

        if (settings.Fix == FixMode.None)
        {
            return Report(input, draft, Check(draft.Text));
        }

        if (draft.Document is { } document)
        {
            // A Word or XML file is the drafter's own document: its findings are shown, its bytes never rewritten.
            string notice = $"--fix does not rewrite {document.Kind} documents; make the fixes in the document itself";
            return Report(input, draft, Check(draft.Text)) with { Notes = [.. document.Notes, notice] };
        }

        FixOutcome<CheckResult> outcome = Fixer.Apply(draft.Text, Check, Findings);
        if (outcome.Text == draft.Text)
        {
            return Report(input, draft, outcome.Check);
        }

        if (DraftFile.Encode(outcome.Text, draft.Encoding, out char unencodable) is not { } bytes)
        {
            string error = $"cannot fix '{input.Name}': the fixes need '{unencodable}' (U+{(int)unencodable:X4}), which its {draft.Encoding} encoding cannot hold; save it as UTF-8 to fix it";
            return Report(input, draft, Check(draft.Text)) with { Error = error };
        }

        if (settings.Fix == FixMode.Apply)
        {
            try
            {
                DraftFile.Write(input.File!, bytes);
            }
            catch (Exception ex) when (DraftFile.IsFileError(ex))
            {
                return Report(input, draft, Check(draft.Text)) with { Error = $"cannot write '{input.Name}': {ex.Message}" };
            }
        }

        return Report(input, draft, outcome.Check) with { OriginalText = draft.Text, FixesApplied = outcome.Fixed };
    }

    private DraftReport Report(DraftInput input, DecodedDraft draft, CheckResult result)
    {
        // A fix edits the text rendering, which --fix never writes back into a Word or AKN file: none is offered.
        List<Diagnostic> findings = draft.Document is null ? Findings(result).ToList() : Findings(result).Select(d => d with { Fix = null }).ToList();
        return new(input, result.Draft.Text, findings) { Suppressed = result.Suppressed, Encoding = draft.Encoding, Notes = draft.Document?.Notes ?? [], IsDocument = draft.Document is not null };
    }

    /// <summary>What the run reports of a result: the findings, and the unused suppressions when asked for.</summary>
    private IEnumerable<Diagnostic> Findings(CheckResult result) =>
        settings.ReportUnusedSuppressions
            ? result.Diagnostics.Concat(result.UnusedSuppressions).OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            : result.Diagnostics;
}
