using Resolint.Core.Documents;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Documents;

/// <summary>The layout every export writes from: read from the model, markers in place, nothing recognised again.</summary>
public sealed class DraftLayoutTests
{
    private const string Markdown =
        "Resolution adopted by the General Assembly on 18 December 2019\n\n74/156. National human rights institutions\n\n"
        + "*The General Assembly*,\n\n*Recalling also* its resolution 70/1,[^1] and *welcoming* the report,[^2]\n\n"
        + "1. *Requests* the Secretary-General to report on:\n\n(a) The first matter;\n\n(i) Its details;\n\n(b) The second matter.\n\n"
        + "*50th plenary meeting*\n*18 December 2019*\n\n__________________\n\n[^1]: See *Official Records*.\n[^2]: A/74/1.\n";

    private static DraftLayout Layout(string text, DraftForm form) => DraftLayout.From(DraftParser.Parse(text, form));

    [Fact]
    public void Blocks_keep_their_roles_labels_and_levels_in_order()
    {
        DraftLayout layout = Layout(Markdown, DraftForm.Markdown);

        Assert.Equal(
            [BlockRole.HeadingLine, BlockRole.HeadingLine, BlockRole.OrganLine, BlockRole.PreambularParagraph, BlockRole.OperativeParagraph,
             BlockRole.SubParagraph, BlockRole.SubParagraph, BlockRole.SubParagraph, BlockRole.AdoptionLine],
            layout.Blocks.Select(b => b.Role));
        Assert.Equal([null, null, null, null, "1.", "(a)", "(i)", "(b)", null], layout.Blocks.Select(b => b.Label));
        Assert.Equal([0, 0, 0, 0, 0, 1, 2, 1, 0], layout.Blocks.Select(b => b.Level));
        Assert.True(layout.Blocks[1].HoldsTitle);
        Assert.False(layout.Blocks[0].HoldsTitle);
        Assert.Equal("A/RES/74/156", layout.Symbol);
        Assert.Equal("National human rights institutions", layout.Title);
        Assert.True(layout.Adopted);
    }

    [Fact]
    public void Italics_and_markers_stand_where_the_draft_has_them()
    {
        DraftLayout layout = Layout(Markdown, DraftForm.Markdown);
        LayoutBlock recital = layout.Blocks[3];

        Assert.Equal("Recalling also", recital.Opener);
        Assert.Equal(
            [("Recalling also", true, null), (" its resolution 70/1,", false, null), ("", false, 1), (" and ", false, null), ("welcoming", true, null), (" the report,", false, null), ("", false, (int?)2)],
            recital.Runs.Select(r => (r.Text, r.Italic, r.Note)));
        Assert.Equal("The first matter;", layout.Blocks[5].Text);
        Assert.Equal([1, 2], layout.Notes.Select(n => n.Number));
        Assert.Equal([("See ", false), ("Official Records", true), (".", false)], layout.Notes[0].Runs.Select(r => (r.Text, r.Italic)));
    }

    [Fact]
    public void The_closing_keeps_its_line_break_between_meeting_and_date()
    {
        DraftLayout layout = Layout(Markdown, DraftForm.Markdown);

        Assert.Equal("50th plenary meeting\n18 December 2019", layout.Blocks[^1].Text);
    }

    [Fact]
    public void A_plain_text_draft_takes_the_uns_italics_and_a_markdown_draft_only_its_own()
    {
        const string plain = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1.\tRequests the Secretary-General to report.\n";
        const string markdown = "*The General Assembly*,\n\nRecalling its resolution 70/1,\n\n1. *Requests* the Secretary-General to report.\n";

        DraftLayout fromPlain = Layout(plain, DraftForm.PlainText);
        DraftLayout fromMarkdown = Layout(markdown, DraftForm.Markdown);

        Assert.Equal([("The General Assembly", true), (",", false)], fromPlain.Blocks[0].Runs.Select(r => (r.Text, r.Italic)));
        Assert.Equal(("Recalling", true), (fromPlain.Blocks[1].Runs[0].Text, fromPlain.Blocks[1].Runs[0].Italic));
        Assert.Equal(("Requests", true), (fromPlain.Blocks[2].Runs[0].Text, fromPlain.Blocks[2].Runs[0].Italic));
        Assert.Equal([("Recalling its resolution 70/1,", false)], fromMarkdown.Blocks[1].Runs.Select(r => (r.Text, r.Italic)));
        Assert.False(fromMarkdown.Adopted);
    }

    [Fact]
    public void Noise_and_footnote_texts_are_no_blocks_and_a_paragraph_cut_by_a_page_break_is_one()
    {
        const string text = "The General Assembly,\n\nRecalling its resolution 70/1,¹ and the\n\n"
            + "¹ A/70/1.\n\n17-12345\n\nreport of the Secretary-General,\n\n1.\tRequests the Secretary-General to report.\n";

        DraftLayout layout = Layout(text, DraftForm.PlainText);

        Assert.Equal([BlockRole.OrganLine, BlockRole.PreambularParagraph, BlockRole.OperativeParagraph], layout.Blocks.Select(b => b.Role));
        Assert.Equal("Recalling its resolution 70/1, and the report of the Secretary-General,", layout.Blocks[1].Text);
        Assert.Equal(1, layout.Blocks[1].Runs.Single(r => r.Note is not null).Note);
        Assert.Equal("A/70/1.", Assert.Single(layout.Notes).Runs.Single().Text);
    }

    [Fact]
    public void A_recitals_lettered_items_are_blocks_of_their_own()
    {
        const string text = "*The General Assembly*,\n\n*Noting* the following:\n\n(a) The first report;\n\n(b) The second report,\n\n1. *Decides* to act.\n";

        DraftLayout layout = Layout(text, DraftForm.Markdown);

        Assert.Equal([BlockRole.OrganLine, BlockRole.PreambularParagraph, BlockRole.Continuation, BlockRole.Continuation, BlockRole.OperativeParagraph], layout.Blocks.Select(b => b.Role));
        Assert.Equal(["*Noting* the following:", "(a) The first report;", "(b) The second report,"], layout.Blocks.Skip(1).Take(3).Select(b => string.Concat(b.Runs.Select(r => r.Italic ? $"*{r.Text}*" : r.Text))));
    }
}
