using BenchmarkDotNet.Attributes;
using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Parsing;

namespace Resolint.Benchmarks;

/// <summary>
/// Parse and check, as the server does on every keystroke: on the seeds and on a 1 MB draft, with the
/// conventions of the seeds and of a corpus ten times larger. The cost should follow the draft, not the corpus.
/// </summary>
[MemoryDiagnoser]
public class CheckingBenchmarks
{
    private IReadOnlyList<string> _drafts = [];
    private Checker _checker = new(ConventionModel.Empty);

    [Params(BenchmarkCorpus.Seeds, BenchmarkCorpus.OneMegabyteDraft)]
    public string Text { get; set; } = BenchmarkCorpus.Seeds;

    [Params(BenchmarkCorpus.Seeds, BenchmarkCorpus.SeedsTimesTen)]
    public string Corpus { get; set; } = BenchmarkCorpus.Seeds;

    [GlobalSetup]
    public void Setup()
    {
        _drafts = BenchmarkCorpus.Drafts(Text);
        _checker = new Checker(ConventionLearner.Learn(BenchmarkCorpus.Corpus(Corpus)));
    }

    [Benchmark]
    public int ParseAndCheck()
    {
        int findings = 0;
        foreach (string draft in _drafts)
        {
            findings += _checker.Check(DraftParser.Parse(draft)).Diagnostics.Count;
        }

        return findings;
    }
}
