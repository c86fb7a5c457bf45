using Resolint.Core.Drafts;

namespace Resolint.Core.Parsing.Roles;

/// <summary>How a text separates its paragraphs, decided once for the whole text.</summary>
internal enum LineDiscipline
{
    /// <summary>Every line is a block of its own (PDF extractions, Markdown after Markdig): only content joins lines.</summary>
    LinePerBlock,

    /// <summary>
    /// Blank lines stand between paragraphs, so a line with no blank line before it carries on the paragraph above
    /// (texts hard-wrapped as printed, such as the Security Council's).
    /// </summary>
    BlankSeparated,
}

internal static class LineDisciplines
{
    /// <summary>Numbered paragraphs enough to judge the text by them: below this, one stray blank line could decide.</summary>
    private const int MinNumberedItems = 3;

    /// <summary>Share of numbered paragraphs with a blank line before them that shows blank lines separate paragraphs.</summary>
    private const double MinShareAfterBlank = 2.0 / 3.0;

    /// <summary>With fewer numbered paragraphs than can decide: this many blocks after a blank line, and hard-wrapped lines besides.</summary>
    private const int MinBlocksAfterBlank = 3;

    /// <summary>With no numbered paragraph at all: a resolution of one paragraph has a blank line before it and before its closing line.</summary>
    private const int MinBlocksAfterBlankUnnumbered = 2;

    /// <summary>
    /// Without numbered paragraphs, lines straight after another are hard-wrapped when at least this share of them
    /// follow a line that stops mid-sentence (no closing punctuation): one line per paragraph ends each with its mark.
    /// </summary>
    private const double MinShareAfterOpenLine = 0.5;

    public static LineDiscipline Of(IReadOnlyList<Block> blocks, DraftForm form)
    {
        if (form == DraftForm.Markdown)
        {
            return LineDiscipline.LinePerBlock;
        }

        int numbered = 0, numberedAfterBlank = 0, afterBlank = 0, straight = 0, afterOpenLine = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            Block block = blocks[i];
            afterBlank += block.AfterBlank ? 1 : 0;
            if (i > 0 && !block.AfterBlank && !block.AfterPageBreak)
            {
                straight++;
                afterOpenLine += PunctuationOf.EndsWithClosingMark(blocks[i - 1].Text) ? 0 : 1;
            }

            if (block.Kind == BlockKind.NumberedItem)
            {
                numbered++;
                numberedAfterBlank += block.AfterBlank ? 1 : 0;
            }
        }

        bool separated = numbered >= MinNumberedItems
            ? numberedAfterBlank >= numbered * MinShareAfterBlank
            : afterBlank >= (numbered == 0 ? MinBlocksAfterBlankUnnumbered : MinBlocksAfterBlank) && straight > 0 && afterOpenLine >= straight * MinShareAfterOpenLine;
        return separated ? LineDiscipline.BlankSeparated : LineDiscipline.LinePerBlock;
    }
}
