using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Citations;

/// <summary>The citations of one kind a draft holds (<see cref="Draft.CitationsOf{T}"/>): those and no others, in the text's order.</summary>
public sealed class CitationsOfTests
{
    private const string Text =
        "The General Assembly,\n\nRecalling its resolution 66/169 of 19 December 2011 and the report of the Secretary-General (A/68/123),\n\n"
        + "1. *Decides* to act as set out in resolution 67/1 and in document A/69/7;\n";

    [Fact]
    public void A_draft_gives_the_citations_of_each_kind_in_their_order()
    {
        Draft draft = DraftParser.Parse(Text, DraftForm.Markdown);

        Assert.Equal(["66/169", "67/1"], draft.CitationsOf<ResolutionCitation>().Select(c => c.Number.Key));
        Assert.Equal(["A/68/123", "A/69/7"], draft.CitationsOf<DocumentSymbolCitation>().Select(c => Text.Substring(c.Span.Start, c.Span.Length)));
        Assert.Empty(draft.CitationsOf<OfficialRecordsReference>());
    }

    [Fact]
    public void Citations_of_a_kind_are_picked_out_of_any_list()
    {
        Draft draft = DraftParser.Parse(Text, DraftForm.Markdown);
        Citation[] all = [.. draft.Citations];

        var picked = new List<string>();
        foreach (ResolutionCitation citation in new CitationsOf<ResolutionCitation>(all))
        {
            picked.Add(citation.Number.Key);
        }

        Assert.Equal(4, all.Length);
        Assert.Equal(["66/169", "67/1"], picked);
    }
}
