namespace Resolint.Core.Corpus;

/// <summary>The conventions of the seeds bundled in the engine: learned on first use, once per process.</summary>
public static class BundledConventions
{
    private static readonly Lazy<ConventionModel> Learned = new(() => ConventionLearner.Learn(CorpusSource.Bundled()), LazyThreadSafetyMode.ExecutionAndPublication);

    public static ConventionModel Model => Learned.Value;
}
