using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>The draft's blocks: every block, line taken in and noise line once, in text order.</summary>
public sealed class DraftBlocksTests
{
    [Fact]
    public void Noise_lines_stand_among_the_blocks_where_they_are()
    {
        // A page's footer and job number between two paragraphs, and a running header, as a printed draft has them.
        string text = "The General Assembly,\n\nRecalling its resolution 66/169 of 19 December 2011,\n\n19-21634\n\n2/3\n\n"
            + "A/RES/74/156\n\n1. Requests a report;\n\n2. Decides to remain seized of the matter.\n";
        Draft draft = DraftParser.Parse(text, DraftForm.PlainText);

        Assert.NotEmpty(draft.Noise);
        Assert.Equal(draft.Blocks.OrderBy(b => b.Span.Start).Select(b => b.Span.Start), draft.Blocks.Select(b => b.Span.Start));
        Assert.Equal(draft.Blocks.Count, draft.Blocks.Select(b => b.Span.Start).Distinct().Count());
        Assert.All(draft.Noise, n => Assert.Single(draft.Blocks, b => b.Span == n.Span && b.Role == BlockRole.Noise));
        Assert.Contains(draft.Blocks, b => b.Role == BlockRole.OperativeParagraph && b.Span.Start > draft.Noise[^1].Span.Start);
    }

    [Fact]
    public void Noise_lines_of_a_kind_share_one_reason()
    {
        // Every page has a few noise lines: their reason is made once per kind, not once per line of every parse.
        string text = "The General Assembly,\n\n19-21634\n\n1. Requests a report;\n\n19-21634\n\n2. Decides to remain seized of the matter.\n";
        DraftBlock[] first = [.. DraftParser.Parse(text, DraftForm.PlainText).Blocks.Where(b => b.Role == BlockRole.Noise)];
        DraftBlock[] again = [.. DraftParser.Parse(text, DraftForm.PlainText).Blocks.Where(b => b.Role == BlockRole.Noise)];

        Assert.Equal(2, first.Length);
        Assert.StartsWith("production noise: ", first[0].Reason, StringComparison.Ordinal);
        Assert.Same(first[0].Reason, first[1].Reason);
        Assert.Same(first[0].Reason, again[0].Reason);
    }

    [Fact]
    public void Seeds_have_their_blocks_in_text_order()
    {
        foreach (string text in Seeds.Texts)
        {
            foreach (DraftForm form in new[] { DraftForm.PlainText, DraftForm.Markdown })
            {
                Draft draft = DraftParser.Parse(text, form);
                Assert.Equal(draft.Blocks.OrderBy(b => b.Span.Start).Select(b => b.Span.Start), draft.Blocks.Select(b => b.Span.Start));
            }
        }
    }
}
