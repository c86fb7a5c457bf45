using BenchmarkDotNet.Attributes;
using Resolint.Core.Corpus;

namespace Resolint.Benchmarks;

/// <summary>Learning a corpus: paid once per corpus (per run, per configuration change), never per keystroke.</summary>
[MemoryDiagnoser]
public class LearningBenchmarks
{
    private IReadOnlyList<CorpusDocument> _corpus = [];

    [Params(BenchmarkCorpus.Seeds, BenchmarkCorpus.SeedsTimesTen)]
    public string Corpus { get; set; } = BenchmarkCorpus.Seeds;

    [GlobalSetup]
    public void Setup() => _corpus = BenchmarkCorpus.Corpus(Corpus);

    [Benchmark]
    public ConventionModel Learn() => ConventionLearner.Learn(_corpus);
}
