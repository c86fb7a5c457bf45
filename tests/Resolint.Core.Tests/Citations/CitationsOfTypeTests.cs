using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Citations;

/// <summary>
/// The citations of one kind (<see cref="CitationsOf{T}"/>), told by their type when it is sealed: the same as a cast picks out,
/// for every kind and for the base type, on the seeds' citations.
/// </summary>
public sealed class CitationsOfTypeTests
{
    [Fact]
    public void Each_kind_gives_the_citations_a_cast_picks_out()
    {
        foreach (string seed in Seeds.Texts)
        {
            IReadOnlyList<Citation> all = DraftParser.Parse(seed, DraftForm.Markdown).Citations;
            Same<ResolutionCitation>(all);
            Same<DocumentSymbolCitation>(all);
            Same<OfficialRecordsReference>(all);
            Same<ParagraphReference>(all);

            // The base type is sealed by none of its kinds: every citation is one.
            Same<Citation>(all);
            Assert.Equal(all, new CitationsOf<Citation>(all));
        }
    }

    private static void Same<T>(IReadOnlyList<Citation> all)
        where T : Citation
    {
        // Through the parser's list and through any other list.
        Assert.Equal(all.OfType<T>(), new CitationsOf<T>(all));
        Assert.Equal(all.OfType<T>(), new CitationsOf<T>([.. all]));
    }
}
