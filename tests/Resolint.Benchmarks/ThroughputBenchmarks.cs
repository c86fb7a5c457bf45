using BenchmarkDotNet.Attributes;
using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Benchmarks;

/// <summary>
/// The engine's throughput on real texts (issue 15: at least 100 MB/s): every devset text, plain and Markdown, parsed
/// and checked one after the other with the bundled conventions, as <c>resolint check</c> does without its start-up,
/// file reading and report. Needs ../shared/devset beside the repository.
/// </summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private IReadOnlyList<(string Text, DraftForm Form)> _drafts = [];
    private Checker _checker = new(ConventionModel.Empty);

    [Params(BenchmarkCorpus.DevsetTexts)]
    public string Text { get; set; } = BenchmarkCorpus.DevsetTexts;

    [GlobalSetup]
    public void Setup()
    {
        _drafts = BenchmarkCorpus.DevsetDrafts();
        _checker = new Checker(BundledConventions.Model);
    }

    [Benchmark]
    public int ParseAndCheck()
    {
        int findings = 0;
        foreach ((string text, DraftForm form) in _drafts)
        {
            findings += _checker.Check(DraftParser.Parse(text, form)).Diagnostics.Count;
        }

        return findings;
    }
}
