using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// A converter that italicises a paragraph's closing mark writes it between asterisks ("discrimination*,*"), which
/// CommonMark leaves as literal asterisks: the reader takes them out and keeps the mark, in italics.
/// </summary>
public sealed class MarkdownMarkTests
{
    private const string Source =
        "*The Human Rights Council*,\n\n"
        + "*Recognizing* the need to address intersecting forms of discrimination[^2]*,*\n\n"
        + "*Noting* that 5 \\*,\\* 6 are figures,\n\n"
        + "1. *Decides* to remain seized of the matter*.*\n\n"
        + "[^2]: A/HRC/54/34.\n";

    [Fact]
    public void An_italicised_closing_mark_closes_the_paragraph_and_its_marker_stays_before_it()
    {
        Draft draft = DraftParser.Parse(Source, DraftForm.Markdown);

        PreambularParagraph first = draft.Preamble[0];
        Assert.EndsWith("discrimination,", first.Content.Text, StringComparison.Ordinal);
        Assert.Equal(',', first.Ending.Mark);
        Assert.Equal('.', draft.Operative[0].Ending.Mark);
        Assert.Equal([2], draft.FootnoteReferences.Select(r => r.Number));
        Assert.True(draft.FootnoteReferences[0].Span.Start < first.Ending.Span.Start);
    }

    [Fact]
    public void Escaped_asterisks_are_the_drafters_words()
    {
        Draft draft = DraftParser.Parse(Source, DraftForm.Markdown);

        Assert.Contains("5 *,* 6", draft.Preamble[1].Content.Text, StringComparison.Ordinal);
    }
}
