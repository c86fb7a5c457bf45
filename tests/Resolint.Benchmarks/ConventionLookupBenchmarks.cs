using BenchmarkDotNet.Attributes;
using Resolint.Core.Citations;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Benchmarks;

/// <summary>
/// The questions the rules put to the learned conventions for every paragraph of a draft — is this opener
/// known, which spellings are variants, what does the catalogue say of this resolution — asked of the seeds'
/// model and of one learned from ten times as much. Their cost should follow the draft, not the corpus.
/// </summary>
[MemoryDiagnoser]
public class ConventionLookupBenchmarks
{
    private ConventionModel _model = ConventionModel.Empty;
    private Draft? _draft;

    [Params(BenchmarkCorpus.OneMegabyteDraft)]
    public string Text { get; set; } = BenchmarkCorpus.OneMegabyteDraft;

    [Params(BenchmarkCorpus.Seeds, BenchmarkCorpus.SeedsTimesTen)]
    public string Corpus { get; set; } = BenchmarkCorpus.Seeds;

    [GlobalSetup]
    public void Setup()
    {
        _draft = DraftParser.Parse(BenchmarkCorpus.Drafts(Text)[0]);
        _model = ConventionLearner.Learn(BenchmarkCorpus.Corpus(Corpus));
    }

    [Benchmark]
    public int AskTheConventions()
    {
        Draft draft = _draft!;
        int answers = 0;
        foreach (PreambularParagraph paragraph in draft.Preamble)
        {
            answers += _model.IsKnownPreambularOpener(paragraph.Opener.Text) ? 1 : 0;
            answers += _model.FindSpellingVariants(paragraph.Content.Text).Count();
        }

        foreach (OperativeParagraph paragraph in draft.Operative)
        {
            answers += _model.IsKnownOperativeVerb(paragraph.Verb.Text) ? 1 : 0;
            answers += _model.FindSpellingVariants(paragraph.Content.Text).Count();
        }

        foreach (ResolutionCitation citation in draft.Citations.OfType<ResolutionCitation>())
        {
            answers += _model.FindResolution(citation.Number.Key, citation.Organ) is null ? 0 : 1;
        }

        return answers;
    }
}
