using CsCheck;
using Resolint.Core.Corpus;

namespace Resolint.Core.Tests.Corpus;

/// <summary>Whatever a corpus holds, learning finishes and the model answers.</summary>
public sealed class LearningPropertyTests
{
    private static readonly string[] SeedLines = CorpusSource.Bundled().SelectMany(d => d.Text.Split('\n')).ToArray();

    /// <summary>Text from the characters drafts are made of, with the markers and symbols that steer the parser.</summary>
    private static readonly Gen<string> RandomText = Gen.OneOf(
        Gen.String[Gen.Char["aA1 \t\n.,;:()[]*_/-–¹²³^#>|“”"], 0, 400],
        Gen.String);

    /// <summary>Lines of the seeds, shuffled, cut and repeated.</summary>
    private static readonly Gen<string> MixedSeedLines =
        Gen.Int[0, SeedLines.Length - 1].Array[0, 60].Select(picks => string.Join('\n', picks.Select(i => SeedLines[i])));

    [Fact]
    public void Learning_never_throws_on_random_documents()
    {
        Gen.OneOf(RandomText, MixedSeedLines).Array[1, 4].Sample(texts =>
        {
            ConventionModel model = ConventionLearner.Learn(texts.Select((text, i) => new CorpusDocument($"doc{i}.txt", text)));
            foreach (LexiconEntry entry in model.PreambularOpeners.Concat(model.OperativeVerbs))
            {
                Assert.Equal(entry.Count, entry.Seen.Count);
                Assert.True(model.IsKnownPreambularOpener(entry.Text) || model.IsKnownOperativeVerb(entry.Text));
            }
        }, iter: 300);
    }

    [Fact]
    public void Look_ups_never_throw_on_random_terms()
    {
        ConventionModel model = BundledConventions.Model;
        RandomText.Sample(term =>
        {
            _ = model.Explain(term);
            _ = model.IsKnownPreambularOpener(term);
            _ = model.IsKnownOperativeVerb(term);
            _ = OpenerGrammar.ShapeOf(term);
            _ = CatalogueKey.Of(term);
            foreach (SpellingMatch match in model.FindSpellingVariants(term))
            {
                Assert.InRange(match.Span.End, 1, term.Length);
            }
        }, iter: 2000);
    }
}
