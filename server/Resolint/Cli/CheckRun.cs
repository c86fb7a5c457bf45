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
}

/// <summary>
/// Checks drafts in parallel, one per core, and returns their reports in the order the drafts were named. Each
/// configuration gets one checker, each set of corpus folders is learned once, whatever the number of drafts.
/// </summary>
public sealed class CheckRun(CliEnvironment environment, CheckSettings settings)
{
    private readonly Dictionary<string, ConventionModel> _conventions = new(StringComparer.Ordinal);
    private readonly Dictionary<Configuration, Checker> _checkers = [];

    /// <summary>Corpus folders that could not be read, in words for the user; the run goes on without them.</summary>
    public IEnumerable<string> CorpusProblems => _conventions.Values.SelectMany(m => m.Problems).Distinct();

    public IReadOnlyList<DraftReport> Check(IReadOnlyList<DraftInput> inputs, DecodedDraft? standardInput)
    {
        // Learning and checker set-up happen once, before the parallel part, which then only reads them.
        foreach (Configuration configuration in inputs.Select(i => i.Configuration).Distinct())
        {
            _checkers[configuration] = new Checker(ConventionsFor(configuration), configuration.CheckOptions, environment.Rules);
        }

        return inputs
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(input => CheckDraftSafely(input, standardInput))
            .ToList();
    }

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
